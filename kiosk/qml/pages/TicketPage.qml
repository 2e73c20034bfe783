import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// The ticket just issued: the number very large, where to go, how long, the QR
// code, and whether it printed. Returns home by itself — later if printing failed,
// so the citizen can photograph the screen.
Item {
    id: root

    required property KioskController kiosk
    readonly property IssuedTicket ticket: root.kiosk.ticket
    readonly property bool failed: root.ticket.printState === IssuedTicket.Failed
    readonly property bool landscape: width > height
    readonly property bool leavesByItself: true
    signal done()

    objectName: "ticketPage"

    // Counts from when printing ended: longer when it failed. Never while the
    // ticket is being read aloud: the time starts again when the reading ends.
    Timer {
        id: leave
        onTriggered: {
            if (!root.kiosk.readingAloud)
                root.done()
        }
    }
    Connections {
        target: root.kiosk
        function onReadingAloudChanged() {
            if (!root.kiosk.readingAloud && leave.interval > 0)
                leave.restart()
        }
    }
    Connections {
        target: root.ticket
        function onChanged() {
            if (root.ticket.printState === IssuedTicket.Printing)
                return
            leave.interval = (root.failed ? root.kiosk.ticketFailedSeconds : root.kiosk.ticketSeconds) * 1000
            leave.restart()
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: root.landscape ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(12)
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Your number")
                font.pixelSize: Theme.fontLarge
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
            // The number as large as the room left allows, never cut.
            ThemedText {
                objectName: "ticketLabel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.px(120)
                text: root.ticket.label
                font.pixelSize: Theme.fontHuge
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.px(90)
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            ThemedText {
                Layout.fillWidth: true
                text: root.ticket.serviceName
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                Layout.fillWidth: true
                visible: root.ticket.priorityText !== ""
                text: root.ticket.priorityText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.priority
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                objectName: "ticketDetails"
                Layout.fillWidth: true
                text: [root.ticket.countersText, root.ticket.aheadText,
                       qsTr("Expected wait: %1").arg(root.ticket.waitText)].join("\n")
                font.pixelSize: Theme.fontLarge
                lineHeight: 1.25
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                objectName: "ticketAdvice"
                Layout.fillWidth: true
                text: qsTr("Please watch the screens and listen for your number.") + "\n" + root.ticket.validText
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Image {
                objectName: "ticketQr"
                Layout.alignment: Qt.AlignHCenter
                visible: root.ticket.qrUrl !== ""
                source: root.ticket.qrUrl !== "" ? "image://qr/" + encodeURIComponent(root.ticket.qrUrl) : ""
                sourceSize.width: Theme.px(300)
                Layout.preferredWidth: Theme.px(300)
                Layout.preferredHeight: Theme.px(300)
                smooth: false
            }
            ThemedText {
                Layout.fillWidth: true
                visible: root.ticket.qrUrl !== ""
                text: qsTr("Scan the code with your phone to follow your turn")
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Rectangle {
                objectName: "printStatus"
                Layout.fillWidth: true
                implicitHeight: status.implicitHeight + Theme.px(40)
                radius: Theme.radius
                color: root.failed ? Theme.dangerLight : Theme.surface
                border.color: root.failed ? Theme.danger : Theme.ok
                border.width: Theme.px(3)
                ThemedText {
                    id: status
                    objectName: "printStatusText"
                    anchors.centerIn: parent
                    width: parent.width - Theme.px(40)
                    text: root.ticket.printState === IssuedTicket.Printing ? qsTr("Printing your ticket…") : root.ticket.printMessage
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: root.failed ? Theme.danger : Theme.ok
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            Item { Layout.fillHeight: true }
            BigButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                text: qsTr("Done")
                onClicked: root.done()
            }
        }
    }
}
