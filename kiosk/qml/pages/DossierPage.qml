import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// "Tra cứu hồ sơ": type the code from the receipt on the keys, or scan its
// barcode (a scanner types the code and Enter, like a keyboard).
Item {
    id: root

    required property KioskController kiosk
    property string answer: ""
    property bool answerFound: false
    signal back()

    objectName: "dossierPage"

    function lookup() {
        if (code.text.trim() === "")
            return
        root.answer = qsTr("Looking up…")
        root.answerFound = false
        root.kiosk.lookupDossier(code.text)
    }

    Connections {
        target: root.kiosk
        function onDossierAnswered(found, message) {
            root.answerFound = found
            root.answer = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Look up a dossier")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
            horizontalAlignment: Text.AlignHCenter
        }
        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Type the dossier code printed on your receipt, or scan its barcode.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.px(130)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.accent
            border.width: Theme.px(4)
            TextInput {
                id: code
                objectName: "dossierCode"
                anchors.fill: parent
                anchors.margins: Theme.px(20)
                focus: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                verticalAlignment: TextInput.AlignVCenter
                horizontalAlignment: TextInput.AlignHCenter
                maximumLength: 60
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                onTextEdited: root.answer = ""
                onAccepted: root.lookup()   // a barcode scanner ends with Enter
            }
        }
        CodeKeypad {
            Layout.fillWidth: true
            onTyped: character => { code.insert(code.cursorPosition, character); root.answer = "" }
            onErased: { code.remove(code.cursorPosition - 1, code.cursorPosition); root.answer = "" }
        }
        Rectangle {
            objectName: "dossierAnswer"
            Layout.fillWidth: true
            visible: root.answer !== ""
            implicitHeight: answerText.implicitHeight + Theme.px(40)
            radius: Theme.radius
            color: root.answerFound ? Theme.surface : Theme.background
            border.color: root.answerFound ? Theme.ok : Theme.border
            border.width: Theme.px(3)
            ThemedText {
                id: answerText
                objectName: "dossierAnswerText"
                anchors.centerIn: parent
                width: parent.width - Theme.px(40)
                text: root.answer
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "backButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Back")
                fill: Theme.muted
                onClicked: root.back()
            }
            BigButton {
                objectName: "lookupButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Look up")
                fill: Theme.accent
                enabled: code.text.trim() !== "" && root.kiosk.online
                onClicked: root.lookup()
            }
        }
    }
}
