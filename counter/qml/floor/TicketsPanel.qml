import QtQuick
import QtQuick.Controls
import Qms.Ui
import Qms.Counter

// Finding one citizen's ticket by its number, and what a supervisor does with
// it: move it to the service the citizen really came for, print it again at a
// kiosk (a lost ticket), or cancel it (the citizen has gone home).
FloorPanel {
    id: panel

    required property FloorView floor
    property string moving: ""     // label of the ticket whose target service is being chosen
    property string cancelling: "" // label of the ticket whose cancel waits for a second tap

    title: qsTr("Find a ticket")

    TextField {
        objectName: "ticketQuery"
        width: parent.width
        font.pixelSize: Theme.fontSmall
        placeholderText: qsTr("Ticket number, e.g. 1023")
        inputMethodHints: Qt.ImhPreferNumbers
        text: panel.floor.ticketQuery
        onTextEdited: {
            panel.moving = ""
            panel.cancelling = ""
            panel.floor.ticketQuery = text
        }
    }
    ThemedText {
        width: parent.width
        visible: panel.floor.ticketQuery !== "" && panel.floor.foundTickets.length === 0
        text: qsTr("No open ticket today has that number.")
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: panel.floor.foundTickets
        delegate: Column {
            id: found
            required property var modelData
            objectName: "found-" + modelData.label
            width: parent.width
            spacing: Theme.px(4)
            FloorCells {
                texts: [found.modelData.label + "  " + found.modelData.serviceName, found.modelData.stateText,
                        found.modelData.sinceText]
                widths: [0.36, 0.14]
                bold: true
            }
            Flow {
                width: parent.width
                spacing: Theme.px(8)
                visible: found.modelData.actionable
                FloorButton {
                    objectName: "move-" + found.modelData.label
                    text: qsTr("Move to another service")
                    visible: panel.moving !== found.modelData.label
                    onClicked: { panel.moving = found.modelData.label; panel.cancelling = "" }
                }
                FloorButton {
                    objectName: "reprint-" + found.modelData.label
                    text: qsTr("Print again")
                    onClicked: panel.floor.reprintTicket(found.modelData.id)
                }
                FloorButton {
                    objectName: "cancel-" + found.modelData.label
                    readonly property bool confirming: panel.cancelling === found.modelData.label
                    text: confirming ? qsTr("Tap again to cancel %1").arg(found.modelData.label) : qsTr("Cancel ticket")
                    ink: Theme.danger
                    onClicked: {
                        if (confirming) {
                            panel.cancelling = ""
                            panel.floor.cancelTicket(found.modelData.id)
                        } else {
                            panel.cancelling = found.modelData.label
                            panel.moving = ""
                        }
                    }
                }
            }
            // The services to move it to, once "Move" was tapped.
            Flow {
                width: parent.width
                spacing: Theme.px(8)
                visible: panel.moving === found.modelData.label
                ThemedText {
                    height: Theme.px(36)
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Move %1 to:").arg(found.modelData.label)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Repeater {
                    model: panel.floor.serviceChoices
                    delegate: FloorButton {
                        required property var modelData
                        objectName: "moveTo-" + modelData.id
                        visible: modelData.id !== found.modelData.service
                        text: modelData.name
                        onClicked: {
                            panel.moving = ""
                            panel.floor.moveTicket(found.modelData.id, modelData.id)
                        }
                    }
                }
                FloorButton {
                    text: qsTr("Back")
                    ink: Theme.muted
                    onClicked: panel.moving = ""
                }
            }
        }
    }
}
