import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// Calls one waiting ticket out of turn, by the number printed on it.
Overlay {
    id: root

    required property CounterController counter

    title: qsTr("Call a number")
    maxWidth: Theme.px(800)

    function start() {
        number.text = ""
        root.open()
        number.forceActiveFocus()
    }
    function submit() {
        if (number.text.trim() === "")
            return
        root.counter.callNumber(number.text)
        root.close()
    }

    ThemedText {
        Layout.fillWidth: true
        text: qsTr("The number on the citizen's ticket:")
        wrapMode: Text.WordWrap
    }
    TextField {
        id: number
        objectName: "numberField"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhUppercaseOnly
        maximumLength: 12
        onAccepted: root.submit()
        Keys.onEscapePressed: root.close()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        BigButton {
            Layout.fillWidth: true
            text: qsTr("Cancel")
            fill: Theme.muted
            onClicked: root.close()
        }
        BigButton {
            objectName: "callNumberConfirm"
            Layout.fillWidth: true
            text: qsTr("Call")
            enabled: number.text.trim() !== ""
            onClicked: root.submit()
        }
    }
}
