import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Display

// The call being announced, as large as the screen allows: "Xin mời số 1023 đến
// Quầy 3". It flashes when it changes, so eyes go to it, and stays until the
// next call is announced.
Rectangle {
    id: root

    required property DisplayController display

    color: Theme.primary
    clip: true

    // Draws the eye to a new call: a bright flash fading back.
    Rectangle {
        id: flash
        anchors.fill: parent
        color: Theme.accent
        opacity: 0
    }
    Connections {
        target: root.display
        function onLatestSerialChanged() { flashAnimation.restart() }
    }
    SequentialAnimation {
        id: flashAnimation
        loops: 3
        NumberAnimation { target: flash; property: "opacity"; from: 0; to: 1; duration: 250 }
        NumberAnimation { target: flash; property: "opacity"; from: 1; to: 0; duration: 450 }
    }

    ThemedText {
        objectName: "noCallYet"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        visible: root.display.latestLabel === ""
        text: qsTr("Please wait for your number to be called")
        color: Theme.inkOnPrimary
        font.pixelSize: Theme.fontTitle
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        visible: root.display.latestLabel !== ""
        spacing: 0
        ThemedText {
            objectName: "bannerIntro"
            Layout.fillWidth: true
            text: root.display.latestRecall ? qsTr("Calling again: number") : qsTr("Now calling number")
            color: Theme.inkOnPrimary
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(40)
            ThemedText {
                objectName: "bannerLabel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                text: root.display.latestLabel
                color: "#ffd400"
                font.pixelSize: Theme.textPx(300)
                font.bold: true
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.px(40)
                horizontalAlignment: Text.AlignRight
                verticalAlignment: Text.AlignVCenter
            }
            ThemedText {
                Layout.fillHeight: true
                text: qsTr("to")
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.fontTitle
                verticalAlignment: Text.AlignVCenter
            }
            ThemedText {
                objectName: "bannerCounter"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 6
                text: root.display.latestCounterName
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.textPx(200)
                font.bold: true
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.px(30)
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
