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
                    implicitHeight: Theme.px(90)
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

            // Cards share the width; they grow tall enough for their text, but no
            // taller than the area allows for all rows.
            readonly property int columns: root.landscape ? 3 : 2
            readonly property int rows: Math.max(1, Math.ceil(cards.count / columns))
            readonly property real cardWidth: (width - (columns - 1) * Theme.spacing) / columns
            readonly property real cardHeight: Math.min(Theme.px(360), (height - (rows - 1) * Theme.spacing) / rows)

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

        Row {
            id: actions
            Layout.fillWidth: true
            spacing: Theme.spacing
            readonly property bool showPriority: root.kiosk.priorityGroups.length > 0 && root.priorityGroup === ""
            readonly property real half: (width - spacing) / 2
            BigButton {
                objectName: "priorityButton"
                visible: actions.showPriority
                width: actions.half
                text: qsTr("Priority")
                fill: Theme.priority
                onClicked: root.priorityRequested()
            }
            BigButton {
                objectName: "dossierButton"
                width: actions.showPriority ? actions.half : actions.width
                text: qsTr("Look up a dossier")
                fill: Theme.accent
                onClicked: root.dossierRequested()
            }
        }
    }
}
