import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Kiosk

// "A priority ticket for Land, as an elderly person": one more tap, so nobody takes
// one by mistake, and the citizen sees which service it is for.
Rectangle {
    id: root

    required property KioskController kiosk
    property string groupId: ""
    property string serviceId: ""
    signal confirmed(string serviceId)

    function ask(service) {
        root.serviceId = service
        root.visible = true
    }

    visible: false
    color: "#cc000000"
    MouseArea { anchors.fill: parent } // nothing behind it can be touched

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.px(900))
        height: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth

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
                wrapMode: Text.WordWrap
            }
            ThemedText {
                objectName: "priorityConfirmText"
                Layout.fillWidth: true
                text: qsTr("A priority ticket for %1, as: %2.")
                          .arg(root.kiosk.serviceName(root.serviceId)).arg(root.kiosk.priorityGroupName(root.groupId))
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
                    Layout.preferredWidth: 1
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
                    Layout.preferredWidth: 1
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
