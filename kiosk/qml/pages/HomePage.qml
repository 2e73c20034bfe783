import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// Home: every service as a large card, the priority entry and the dossier lookup.
Item {
    id: root

    required property KioskController kiosk
    property string priorityGroup: ""
    readonly property bool landscape: width > height

    signal serviceChosen(string serviceId)
    signal priorityRequested()
    signal priorityCancelled()
    signal dossierRequested()

    objectName: "homePage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The printer is down: say so before anyone takes a number.
        Rectangle {
            objectName: "printerNotice"
            Layout.fillWidth: true
            visible: !root.kiosk.printerReady && root.kiosk.online
            implicitHeight: noticeText.implicitHeight + Theme.px(28)
            radius: Theme.radius
            color: Theme.dangerLight
            border.color: Theme.danger
            border.width: Theme.borderWidth
            ThemedText {
                id: noticeText
                anchors.centerIn: parent
                width: parent.width - Theme.px(40)
                text: root.kiosk.printerNotice
                color: Theme.danger
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        // In priority mode: which group, and a way out.
        Rectangle {
            objectName: "priorityBanner"
            Layout.fillWidth: true
            visible: root.priorityGroup !== ""
            implicitHeight: bannerRow.implicitHeight + Theme.px(32)
            radius: Theme.radius
            color: Theme.priorityLight
            border.color: Theme.priority
            border.width: Theme.px(3)
            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.margins: Theme.px(16)
                spacing: Theme.spacing
                ThemedText {
                    Layout.fillWidth: true
                    text: qsTr("Priority ticket: %1. Now choose a service.").arg(root.kiosk.priorityGroupName(root.priorityGroup))
                    font.bold: true
                    color: Theme.priority
                    wrapMode: Text.WordWrap
                }
                BigButton {
                    objectName: "priorityCancelMode"
                    text: qsTr("Cancel")
                    fill: Theme.priority
                    onClicked: root.priorityCancelled()
                }
            }
        }

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Please choose a service")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }

        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Cards share the width and the height: every service is on one screen.
            readonly property int columns: root.landscape ? 3 : 2
            readonly property int rows: Math.max(1, Math.ceil(cards.count / columns))
            readonly property real cardWidth: (width - (columns - 1) * Theme.spacing) / columns
            readonly property real cardHeight: Math.min(Theme.px(400), (height - (rows - 1) * Theme.spacing) / rows)

            Grid {
                columns: area.columns
                spacing: Theme.spacing
                Repeater {
                    id: cards
                    model: root.kiosk.services
                    delegate: ServiceCard {
                        width: area.cardWidth
                        height: area.cardHeight
                        priority: root.priorityGroup !== ""
                        busy: root.kiosk.busy
                        onChosen: serviceId => root.serviceChosen(serviceId)
                    }
                }
            }
        }

        RowLayout {
            id: actions
            Layout.fillWidth: true
            spacing: Theme.spacing
            readonly property bool showPriority: root.kiosk.priorityGroups.length > 0 && root.priorityGroup === ""
            // Side by side, as tall as the taller one's words need.
            readonly property real buttonHeight: Math.max(priorityButton.implicitHeight, dossierButton.implicitHeight)
            BigButton {
                id: priorityButton
                objectName: "priorityButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: actions.buttonHeight
                visible: actions.showPriority
                text: qsTr("Priority")
                // Who may take one; left out with large text, where room is short.
                detail: Theme.easyReading ? "" : root.kiosk.priorityGroupsText
                fill: Theme.priority
                onClicked: root.priorityRequested()
            }
            BigButton {
                id: dossierButton
                objectName: "dossierButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: actions.buttonHeight
                text: qsTr("Look up a dossier")
                detail: Theme.easyReading ? "" : qsTr("Where your papers are, and when to collect them")
                fill: Theme.accent
                onClicked: root.dossierRequested()
            }
        }
    }
}
