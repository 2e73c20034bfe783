import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// A clerk logs in at this counter: username, then the PIN on the pad or the
// keyboard. The counter is the station's own (its device settings).
Item {
    id: root

    required property CounterController counter

    function focusUser() { user.forceActiveFocus() }
    Component.onCompleted: root.focusUser()

    function submit(pin) {
        if (user.text.trim() === "") {
            user.forceActiveFocus()
            return
        }
        root.counter.login(user.text, pin)
        pinPad.clear()
    }

    RowLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.px(1500))
        spacing: Theme.px(60)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.px(20)
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Log in at %1").arg(root.counter.counterName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
            }
            ThemedText {
                Layout.fillWidth: true
                text: root.counter.ready ? root.counter.centerName : qsTr("Connecting to the system…")
                color: Theme.muted
                wrapMode: Text.WordWrap
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Username")
                font.bold: true
            }
            TextField {
                id: user
                objectName: "userField"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                placeholderText: qsTr("e.g. lan.nguyen")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase
                onAccepted: pinPad.forceActiveFocus()
                KeyNavigation.tab: pinPad
            }
            ThemedText {
                objectName: "loginMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.counter.loggingIn ? qsTr("Checking…") : root.counter.loginMessage
                color: root.counter.loggingIn ? Theme.muted : Theme.danger
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }
        PinPad {
            id: pinPad
            objectName: "pinPad"
            Layout.alignment: Qt.AlignVCenter
            title: qsTr("PIN")
            enabled: !root.counter.loggingIn && root.counter.online
            onAccepted: (pin) => root.submit(pin)
            onCancelled: pinPad.clear()
        }
    }
}
