import QtQuick
import QtQuick.Layouts
import Qms.Ui

// One service on the home screen: what it is, how many wait, how long.
Rectangle {
    id: root

    required property string serviceId
    required property string name
    required property string description
    required property int waiting
    required property string waitText
    required property bool open
    required property string statusText
    required property string hoursText
    property bool priority: false
    property bool busy: false
    signal chosen(string serviceId)

    objectName: "service-" + root.serviceId
    radius: Theme.radius
    color: !root.open ? Theme.background : area.pressed ? Theme.priorityLight : Theme.surface
    border.color: !root.open ? Theme.border : root.priority ? Theme.priority : Theme.primary
    border.width: Theme.px(root.open ? 4 : 2)
    implicitHeight: Theme.px(300)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(24)
        spacing: Theme.px(10)
        ThemedText {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: root.open ? (root.priority ? Theme.priority : Theme.primary) : Theme.muted
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        ThemedText {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.description
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
            clip: true
        }
        ThemedText {
            Layout.fillWidth: true
            visible: root.open
            text: qsTr("%n waiting", "", root.waiting) + " · " + root.waitText
            font.bold: true
            wrapMode: Text.WordWrap
        }
        ThemedText {
            Layout.fillWidth: true
            visible: !root.open
            text: root.statusText + "\n" + qsTr("Hours today: %1").arg(root.hoursText)
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        enabled: root.open && !root.busy
        onClicked: root.chosen(root.serviceId)
    }
}
