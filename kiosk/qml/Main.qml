import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Qms.Ui
import Qms.Kiosk

// The kiosk window: a header, one page at a time, and the rules that bring a
// citizen back home when they walk away.
Window {
    id: root

    required property KioskController kiosk
    property bool fullScreen: false
    // Set while a citizen is taking a priority ticket: the group they chose.
    property string priorityGroup: ""

    width: 1080
    height: 1920
    // A kiosk screen is 1080×1920 (or turned, 1920×1080). A window for trying it out
    // starts with that shape but fits the screen it is on; after that it is the
    // window manager's (no binding, so resizing and landscape keep their size).
    Component.onCompleted: {
        if (root.fullScreen)
            return
        const h = Math.min(1920, Screen.desktopAvailableHeight - 60)
        root.height = h
        root.width = Math.round(h * 9 / 16)
    }
    visible: true
    visibility: root.fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: qsTr("Queue ticket kiosk")

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width, root.height) / 1080
    }
    Binding {
        target: Theme
        property: "easyReading"
        value: root.kiosk.easyReading
    }

    // Back to the start for the next citizen: every choice the last one made is gone.
    function goHome() {
        root.priorityGroup = ""
        message.close()
        confirmPriority.visible = false
        stack.pop(null)
        root.kiosk.startOver()
    }

    function openTechnicianMenu() {
        if (root.kiosk.technicianMenuAvailable && stack.depth === 1)
            stack.push(technicianPinPage)
    }

    HeaderBar {
        id: header
        objectName: "header"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        kiosk: root.kiosk
        onSecretTapped: root.openTechnicianMenu()
    }

    OfflineBanner {
        id: offline
        anchors { top: header.bottom; left: parent.left; right: parent.right }
        shown: !root.kiosk.online
        text: qsTr("Not connected to the system — tickets cannot be issued right now. Please ask a staff member.")
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors { top: offline.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
        initialItem: homePage
        // The kiosk knows which screen "Listen" would read.
        onCurrentItemChanged: root.kiosk.showing(stack.currentItem ? stack.currentItem.objectName : "")
    }

    IdleWatcher {
        // Every page but a fresh home goes back by itself (home too, when the last
        // citizen left it in English, large text or priority mode), except pages that
        // time themselves (the ticket page stays longer when printing failed).
        readonly property bool pageTimesItself: stack.currentItem !== null && stack.currentItem.leavesByItself === true
        readonly property bool fresh: stack.depth === 1 && root.priorityGroup === "" && root.kiosk.startedOver
        timeout: !fresh && !pageTimesItself ? root.kiosk.idleSeconds * 1000 : 0
        onTimedOut: root.goHome()
    }

    MessageOverlay {
        id: message
        objectName: "message"
        anchors.fill: parent
    }

    Connections {
        target: root.kiosk
        function onTicketIssued() {
            root.priorityGroup = ""
            stack.pop(null)
            stack.push(ticketPage)
        }
        function onIssueFailed(text) {
            message.show(text)
        }
    }

    Component {
        id: homePage
        HomePage {
            kiosk: root.kiosk
            priorityGroup: root.priorityGroup
            onServiceChosen: serviceId => {
                if (root.priorityGroup === "")
                    root.kiosk.issue(serviceId, "")
                else
                    confirmPriority.ask(serviceId)
            }
            onPriorityRequested: stack.push(priorityPage)
            onPriorityCancelled: root.priorityGroup = ""
            onDossierRequested: stack.push(dossierPage)
        }
    }
    Component {
        id: priorityPage
        PriorityPage {
            kiosk: root.kiosk
            onGroupChosen: groupId => {
                root.priorityGroup = groupId
                stack.pop()
            }
            onBack: stack.pop()
        }
    }
    Component {
        id: ticketPage
        TicketPage {
            kiosk: root.kiosk
            onDone: root.goHome()
        }
    }
    Component {
        id: dossierPage
        DossierPage {
            kiosk: root.kiosk
            onBack: stack.pop()
        }
    }
    Component {
        id: technicianPinPage
        TechnicianPinPage {
            kiosk: root.kiosk
            onUnlocked: stack.replace(technicianPage)
            onBack: stack.pop()
        }
    }
    Component {
        id: technicianPage
        TechnicianPage {
            kiosk: root.kiosk
            onBack: stack.pop()
        }
    }

    ConfirmPriority {
        id: confirmPriority
        objectName: "confirmPriority"
        anchors.fill: parent
        kiosk: root.kiosk
        groupId: root.priorityGroup
        onConfirmed: serviceId => root.kiosk.issue(serviceId, root.priorityGroup)
    }
}
