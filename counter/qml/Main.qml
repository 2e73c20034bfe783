import QtQuick
import QtQuick.Window
import Qms.Ui
import Qms.Counter

// The clerk's station window (made for a 1366×768 laptop and up): the header,
// the login or the working screen or the dossier list, the dialogs, the keys
// that do every action, and the small window that stays on top of other work.
Window {
    id: root

    required property CounterController counter
    required property DossierDesk desk
    /** The supervisor's live floor (null: not offered, e.g. in tests that do not need it). */
    property FloorView floor: null
    property bool compact: false
    property bool maximized: false
    property string page: "station"
    readonly property bool dialogOpen: transfer.visible || callNumber.visible || pause.visible || requeue.visible
                                       || services.visible || intake.visible || apology.visible || papers.visible

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 600
    visible: !root.compact
    visibility: root.compact ? Window.Hidden : root.maximized ? Window.Maximized : Window.Windowed
    color: Theme.background
    title: root.counter.counterName !== "" ? qsTr("%1 – counter station").arg(root.counter.counterName)
                                           : qsTr("Counter station")

    // A laptop screen and a desk's distance: denser than the kiosk's touch screen.
    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width / 1366, root.height / 768) * 0.62
    }

    function openDialog(name) {
        if (name === "transfer") transfer.start()
        else if (name === "callNumber") callNumber.start()
        else if (name === "pause") pause.start()
        else if (name === "requeue") requeue.start()
        else if (name === "services") services.start()
        else if (name === "intake") intake.start()
    }

    // Every action has its key; none acts while a dialog is open (its text field has the keys).
    component ActionKey: Shortcut {
        required property string key
        required property bool allowed
        sequence: key
        enabled: allowed && !root.dialogOpen && root.counter.loggedIn
    }
    ActionKey { key: "F1"; allowed: root.counter.canCallNext; onActivated: root.counter.callNext() }
    ActionKey { key: "F2"; allowed: root.counter.canRecall; onActivated: root.counter.recall() }
    ActionKey { key: "F3"; allowed: root.counter.canStart; onActivated: root.counter.start() }
    ActionKey { key: "F4"; allowed: root.counter.canFinish; onActivated: root.counter.finish() }
    ActionKey { key: "F5"; allowed: root.counter.canNoShow; onActivated: root.counter.noShow() }
    ActionKey { key: "F6"; allowed: root.counter.canRequeue; onActivated: root.openDialog("requeue") }
    ActionKey { key: "F7"; allowed: root.counter.canTransfer; onActivated: root.openDialog("transfer") }
    ActionKey { key: "F8"; allowed: root.counter.canCallNumber; onActivated: root.openDialog("callNumber") }
    ActionKey {
        key: "F9"
        allowed: root.counter.canPause || root.counter.canResume
        onActivated: root.counter.canResume ? root.counter.resume() : root.openDialog("pause")
    }
    ActionKey { key: "F10"; allowed: root.desk.canReceive; onActivated: root.openDialog("intake") }
    ActionKey {
        key: "F12"
        allowed: root.counter.canOpen || root.counter.canClose
        onActivated: root.counter.canOpen ? root.counter.open() : root.counter.close()
    }

    StationHeader {
        id: header
        objectName: "header"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        counter: root.counter
        page: root.page
        floorOffered: root.floor !== null
        onPageChosen: (page) => root.page = page
        onCompactChosen: root.compact = true
    }
    OfflineBanner {
        id: offline
        anchors { top: header.bottom; left: parent.left; right: parent.right }
        shown: !root.counter.online
        text: qsTr("Not connected to the system. Nothing you do is sent until the connection is back.")
    }
    Item {
        id: content
        anchors { top: offline.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
        Loader {
            anchors.fill: parent
            sourceComponent: !root.counter.loggedIn ? loginPage
                           : root.page === "dossiers" ? dossiersPage
                           : root.page === "floor" && root.floor && root.counter.supervisor ? floorPage : stationPage
        }
    }
    Component {
        id: loginPage
        LoginPage { objectName: "loginPage"; counter: root.counter }
    }
    Component {
        id: stationPage
        StationPage {
            objectName: "stationPage"
            counter: root.counter
            desk: root.desk
            onDialogRequested: (name) => root.openDialog(name)
        }
    }
    Component {
        id: floorPage
        FloorPage { objectName: "floorPage"; floor: root.floor }
    }
    Component {
        id: dossiersPage
        DossiersPage {
            objectName: "dossiersPage"
            counter: root.counter
            desk: root.desk
            onApologyRequested: (code) => apology.start(code)
            onPapersRequested: (code, current) => papers.start(code, current)
        }
    }

    TransferDialog { id: transfer; objectName: "transferDialog"; anchors.fill: parent; counter: root.counter }
    CallNumberDialog { id: callNumber; objectName: "callNumberDialog"; anchors.fill: parent; counter: root.counter }
    PauseDialog { id: pause; objectName: "pauseDialog"; anchors.fill: parent; counter: root.counter }
    RequeueDialog { id: requeue; objectName: "requeueDialog"; anchors.fill: parent; counter: root.counter }
    ServicesDialog { id: services; objectName: "servicesDialog"; anchors.fill: parent; counter: root.counter }
    IntakeDialog {
        id: intake
        objectName: "intakeDialog"
        anchors.fill: parent
        counter: root.counter
        desk: root.desk
    }
    ApologyDialog { id: apology; objectName: "apologyDialog"; anchors.fill: parent; desk: root.desk }
    PapersDialog { id: papers; objectName: "papersDialog"; anchors.fill: parent; desk: root.desk }

    // The ticket changed under an open dialog (another station, the hub): the dialog no longer applies.
    Connections {
        target: root.counter
        function onStateChanged() {
            if (!root.counter.hasTicket) {
                transfer.close()
                requeue.close()
                intake.close()
            }
        }
        function onClerkChanged() {
            if (!root.counter.loggedIn) {
                root.page = "station"
                root.compact = false
            }
        }
    }

    CompactWindow {
        id: compactWindow
        objectName: "compactWindow"
        counter: root.counter
        onExpand: root.compact = false
        // Not the main window's transient child: it shows while the main window is hidden
        // (Qt would hold back its changes until the main window shows again).
        Component.onCompleted: transientParent = null
    }
    // Shown and hidden from here, once the main window is in the state it goes to.
    onCompactChanged: compactWindow.visible = root.compact
    Component.onCompleted: compactWindow.visible = root.compact
}
