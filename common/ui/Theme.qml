pragma Singleton
import QtQuick

// Colours, type and sizes shared by every screen. `scale` follows the window's
// short side (1080 px = 1.0), so a layout looks the same on a 21" kiosk and a
// 10" counter tablet, in portrait or landscape. `easyReading` is the kiosk's
// mode for citizens with poor eyesight: larger text, white on black, yellow
// actions, heavier borders.
QtObject {
    id: root

    property real scale: 1.0
    property bool easyReading: false
    readonly property string fontFamily: "Noto Sans"
    readonly property real textScale: root.easyReading ? 1.3 : 1.0

    readonly property color background: root.easyReading ? "#000000" : "#eef2f6"
    readonly property color surface: root.easyReading ? "#000000" : "#ffffff"
    readonly property color primary: root.easyReading ? "#ffd400" : "#12467b"
    readonly property color primaryDark: root.easyReading ? "#c9a700" : "#0b2f55"
    readonly property color inkOnPrimary: root.easyReading ? "#000000" : "#ffffff"
    readonly property color accent: root.easyReading ? "#ffd400" : "#0f7c6e"
    readonly property color priority: root.easyReading ? "#ffd400" : "#b4520c"
    readonly property color priorityLight: root.easyReading ? "#000000" : "#fdf0e4"
    readonly property color text: root.easyReading ? "#ffffff" : "#16202b"
    readonly property color muted: root.easyReading ? "#ffffff" : "#52606d"
    readonly property color disabled: root.easyReading ? "#666666" : "#a7b1bb"
    readonly property color danger: root.easyReading ? "#ff6b5e" : "#b3261e"
    readonly property color dangerLight: root.easyReading ? "#000000" : "#fdecea"
    readonly property color ok: root.easyReading ? "#7dff8a" : "#1e7b34"
    readonly property color border: root.easyReading ? "#ffffff" : "#d5dde5"
    // The bar at the top of every screen, and what is written on it.
    readonly property color header: root.easyReading ? "#000000" : "#12467b"
    readonly property color headerInk: "#ffffff"

    function px(value) { return Math.round(value * root.scale) }
    function textPx(value) { return Math.round(value * root.scale * root.textScale) }

    readonly property int radius: px(18)
    readonly property int spacing: px(24)
    readonly property int borderWidth: px(root.easyReading ? 4 : 2)
    readonly property int fontSmall: textPx(26)
    readonly property int fontBody: textPx(32)
    readonly property int fontLarge: textPx(44)
    readonly property int fontTitle: textPx(56)
    readonly property int fontHuge: textPx(240)
    readonly property int touchTarget: px(120)
}
