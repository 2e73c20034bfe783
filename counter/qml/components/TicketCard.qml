import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// The ticket at the counter, large: its number, its service and priority, how
// long the citizen waited and has been served, and a transfer's note. Without
// a ticket, what the counter is doing instead.
Rectangle {
    id: root

    required property CounterController counter

    implicitHeight: column.implicitHeight + 2 * Theme.px(20)
    radius: Theme.radius
    color: Theme.surface
    border.color: root.counter.ticketPriority !== "" ? Theme.priority : Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.px(20)
        spacing: Theme.px(6)

        ThemedText {
            objectName: "ticketStateText"
            Layout.fillWidth: true
            text: root.counter.hasTicket ? root.counter.ticketStateText
                 : root.counter.status === "open" ? qsTr("No citizen at the counter. Call the next one.")
                 : root.counter.status === "paused" ? root.counter.statusText
                 : qsTr("The counter is closed. Open it to start calling.")
            color: root.counter.ticketState === "serving" ? Theme.ok : Theme.muted
            font.bold: true
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.counter.hasTicket
            spacing: Theme.px(24)
            ThemedText {
                objectName: "ticketLabel"
                text: root.counter.ticketLabel
                font.pixelSize: Theme.textPx(150)
                font.bold: true
                color: Theme.primary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.px(6)
                ThemedText {
                    objectName: "ticketService"
                    Layout.fillWidth: true
                    text: root.counter.ticketService
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Rectangle {
                    visible: root.counter.ticketPriority !== ""
                    Layout.preferredWidth: priority.implicitWidth + Theme.px(24)
                    Layout.preferredHeight: priority.implicitHeight + Theme.px(8)
                    radius: Theme.px(8)
                    color: Theme.priorityLight
                    border.color: Theme.priority
                    border.width: Math.max(1, Theme.px(2))
                    ThemedText {
                        id: priority
                        anchors.centerIn: parent
                        text: qsTr("Priority: %1").arg(root.counter.ticketPriority)
                        color: Theme.priority
                        font.bold: true
                    }
                }
                ThemedText {
                    objectName: "ticketTimes"
                    Layout.fillWidth: true
                    text: root.counter.ticketTimesText
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
        ThemedText {
            objectName: "ticketNote"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.counter.ticketNote
            color: Theme.priority
            wrapMode: Text.WordWrap
        }
    }
}
