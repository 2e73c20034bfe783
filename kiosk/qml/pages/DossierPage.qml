import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// "Tra cứu hồ sơ": type the code from the receipt on the keys, or scan its barcode
// (a scanner types the code and Enter, like a keyboard: the field has the focus
// from the moment the page opens). Upright the keys sit under the field; turned,
// beside it.
Item {
    id: root

    required property KioskController kiosk
    property string answer: ""
    property bool answerFound: false
    readonly property bool landscape: width > height
    signal back()

    objectName: "dossierPage"

    function lookup() {
        if (code.text.trim() === "")
            return
        root.answer = qsTr("Looking up…")
        root.answerFound = false
        root.kiosk.lookupDossier(code.text)
    }

    Component.onCompleted: code.forceActiveFocus()
    StackView.onActivated: code.forceActiveFocus()

    Connections {
        target: root.kiosk
        function onDossierAnswered(found, message) {
            root.answerFound = found
            root.answer = message
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: root.landscape ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Look up a dossier")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.accent
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Type the dossier code printed on your receipt, or scan its barcode.")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.px(120)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.accent
                border.width: Theme.px(4)
                TextInput {
                    id: code
                    objectName: "dossierCode"
                    anchors.fill: parent
                    anchors.margins: Theme.px(16)
                    focus: true
                    clip: true
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    verticalAlignment: TextInput.AlignVCenter
                    horizontalAlignment: TextInput.AlignHCenter
                    maximumLength: 60
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    onTextEdited: root.answer = ""
                    onAccepted: root.lookup() // a barcode scanner ends with Enter
                }
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
            Item {
                Layout.fillHeight: true
                visible: root.landscape
            }
        }

        CodeKeypad {
            Layout.fillWidth: true
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            keyHeight: root.landscape ? Math.min(Theme.px(110), (height - 3 * spacing) / 4) : Theme.px(100)
            onTyped: character => {
                code.insert(code.cursorPosition, character)
                root.answer = ""
                code.forceActiveFocus()
            }
            onErased: {
                code.remove(code.cursorPosition - 1, code.cursorPosition)
                root.answer = ""
                code.forceActiveFocus()
            }
        }

        Item {
            Layout.fillHeight: true
            visible: !root.landscape
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.columnSpan: root.landscape ? 2 : 1
            spacing: Theme.spacing
            BigButton {
                objectName: "backButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Back")
                fill: Theme.muted
                ink: Theme.surface
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
