import QtQuick

// Text in the theme's font, body size and ink: what every label on every screen
// starts from. Set font.pixelSize, font.bold or color where a text differs.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
}
