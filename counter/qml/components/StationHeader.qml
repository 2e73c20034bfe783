import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// The station's top bar: which counter, what it serves and its state; who is
// logged in; the center's clock; and the few things that change the station
// itself (its language, the dossier list, the small window, logging out).
Rectangle {
    id: root

    required property CounterController counter
    property string page: "station"
    property bool floorOffered: false
    signal pageChosen(string page)
    signal compactChosen()

    implicitHeight: row.implicitHeight + Theme.px(16)
    color: Theme.header

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.px(20)
        anchors.rightMargin: Theme.px(12)
        spacing: Theme.px(16)

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            ThemedText {
                objectName: "counterName"
                Layout.fillWidth: true
                text: root.counter.counterName
                color: Theme.headerInk
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }
            ThemedText {
                Layout.fillWidth: true
                text: root.counter.servicesText
                color: Theme.headerInk
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Rectangle {
            objectName: "statusChip"
            visible: root.counter.loggedIn
            Layout.preferredWidth: status.implicitWidth + Theme.px(28)
            Layout.preferredHeight: status.implicitHeight + Theme.px(12)
            radius: height / 2
            color: root.counter.status === "open" ? Theme.ok
                 : root.counter.status === "paused" ? Theme.priority : Theme.muted
            ThemedText {
                id: status
                anchors.centerIn: parent
                text: root.counter.statusText
                color: "#ffffff"
                font.bold: true
            }
        }
        ThemedText {
            visible: root.counter.loggedIn
            text: root.counter.clerkName
            color: Theme.headerInk
        }
        ThemedText {
            objectName: "clock"
            text: root.counter.clockText
            color: Theme.headerInk
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        LanguageSwitch {
            current: root.counter.language
            onChosen: (language) => root.counter.setLanguage(language)
        }
        Repeater {
            // A supervisor also has the floor; each page's button leads back to the counter.
            model: root.counter.loggedIn
                   ? (root.counter.supervisor && root.floorOffered
                      ? [{ key: "floor", text: root.page === "floor" ? qsTr("Counter") : qsTr("Floor") }] : [])
                     .concat([{ key: "dossiers", text: root.page === "dossiers" ? qsTr("Counter") : qsTr("Dossiers") },
                              { key: "compact", text: qsTr("Small window") },
                              { key: "logout", text: qsTr("Log out") }])
                   : []
            delegate: Rectangle {
                id: headerButton
                required property var modelData
                objectName: "header-" + headerButton.modelData.key
                Layout.preferredWidth: headerLabel.implicitWidth + Theme.px(28)
                Layout.preferredHeight: Theme.px(52)
                radius: Theme.px(10)
                color: headerArea.pressed ? Theme.primaryDark : "transparent"
                border.color: Theme.headerInk
                border.width: Math.max(1, Theme.px(2))
                ThemedText {
                    id: headerLabel
                    anchors.centerIn: parent
                    text: headerButton.modelData.text
                    color: Theme.headerInk
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                MouseArea {
                    id: headerArea
                    anchors.fill: parent
                    onClicked: {
                        if (headerButton.modelData.key === "dossiers" || headerButton.modelData.key === "floor")
                            root.pageChosen(root.page === headerButton.modelData.key ? "station"
                                                                                     : headerButton.modelData.key)
                        else if (headerButton.modelData.key === "compact")
                            root.compactChosen()
                        else
                            root.counter.logout()
                    }
                }
            }
        }
    }
}
