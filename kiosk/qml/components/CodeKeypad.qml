import QtQuick
import Qms.Ui

// Keys for a dossier code: digits, capital letters and the separators codes use.
Grid {
    id: root

    property real keyHeight: Theme.px(100)
    signal typed(string character)
    signal erased()

    readonly property real keyWidth: (width - (columns - 1) * spacing) / columns

    columns: 10
    spacing: Theme.px(10)

    Repeater {
        model: "1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ.-/⌫".split("")
        delegate: Rectangle {
            id: key
            required property string modelData
            objectName: "key-" + (key.modelData === "⌫" ? "erase" : key.modelData)
            width: root.keyWidth
            height: root.keyHeight
            radius: Theme.px(12)
            color: area.pressed ? Theme.primaryDark : Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            ThemedText {
                anchors.centerIn: parent
                text: key.modelData
                font.pixelSize: Math.min(Theme.fontLarge, key.height * 0.6)
                font.bold: true
                color: area.pressed ? Theme.inkOnPrimary : Theme.text
            }
            MouseArea {
                id: area
                anchors.fill: parent
                onClicked: key.modelData === "⌫" ? root.erased() : root.typed(key.modelData)
            }
        }
    }
}
