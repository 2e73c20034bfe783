import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// Receives the dossier of the citizen being served: which procedure, who, and
// which of its papers were handed in (those not ticked are to be brought). The
// hub gives the code and the date to come back; the receipt prints at once.
Overlay {
    id: root

    required property CounterController counter
    required property DossierDesk desk
    property int procedureIndex: -1
    property var received: []      // papers ticked, by their text
    readonly property var procedure: root.procedureIndex >= 0 ? root.desk.procedures[root.procedureIndex] : null

    title: qsTr("Receive a dossier from %1").arg(root.counter.ticketLabel)
    maxWidth: Theme.px(1900)

    function start() {
        root.procedureIndex = root.desk.procedures.length === 1 ? 0 : -1
        root.received = root.procedure ? root.procedure.papers.slice() : []
        applicant.text = ""
        phone.text = ""
        other.text = ""
        missing.text = ""
        note.text = ""
        root.open()
        applicant.forceActiveFocus()
    }
    function choose(index) {
        root.procedureIndex = index
        root.received = root.procedure.papers.slice()
    }
    function toggle(paper) {
        const list = root.received.slice()
        const i = list.indexOf(paper)
        if (i >= 0)
            list.splice(i, 1)
        else
            list.push(paper)
        root.received = list
    }
    function split(text) {
        return text.split(/[;\n]/).map(s => s.trim()).filter(s => s !== "")
    }
    function submit() {
        if (!root.procedure || applicant.text.trim() === "")
            return
        const handedIn = root.received.concat(root.split(other.text))
        const toBring = root.procedure.papers.filter(p => root.received.indexOf(p) < 0).concat(root.split(missing.text))
        root.desk.receive(root.procedure.id, applicant.text, phone.text, handedIn, toBring, note.text)
        root.close()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(24)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.px(10)
            ThemedText {
                text: qsTr("Procedure")
                font.bold: true
            }
            Repeater {
                model: root.desk.procedures
                delegate: ChoiceButton {
                    required property var modelData
                    required property int index
                    objectName: "procedure-" + modelData.id
                    Layout.fillWidth: true
                    text: modelData.name
                    detail: modelData.daysText + " · " + modelData.feeText
                    selected: root.procedureIndex === index
                    onClicked: root.choose(index)
                }
            }
            ThemedText {
                text: qsTr("Applicant's full name")
                font.bold: true
            }
            TextField {
                id: applicant
                objectName: "applicantField"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                maximumLength: 120
                KeyNavigation.tab: phone
            }
            ThemedText {
                text: qsTr("Phone (optional)")
                font.bold: true
            }
            TextField {
                id: phone
                objectName: "phoneField"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhDialableCharactersOnly
                maximumLength: 20
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.px(10)
            ThemedText {
                Layout.fillWidth: true
                text: root.procedure ? qsTr("Papers handed in (untick what is missing)")
                                     : qsTr("Choose the procedure to see its papers.")
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.procedure ? root.procedure.papers : []
                delegate: ChoiceButton {
                    required property string modelData
                    required property int index
                    objectName: "paper-" + index
                    Layout.fillWidth: true
                    text: modelData
                    selected: root.received.indexOf(modelData) >= 0
                    onClicked: root.toggle(modelData)
                }
            }
            TextField {
                id: other
                objectName: "otherPapersField"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Other papers handed in (separate with ;)")
            }
            TextField {
                id: missing
                objectName: "missingPapersField"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Other papers to bring (separate with ;)")
            }
            TextField {
                id: note
                objectName: "intakeNote"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Note (optional)")
                maximumLength: 200
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        BigButton {
            objectName: "intakeCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            fill: Theme.muted
            onClicked: root.close()
        }
        BigButton {
            objectName: "intakeConfirm"
            Layout.fillWidth: true
            text: root.desk.printerConfigured ? qsTr("Receive and print the receipt") : qsTr("Receive")
            enabled: root.procedure !== null && applicant.text.trim() !== ""
            onClicked: root.submit()
        }
    }
}
