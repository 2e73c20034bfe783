import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// Beside the ticket: who waits for this counter (priority marked, how long),
// whom it served today, and the clerk's own figures for the day.
Rectangle {
    id: root

    required property CounterController counter
    property string tab: "waiting"

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    clip: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(12)
        spacing: Theme.px(10)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            Repeater {
                model: [{ key: "waiting", text: qsTr("Waiting (%1)").arg(root.counter.waitingCount) },
                        { key: "served", text: qsTr("Served (%1)").arg(root.counter.served.count) },
                        { key: "figures", text: qsTr("My day") }]
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "tab-" + modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData.text
                    selected: root.tab === modelData.key
                    onClicked: root.tab = modelData.key
                }
            }
        }

        ListView {
            id: list
            objectName: root.tab === "waiting" ? "waitingList" : "servedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.tab !== "figures"
            clip: true
            spacing: Theme.px(6)
            model: root.tab === "waiting" ? root.counter.waiting : root.counter.served
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: row
                required property int index
                required property int ticketId
                required property string label
                required property string service
                required property string priority
                required property string timeText
                required property string detail
                required property string state
                required property bool here
                width: ListView.view.width - Theme.px(12)
                implicitHeight: rowLayout.implicitHeight + Theme.px(14)
                radius: Theme.px(8)
                color: row.priority !== "" ? Theme.priorityLight : Theme.background
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.leftMargin: Theme.px(12)
                    anchors.rightMargin: Theme.px(8)
                    spacing: Theme.px(12)
                    ThemedText {
                        Layout.minimumWidth: Theme.px(110)
                        text: row.label
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: row.state === "no_show" ? Theme.muted : Theme.text
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        ThemedText {
                            Layout.fillWidth: true
                            text: row.priority !== "" ? row.service + " · " + row.priority : row.service
                            color: row.priority !== "" ? Theme.priority : Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.bold: row.priority !== ""
                            wrapMode: Text.WordWrap
                        }
                        ThemedText {
                            Layout.fillWidth: true
                            text: row.here ? qsTr("%1 · sent to this counter").arg(row.timeText)
                                           : row.timeText
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                    ThemedText {
                        text: row.detail
                        color: row.state === "no_show" ? Theme.danger : Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                    Rectangle {
                        visible: root.tab === "waiting"
                        objectName: "callRow-" + row.label
                        Layout.preferredWidth: callLabel.implicitWidth + Theme.px(20)
                        Layout.preferredHeight: Theme.px(48)
                        radius: Theme.px(8)
                        color: root.counter.canCallNumber ? (callArea.pressed ? Theme.primaryDark : Theme.primary)
                                                          : Theme.disabled
                        ThemedText {
                            id: callLabel
                            anchors.centerIn: parent
                            text: qsTr("Call")
                            color: Theme.inkOnPrimary
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                        MouseArea {
                            id: callArea
                            anchors.fill: parent
                            enabled: root.counter.canCallNumber
                            onClicked: root.counter.callNumber(row.label)
                        }
                    }
                }
            }
            ThemedText {
                anchors.centerIn: parent
                width: parent.width - Theme.px(24)
                visible: list.count === 0
                text: root.tab === "waiting" ? qsTr("Nobody is waiting.") : qsTr("Nobody served yet today.")
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        GridLayout {
            objectName: "figures"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.tab === "figures"
            columns: 2
            columnSpacing: Theme.px(16)
            rowSpacing: Theme.px(12)
            Repeater {
                model: root.counter.figures
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: figure.implicitHeight + Theme.px(20)
                    radius: Theme.px(10)
                    color: Theme.background
                    ColumnLayout {
                        id: figure
                        anchors.fill: parent
                        anchors.margins: Theme.px(10)
                        spacing: 0
                        ThemedText {
                            Layout.fillWidth: true
                            text: modelData.value
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.primary
                            horizontalAlignment: Text.AlignHCenter
                        }
                        ThemedText {
                            Layout.fillWidth: true
                            text: modelData.label
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true; Layout.columnSpan: 2 }
        }
    }
}
