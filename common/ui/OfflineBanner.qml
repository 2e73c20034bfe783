import QtQuick

// Shown while the station cannot reach the hub; each app says what that means for its users.
Rectangle {
    id: root

    property bool shown: false
    property string text: qsTr("Not connected to the system. Trying again…")

    objectName: "offlineBanner"
    visible: root.shown
    implicitHeight: root.shown ? label.implicitHeight + Theme.px(40) : 0
    color: Theme.danger

    ThemedText {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        text: root.text
        color: Theme.inkOnPrimary
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
}
