import QtQuick
import QtQuick.Layouts

// A message over the screen (why a ticket could not be issued), with one button.
Rectangle {
    id: root

    property string text: ""

    function show(message) {
        root.text = message
        root.visible = true
    }
    function close() { root.visible = false }

    visible: false
    color: "#99000000"

    MouseArea { anchors.fill: parent }   // nothing behind it can be touched

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.px(900))
        height: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing
            ThemedText {
                objectName: "messageText"
                Layout.fillWidth: true
                text: root.text
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            BigButton {
                objectName: "messageOk"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.px(400)
                text: qsTr("OK")
                onClicked: root.close()
            }
        }
    }
}
