import QtQuick
import QtQuick.Layouts
import Qms.Ui

// One counter: its name, the number it calls or serves (large), or why it
// calls nobody. The counter whose call is being announced stands out.
Rectangle {
    id: root

    required property int number
    required property string name
    required property string status
    required property string label
    required property string ticketState
    required property string statusText
    required property bool announcing

    radius: Theme.px(14)
    color: root.announcing ? "#fff4bf" : root.status === "closed" ? "#e3e7ec"
         : root.status === "paused" ? Theme.priorityLight : Theme.surface
    border.color: root.announcing ? "#e0a800" : root.ticketState === "called" ? Theme.accent : Theme.border
    border.width: root.announcing || root.ticketState === "called" ? Theme.px(6) : Theme.px(2)

    SequentialAnimation on scale {
        running: root.announcing
        loops: Animation.Infinite
        alwaysRunToEnd: true
        NumberAnimation { from: 1.0; to: 1.03; duration: 500; easing.type: Easing.InOutQuad }
        NumberAnimation { from: 1.03; to: 1.0; duration: 500; easing.type: Easing.InOutQuad }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Math.max(Theme.px(6), root.height * 0.05)
        spacing: 0
        ThemedText {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 22
            text: root.name
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: root.status === "closed" ? Theme.muted : Theme.primary
            fontSizeMode: Text.Fit
            minimumPixelSize: 10
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ThemedText {
            objectName: "tileLabel-" + root.number
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 55
            text: root.label !== "" ? root.label : "–"
            font.pixelSize: Theme.textPx(200)
            font.bold: true
            color: root.label === "" ? Theme.disabled : root.ticketState === "called" ? Theme.accent : Theme.text
            fontSizeMode: Text.Fit
            minimumPixelSize: 12
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ThemedText {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 18
            text: root.statusText
            font.pixelSize: Theme.fontBody
            color: root.status === "paused" ? Theme.priority : Theme.muted
            fontSizeMode: Text.Fit
            minimumPixelSize: 9
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
