import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// A pause, with its reason: the lobby screen shows it, so citizens know the
// counter will be back.
Overlay {
    id: root

    required property CounterController counter

    title: qsTr("Pause the counter")
    maxWidth: Theme.px(900)

    function start() {
        other.text = ""
        root.open()
    }
    function pauseFor(reason) {
        root.counter.pause(reason)
        root.close()
    }

    Repeater {
        model: root.counter.pauseReasons
        delegate: BigButton {
            required property var modelData
            objectName: "pause-" + modelData.key
            Layout.fillWidth: true
            text: modelData.text
            fill: Theme.priority
            onClicked: root.pauseFor(modelData.key)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        TextField {
            id: other
            objectName: "pauseOther"
            Layout.fillWidth: true
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Another reason")
            maximumLength: 200
            onAccepted: if (text.trim() !== "") root.pauseFor(text)
        }
        BigButton {
            Layout.preferredWidth: Theme.px(260)
            text: qsTr("Pause")
            enabled: other.text.trim() !== ""
            onClicked: root.pauseFor(other.text)
        }
    }
    BigButton {
        Layout.fillWidth: true
        text: qsTr("Cancel")
        fill: Theme.muted
        onClicked: root.close()
    }
}
