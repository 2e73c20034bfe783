import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// The citizen called is not ready (a missing paper, a phone call): they wait
// again, first in line or at the end.
Overlay {
    id: root

    required property CounterController counter

    title: qsTr("%1 waits again").arg(root.counter.ticketLabel)
    maxWidth: Theme.px(900)

    function start() { root.open() }

    BigButton {
        objectName: "requeueHead"
        Layout.fillWidth: true
        text: qsTr("First in line")
        detail: qsTr("Called again as soon as this counter calls next")
        onClicked: { root.counter.requeue(true); root.close() }
    }
    BigButton {
        objectName: "requeueTail"
        Layout.fillWidth: true
        text: qsTr("At the end of the line")
        detail: qsTr("Waits like a ticket taken now")
        onClicked: { root.counter.requeue(false); root.close() }
    }
    BigButton {
        Layout.fillWidth: true
        text: qsTr("Cancel")
        fill: Theme.muted
        onClicked: root.close()
    }
}
