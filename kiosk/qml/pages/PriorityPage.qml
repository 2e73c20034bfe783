import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// Who is served first, by the rules of the one-stop shop; the citizen picks their group.
Item {
    id: root

    required property KioskController kiosk
    readonly property bool landscape: width > height
    signal groupChosen(string groupId)
    signal back()

    objectName: "priorityPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ThemedText {
            Layout.fillWidth: true
            text: qsTr("Priority service")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.priority
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        ThemedText {
            Layout.fillWidth: true
            text: qsTr("These citizens are served first. Please touch the group you belong to.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        // One column upright, two when the screen is turned: every group and the way
        // back fit on the screen.
        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property int columns: root.landscape ? 2 : 1
            readonly property int rows: Math.max(1, Math.ceil(groups.count / columns))
            readonly property real buttonWidth: (width - (columns - 1) * Theme.spacing) / columns
            readonly property real buttonHeight: Math.min(Theme.px(170), (height - (rows - 1) * Theme.spacing) / rows)
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: area.columns
                spacing: Theme.spacing
                Repeater {
                    id: groups
                    model: root.kiosk.priorityGroups
                    delegate: BigButton {
                        required property var modelData
                        objectName: "group-" + modelData.id
                        width: area.buttonWidth
                        height: area.buttonHeight
                        text: modelData.name
                        fill: Theme.surface
                        ink: Theme.priority
                        border.color: Theme.priority
                        border.width: Theme.px(4)
                        onClicked: root.groupChosen(modelData.id)
                    }
                }
            }
        }
        BigButton {
            objectName: "backButton"
            Layout.fillWidth: true
            text: qsTr("Back")
            fill: Theme.muted
            ink: Theme.surface
            onClicked: root.back()
        }
    }
}
