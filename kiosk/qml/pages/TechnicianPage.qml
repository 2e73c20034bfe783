import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// Technician menu: printer state and test, the hub this kiosk uses, leaving the app.
Item {
    id: root

    required property KioskController kiosk
    property string hubMessage: ""
    signal back()

    objectName: "technicianPage"
    Component.onCompleted: root.kiosk.refreshPrinterStatus()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Technician menu")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Printer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
        }
        ThemedText {
            objectName: "printerStatus"
            Layout.fillWidth: true
            text: root.kiosk.printerStatusText
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "refreshPrinter"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Check printer")
                onClicked: root.kiosk.refreshPrinterStatus()
            }
            BigButton {
                objectName: "testPrint"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Print a test ticket")
                onClicked: root.kiosk.printTestTicket()
            }
        }

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Hub")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
        }
        ThemedText {
            objectName: "publicUrl"
            Layout.fillWidth: true
            text: root.kiosk.publicUrl !== "" ? qsTr("The QR codes on tickets open %1").arg(root.kiosk.publicUrl)
                                              : qsTr("No public address is set (public_url in the center file): tickets carry no QR code.")
            color: root.kiosk.publicUrl !== "" ? Theme.text : Theme.danger
            wrapMode: Text.WordWrap
        }
        ThemedText {
            objectName: "hubStatus"
            Layout.fillWidth: true
            text: root.kiosk.hubText
            color: root.kiosk.online ? Theme.ok : Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.kiosk.hubEditable
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.px(2)
                TextInput {
                    id: hubAddress
                    objectName: "hubAddress"
                    anchors.fill: parent
                    anchors.margins: Theme.px(16)
                    text: root.kiosk.hubAddress
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    verticalAlignment: TextInput.AlignVCenter
                }
            }
            BigButton {
                objectName: "saveHub"
                text: qsTr("Connect")
                onClicked: root.hubMessage = root.kiosk.setHubAddress(hubAddress.text)
            }
        }
        ThemedText {
            Layout.fillWidth: true
            visible: root.hubMessage !== ""
            text: root.hubMessage
            color: Theme.danger
            wrapMode: Text.WordWrap
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
                objectName: "exitApp"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Exit the kiosk app")
                fill: Theme.danger
                onClicked: root.kiosk.quit()
            }
        }
    }
}
