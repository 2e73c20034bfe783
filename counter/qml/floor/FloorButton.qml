import QtQuick
import Qms.Ui

// A small framed button that fits a row of the floor.
Rectangle {
    id: button

    property alias text: buttonLabel.text
    property color ink: Theme.primary
    signal clicked()

    implicitWidth: buttonLabel.implicitWidth + Theme.px(24)
    implicitHeight: Theme.px(36)
    radius: Theme.px(8)
    color: buttonArea.pressed ? Theme.border : Theme.surface
    border.color: button.enabled ? button.ink : Theme.disabled
    border.width: Math.max(1, Theme.px(2))

    ThemedText {
        id: buttonLabel
        anchors.centerIn: parent
        color: button.enabled ? button.ink : Theme.disabled
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    MouseArea {
        id: buttonArea
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
