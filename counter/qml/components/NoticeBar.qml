import QtQuick
import QtQuick.Layouts
import Qms.Ui

// What the last action did, or why it could not be done: green for done, red
// for refused or uncertain. Stays until the next action or until dismissed.
Rectangle {
    id: root

    property string text: ""
    property bool error: false
    signal dismissed()

    visible: root.text !== ""
    implicitHeight: root.visible ? Math.max(Theme.px(52), row.implicitHeight + Theme.px(16)) : 0
    radius: Theme.px(10)
    color: root.error ? Theme.dangerLight : "#e6f4ea"
    border.color: root.error ? Theme.danger : Theme.ok
    border.width: Theme.borderWidth

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.px(16)
        anchors.rightMargin: Theme.px(8)
        spacing: Theme.px(12)
        ThemedText {
            objectName: "noticeText"
            Layout.fillWidth: true
            text: root.text
            color: root.error ? Theme.danger : Theme.ok
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Rectangle {
            objectName: "noticeClose"
            Layout.preferredWidth: Theme.px(64)
            Layout.preferredHeight: Theme.px(64)
            radius: Theme.px(8)
            color: "transparent"
            ThemedText {
                anchors.centerIn: parent
                text: "×"
                color: Theme.muted
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.dismissed()
            }
        }
    }
}
