import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// Sends the citizen elsewhere, keeping their number: to another service (any
// counter serving it) or to one counter, first in line or at the end, with a
// note for the next clerk.
Overlay {
    id: root

    required property CounterController counter
    property string service: ""
    property int toCounter: 0
    property bool atHead: true

    title: qsTr("Transfer %1").arg(root.counter.ticketLabel)
    maxWidth: Theme.px(1500)

    function start() {
        root.service = ""
        root.toCounter = 0
        root.atHead = root.counter.transferToHeadByDefault
        note.text = ""
        root.open()
    }
    function submit() {
        if (root.service === "" && root.toCounter === 0)
            return
        root.counter.transfer(root.service, root.toCounter, root.atHead, note.text)
        root.close()
    }

    ThemedText {
        text: qsTr("To a service")
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.px(8)
        rowSpacing: Theme.px(8)
        Repeater {
            model: root.counter.transferServices
            delegate: ChoiceButton {
                required property var modelData
                objectName: "transferService-" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData.name
                selected: root.service === modelData.id
                onClicked: { root.service = root.service === modelData.id ? "" : modelData.id }
            }
        }
    }
    ThemedText {
        text: qsTr("Or to one counter")
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.px(8)
        Repeater {
            model: root.counter.transferCounters
            delegate: ChoiceButton {
                required property var modelData
                objectName: "transferCounter-" + modelData.number
                width: Theme.px(170)
                text: modelData.name
                detail: modelData.open ? qsTr("open") : qsTr("closed")
                selected: root.toCounter === modelData.number
                onClicked: { root.toCounter = root.toCounter === modelData.number ? 0 : modelData.number }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(8)
        ChoiceButton {
            objectName: "transferHead"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("First in line")
            selected: root.atHead
            onClicked: root.atHead = true
        }
        ChoiceButton {
            objectName: "transferTail"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("End of the line")
            selected: !root.atHead
            onClicked: root.atHead = false
        }
    }
    TextField {
        id: note
        objectName: "transferNote"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Note for the next clerk (optional)")
        maximumLength: 200
        onAccepted: root.submit()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        BigButton {
            objectName: "transferCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            fill: Theme.muted
            onClicked: root.close()
        }
        BigButton {
            objectName: "transferConfirm"
            Layout.fillWidth: true
            text: qsTr("Transfer")
            enabled: root.service !== "" || root.toCounter !== 0
            onClicked: root.submit()
        }
    }
}
