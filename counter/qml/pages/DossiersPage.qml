import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Qms.Ui
import Qms.Counter

// The center's dossiers: the open ones, the overdue, today's, or all; one
// chosen shows whole, with what can be done to it (move it on, ask for papers,
// promise a later date with an apology, print a slip again). CSV out for any
// clerk, in for a supervisor.
Item {
    id: root

    required property CounterController counter
    required property DossierDesk desk
    signal apologyRequested(string code)
    signal papersRequested(string code, string current)

    readonly property var current: root.desk.selectedDossier.code !== undefined ? root.desk.selectedDossier : null

    Component.onCompleted: root.desk.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(16)
        spacing: Theme.px(12)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(8)
            Repeater {
                model: [{ key: "open", text: qsTr("Open") }, { key: "overdue", text: qsTr("Overdue") },
                        { key: "today", text: qsTr("Received today") }, { key: "all", text: qsTr("All") }]
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "filter-" + modelData.key
                    text: modelData.text
                    selected: root.desk.filter === modelData.key
                    onClicked: { root.desk.selected = ""; root.desk.filter = modelData.key }
                }
            }
            Item { Layout.fillWidth: true }
            ChoiceButton {
                objectName: "refreshDossiers"
                text: qsTr("Refresh")
                onClicked: root.desk.refresh()
            }
            ChoiceButton {
                objectName: "exportCsv"
                text: qsTr("Save as CSV…")
                enabled: !root.desk.busy
                onClicked: exportDialog.open()
            }
            ChoiceButton {
                objectName: "importCsv"
                visible: root.counter.supervisor
                text: qsTr("Import CSV…")
                enabled: !root.desk.busy
                onClicked: importDialog.open()
            }
        }

        NoticeBar {
            Layout.fillWidth: true
            text: root.desk.message
            error: root.desk.messageIsError
            onDismissed: root.desk.dismissMessage()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(16)

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 58
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                clip: true
                ListView {
                    id: list
                    objectName: "dossierList"
                    anchors.fill: parent
                    anchors.margins: Theme.px(10)
                    clip: true
                    spacing: Theme.px(6)
                    model: root.desk.dossiers
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: Rectangle {
                        id: row
                        required property string code
                        required property string applicant
                        required property string phone
                        required property string procedure
                        required property string status
                        required property string statusText
                        required property string receivedText
                        required property string dueText
                        required property bool overdue
                        required property bool ended
                        required property string papersMissing
                        required property string note
                        objectName: "dossier-" + row.code
                        width: ListView.view.width - Theme.px(12)
                        implicitHeight: rowColumn.implicitHeight + Theme.px(16)
                        radius: Theme.px(8)
                        color: root.desk.selected === row.code ? Theme.priorityLight : Theme.background
                        border.color: root.desk.selected === row.code ? Theme.priority : "transparent"
                        border.width: Theme.borderWidth
                        ColumnLayout {
                            id: rowColumn
                            anchors.fill: parent
                            anchors.margins: Theme.px(8)
                            spacing: Theme.px(2)
                            RowLayout {
                                Layout.fillWidth: true
                                ThemedText {
                                    Layout.fillWidth: true
                                    text: row.code
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                ThemedText {
                                    text: row.statusText
                                    color: row.overdue ? Theme.danger : row.ended ? Theme.muted : Theme.accent
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                }
                            }
                            ThemedText {
                                Layout.fillWidth: true
                                text: row.applicant + " · " + row.procedure
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                            ThemedText {
                                Layout.fillWidth: true
                                text: row.overdue ? qsTr("Due %1 · overdue").arg(row.dueText)
                                                  : qsTr("Due %1").arg(row.dueText)
                                color: row.overdue ? Theme.danger : Theme.muted
                                font.pixelSize: Theme.fontSmall
                                font.bold: row.overdue
                                wrapMode: Text.WordWrap
                            }
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: root.desk.selected = row.code
                        }
                    }
                    ThemedText {
                        anchors.centerIn: parent
                        width: parent.width - Theme.px(24)
                        visible: list.count === 0
                        text: qsTr("No dossiers here.")
                        color: Theme.muted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }
                }
            }

            Rectangle {
                objectName: "dossierDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 42
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                clip: true

                ThemedText {
                    anchors.centerIn: parent
                    width: parent.width - Theme.px(32)
                    visible: root.current === null
                    text: qsTr("Choose a dossier in the list.")
                    color: Theme.muted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }

                Flickable {
                    anchors.fill: parent
                    anchors.margins: Theme.px(16)
                    visible: root.current !== null
                    contentHeight: detail.implicitHeight
                    clip: true
                    ColumnLayout {
                        id: detail
                        width: parent.width
                        spacing: Theme.px(8)
                        ThemedText {
                            objectName: "detailCode"
                            Layout.fillWidth: true
                            text: root.current ? root.current.code : ""
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            wrapMode: Text.WrapAnywhere
                        }
                        Repeater {
                            model: root.current ? [
                                qsTr("Applicant: %1").arg(root.current.applicant)
                                    + (root.current.phone !== "" ? " · " + root.current.phone : ""),
                                qsTr("Procedure: %1").arg(root.current.procedure),
                                qsTr("Received: %1").arg(root.current.receivedText),
                                qsTr("Due: %1").arg(root.current.dueText),
                                qsTr("Status: %1").arg(root.current.statusText),
                                root.current.papersMissing !== "" ? qsTr("To bring: %1").arg(root.current.papersMissing) : "",
                                root.current.note !== "" ? qsTr("Note: %1").arg(root.current.note) : ""
                            ] : []
                            delegate: ThemedText {
                                required property string modelData
                                Layout.fillWidth: true
                                visible: modelData !== ""
                                text: modelData
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                        }
                        ThemedText {
                            Layout.fillWidth: true
                            visible: root.current !== null && !root.current.ended
                            text: qsTr("Move it to")
                            font.bold: true
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            visible: root.current !== null && !root.current.ended
                            columns: 2
                            columnSpacing: Theme.px(8)
                            rowSpacing: Theme.px(8)
                            Repeater {
                                model: root.desk.statusChoices
                                delegate: ChoiceButton {
                                    required property var modelData
                                    objectName: "status-" + modelData.status
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    text: modelData.text
                                    enabled: root.current !== null && root.current.status !== modelData.status
                                             && !root.desk.busy
                                    onClicked: root.desk.setStatus(root.current.code, modelData.status)
                                }
                            }
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.px(8)
                            rowSpacing: Theme.px(8)
                            ChoiceButton {
                                objectName: "askPapers"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                visible: root.current !== null && !root.current.ended
                                text: qsTr("Ask for papers…")
                                onClicked: root.papersRequested(root.current.code, root.current.papersMissing)
                            }
                            ChoiceButton {
                                objectName: "newDate"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                visible: root.current !== null && !root.current.ended
                                text: qsTr("Late: new date…")
                                onClicked: root.apologyRequested(root.current.code)
                            }
                            ChoiceButton {
                                objectName: "printReceipt"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: qsTr("Print the receipt")
                                onClicked: root.desk.print(root.current.code, "receipt")
                            }
                            ChoiceButton {
                                objectName: "printSupplement"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                visible: root.current !== null && root.current.papersMissing !== ""
                                text: qsTr("Print the papers request")
                                onClicked: root.desk.print(root.current.code, "supplement")
                            }
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Save the dossiers as CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: root.desk.exportCsv(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")))
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import dossiers from CSV")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: root.desk.importCsv(decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")))
    }
}
