import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// Who is served first, by the rules of the one-stop shop; the citizen picks their group.
Item {
    id: root

    required property KioskController kiosk
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
        }
        ThemedText {
            Layout.fillWidth: true
            text: qsTr("These citizens are served first. Touch the group you belong to.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Column {
            id: groups
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Repeater {
                model: root.kiosk.priorityGroups
                delegate: BigButton {
                    required property var modelData
                    objectName: "group-" + modelData.id
                    width: Math.min(groups.width, Theme.px(1000))
                    anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
                    text: modelData.name
                    fill: Theme.surface
                    ink: Theme.priority
                    border.color: Theme.priority
                    border.width: Theme.px(4)
                    onClicked: root.groupChosen(modelData.id)
                }
            }
        }
        BigButton {
            objectName: "backButton"
            Layout.fillWidth: true
            text: qsTr("Back")
            fill: Theme.muted
            onClicked: root.back()
        }
    }
}
