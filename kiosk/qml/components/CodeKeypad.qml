import QtQuick
import Qms.Ui

// Keys for a dossier code: digits, capital letters and the separators codes use.
Grid {
    id: root

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
            height: Theme.px(100)
            radius: Theme.px(12)
            color: area.pressed ? Theme.primaryDark : Theme.surface
            border.color: Theme.border
            border.width: Theme.px(2)
            ThemedText {
                anchors.centerIn: parent
                text: key.modelData
                font.pixelSize: Theme.fontLarge
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
