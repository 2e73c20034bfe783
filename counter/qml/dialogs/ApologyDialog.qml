import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// A dossier will be late: a new date and why, and the apology slip prints for
// the citizen ("Phiếu xin lỗi và hẹn lại ngày trả kết quả").
Overlay {
    id: root

    required property DossierDesk desk
    property string code: ""

    title: qsTr("New date for %1").arg(root.code)
    maxWidth: Theme.px(1000)

    function start(code) {
        root.code = code
        date.text = root.desk.suggestedNewDate(code)
        reason.text = ""
        root.open()
        reason.forceActiveFocus()
    }
    function submit() {
        root.desk.promiseLater(root.code, date.text, reason.text)
        root.close()
    }

    ThemedText {
        text: qsTr("New date (day/month/year)")
        font.bold: true
    }
    TextField {
        id: date
        objectName: "apologyDate"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        inputMask: "99/99/9999"
    }
    ThemedText {
        text: qsTr("Why it is late (printed on the apology)")
        font.bold: true
    }
    TextField {
        id: reason
        objectName: "apologyReason"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        maximumLength: 200
        onAccepted: if (text.trim() !== "") root.submit()
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
            objectName: "apologyConfirm"
            Layout.fillWidth: true
            text: qsTr("Save and print the apology")
            enabled: reason.text.trim() !== ""
            onClicked: root.submit()
        }
    }
}
