import QtQuick
import Qms.Ui
import Qms.Display

// Beside the counters: how many wait for each service, and the last calls (for
// anyone who looked up a moment too late). Stacked in a landscape screen's
// right column; side by side under the counters of a portrait one. The waiting
// panel takes the height its services need; the last calls take the rest and
// show as many of the latest as fit whole.
//
// Rows are placed by Columns and anchors, not Layouts: they are rebuilt on every
// event, and a Qt 6.4 Layout whose size changes in that same moment (the offline
// banner appearing) lays out rows already destroyed and crashes.
Item {
    id: root

    required property DisplayController display
    property bool sideBySide: false
    readonly property real gap: Theme.px(16)
    readonly property real margin: Theme.px(14)

    // What the waiting panel needs; a portrait screen gives the side area this height.
    implicitHeight: root.panelHeight(root.display.services.length)

    component Panel: Rectangle {
        id: panel
        default property alias rows: column.data
        property alias title: heading.text
        implicitHeight: column.implicitHeight + 2 * root.margin
        radius: Theme.px(14)
        color: Theme.surface
        Column {
            id: column
            x: root.margin
            y: root.margin
            width: panel.width - 2 * root.margin
            spacing: root.rowSpacing
            ThemedText {
                id: heading
                height: root.rowHeight
                width: parent.width
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
        }
    }

    // One row of either panel: a line of large type. Names too long for it shrink to fit.
    FontMetrics {
        id: rowFont
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }
    readonly property real rowHeight: rowFont.height
    readonly property real rowSpacing: Theme.px(6)
    // A panel of `rows` rows under its heading.
    function panelHeight(rows) {
        return 2 * root.margin + (rows + 1) * root.rowHeight + rows * root.rowSpacing
    }
    // How many whole rows a panel of this height holds.
    function rowsIn(height) {
        return Math.max(0, Math.floor((height - 2 * root.margin - root.rowHeight) / (root.rowHeight + root.rowSpacing)))
    }

    Panel {
        id: waiting
        title: qsTr("Waiting")
        x: 0
        y: 0
        width: root.sideBySide ? (root.width - root.gap) / 2 : root.width
        // Stacked, the last calls keep room for three rows.
        height: root.sideBySide ? root.height
                                : Math.min(root.implicitHeight, root.height - root.gap - root.panelHeight(3))
        Repeater {
            model: root.display.services.slice(0, root.rowsIn(waiting.height))
            delegate: Item {
                required property var modelData
                width: parent.width
                height: root.rowHeight
                ThemedText {
                    anchors {
                        left: parent.left; right: waitingCount.left; rightMargin: Theme.px(10)
                        verticalCenter: parent.verticalCenter
                    }
                    text: modelData.name
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontSmall
                }
                ThemedText {
                    id: waitingCount
                    objectName: "waiting-" + modelData.name
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    text: modelData.waiting
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                }
            }
        }
    }

    Panel {
        id: recent
        title: qsTr("Just called")
        x: root.sideBySide ? waiting.width + root.gap : 0
        y: root.sideBySide ? 0 : waiting.height + root.gap
        width: root.sideBySide ? root.width - x : root.width
        height: root.height - y

        Repeater {
            // Whole rows only: the latest calls that fit under the heading.
            model: root.display.recentCalls.slice(0, root.rowsIn(recent.height))
            delegate: Item {
                required property var modelData
                required property int index
                width: parent.width
                height: root.rowHeight
                ThemedText {
                    id: callLabel
                    objectName: "recent-" + index
                    anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                    text: modelData.label
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                }
                ThemedText {
                    anchors {
                        left: callLabel.right; leftMargin: Theme.px(14)
                        right: callTime.left; rightMargin: Theme.px(10)
                        verticalCenter: parent.verticalCenter
                    }
                    text: modelData.counter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontSmall
                }
                ThemedText {
                    id: callTime
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    text: modelData.time
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
