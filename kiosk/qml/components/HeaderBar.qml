import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// The top bar: the center's name (five quick taps open the technician menu), the
// center's time, the screen read aloud and large text for those who cannot read
// it well, and the language switch.
Rectangle {
    id: root

    required property KioskController kiosk
    signal secretTapped()

    // A portrait screen has no room for the name beside the buttons: it gets a row of its own.
    readonly property bool twoRows: width < Theme.px(1300)
    implicitHeight: root.twoRows ? Theme.px(236) : Theme.px(150)
    color: Theme.header

    property int taps: 0
    Timer {
        id: tapWindow
        interval: 3000
        onTriggered: root.taps = 0
    }

    Item {
        anchors {
            left: parent.left; leftMargin: Theme.spacing
            right: root.twoRows ? parent.right : controls.left; rightMargin: root.twoRows ? Theme.spacing : Theme.px(16)
            top: parent.top
            bottom: root.twoRows ? controls.top : parent.bottom
        }
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

    RowLayout {
        id: controls
        anchors { right: parent.right; rightMargin: Theme.spacing; bottom: parent.bottom }
        // Not a left anchor: one set and then removed (on turning the screen) would leave the width stretched.
        width: root.twoRows ? root.width - 2 * Theme.spacing : implicitWidth
        height: root.twoRows ? Theme.px(116) : Theme.px(150)
        spacing: Theme.px(16)

        ThemedText {
            objectName: "headerClock"
            color: Theme.headerInk
            font.pixelSize: Theme.px(40)
            font.bold: true
            text: root.kiosk.clockText // the center's clock, as printed on the ticket
        }
        Item {
            visible: root.twoRows
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "listen"
            visible: root.kiosk.canReadAloud
            implicitWidth: listenLabel.implicitWidth + Theme.px(32)
            implicitHeight: Theme.px(84)
            radius: Theme.radius
            color: root.kiosk.readingAloud ? Theme.headerInk : "transparent"
            border.color: Theme.headerInk
            border.width: Theme.px(2)
            ThemedText {
                id: listenLabel
                objectName: "listenLabel"
                anchors.centerIn: parent
                // While reading, the same button stops it.
                text: root.kiosk.readingAloud ? qsTr("Stop") : qsTr("Listen")
                font.pixelSize: Theme.px(30)
                font.bold: true
                color: root.kiosk.readingAloud ? Theme.header : Theme.headerInk
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.kiosk.readAloud()
            }
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
