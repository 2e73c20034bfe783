import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// The top bar: the center's name (five quick taps open the technician menu), the
// center's time, large text for poor eyesight, and the language switch.
Rectangle {
    id: root

    required property KioskController kiosk
    signal secretTapped()

    implicitHeight: Theme.px(150)
    color: Theme.header

    property int taps: 0
    Timer {
        id: tapWindow
        interval: 3000
        onTriggered: root.taps = 0
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.px(16)

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ThemedText {
                objectName: "centerName"
                anchors.fill: parent
                anchors.topMargin: Theme.px(8)
                anchors.bottomMargin: Theme.px(8)
                text: root.kiosk.centerName
                color: Theme.headerInk
                // Long names (the English ones are) shrink to fit two lines rather than being cut.
                font.pixelSize: Theme.px(38)
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.px(20)
                font.bold: true
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
            }
            MouseArea {
                objectName: "secretArea"
                anchors.fill: parent
                onClicked: {
                    root.taps += 1
                    tapWindow.restart()
                    if (root.taps >= 5) {
                        root.taps = 0
                        root.secretTapped()
                    }
                }
            }
        }

        ThemedText {
            objectName: "headerClock"
            color: Theme.headerInk
            font.pixelSize: Theme.px(40)
            font.bold: true
            text: root.kiosk.clockText // the center's clock, as printed on the ticket
        }

        Rectangle {
            objectName: "easyReading"
            implicitWidth: easyLabel.implicitWidth + Theme.px(32)
            implicitHeight: Theme.px(84)
            radius: Theme.radius
            color: root.kiosk.easyReading ? Theme.headerInk : "transparent"
            border.color: Theme.headerInk
            border.width: Theme.px(2)
            ThemedText {
                id: easyLabel
                anchors.centerIn: parent
                text: qsTr("Large text")
                font.pixelSize: Theme.px(30)
                font.bold: true
                color: root.kiosk.easyReading ? Theme.header : Theme.headerInk
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.kiosk.easyReading = !root.kiosk.easyReading
            }
        }

        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
            current: root.kiosk.language
            onChosen: language => root.kiosk.setLanguage(language)
        }
    }
}
