import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Qms.Ui
import Qms.Counter

// The station made small, on top of whatever else the clerk works in (the
// province's dossier software): the ticket at the counter and the four
// actions of every citizen. The same keys work while it has the focus.
Window {
    id: root

    required property CounterController counter
    signal expand()

    width: 560
    height: 190
    minimumWidth: 480
    minimumHeight: 170
    flags: Qt.Window | Qt.WindowStaysOnTopHint
    color: Theme.background
    title: root.counter.counterName

    Shortcut { sequence: "F1"; enabled: root.counter.canCallNext; onActivated: root.counter.callNext() }
    Shortcut { sequence: "F2"; enabled: root.counter.canRecall; onActivated: root.counter.recall() }
    Shortcut { sequence: "F3"; enabled: root.counter.canStart; onActivated: root.counter.start() }
    Shortcut { sequence: "F4"; enabled: root.counter.canFinish; onActivated: root.counter.finish() }

    Rectangle {
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: root.counter.online ? 0 : offlineText.implicitHeight + 8
        visible: !root.counter.online
        color: Theme.danger
        ThemedText {
            id: offlineText
            anchors.centerIn: parent
            width: parent.width - 16
            text: qsTr("Not connected")
            color: Theme.inkOnPrimary
            font.pixelSize: 15
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        anchors.topMargin: root.counter.online ? 8 : 36
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            ThemedText {
                objectName: "compactLabel"
                text: root.counter.hasTicket ? root.counter.ticketLabel : "—"
                font.pixelSize: 44
                font.bold: true
                color: Theme.primary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                ThemedText {
                    Layout.fillWidth: true
                    text: root.counter.hasTicket ? root.counter.ticketService : root.counter.statusText
                    font.pixelSize: 16
                    font.bold: true
                    elide: Text.ElideRight
                }
                ThemedText {
                    objectName: "compactState"
                    Layout.fillWidth: true
                    text: root.counter.hasTicket ? root.counter.ticketStateText
                                                 : qsTr("%n waiting", "", root.counter.waitingCount)
                    font.pixelSize: 14
                    color: Theme.muted
                    elide: Text.ElideRight
                }
            }
            Rectangle {
                objectName: "compactExpand"
                Layout.preferredWidth: expandText.implicitWidth + 20
                Layout.preferredHeight: 36
                radius: 6
                color: expandArea.pressed ? Theme.primaryDark : "transparent"
                border.color: Theme.border
                border.width: 1
                ThemedText {
                    id: expandText
                    anchors.centerIn: parent
                    text: qsTr("Full station")
                    font.pixelSize: 14
                }
                MouseArea {
                    id: expandArea
                    anchors.fill: parent
                    onClicked: root.expand()
                }
            }
        }
        // Plain rows with computed widths: this window is made while hidden, and is
        // shown and hidden often; nothing in it waits for a layout pass.
        Row {
            id: buttons
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            Repeater {
                model: [{ key: "callNext", text: qsTr("Call next"), shortcut: "F1" },
                        { key: "recall", text: qsTr("Call again"), shortcut: "F2" },
                        { key: "start", text: qsTr("Citizen is here"), shortcut: "F3" },
                        { key: "finish", text: qsTr("Finish"), shortcut: "F4" }]
                delegate: Rectangle {
                    id: button
                    required property var modelData
                    readonly property bool allowed: modelData.key === "callNext" ? root.counter.canCallNext
                                                  : modelData.key === "recall" ? root.counter.canRecall
                                                  : modelData.key === "start" ? root.counter.canStart
                                                  : root.counter.canFinish
                    objectName: "compact-" + modelData.key
                    width: (buttons.width - 3 * buttons.spacing) / 4
                    height: buttons.height
                    radius: 8
                    color: !button.allowed ? Theme.disabled : area.pressed ? Theme.primaryDark
                         : modelData.key === "finish" ? Theme.ok : Theme.primary
                    Column {
                        anchors.centerIn: parent
                        width: parent.width - 8
                        ThemedText {
                            width: parent.width
                            text: button.modelData.text
                            color: Theme.inkOnPrimary
                            font.pixelSize: 15
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                        }
                        ThemedText {
                            width: parent.width
                            text: button.modelData.shortcut
                            color: Theme.inkOnPrimary
                            font.pixelSize: 12
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                    MouseArea {
                        id: area
                        anchors.fill: parent
                        enabled: button.allowed
                        onClicked: {
                            if (button.modelData.key === "callNext") root.counter.callNext()
                            else if (button.modelData.key === "recall") root.counter.recall()
                            else if (button.modelData.key === "start") root.counter.start()
                            else root.counter.finish()
                        }
                    }
                }
            }
        }
    }
}
