import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// The top bar: the center's name (five quick taps open the technician menu),
// the time and the language switch.
Rectangle {
    id: root

    required property KioskController kiosk
    signal secretTapped()

    implicitHeight: Theme.px(150)
    color: Theme.primary

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
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ThemedText {
                anchors.fill: parent
                text: root.kiosk.centerName
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.px(38)
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
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
            color: Theme.inkOnPrimary
            font.pixelSize: Theme.px(40)
            font.bold: true
            text: root.kiosk.clockText   // the center's clock, as printed on the ticket
        }

        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
            current: root.kiosk.language
            onChosen: language => root.kiosk.setLanguage(language)
        }
    }
}
