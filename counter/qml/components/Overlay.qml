import QtQuick
import QtQuick.Layouts
import Qms.Ui

// A dialog over the station: the rest waits (it cannot be clicked) until it is
// answered or cancelled with Esc. Each dialog puts its own content inside.
Rectangle {
    id: root

    property string title: ""
    property int maxWidth: Theme.px(900)
    default property alias content: body.data
    signal cancelled()

    function open() {
        root.visible = true
        root.forceActiveFocus()
    }
    function close() { root.visible = false }

    visible: false
    color: "#99000000"
    Keys.onEscapePressed: { root.close(); root.cancelled() }

    MouseArea { anchors.fill: parent }   // nothing behind it can be clicked

    Rectangle {
        id: frame
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, root.maxWidth)
        height: Math.min(parent.height - 2 * Theme.spacing, column.implicitHeight + 2 * Theme.spacing)
        radius: Theme.radius
        color: Theme.surface
        clip: true

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.px(16)
            ThemedText {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.px(16)
            }
        }
    }
}
