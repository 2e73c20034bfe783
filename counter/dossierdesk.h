#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "dossierlistmodel.h"
#include "printing/cupsprinter.h"
#include "protocol/messages.h"

namespace qms {

class CounterController;
class HubClient;

/**
 * The counter's dossier work: receiving a dossier from the citizen being
 * served (the hub numbers it and sets its due date), printing its A5 slips,
 * moving dossiers through their statuses, promising a later date with an
 * apology, and exchanging dossiers with the province's system as CSV.
 *
 * Like every action at the counter, nothing is shown as done before the hub
 * said so; a slip that did not print says why.
 */
class DossierDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(bool canReceive READ canReceive NOTIFY changed)
    Q_PROPERTY(QVariantList procedures READ procedures NOTIFY changed)
    Q_PROPERTY(DossierListModel *dossiers READ dossiers CONSTANT)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QVariantMap lastReceived READ lastReceived NOTIFY lastReceivedChanged)
    Q_PROPERTY(bool printerConfigured READ printerConfigured CONSTANT)
    Q_PROPERTY(QVariantList statusChoices READ statusChoices NOTIFY changed)
    Q_PROPERTY(QString selected READ selected WRITE setSelected NOTIFY selectedChanged)
    Q_PROPERTY(QVariantMap selectedDossier READ selectedDossier NOTIFY selectedChanged)
public:
    DossierDesk(HubClient &client, CounterController &counter, CupsPrinter *printer, QObject *parent = nullptr);
    ~DossierDesk() override;

    /** A dossier can be received now: a citizen is being served and the service has procedures. */
    [[nodiscard]] bool canReceive() const;
    /** [{id, name, days, fee, papers: [text]}] of the service of the ticket being served. */
    [[nodiscard]] QVariantList procedures() const;
    [[nodiscard]] DossierListModel *dossiers() { return &m_dossiers; }
    [[nodiscard]] const QString &filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    /** {code, applicant, procedure, dueText, missing} of the dossier just received. */
    [[nodiscard]] QVariantMap lastReceived() const;
    [[nodiscard]] bool printerConfigured() const { return m_printer != nullptr; }
    /** [{status, text}]: where a dossier may go from here. */
    [[nodiscard]] QVariantList statusChoices() const;
    /** The code of the dossier the clerk chose in the list. */
    [[nodiscard]] const QString &selected() const { return m_selected; }
    void setSelected(const QString &code);
    /** Its row (code, applicant, phone, procedure, status, statusText, dueText, overdue, final, …); empty if none. */
    [[nodiscard]] QVariantMap selectedDossier() const { return m_dossiers.row(m_selected); }

    /** Receives a dossier on the ticket being served, then prints its receipt (and the papers to bring). */
    Q_INVOKABLE void receive(const QString &procedure, const QString &applicant, const QString &phone,
                             const QStringList &papersReceived, const QStringList &papersMissing, const QString &note);
    /** Reads the list again with the current filter. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setStatus(const QString &code, const QString &status);
    /** A later date (dd/MM/yyyy, or YYYY-MM-DD) and why; then prints the apology slip. */
    Q_INVOKABLE void promiseLater(const QString &code, const QString &date, const QString &reason);
    /** The papers the dossier still needs; then prints the request for them. */
    Q_INVOKABLE void requestPapers(const QString &code, const QStringList &papers, const QString &note);
    /** "receipt", "supplement" or "apology" of a dossier in the list (or the one just received). */
    Q_INVOKABLE void print(const QString &code, const QString &slip);
    /** A suggested later date: five working days after the one promised (dd/MM/yyyy). */
    Q_INVOKABLE QString suggestedNewDate(const QString &code) const;
    /** Every dossier to `path` as CSV; the outcome comes as a message. */
    Q_INVOKABLE void exportCsv(const QString &path);
    /** Supervisor: records the dossiers of a CSV file the hub does not have yet. */
    Q_INVOKABLE void importCsv(const QString &path);
    Q_INVOKABLE void dismissMessage();

    /** The PDF of a slip, as it would be printed (tests, and a preview). */
    [[nodiscard]] QByteArray slipPdf(const Dossier &d, const QString &slip) const;

Q_SIGNALS:
    void changed();
    void filterChanged();
    void busyChanged();
    void messageChanged();
    void lastReceivedChanged();
    void selectedChanged();
    /** The hub recorded a dossier received here. */
    void received(const QString &code);

private:
    void update(const protocol::UpdateDossier &m, const QString &printAfter, const QString &done);
    void importNext(std::vector<Dossier> queue, int imported, QStringList skipped);
    void printSlip(const Dossier &d, const QString &slip);
    void onPrinted(quint64 key, const PrintOutcome &outcome);
    [[nodiscard]] const Dossier *known(const QString &code) const;
    void setBusy(bool busy);
    void setMessage(const QString &text, bool error);

    HubClient &m_client;
    CounterController &m_counter;
    CupsPrinter *m_printer;
    DossierListModel m_dossiers;
    QString m_filter = QStringLiteral("open");
    QString m_selected;
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    std::optional<Dossier> m_lastReceived;
    struct Print
    {
        QString slip; ///< receipt, supplement, apology
        QString code;
    };
    QHash<quint64, Print> m_prints; ///< what each print on its way is
    [[nodiscard]] QString slipName(const Print &p) const;
};

} // namespace qms
