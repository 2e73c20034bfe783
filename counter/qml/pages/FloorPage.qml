import QtQuick
import QtQuick.Controls
import Qms.Ui
import Qms.Counter

// The supervisor's live floor: the alarms first (what needs seeing to now), then
// every counter, every service and every kiosk. Rows are placed by Columns, not
// Layouts: they are rebuilt on every event (see the display's SideColumn).
Item {
    id: root

    required property FloorView floor

    Component.onCompleted: root.floor.active = true
    Component.onDestruction: root.floor.active = false

    readonly property real gap: Theme.px(14)
    readonly property real pad: Theme.px(12)
    readonly property real rowHeight: Theme.px(40)

    component Panel: Rectangle {
        id: panel
        default property alias rows: column.data
        property alias title: heading.text
        radius: Theme.px(12)
        color: Theme.surface
        border.color: Theme.border
        border.width: 1
        implicitHeight: column.implicitHeight + 2 * root.pad
        Column {
            id: column
            x: root.pad
            y: root.pad
            width: panel.width - 2 * root.pad
            spacing: Theme.px(4)
            ThemedText {
                id: heading
                width: parent.width
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primary
            }
        }
    }
    // A small framed button that fits a row.
    component RowButton: Rectangle {
        id: button
        property alias text: buttonLabel.text
        signal clicked()
        implicitWidth: buttonLabel.implicitWidth + Theme.px(24)
        radius: Theme.px(8)
        color: buttonArea.pressed ? Theme.border : Theme.surface
        border.color: Theme.primary
        border.width: Math.max(1, Theme.px(2))
        ThemedText {
            id: buttonLabel
            anchors.centerIn: parent
            color: Theme.primary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        MouseArea {
            id: buttonArea
            anchors.fill: parent
            onClicked: button.clicked()
        }
    }
    // A row of cells: the first takes what the others leave.
    component Cells: Item {
        id: cells
        property var texts: []
        property var widths: [] // shares of the row for the cells after the first
        property color ink: Theme.text
        property bool bold: false
        width: parent ? parent.width : 0
        height: root.rowHeight
        Row {
            anchors.fill: parent
            Repeater {
                model: cells.texts.length
                delegate: ThemedText {
                    required property int index
                    width: index === 0 ? cells.width * (1 - cells.widths.reduce((a, b) => a + b, 0))
                                       : cells.width * cells.widths[index - 1]
                    height: cells.height
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                    text: cells.texts[index]
                    color: cells.ink
                    font.bold: cells.bold
                    font.pixelSize: Theme.fontSmall
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.textPx(16)
                }
            }
        }
    }

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

            Panel {
                objectName: "alarmsPanel"
                width: parent.width
                title: root.floor.alarms.length > 0 ? qsTr("Alarms (%1)").arg(root.floor.alarms.length)
                                                    : qsTr("No alarm: the floor is within its service levels")
                color: root.floor.alarms.length > 0 ? Theme.dangerLight : Theme.surface
                Repeater {
                    model: root.floor.alarms
                    delegate: Cells {
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

            Row {
                width: parent.width
                spacing: root.gap
                Panel {
                    objectName: "countersPanel"
                    width: (parent.width - root.gap) * 0.56
                    title: qsTr("Counters")
                    Cells {
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
                            Cells {
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
                            RowButton {
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
                    ThemedText {
                        objectName: "floorMessage"
                        width: parent.width
                        visible: root.floor.message !== ""
                        text: root.floor.message
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
                Column {
                    width: (parent.width - root.gap) * 0.44
                    spacing: root.gap
                    Panel {
                        objectName: "servicesPanel"
                        width: parent.width
                        title: qsTr("Services")
                        Cells {
                            texts: [qsTr("Service"), qsTr("Waiting"), qsTr("Longest"), qsTr("Open counters")]
                            widths: [0.14, 0.2, 0.16]
                            ink: Theme.muted
                        }
                        Repeater {
                            model: root.floor.services
                            delegate: Cells {
                                required property var modelData
                                texts: [modelData.name, String(modelData.waiting), modelData.longestText,
                                        String(modelData.openCounters)]
                                widths: [0.14, 0.2, 0.16]
                            }
                        }
                    }
                    Panel {
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
                        RowButton {
                            objectName: "tickerSave"
                            height: root.rowHeight
                            text: qsTr("Show on the screens")
                            onClicked: root.floor.setTicker(tickerVi.text, tickerEn.text)
                        }
                    }
                    Panel {
                        objectName: "kiosksPanel"
                        width: parent.width
                        title: qsTr("Kiosks")
                        Repeater {
                            model: root.floor.kiosks
                            delegate: Cells {
                                required property var modelData
                                texts: [modelData.device, modelData.printerText]
                                widths: [0.62]
                                ink: modelData.problem ? Theme.danger : Theme.text
                            }
                        }
                    }
                }
            }
        }
    }
}
