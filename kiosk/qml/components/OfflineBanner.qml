import QtQuick
import Qms.Ui

// Shown while the kiosk cannot reach the hub: it issues nothing meanwhile.
Rectangle {
    id: root

    property bool shown: false

    objectName: "offlineBanner"
    visible: root.shown
    implicitHeight: root.shown ? text.implicitHeight + Theme.px(40) : 0
    color: Theme.danger

    Text {
        id: text
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        text: qsTr("Not connected to the system — tickets cannot be issued right now. Please ask a staff member.")
        color: Theme.inkOnPrimary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
}
