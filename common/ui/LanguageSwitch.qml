import QtQuick
import QtQuick.Layouts

// "Tiếng Việt | English": each written in its own language, so everyone finds
// theirs. Shows `current`; a tap says which one was chosen. Made for the header bar.
RowLayout {
    id: root

    property string current: "vi"
    signal chosen(string language)

    spacing: Theme.px(8)

    Repeater {
        model: [{ code: "vi", label: "Tiếng Việt" }, { code: "en", label: "English" }]
        delegate: Rectangle {
            id: button
            required property var modelData
            readonly property bool selected: root.current === button.modelData.code
            objectName: "language-" + button.modelData.code
            implicitWidth: label.implicitWidth + Theme.px(40)
            implicitHeight: Theme.px(84)
            radius: Theme.radius
            color: button.selected ? Theme.headerInk : "transparent"
            border.color: Theme.headerInk
            border.width: Theme.px(2)
            ThemedText {
                id: label
                anchors.centerIn: parent
                text: button.modelData.label
                font.pixelSize: Theme.px(30)
                font.bold: button.selected
                color: button.selected ? Theme.header : Theme.headerInk
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.chosen(button.modelData.code)
            }
        }
    }
}
