import QtQuick
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// A supervisor chooses what this counter serves for the rest of the day (the
// center file's list comes back tomorrow).
Overlay {
    id: root

    required property CounterController counter
    property var chosen: []

    title: qsTr("Services of %1 today").arg(root.counter.counterName)
    maxWidth: Theme.px(1200)

    function start() {
        const list = []
        for (const s of root.counter.counterServiceChoices)
            if (s.served)
                list.push(s.id)
        root.chosen = list
        root.open()
    }
    function toggle(id) {
        const list = root.chosen.slice()
        const i = list.indexOf(id)
        if (i >= 0)
            list.splice(i, 1)
        else
            list.push(id)
        root.chosen = list
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.px(8)
        rowSpacing: Theme.px(8)
        Repeater {
            model: root.counter.counterServiceChoices
            delegate: ChoiceButton {
                required property var modelData
                objectName: "serviceChoice-" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData.name
                selected: root.chosen.indexOf(modelData.id) >= 0
                onClicked: root.toggle(modelData.id)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        BigButton {
            Layout.fillWidth: true
            text: qsTr("Cancel")
            fill: Theme.muted
            onClicked: root.close()
        }
        BigButton {
            objectName: "servicesConfirm"
            Layout.fillWidth: true
            text: qsTr("Save")
            enabled: root.chosen.length > 0
            onClicked: { root.counter.setServices(root.chosen); root.close() }
        }
    }
}
