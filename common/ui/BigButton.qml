import QtQuick

// A large, high-contrast touch button, as tall as its words need (never less than
// a finger's target). `detail` adds a smaller line: who may use it, what it does.
Rectangle {
    id: root

    property string text: ""
    property string detail: ""
    property color fill: Theme.primary
    property color ink: Theme.inkOnPrimary
    signal clicked()

    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + Theme.px(32))
    implicitWidth: Math.max(label.implicitWidth, details.implicitWidth) + Theme.px(80)
    radius: Theme.radius
    color: !root.enabled ? Theme.disabled : area.pressed ? Qt.darker(root.fill, 1.25) : root.fill

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - Theme.px(32)
        ThemedText {
            id: label
            width: parent.width
            text: root.text
            color: root.ink
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        ThemedText {
            id: details
            width: parent.width
            visible: root.detail !== ""
            text: root.detail
            color: root.ink
            font.pixelSize: Theme.fontSmall
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
