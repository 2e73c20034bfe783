import QtQuick
import QtQuick.Layouts
import Qms.Ui

// "You are taking a priority ticket as …": one more tap, so nobody takes one by mistake.
Rectangle {
    id: root

    property string groupName: ""
    property string serviceId: ""
    signal confirmed(string serviceId)

    function ask(service) {
        root.serviceId = service
        root.visible = true
    }

    visible: false
    color: "#99000000"
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.px(900))
        height: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Priority ticket")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.priority
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("You are taking a priority ticket as: %1.").arg(root.groupName)
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            ThemedText {
                Layout.fillWidth: true
                text: qsTr("Staff may ask to see a document that shows it.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "priorityCancel"
                    Layout.fillWidth: true
                    text: qsTr("Cancel")
                    fill: Theme.surface
                    ink: Theme.text
                    border.color: Theme.border
                    border.width: Theme.px(3)
                    onClicked: root.visible = false
                }
                BigButton {
                    objectName: "priorityConfirm"
                    Layout.fillWidth: true
                    text: qsTr("Confirm")
                    fill: Theme.priority
                    onClicked: {
                        root.visible = false
                        root.confirmed(root.serviceId)
                    }
                }
            }
        }
    }
}
