#include "dossierdesk.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

#include "client/hubclient.h"
#include "countercontroller.h"
#include "domain/dossiercsv.h"
#include "dossierslips.h"
#include "text/displaytext.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcDossier, "qms.counter.dossier")

/** How many dossiers an export holds at most (the protocol's cap on a list). */
constexpr int exportLimit = 20'000;
} // namespace

DossierDesk::DossierDesk(HubClient &client, CounterController &counter, CupsPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_counter(counter)
    , m_printer(printer)
{
    connect(&counter, &CounterController::stateChanged, this, &DossierDesk::changed);
    connect(&counter, &CounterController::clerkChanged, this, &DossierDesk::changed);
    if (m_printer)
        connect(m_printer, &CupsPrinter::printed, this, &DossierDesk::onPrinted);
}

DossierDesk::~DossierDesk() = default;

bool DossierDesk::canReceive() const
{
    const Ticket *t = m_counter.current();
    return t && t->state == TicketState::Serving && m_counter.isLoggedIn() && !procedures().isEmpty()
        && !m_client.mirror().config().agencyCode.isEmpty();
}

QVariantList DossierDesk::procedures() const
{
    const Ticket *t = m_counter.current();
    if (!t || !m_client.mirror().isReady())
        return {};
    const ServiceConfig *s = m_client.mirror().config().service(t->service);
    if (!s)
        return {};
    const QString language = m_counter.language();
    QVariantList out;
    for (const Procedure &p : s->procedures) {
        QStringList papers;
        for (const LocalizedText &paper : p.papers)
            papers << paper.in(language);
        QVariantMap m;
        m.insert(QStringLiteral("id"), p.id);
        m.insert(QStringLiteral("name"), p.name.in(language));
        m.insert(QStringLiteral("days"), p.processingDays);
        m.insert(QStringLiteral("daysText"),
                 p.processingDays == 0 ? tr("the same day") : tr("%n working day(s)", nullptr, p.processingDays));
        m.insert(QStringLiteral("feeText"),
                 p.fee > 0 ? tr("%1 đồng").arg(QLocale(QLocale::Vietnamese).toString(p.fee)) : tr("no fee"));
        m.insert(QStringLiteral("papers"), papers);
        out << m;
    }
    return out;
}

QVariantMap DossierDesk::lastReceived() const
{
    if (!m_lastReceived)
        return {};
    const Dossier &d = *m_lastReceived;
    const ServiceConfig *s = m_client.mirror().isReady() ? m_client.mirror().config().service(d.service) : nullptr;
    const Procedure *p = s ? s->procedure(d.procedure) : nullptr;
    QVariantMap m;
    m.insert(QStringLiteral("code"), d.code);
    m.insert(QStringLiteral("applicant"), d.applicantName);
    m.insert(QStringLiteral("procedure"), p ? p->name.in(m_counter.language()) : d.procedure);
    m.insert(QStringLiteral("dueText"), text::shortDate(d.promisedDate));
    m.insert(QStringLiteral("missing"), d.papersMissing.join(QStringLiteral("; ")));
    return m;
}

QVariantList DossierDesk::statusChoices() const
{
    QVariantList out;
    for (const DossierStatus s : {DossierStatus::Processing, DossierStatus::SupplementRequested, DossierStatus::Ready,
                                  DossierStatus::Returned, DossierStatus::Refused, DossierStatus::Withdrawn}) {
        QVariantMap m;
        m.insert(QStringLiteral("status"), dossierStatusName(s));
        m.insert(QStringLiteral("text"), text::dossierStatusText(s));
        out << m;
    }
    return out;
}

void DossierDesk::setSelected(const QString &code)
{
    if (m_selected == code)
        return;
    m_selected = code;
    Q_EMIT selectedChanged();
}

void DossierDesk::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    refresh();
}

void DossierDesk::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DossierDesk::setMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void DossierDesk::dismissMessage()
{
    setMessage({}, false);
}

const Dossier *DossierDesk::known(const QString &code) const
{
    if (m_lastReceived && m_lastReceived->code == code)
        return &*m_lastReceived;
    return m_dossiers.find(code);
}

// ---------------------------------------------------------------- intake

void DossierDesk::receive(const QString &procedure, const QString &applicant, const QString &phone,
                          const QStringList &papersReceived, const QStringList &papersMissing, const QString &note)
{
    const Ticket *t = m_counter.current();
    if (m_busy || !t)
        return;
    if (applicant.trimmed().isEmpty()) {
        setMessage(tr("Write the applicant's full name."), true);
        return;
    }
    protocol::ReceiveDossier m;
    m.ticket = t->id;
    m.procedure = procedure;
    m.applicant = applicant.simplified();
    m.phone = phone.simplified();
    m.papersReceived = papersReceived;
    m.papersMissing = papersMissing;
    m.note = note.trimmed();
    setBusy(true);
    m_client.send(m, this, [this](const Result<protocol::Committed> &reply) {
        setBusy(false);
        if (!reply || !reply->dossier) {
            const Error error = reply ? Error{ErrorCode::Internal, QStringLiteral("no dossier in the reply")}
                                      : reply.error();
            qCWarning(lcDossier).noquote() << "receive refused:" << errorCodeName(error.code) << error.message;
            setMessage(m_counter.errorText(error), true);
            return;
        }
        m_lastReceived = *reply->dossier;
        Q_EMIT lastReceivedChanged();
        Q_EMIT received(m_lastReceived->code);
        setMessage(tr("Dossier %1 received; the result is due on %2.")
                       .arg(m_lastReceived->code, text::shortDate(m_lastReceived->promisedDate)),
                   false);
        printSlip(*m_lastReceived, QStringLiteral("receipt"));
        if (!m_lastReceived->papersMissing.isEmpty())
            printSlip(*m_lastReceived, QStringLiteral("supplement"));
        refresh();
    });
}

// ---------------------------------------------------------------- the list

void DossierDesk::refresh()
{
    if (!m_counter.isLoggedIn() || !m_client.isOnline())
        return;
    m_client.send(protocol::ListDossiers{m_filter, {}, 500}, this,
                  [this, filter = m_filter](const Result<protocol::DossierList> &reply) {
                      if (!reply) {
                          setMessage(m_counter.errorText(reply.error()), true);
                          return;
                      }
                      if (filter != m_filter || !m_client.mirror().isReady())
                          return; // another filter was chosen meanwhile
                      const CenterConfig &center = m_client.mirror().config();
                      m_dossiers.setDossiers(reply->dossiers, center, m_counter.language(),
                                             text::centerTime(m_counter.now(), center.utcOffsetMinutes).date());
                      Q_EMIT selectedChanged(); // its row may have changed, or left the list
                  });
}

void DossierDesk::update(const protocol::UpdateDossier &m, const QString &printAfter, const QString &done)
{
    if (m_busy)
        return;
    setBusy(true);
    m_client.send(m, this, [this, printAfter, done](const Result<protocol::Committed> &reply) {
        setBusy(false);
        if (!reply || !reply->dossier) {
            const Error error = reply ? Error{ErrorCode::Internal, QStringLiteral("no dossier in the reply")}
                                      : reply.error();
            setMessage(m_counter.errorText(error), true);
            return;
        }
        if (m_lastReceived && m_lastReceived->code == reply->dossier->code)
            m_lastReceived = *reply->dossier;
        setMessage(done.arg(reply->dossier->code), false);
        if (!printAfter.isEmpty())
            printSlip(*reply->dossier, printAfter);
        refresh();
    });
}

void DossierDesk::setStatus(const QString &code, const QString &status)
{
    const auto s = dossierStatusFromName(status);
    if (!s)
        return;
    protocol::UpdateDossier m;
    m.code = code;
    m.status = *s;
    update(m, {}, tr("Dossier %1: %2.").arg(QStringLiteral("%1"), text::dossierStatusText(*s)));
}

void DossierDesk::promiseLater(const QString &code, const QString &date, const QString &reason)
{
    // As a clerk types it (day/month/year), or as a machine writes it.
    QDate promised = QDate::fromString(date.trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (!promised.isValid())
        promised = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!promised.isValid()) {
        setMessage(tr("Choose the new date."), true);
        return;
    }
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Write why the dossier is late: the citizen reads it on the apology."), true);
        return;
    }
    protocol::UpdateDossier m;
    m.code = code;
    m.promised = promised;
    m.note = reason.trimmed();
    update(m, QStringLiteral("apology"), tr("Dossier %1 has a new date; the apology is printing."));
}

void DossierDesk::requestPapers(const QString &code, const QStringList &papers, const QString &note)
{
    QStringList list;
    for (const QString &p : papers)
        if (!p.trimmed().isEmpty())
            list << p.trimmed();
    if (list.isEmpty()) {
        setMessage(tr("List the papers the citizen has to bring."), true);
        return;
    }
    protocol::UpdateDossier m;
    m.code = code;
    m.status = DossierStatus::SupplementRequested;
    m.papersMissing = list;
    m.note = note.trimmed();
    update(m, QStringLiteral("supplement"), tr("Dossier %1 waits for papers; the request is printing."));
}

QString DossierDesk::suggestedNewDate(const QString &code) const
{
    const Dossier *d = known(code);
    if (!d || !m_client.mirror().isReady())
        return {};
    const CenterConfig &center = m_client.mirror().config();
    const QDate today = text::centerTime(m_counter.now(), center.utcOffsetMinutes).date();
    return center.addWorkingDays(std::max(today, d->promisedDate), 5).toString(QStringLiteral("dd/MM/yyyy"));
}

// ---------------------------------------------------------------- slips

QByteArray DossierDesk::slipPdf(const Dossier &d, const QString &slip) const
{
    const DossierSlips slips(m_client.mirror().config(), m_counter.clerkName(), m_counter.language());
    if (slip == QLatin1String("supplement"))
        return renderSlipPdf(slips.supplement(d));
    if (slip == QLatin1String("apology"))
        return renderSlipPdf(slips.apology(d));
    return renderSlipPdf(slips.receipt(d));
}

void DossierDesk::print(const QString &code, const QString &slip)
{
    if (const Dossier *d = known(code))
        printSlip(*d, slip);
}

QString DossierDesk::slipName(const Print &p) const
{
    // Worded when said, in the language the station speaks then.
    if (p.slip == QLatin1String("supplement"))
        return tr("the request for papers of %1").arg(p.code);
    if (p.slip == QLatin1String("apology"))
        return tr("the apology of %1").arg(p.code);
    return tr("the receipt of %1").arg(p.code);
}

void DossierDesk::printSlip(const Dossier &d, const QString &slip)
{
    if (!m_printer) {
        setMessage(tr("No printer is set up for this counter, so %1 was not printed.").arg(slipName({slip, d.code})),
                   true);
        return;
    }
    const quint64 key = m_printer->printDocument(slipPdf(d, slip), QStringLiteral("%1 %2").arg(slip, d.code));
    m_prints.insert(key, Print{slip, d.code});
}

void DossierDesk::onPrinted(quint64 key, const PrintOutcome &outcome)
{
    if (!m_prints.contains(key))
        return;
    const QString what = slipName(m_prints.take(key));
    if (outcome.ok) {
        setMessage(tr("Printed %1.").arg(what), false);
        return;
    }
    QString why;
    if (outcome.code == QLatin1String("media_empty"))
        why = tr("the printer is out of paper");
    else if (outcome.code == QLatin1String("media_jam") || outcome.code == QLatin1String("cover_open"))
        why = tr("the printer needs attention (paper jam or cover open)");
    else if (outcome.code == QLatin1String("printer_unreachable") || outcome.code == QLatin1String("printer_offline"))
        why = tr("the printer is switched off or not connected");
    else if (outcome.code == QLatin1String("timeout"))
        why = tr("the printer did not take it in time");
    else
        why = tr("the printer reported %1").arg(outcome.code);
    qCWarning(lcDossier).noquote() << "slip not printed:" << outcome.code << outcome.detail;
    setMessage(outcome.maybePrinted
                   ? tr("Not sure %1 printed: %2. Check the printer.").arg(what, why)
                   : tr("Could not print %1: %2. Print it again from the dossier list.").arg(what, why),
               true);
}

// ---------------------------------------------------------------- CSV

void DossierDesk::exportCsv(const QString &path)
{
    if (m_busy)
        return;
    setBusy(true);
    m_client.send(protocol::ListDossiers{QStringLiteral("all"), {}, exportLimit}, this,
                  [this, path](const Result<protocol::DossierList> &reply) {
                      setBusy(false);
                      if (!reply) {
                          setMessage(m_counter.errorText(reply.error()), true);
                          return;
                      }
                      // Oldest first, as a register is read.
                      std::vector<Dossier> dossiers(reply->dossiers.rbegin(), reply->dossiers.rend());
                      QSaveFile file(path);
                      if (!file.open(QIODevice::WriteOnly)
                          || file.write(DossierCsv::write(dossiers, m_client.mirror().config().utcOffsetMinutes)) < 0
                          || !file.commit()) {
                          setMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
                          return;
                      }
                      setMessage(tr("%n dossier(s) saved to %1.", nullptr, int(dossiers.size())).arg(path), false);
                  });
}

void DossierDesk::importCsv(const QString &path)
{
    if (m_busy)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const DossierCsv::ReadResult read = DossierCsv::read(file.readAll(), m_client.mirror().config().utcOffsetMinutes);
    QStringList skipped = read.errors;
    std::vector<Dossier> queue = read.dossiers;
    std::reverse(queue.begin(), queue.end()); // taken from the back, in file order
    setBusy(true);
    importNext(std::move(queue), 0, skipped);
}

void DossierDesk::importNext(std::vector<Dossier> queue, int imported, QStringList skipped)
{
    if (queue.empty()) {
        setBusy(false);
        QString text = tr("%n dossier(s) imported.", nullptr, imported);
        if (!skipped.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n skipped: %1", nullptr, int(skipped.size())).arg(skipped.mid(0, 5).join(QStringLiteral("; ")));
        setMessage(text, !skipped.isEmpty());
        refresh();
        return;
    }
    const Dossier next = queue.back();
    queue.pop_back();
    // One at a time: each is its own event, and a refusal (already recorded) skips only that one.
    m_client.send(protocol::ImportDossier{next}, this,
                  [this, queue = std::move(queue), imported, skipped,
                   code = next.code](const Result<protocol::Committed> &reply) mutable {
                      if (reply)
                          ++imported;
                      else
                          skipped << QStringLiteral("%1: %2").arg(code, reply.error().message);
                      if (!reply
                          && (reply.error().code == ErrorCode::Offline || reply.error().code == ErrorCode::NoReply
                              || reply.error().code == ErrorCode::Forbidden
                              || reply.error().code == ErrorCode::NotLoggedIn)) {
                          setBusy(false);
                          setMessage(tr("Import stopped after %n dossier(s): %1", nullptr, imported)
                                         .arg(m_counter.errorText(reply.error())),
                                     true);
                          return;
                      }
                      importNext(std::move(queue), imported, skipped);
                  });
}

} // namespace qms
