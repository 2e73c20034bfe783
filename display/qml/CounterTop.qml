import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Qms.Ui
import Qms.Display

// The small screen above one counter: its name and the number it calls or
// serves, readable from the waiting chairs.
Window {
    id: root

    required property DisplayController display
    property bool fullScreen: false

    width: 1280
    height: 720
    // A window for trying it out keeps the TV's shape but fits the screen it is on.
    Component.onCompleted: {
        if (root.fullScreen)
            return
        const w = Math.min(root.width, Screen.desktopAvailableWidth * 0.5, Screen.desktopAvailableHeight * 0.5 * 16 / 9)
        root.height = Math.round(w * root.height / root.width)
        root.width = Math.round(w)
    }
    visible: true
    visibility: root.fullScreen ? Window.FullScreen : Window.Windowed
    color: root.display.counterTopState === "called" ? Theme.primary : Theme.background
    title: root.display.counterTopName

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width, root.height) / 1080
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(30)
        opacity: root.display.online ? 1.0 : 0.45
        spacing: Theme.px(10)
        ThemedText {
            objectName: "topName"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 20
            text: root.display.counterTopName
            color: root.display.counterTopState === "called" ? Theme.inkOnPrimary : Theme.primary
            font.pixelSize: Theme.textPx(160)
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 12
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ThemedText {
            objectName: "topLabel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 60
            text: root.display.counterTopLabel !== "" ? root.display.counterTopLabel : "–"
            color: root.display.counterTopState === "called" ? "#ffd400" : Theme.text
            font.pixelSize: Theme.textPx(600)
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 20
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        ThemedText {
            objectName: "topText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 20
            text: root.display.online ? root.display.counterTopText : qsTr("Not connected")
            color: root.display.counterTopState === "called" ? Theme.inkOnPrimary : Theme.muted
            font.pixelSize: Theme.textPx(90)
            fontSizeMode: Text.Fit
            minimumPixelSize: 12
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
