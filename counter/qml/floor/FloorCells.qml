import QtQuick
import Qms.Ui

// A row of cells: the first takes what the others leave; a text too long for
// its cell is made smaller, never cut.
Item {
    id: cells

    property var texts: []
    property var widths: [] // shares of the row for the cells after the first
    property color ink: Theme.text
    property bool bold: false

    width: parent ? parent.width : 0
    height: Theme.px(40)

    Row {
        anchors.fill: parent
        Repeater {
            model: cells.texts.length
            delegate: ThemedText {
                required property int index
                width: index === 0 ? cells.width * (1 - cells.widths.reduce((a, b) => a + b, 0))
                                   : cells.width * cells.widths[index - 1]
                height: cells.height
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                text: cells.texts[index]
                color: cells.ink
                font.bold: cells.bold
                font.pixelSize: Theme.fontSmall
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.textPx(16)
            }
        }
    }
}
