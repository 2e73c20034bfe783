import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// "Tiếng Việt | English": each written in its own language, so everyone finds theirs.
RowLayout {
    id: root

    required property KioskController kiosk
    spacing: Theme.px(8)

    Repeater {
        model: [{ code: "vi", label: "Tiếng Việt" }, { code: "en", label: "English" }]
        delegate: Rectangle {
            id: button
            required property var modelData
            readonly property bool current: root.kiosk.language === button.modelData.code
            objectName: "language-" + button.modelData.code
            implicitWidth: label.implicitWidth + Theme.px(40)
            implicitHeight: Theme.px(84)
            radius: Theme.radius
            color: button.current ? Theme.inkOnPrimary : "transparent"
            border.color: Theme.inkOnPrimary
            border.width: Theme.px(2)
            Text {
                id: label
                anchors.centerIn: parent
                text: button.modelData.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.px(30)
                font.bold: button.current
                color: button.current ? Theme.primary : Theme.inkOnPrimary
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.kiosk.setLanguage(button.modelData.code)
            }
        }
    }
}
