import QtQuick
import Qms.Ui

// One choice among a few (a service to transfer to, a reason to pause): framed,
// filled when chosen.
Rectangle {
    id: root

    property string text: ""
    property string detail: ""
    property bool selected: false
    signal clicked()

    implicitHeight: Math.max(Theme.px(64), column.implicitHeight + Theme.px(20))
    implicitWidth: Math.max(label.implicitWidth, details.implicitWidth) + Theme.px(32)
    radius: Theme.px(10)
    color: root.selected ? Theme.primary : Theme.surface
    border.color: root.selected ? Theme.primary : Theme.border
    border.width: Theme.borderWidth
    opacity: root.enabled ? 1.0 : 0.5

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - Theme.px(16)
        ThemedText {
            id: label
            width: parent.width
            text: root.text
            color: root.selected ? Theme.inkOnPrimary : Theme.text
            font.bold: root.selected
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        ThemedText {
            id: details
            width: parent.width
            visible: root.detail !== ""
            text: root.detail
            color: root.selected ? Theme.inkOnPrimary : Theme.muted
            font.pixelSize: Theme.fontSmall
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
    MouseArea {
        anchors.fill: parent
        enabled: root.enabled
        onClicked: root.clicked()
    }
}
