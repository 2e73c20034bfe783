import QtQuick
import QtQuick.Controls
import Qms.Ui
import Qms.Counter

// The supervisor's live floor: the alarms first (what needs seeing to now), then
// on the left every counter and a ticket finder, on the right every service,
// every kiosk, the news line and the clerks. Rows are placed by Columns, not
// Layouts: they are rebuilt on every event (see the display's SideColumn).
Item {
    id: root

    required property FloorView floor

    Component.onCompleted: root.floor.active = true
    Component.onDestruction: root.floor.active = false

    readonly property real gap: Theme.px(14)
    readonly property real rowHeight: Theme.px(40)

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        contentHeight: content.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: parent.width
            spacing: root.gap

            FloorPanel {
                objectName: "alarmsPanel"
                width: parent.width
                title: root.floor.alarms.length > 0 ? qsTr("Alarms (%1)").arg(root.floor.alarms.length)
                                                    : qsTr("No alarm: the floor is within its service levels")
                color: root.floor.alarms.length > 0 ? Theme.dangerLight : Theme.surface
                Repeater {
                    model: root.floor.alarms
                    delegate: FloorCells {
                        required property var modelData
                        required property int index
                        objectName: "alarm-" + index
                        texts: [modelData.text, qsTr("since %1").arg(modelData.sinceText)]
                        widths: [0.16]
                        ink: Theme.danger
                        bold: true
                    }
                }
            }

            // What the last action on the floor did, or why not.
            ThemedText {
                objectName: "floorMessage"
                width: parent.width
                visible: root.floor.message !== ""
                text: root.floor.message
                color: Theme.primary
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }

            Row {
                width: parent.width
                spacing: root.gap
                Column {
                    width: (parent.width - root.gap) * 0.56
                    spacing: root.gap
                    FloorPanel {
                        objectName: "countersPanel"
                        width: parent.width
                        title: qsTr("Counters")
                        FloorCells {
                            texts: [qsTr("Counter"), qsTr("Clerk"), qsTr("Now"), qsTr("For")]
                            widths: [0.18, 0.34, 0.16]
                            ink: Theme.muted
                        }
                        Repeater {
                            model: root.floor.counters
                            delegate: Item {
                                id: counterRow
                                required property var modelData
                                width: parent.width
                                height: root.rowHeight
                                FloorCells {
                                    objectName: "counterRow-" + counterRow.modelData.number
                                    anchors { left: parent.left; right: rowAction.left; rightMargin: Theme.px(8) }
                                    width: undefined
                                    texts: [counterRow.modelData.name, counterRow.modelData.clerk,
                                            counterRow.modelData.stateText, counterRow.modelData.forText]
                                    widths: [0.18, 0.38, 0.16]
                                    ink: counterRow.modelData.state === "closed" ? Theme.muted
                                         : counterRow.modelData.state === "paused" ? Theme.priority : Theme.text
                                }
                                // Open a closed or paused counter; close a free one. A busy one is left to its clerk.
                                FloorButton {
                                    id: rowAction
                                    objectName: "counterAction-" + counterRow.modelData.number
                                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                                    height: root.rowHeight - Theme.px(4)
                                    readonly property string state: counterRow.modelData.state
                                    visible: state === "closed" || state === "paused" || state === "free"
                                    text: state === "free" ? qsTr("Close") : qsTr("Open")
                                    onClicked: state === "free" ? root.floor.closeCounter(counterRow.modelData.number)
                                                                : root.floor.openCounter(counterRow.modelData.number)
                                }
                            }
                        }
                    }
                    TicketsPanel {
                        objectName: "ticketsPanel"
                        width: parent.width
                        floor: root.floor
                    }
                }
                Column {
                    width: (parent.width - root.gap) * 0.44
                    spacing: root.gap
                    FloorPanel {
                        objectName: "servicesPanel"
                        width: parent.width
                        title: qsTr("Services")
                        FloorCells {
                            texts: [qsTr("Service"), qsTr("Waiting"), qsTr("Longest"), qsTr("Open counters")]
                            widths: [0.13, 0.22, 0.19]
                            ink: Theme.muted
                        }
                        Repeater {
                            model: root.floor.services
                            delegate: FloorCells {
                                required property var modelData
                                texts: [modelData.name, String(modelData.waiting), modelData.longestText,
                                        String(modelData.openCounters)]
                                widths: [0.13, 0.22, 0.19]
                            }
                        }
                    }
                    FloorPanel {
                        objectName: "tickerPanel"
                        width: parent.width
                        title: qsTr("News line of the screens")
                        TextField {
                            id: tickerVi
                            objectName: "tickerVi"
                            width: parent.width
                            font.pixelSize: Theme.fontSmall
                            placeholderText: qsTr("In Vietnamese (empty: the center file's)")
                            text: root.floor.tickerVi
                        }
                        TextField {
                            id: tickerEn
                            objectName: "tickerEn"
                            width: parent.width
                            font.pixelSize: Theme.fontSmall
                            placeholderText: qsTr("In English")
                            text: root.floor.tickerEn
                        }
                        FloorButton {
                            objectName: "tickerSave"
                            height: root.rowHeight
                            text: qsTr("Show on the screens")
                            onClicked: root.floor.setTicker(tickerVi.text, tickerEn.text)
                        }
                    }
                    FloorPanel {
                        objectName: "kiosksPanel"
                        width: parent.width
                        title: qsTr("Kiosks")
                        Repeater {
                            model: root.floor.kiosks
                            delegate: FloorCells {
                                required property var modelData
                                texts: [modelData.device, modelData.printerText]
                                widths: [0.62]
                                ink: modelData.problem ? Theme.danger : Theme.text
                            }
                        }
                    }
                    ClerksPanel {
                        objectName: "clerksPanel"
                        width: parent.width
                        roster: root.floor.clerks
                    }
                }
            }
        }
    }
}
