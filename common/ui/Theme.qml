pragma Singleton
import QtQuick

// Colours, type and sizes shared by every screen. `scale` follows the window's
// short side (1080 px = 1.0), so a layout looks the same on a 21" kiosk and a
// 10" counter tablet, in portrait or landscape.
QtObject {
    id: root

    property real scale: 1.0
    readonly property string fontFamily: "Noto Sans"

    readonly property color background: "#eef2f6"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#12467b"
    readonly property color primaryDark: "#0b2f55"
    readonly property color inkOnPrimary: "#ffffff"
    readonly property color accent: "#0f7c6e"
    readonly property color priority: "#b4520c"
    readonly property color priorityLight: "#fdf0e4"
    readonly property color text: "#16202b"
    readonly property color muted: "#52606d"
    readonly property color disabled: "#a7b1bb"
    readonly property color danger: "#b3261e"
    readonly property color dangerLight: "#fdecea"
    readonly property color ok: "#1e7b34"
    readonly property color border: "#d5dde5"

    function px(value) { return Math.round(value * root.scale) }

    readonly property int radius: px(18)
    readonly property int spacing: px(24)
    readonly property int fontSmall: px(26)
    readonly property int fontBody: px(32)
    readonly property int fontLarge: px(44)
    readonly property int fontTitle: px(56)
    readonly property int fontHuge: px(240)
    readonly property int touchTarget: px(120)
}
