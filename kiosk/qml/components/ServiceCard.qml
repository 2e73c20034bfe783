import QtQuick
import QtQuick.Layouts
import Qms.Ui

// One service on the home screen: what it is, how many wait, how long — or why it
// gives no number now. Text shrinks to fit the card rather than being cut.
Rectangle {
    id: root

    required property string serviceId
    required property string name
    required property string description
    required property int waiting
    required property string waitText
    required property bool open
    required property string state
    required property string statusText
    required property string hoursText
    property bool priority: false
    property bool busy: false
    signal chosen(string serviceId)

    objectName: "service-" + root.serviceId
    radius: Theme.radius
    color: !root.open ? Theme.background : area.pressed ? Theme.priorityLight : Theme.surface
    border.color: !root.open ? Theme.border : root.priority ? Theme.priority : Theme.primary
    border.width: root.open ? Theme.px(4) : Theme.borderWidth

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(20)
        spacing: Theme.px(8)
        ThemedText {
            Layout.fillWidth: true
            // With large text the name takes what the description leaves.
            Layout.fillHeight: Theme.easyReading
            Layout.preferredHeight: Math.min(implicitHeight, Theme.fontLarge * 2.8)
            text: root.name
            font.pixelSize: Theme.fontLarge
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.px(26)
            font.bold: true
            color: root.open ? (root.priority ? Theme.priority : Theme.primary) : Theme.muted
            wrapMode: Text.WordWrap
        }
        // What the service covers, in whatever room is left; smaller rather than cut,
        // and left out when the text is large for a reader who needs it.
        ThemedText {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !Theme.easyReading
            text: root.description
            font.pixelSize: Theme.fontSmall
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.px(16)
            color: Theme.muted
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignTop
        }
        ThemedText {
            objectName: "serviceStatus"
            Layout.fillWidth: true
            text: root.state === "open" ? qsTr("%n waiting", "", root.waiting) + " · " + root.waitText
                : root.state === "closed" ? root.statusText + ". " + qsTr("Hours today: %1").arg(root.hoursText)
                : root.statusText
            font.bold: true
            font.pixelSize: root.state === "open" ? Theme.fontBody : Theme.fontSmall
            color: root.state === "open" ? Theme.text
                 : root.state === "offline" ? Theme.muted : Theme.danger
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
