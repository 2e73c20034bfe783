import QtQuick
import Qms.Ui

// A framed panel of the floor: a title, then rows stacked by a Column (not a
// Layout: the rows are rebuilt on every event; see the display's SideColumn).
Rectangle {
    id: panel

    default property alias rows: column.data
    property alias title: heading.text
    readonly property real pad: Theme.px(12)

    radius: Theme.px(12)
    color: Theme.surface
    border.color: Theme.border
    border.width: 1
    implicitHeight: column.implicitHeight + 2 * panel.pad

    Column {
        id: column
        x: panel.pad
        y: panel.pad
        width: panel.width - 2 * panel.pad
        spacing: Theme.px(4)
        ThemedText {
            id: heading
            width: parent.width
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.primary
            wrapMode: Text.WordWrap
        }
    }
}
