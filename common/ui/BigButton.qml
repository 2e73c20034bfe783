import QtQuick

// A large, high-contrast touch button.
Rectangle {
    id: root

    property string text: ""
    property color fill: Theme.primary
    property color ink: Theme.inkOnPrimary
    signal clicked()

    implicitHeight: Theme.touchTarget
    implicitWidth: label.implicitWidth + Theme.px(80)
    radius: Theme.radius
    color: !root.enabled ? Theme.disabled : area.pressed ? Qt.darker(root.fill, 1.25) : root.fill

    ThemedText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - Theme.px(32))
        text: root.text
        color: root.ink
        font.pixelSize: Theme.fontLarge
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
