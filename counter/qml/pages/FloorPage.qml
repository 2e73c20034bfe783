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
    // The counters' rows keep their buttons' places, shown or not, so columns line up.
    readonly property real actionWidth: Math.max(measureOpen.implicitWidth, measureClose.implicitWidth)
    readonly property real servicesWidth: measureServices.implicitWidth
    FloorButton { id: measureOpen; visible: false; text: qsTr("Open") }
    FloorButton { id: measureClose; visible: false; text: qsTr("Close") }
    FloorButton { id: measureServices; visible: false; text: qsTr("Services…") }
    property int editingServices: 0 // the counter whose services are being chosen
    property var chosenServices: []

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
                        // The headings stand over the cells, left of the rows' buttons.
                        Item {
                            width: parent.width
                            height: root.rowHeight
                            FloorCells {
                                anchors { left: parent.left; right: parent.right
                                          rightMargin: root.actionWidth + root.servicesWidth + Theme.px(14) }
                                width: undefined
                                texts: [qsTr("Counter"), qsTr("Clerk"), qsTr("Now"), qsTr("For")]
                                widths: [0.18, 0.38, 0.16]
                                ink: Theme.muted
                            }
                        }
                        Repeater {
                            model: root.floor.counters
                            delegate: Column {
                                id: counterRow
                                required property var modelData
                                readonly property int number: modelData.number
                                width: parent.width
                                Item {
                                    width: parent.width
                                    height: root.rowHeight
                                    FloorCells {
                                        objectName: "counterRow-" + counterRow.number
                                        anchors { left: parent.left; right: parent.right
                                                  rightMargin: root.actionWidth + root.servicesWidth + Theme.px(14) }
                                        width: undefined
                                        texts: [counterRow.modelData.name, counterRow.modelData.clerk,
                                                counterRow.modelData.stateText, counterRow.modelData.forText]
                                        widths: [0.18, 0.38, 0.16]
                                        ink: counterRow.modelData.state === "closed" ? Theme.muted
                                             : counterRow.modelData.state === "paused" ? Theme.priority : Theme.text
                                    }
                                    // Which services it serves for the rest of the day.
                                    FloorButton {
                                        id: servicesButton
                                        objectName: "counterServices-" + counterRow.number
                                        anchors { right: parent.right; rightMargin: root.actionWidth + Theme.px(6)
                                                  verticalCenter: parent.verticalCenter }
                                        height: root.rowHeight - Theme.px(4)
                                        text: qsTr("Services…")
                                        onClicked: {
                                            root.chosenServices = counterRow.modelData.services.slice()
                                            root.editingServices = counterRow.number
                                        }
                                    }
                                    // Open a closed or paused counter; close a free one. A busy one is left to its clerk.
                                    FloorButton {
                                        id: rowAction
                                        objectName: "counterAction-" + counterRow.number
                                        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                                        height: root.rowHeight - Theme.px(4)
                                        readonly property string state: counterRow.modelData.state
                                        visible: state === "closed" || state === "paused" || state === "free"
                                        text: state === "free" ? qsTr("Close") : qsTr("Open")
                                        onClicked: state === "free" ? root.floor.closeCounter(counterRow.number)
                                                                    : root.floor.openCounter(counterRow.number)
                                    }
                                }
                                Flow {
                                    objectName: "servicesChooser-" + counterRow.number
                                    visible: root.editingServices === counterRow.number
                                    width: parent.width
                                    spacing: Theme.px(8)
                                    bottomPadding: Theme.px(6)
                                    Repeater {
                                        model: root.floor.serviceChoices
                                        delegate: FloorButton {
                                            required property var modelData
                                            objectName: "serviceChoice-" + counterRow.number + "-" + modelData.id
                                            text: modelData.name
                                            selected: root.chosenServices.indexOf(modelData.id) >= 0
                                            onClicked: {
                                                const chosen = root.chosenServices.slice()
                                                const at = chosen.indexOf(modelData.id)
                                                if (at >= 0)
                                                    chosen.splice(at, 1)
                                                else
                                                    chosen.push(modelData.id)
                                                root.chosenServices = chosen
                                            }
                                        }
                                    }
                                    FloorButton {
                                        objectName: "saveServices-" + counterRow.number
                                        text: qsTr("Save")
                                        onClicked: {
                                            root.floor.setCounterServices(counterRow.number, root.chosenServices)
                                            root.editingServices = 0
                                        }
                                    }
                                    FloorButton {
                                        text: qsTr("Back")
                                        ink: Theme.muted
                                        onClicked: root.editingServices = 0
                                    }
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
