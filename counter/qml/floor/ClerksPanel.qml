import QtQuick
import QtQuick.Controls
import Qms.Ui
import Qms.Counter

// The center's clerks: who may log in, a new PIN for one who forgot theirs,
// disabling one who left, and adding a new one.
FloorPanel {
    id: panel

    required property ClerkRoster roster
    property string newPinFor: "" // the clerk whose new PIN is being typed

    title: qsTr("Clerks")

    Repeater {
        model: panel.roster.clerks
        delegate: Column {
            id: clerk
            required property var modelData
            objectName: "clerk-" + modelData.user
            width: parent.width
            spacing: Theme.px(4)
            Item {
                width: parent.width
                height: Theme.px(40)
                FloorCells {
                    anchors { left: parent.left; right: actions.left; rightMargin: Theme.px(8) }
                    width: undefined
                    texts: [clerk.modelData.name + " (" + clerk.modelData.user + ")", clerk.modelData.stateText]
                    widths: [0.42]
                    ink: clerk.modelData.active ? Theme.text : Theme.muted
                }
                Row {
                    id: actions
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    spacing: Theme.px(8)
                    FloorButton {
                        objectName: "newPin-" + clerk.modelData.user
                        text: qsTr("New PIN")
                        visible: clerk.modelData.active
                        onClicked: panel.newPinFor = clerk.modelData.user
                    }
                    FloorButton {
                        objectName: "active-" + clerk.modelData.user
                        visible: !clerk.modelData.self
                        text: clerk.modelData.active ? qsTr("Disable") : qsTr("Enable")
                        ink: clerk.modelData.active ? Theme.danger : Theme.primary
                        onClicked: panel.roster.setActive(clerk.modelData.user, !clerk.modelData.active)
                    }
                }
            }
            Row {
                visible: panel.newPinFor === clerk.modelData.user
                spacing: Theme.px(8)
                TextField {
                    id: pinField
                    objectName: "pinField-" + clerk.modelData.user
                    width: Theme.px(260)
                    font.pixelSize: Theme.fontSmall
                    placeholderText: qsTr("New PIN, 4–8 digits")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    maximumLength: 8
                }
                FloorButton {
                    objectName: "savePin-" + clerk.modelData.user
                    height: pinField.height
                    text: qsTr("Save PIN")
                    onClicked: panel.roster.resetPin(clerk.modelData.user, pinField.text)
                }
                FloorButton {
                    height: pinField.height
                    text: qsTr("Back")
                    ink: Theme.muted
                    onClicked: { pinField.text = ""; panel.newPinFor = "" }
                }
                Connections {
                    target: panel.roster
                    function onSaved() { pinField.text = ""; panel.newPinFor = "" }
                }
            }
        }
    }

    ThemedText {
        width: parent.width
        topPadding: Theme.px(8)
        text: qsTr("Add a clerk")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.muted
    }
    Flow {
        width: parent.width
        spacing: Theme.px(8)
        TextField {
            id: userField
            objectName: "newUser"
            width: (parent.width - parent.spacing) * 0.42
            font.pixelSize: Theme.fontSmall
            placeholderText: qsTr("Login name")
            inputMethodHints: Qt.ImhLowercaseOnly | Qt.ImhNoPredictiveText
        }
        TextField {
            id: nameField
            objectName: "newName"
            width: (parent.width - parent.spacing) * 0.58
            font.pixelSize: Theme.fontSmall
            placeholderText: qsTr("Full name")
        }
        TextField {
            id: newPinField
            objectName: "newPin"
            width: (parent.width - parent.spacing) * 0.3
            font.pixelSize: Theme.fontSmall
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 8
        }
        CheckBox {
            id: supervisorBox
            objectName: "newSupervisor"
            height: newPinField.height
            font.pixelSize: Theme.fontSmall
            text: qsTr("Supervisor")
        }
        FloorButton {
            objectName: "addClerk"
            height: newPinField.height
            text: qsTr("Add")
            onClicked: panel.roster.add(userField.text, nameField.text, newPinField.text, supervisorBox.checked)
        }
        Connections {
            target: panel.roster
            function onSaved() {
                userField.text = ""
                nameField.text = ""
                newPinField.text = ""
                supervisorBox.checked = false
            }
        }
    }
    ThemedText {
        objectName: "rosterMessage"
        width: parent.width
        visible: panel.roster.message !== ""
        text: panel.roster.message
        color: panel.roster.messageIsError ? Theme.danger : Theme.ok
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
