import QtQuick
import QtQuick.Layouts
import Qms.Ui

// A clerk's action: its name, and the key that does the same, so the hands can
// stay on the keyboard. Disabled when the counter's state does not allow it;
// marked while its request is on its way to the hub.
Rectangle {
    id: root

    property string text: ""
    property string shortcut: ""
    property bool pending: false
    property color fill: Theme.primary
    property color ink: Theme.inkOnPrimary
    signal clicked()

    implicitHeight: Math.max(Theme.px(96), column.implicitHeight + Theme.px(20))
    implicitWidth: Math.max(label.implicitWidth, Theme.px(120)) + Theme.px(24)
    radius: Theme.px(12)
    color: !root.enabled ? Theme.disabled : area.pressed ? Qt.darker(root.fill, 1.25) : root.fill
    opacity: root.pending ? 0.7 : 1.0

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - Theme.px(16)
        spacing: Theme.px(4)
        ThemedText {
            id: label
            width: parent.width
            text: root.pending ? root.text + "…" : root.text
            color: root.ink
            font.pixelSize: Theme.fontBody
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: root.shortcut !== ""
            width: key.implicitWidth + Theme.px(14)
            height: key.implicitHeight + Theme.px(4)
            radius: Theme.px(6)
            color: "transparent"
            border.color: root.ink
            border.width: Math.max(1, Theme.px(2))
            ThemedText {
                id: key
                anchors.centerIn: parent
                text: root.shortcut
                color: root.ink
                font.pixelSize: Theme.fontSmall
            }
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        enabled: root.enabled
        onClicked: root.clicked()
    }
}
