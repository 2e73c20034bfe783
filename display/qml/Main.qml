import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Qms.Ui
import Qms.Display

// The lobby screen: the call being announced, large; a tile per counter; who
// waits and who was just called; the center's news. For a TV in landscape
// (1920×1080) or portrait (1080×1920), read from across the hall.
Window {
    id: root

    required property DisplayController display
    property bool fullScreen: false
    readonly property bool portrait: root.height > root.width

    width: 1920
    height: 1080
    // A window for trying it out keeps the TV's shape but fits the screen it is on.
    Component.onCompleted: {
        if (root.fullScreen)
            return
        const w = Math.min(root.width, Screen.desktopAvailableWidth * 0.9, Screen.desktopAvailableHeight * 0.9 * 16 / 9)
        root.height = Math.round(w * root.height / root.width)
        root.width = Math.round(w)
    }
    visible: true
    visibility: root.fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Lobby display")

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width, root.height) / 1080
    }

    // How many columns give the counter tiles the largest size (tiles about 1.6:1).
    function bestColumns(count, width, height, spacing) {
        let best = 1, bestSize = 0
        for (let cols = 1; cols <= Math.max(1, count); ++cols) {
            const rows = Math.ceil(count / cols)
            const w = (width - (cols - 1) * spacing) / cols
            const h = (height - (rows - 1) * spacing) / rows
            const size = Math.min(w / 1.6, h)
            if (size > bestSize) {
                bestSize = size
                best = cols
            }
        }
        return best
    }

    Rectangle {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: headerRow.implicitHeight + Theme.px(20)
        color: Theme.header
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.px(24)
            anchors.rightMargin: Theme.px(24)
            spacing: Theme.px(24)
            ThemedText {
                objectName: "centerName"
                Layout.fillWidth: true
                text: root.display.centerName
                color: Theme.headerInk
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
            }
            ColumnLayout {
                spacing: 0
                ThemedText {
                    Layout.alignment: Qt.AlignRight
                    text: root.display.clockText
                    color: Theme.headerInk
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                ThemedText {
                    Layout.alignment: Qt.AlignRight
                    text: root.display.dateText
                    color: Theme.headerInk
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
    OfflineBanner {
        id: offline
        anchors { top: header.bottom; left: parent.left; right: parent.right }
        shown: !root.display.online
        text: qsTr("Not connected to the system: what is shown may be out of date. Reconnecting…")
    }

    Item {
        id: body
        objectName: "body"
        anchors { top: offline.bottom; left: parent.left; right: parent.right; bottom: ticker.top }
        anchors.margins: Theme.px(16)
        // While offline everything is greyed: it is the last known state, not the live one.
        opacity: root.display.online ? 1.0 : 0.45

        // Landscape: the call above the counters, the side column the full height at the right.
        // Portrait: the call, the counters, then the side panels side by side at the bottom.
        CallBanner {
            id: banner
            objectName: "banner"
            anchors {
                top: parent.top; left: parent.left
                right: root.portrait ? parent.right : side.left; rightMargin: root.portrait ? 0 : Theme.px(16)
            }
            height: parent.height * (root.portrait ? 0.2 : 0.34)
            radius: Theme.px(18)
            display: root.display
        }

        Item {
            id: tilesArea
            anchors {
                top: banner.bottom; topMargin: Theme.px(16); left: parent.left; right: banner.right
                bottom: root.portrait ? side.top : parent.bottom; bottomMargin: root.portrait ? Theme.px(16) : 0
            }
            Grid {
                id: grid
                objectName: "tiles"
                readonly property int count: root.display.counters.count
                readonly property real gap: Theme.px(12)
                columns: root.bestColumns(count, tilesArea.width, tilesArea.height, gap)
                readonly property int rowCount: Math.max(1, Math.ceil(count / columns))
                spacing: gap
                Repeater {
                    model: root.display.counters
                    delegate: CounterTile {
                        width: (tilesArea.width - (grid.columns - 1) * grid.gap) / grid.columns
                        height: Math.min((tilesArea.height - (grid.rowCount - 1) * grid.gap) / grid.rowCount,
                                         width * 0.8)
                    }
                }
            }
        }

        SideColumn {
            id: side
            anchors {
                right: parent.right; bottom: parent.bottom
                top: root.portrait ? undefined : parent.top
                left: root.portrait ? parent.left : undefined
            }
            sideBySide: root.portrait
            width: root.portrait ? parent.width : parent.width * 0.27
            height: root.portrait ? Math.max(implicitHeight, parent.height * 0.25) : undefined
            display: root.display
        }
    }

    Rectangle {
        id: ticker
        objectName: "ticker"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: root.display.tickerText !== "" ? Theme.px(90) : 0
        visible: root.display.tickerText !== ""
        color: Theme.header
        ThemedText {
            anchors.fill: parent
            anchors.margins: Theme.px(10)
            text: root.display.tickerText
            color: Theme.headerInk
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
