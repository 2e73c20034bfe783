import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// The way into the technician menu: a PIN only the technician knows.
Item {
    id: root

    required property KioskController kiosk
    signal unlocked()
    signal back()

    objectName: "technicianPinPage"

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing
        PinPad {
            id: pad
            objectName: "technicianPinPad"
            Layout.alignment: Qt.AlignHCenter
            title: qsTr("Technician PIN")
            onAccepted: pin => {
                if (root.kiosk.checkTechnicianPin(pin)) {
                    root.unlocked()
                } else {
                    pad.clear()
                    pad.message = qsTr("Wrong PIN")
                    pad.messageIsError = true
                }
            }
        }
        BigButton {
            objectName: "backButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.px(520)
            text: qsTr("Back")
            fill: Theme.muted
            onClicked: root.back()
        }
    }
}
