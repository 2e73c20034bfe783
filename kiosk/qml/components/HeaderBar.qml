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
            Text {
                anchors.fill: parent
                text: root.kiosk.centerName
                color: Theme.inkOnPrimary
                font.family: Theme.fontFamily
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

        Text {
            id: clock
            color: Theme.inkOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.px(40)
            font.bold: true
            text: Qt.formatTime(new Date(), "HH:mm")
            Timer {
                interval: 10000
                running: true
                repeat: true
                onTriggered: clock.text = Qt.formatTime(new Date(), "HH:mm")
            }
        }

        LanguageSwitch {
            kiosk: root.kiosk
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
