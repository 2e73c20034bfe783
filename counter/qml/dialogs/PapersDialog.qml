import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// A dossier needs more papers: which ones, and the request slip prints
// ("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ").
Overlay {
    id: root

    required property DossierDesk desk
    property string code: ""

    title: qsTr("Papers %1 still needs").arg(root.code)
    maxWidth: Theme.px(1000)

    function start(code, current) {
        root.code = code
        papers.text = current.split("; ").join("\n")
        note.text = ""
        root.open()
        papers.forceActiveFocus()
    }

    ThemedText {
        text: qsTr("One paper per line")
        font.bold: true
    }
    TextArea {
        id: papers
        objectName: "papersText"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.px(220)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        background: Rectangle { border.color: Theme.border; border.width: Theme.borderWidth; radius: Theme.px(6) }
    }
    TextField {
        id: note
        objectName: "papersNote"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Reason (optional, printed)")
        maximumLength: 200
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
            objectName: "papersConfirm"
            Layout.fillWidth: true
            text: qsTr("Save and print the request")
            enabled: papers.text.trim() !== ""
            onClicked: { root.desk.requestPapers(root.code, papers.text.split("\n"), note.text); root.close() }
        }
    }
}
