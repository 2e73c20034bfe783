import QtQuick
import Qms.Ui

// A small framed button that fits a row of the floor.
Rectangle {
    id: button

    property alias text: buttonLabel.text
    property color ink: Theme.primary
    property bool selected: false // a choice that is on
    signal clicked()

    implicitWidth: buttonLabel.implicitWidth + Theme.px(24)
    implicitHeight: Theme.px(36)
    radius: Theme.px(8)
    color: button.selected ? button.ink : buttonArea.pressed ? Theme.border : Theme.surface
    border.color: button.enabled ? button.ink : Theme.disabled
    border.width: Math.max(1, Theme.px(2))

    ThemedText {
        id: buttonLabel
        anchors.centerIn: parent
        color: !button.enabled ? Theme.disabled : button.selected ? Theme.inkOnPrimary : button.ink
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    MouseArea {
        id: buttonArea
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
