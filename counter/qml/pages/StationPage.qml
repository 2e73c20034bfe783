import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// The clerk's working screen: the ticket at the counter and every action on
// it (each with its key), what the last action did, and the side panel.
Item {
    id: root

    required property CounterController counter
    required property DossierDesk desk
    /** Asks the window to open a dialog: "transfer", "callNumber", "pause", "requeue", "intake", "services". */
    signal dialogRequested(string name)

    // The latest outcome, whichever of the two said it.
    property string noticeText: ""
    property bool noticeError: false
    Connections {
        target: root.counter
        function onMessageChanged() {
            root.noticeText = root.counter.message
            root.noticeError = root.counter.messageIsError
        }
    }
    Connections {
        target: root.desk
        function onMessageChanged() {
            root.noticeText = root.desk.message
            root.noticeError = root.desk.messageIsError
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        spacing: Theme.px(16)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 62
            spacing: Theme.px(14)

            TicketCard {
                objectName: "ticketCard"
                Layout.fillWidth: true
                counter: root.counter
            }

            GridLayout {
                id: actions
                Layout.fillWidth: true
                columns: 4
                rowSpacing: Theme.px(10)
                columnSpacing: Theme.px(10)

                ActionButton {
                    objectName: "action-callNext"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Call next")
                    shortcut: "F1"
                    enabled: root.counter.canCallNext
                    pending: root.counter.pendingAction === "callNext"
                    onClicked: root.counter.callNext()
                }
                ActionButton {
                    objectName: "action-recall"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Call again")
                    shortcut: "F2"
                    enabled: root.counter.canRecall
                    pending: root.counter.pendingAction === "recall"
                    onClicked: root.counter.recall()
                }
                ActionButton {
                    objectName: "action-start"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Citizen is here")
                    shortcut: "F3"
                    fill: Theme.accent
                    enabled: root.counter.canStart
                    pending: root.counter.pendingAction === "start"
                    onClicked: root.counter.start()
                }
                ActionButton {
                    objectName: "action-finish"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Finish")
                    shortcut: "F4"
                    fill: Theme.ok
                    enabled: root.counter.canFinish
                    pending: root.counter.pendingAction === "finish"
                    onClicked: root.counter.finish()
                }
                ActionButton {
                    objectName: "action-noShow"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Not present")
                    shortcut: "F5"
                    fill: Theme.danger
                    enabled: root.counter.canNoShow
                    pending: root.counter.pendingAction === "noShow"
                    onClicked: root.counter.noShow()
                }
                ActionButton {
                    objectName: "action-requeue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Back in line…")
                    shortcut: "F6"
                    enabled: root.counter.canRequeue
                    pending: root.counter.pendingAction === "requeue"
                    onClicked: root.dialogRequested("requeue")
                }
                ActionButton {
                    objectName: "action-transfer"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Transfer…")
                    shortcut: "F7"
                    enabled: root.counter.canTransfer
                    pending: root.counter.pendingAction === "transfer"
                    onClicked: root.dialogRequested("transfer")
                }
                ActionButton {
                    objectName: "action-callNumber"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Call a number…")
                    shortcut: "F8"
                    enabled: root.counter.canCallNumber
                    pending: root.counter.pendingAction === "callNumber"
                    onClicked: root.dialogRequested("callNumber")
                }
                ActionButton {
                    objectName: root.counter.canResume ? "action-resume" : "action-pause"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: root.counter.canResume ? qsTr("Resume") : qsTr("Pause…")
                    shortcut: "F9"
                    fill: Theme.priority
                    enabled: root.counter.canPause || root.counter.canResume
                    pending: root.counter.pendingAction === "pause" || root.counter.pendingAction === "open"
                    onClicked: root.counter.canResume ? root.counter.resume() : root.dialogRequested("pause")
                }
                ActionButton {
                    objectName: "action-intake"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Receive dossier…")
                    shortcut: "F10"
                    fill: Theme.accent
                    enabled: root.desk.canReceive && !root.desk.busy
                    pending: root.desk.busy
                    onClicked: root.dialogRequested("intake")
                }
                ActionButton {
                    objectName: root.counter.canOpen ? "action-open" : "action-close"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: root.counter.canOpen ? qsTr("Open counter") : qsTr("Close counter")
                    shortcut: "F12"
                    fill: root.counter.canOpen ? Theme.ok : Theme.muted
                    enabled: root.counter.canOpen || root.counter.canClose
                    pending: root.counter.pendingAction === "close"
                    onClicked: root.counter.canOpen ? root.counter.open() : root.counter.close()
                }
                ActionButton {
                    objectName: "action-services"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: root.counter.supervisor
                    text: qsTr("Services…")
                    fill: Theme.muted
                    enabled: root.counter.online
                    pending: root.counter.pendingAction === "services"
                    onClicked: root.dialogRequested("services")
                }
            }

            NoticeBar {
                objectName: "notice"
                Layout.fillWidth: true
                text: root.noticeText
                error: root.noticeError
                onDismissed: { root.desk.dismissMessage(); root.counter.dismissMessage(); root.noticeText = "" }
            }
            Item { Layout.fillHeight: true }
        }

        SidePanel {
            objectName: "sidePanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 38
            counter: root.counter
        }
    }
}
