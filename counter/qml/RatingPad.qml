import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Qms.Ui
import Qms.Counter

// The small screen facing the citizen at a counter: at rest a greeting; after
// the clerk finishes, the satisfaction question with its three answers; then
// thanks. Large, plain, and in the citizen's language.
Window {
    id: root

    required property RatingPadController pad
    property bool fullScreen: false
    property int screenIndex: -1

    width: 1024
    height: 600
    visible: true
    visibility: root.fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Rating pad")
    Component.onCompleted: {
        if (root.screenIndex >= 0 && root.screenIndex < Qt.application.screens.length)
            root.screen = Qt.application.screens[root.screenIndex]
    }

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width, root.height) / 1080 * 1.35
    }

    Rectangle {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        implicitHeight: headerRow.implicitHeight + Theme.px(24)
        color: Theme.header
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.px(24)
            anchors.rightMargin: Theme.px(16)
            ThemedText {
                Layout.fillWidth: true
                text: root.pad.counterName !== "" ? root.pad.centerName + " · " + root.pad.counterName
                                                  : root.pad.centerName
                color: Theme.headerInk
                font.pixelSize: Theme.fontSmall
                font.bold: true
                elide: Text.ElideRight
            }
            LanguageSwitch {
                current: root.pad.language
                onChosen: (language) => root.pad.setLanguage(language)
            }
        }
    }
    OfflineBanner {
        id: offline
        anchors { top: header.bottom; left: parent.left; right: parent.right }
        shown: !root.pad.online
        text: qsTr("Not connected to the system.")
    }

    Item {
        anchors { top: offline.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }

        ColumnLayout {
            objectName: "idleView"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            visible: root.pad.phase === "idle"
            spacing: Theme.spacing
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Welcome")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("After your visit, please tell us how it went.")
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        ColumnLayout {
            objectName: "askingView"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            visible: root.pad.phase === "asking"
            spacing: Theme.spacing
            ThemedText {
                objectName: "question"
                Layout.fillWidth: true
                text: qsTr("Are you satisfied with how your administrative procedure was handled?")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Ticket %1").arg(root.pad.ticketLabel)
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                Repeater {
                    model: [{ value: "very_satisfied", text: qsTr("Very satisfied"), fill: "#1e7b34" },
                            { value: "satisfied", text: qsTr("Satisfied"), fill: "#12467b" },
                            { value: "unsatisfied", text: qsTr("Not satisfied"), fill: "#b3261e" }]
                    delegate: BigButton {
                        required property var modelData
                        objectName: "rate-" + modelData.value
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        text: modelData.text
                        fill: modelData.fill
                        enabled: !root.pad.busy
                        onClicked: root.pad.rate(modelData.value)
                    }
                }
            }
        }

        ColumnLayout {
            objectName: "thanksView"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            visible: root.pad.phase === "thanks"
            spacing: Theme.spacing
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Thank you!")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.ok
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Your answer helps the center serve you better.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            ThemedText {
                objectName: "ratingProblem"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.pad.problem
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
