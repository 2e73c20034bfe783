import QtQuick
import QtQuick.Layouts

// A numeric PIN pad with large keys, and the keyboard's digits when it has the
// focus. The PIN is never shown, only dots.
Item {
    id: root

    property string pin: ""
    property int maxLength: 8
    property string title: ""
    property string message: ""
    property bool messageIsError: false

    signal accepted(string pin)
    signal cancelled()

    implicitWidth: Theme.px(560)
    implicitHeight: column.implicitHeight

    function clear() { root.pin = "" }

    // A keyboard works too: digits, Backspace, Enter (a counter has one; a kiosk does not).
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            if (root.pin.length < root.maxLength)
                root.pin += String(event.key - Qt.Key_0)
        } else if (event.key === Qt.Key_Backspace) {
            root.pin = root.pin.slice(0, -1)
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.accepted(root.pin)
        } else if (event.key === Qt.Key_Escape) {
            root.cancelled()
        } else {
            return
        }
        event.accepted = true
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.px(20)

        ThemedText {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "pinDots"
            Layout.fillWidth: true
            text: root.pin.length > 0 ? "●".repeat(root.pin.length) : " "
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        ThemedText {
            Layout.fillWidth: true
            text: root.message
            visible: root.message.length > 0
            color: root.messageIsError ? Theme.danger : Theme.muted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.px(16)
            columnSpacing: Theme.px(16)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: Rectangle {
                    id: key
                    required property string modelData
                    objectName: "pinKey" + modelData
                    implicitWidth: Theme.px(160)
                    implicitHeight: Theme.px(120)
                    radius: Theme.radius
                    color: keyArea.pressed ? Theme.primaryDark
                         : key.modelData === "OK" ? Theme.primary : Theme.surface
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    ThemedText {
                        anchors.centerIn: parent
                        text: key.modelData
                        font.pixelSize: Theme.fontLarge
                        font.bold: key.modelData === "OK"
                        color: key.modelData === "OK" || keyArea.pressed ? Theme.inkOnPrimary : Theme.text
                    }
                    MouseArea {
                        id: keyArea
                        anchors.fill: parent
                        onClicked: {
                            if (key.modelData === "⌫")
                                root.pin = root.pin.slice(0, -1)
                            else if (key.modelData === "OK")
                                root.accepted(root.pin)
                            else if (root.pin.length < root.maxLength)
                                root.pin += key.modelData
                        }
                    }
                }
            }
        }
    }
}
