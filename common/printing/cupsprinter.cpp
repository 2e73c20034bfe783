#include "printing/cupsprinter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cups/cups.h>

#include "printing/escpos.h"
#include "printing/logging.h"
#include "printing/ticketrenderer.h"

namespace qms {

namespace {
/** A printer-state-reasons keyword without its -error/-warning/-report suffix. */
QString baseReason(const QString &reason)
{
    for (const char *suffix : {"-error", "-warning", "-report"})
        if (reason.endsWith(QLatin1String(suffix)))
            return reason.left(reason.size() - qsizetype(strlen(suffix)));
    return reason;
}

/** One connection to the CUPS server for one operation, on whatever thread runs it. */
class Connection
{
public:
    explicit Connection(const QString &server)
    {
        const QString name = server.isEmpty() ? QString::fromUtf8(cupsServer()) : server;
        cupsSetServer(name.toUtf8().constData()); // this thread's default, for the calls that consult it
        // "host:port" names a port; a socket path ("/run/cups/cups.sock") or a bare host does not.
        QString host = name;
        int port = ippPort();
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        if (!name.startsWith(QLatin1Char('/')) && colon > 0 && !name.contains(QLatin1Char(']'), Qt::CaseSensitive)) {
            bool ok = false;
            const int p = name.mid(colon + 1).toInt(&ok);
            if (ok) {
                host = name.left(colon);
                port = p;
            }
        }
        m_http = httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1, 10'000,
                              nullptr);
    }
    ~Connection() { httpClose(m_http); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    [[nodiscard]] http_t *http() const { return m_http; }

private:
    http_t *m_http = nullptr;
};

/** The server to use: the given one, else what this (calling) thread would use. */
QString resolveServer(const QString &server)
{
    return server.isEmpty() ? QString::fromUtf8(cupsServer()) : server;
}

int jobState(http_t *http, int jobId)
{
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = "ipp://localhost/jobs/" + QByteArray::number(jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ipp_t *response = cupsDoRequest(http, request, "/");
    int state = 0;
    if (response) {
        if (ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM))
            state = ippGetInteger(a, 0);
        ippDelete(response);
    }
    return state;
}
} // namespace

bool PrinterStatus::blocked() const
{
    return !problem().isEmpty();
}

QString PrinterStatus::problem() const
{
    // Most actionable first: what a person can fix at the printer, then the queue.
    if (!found)
        return QStringLiteral("printer_not_found");
    for (const QString &r : reasons) {
        const QString base = baseReason(r);
        if (base == QLatin1String("media-empty") || base == QLatin1String("media-needed"))
            return QStringLiteral("media_empty");
        if (base == QLatin1String("media-jam"))
            return QStringLiteral("media_jam");
        if (base == QLatin1String("cover-open") || base == QLatin1String("door-open"))
            return QStringLiteral("cover_open");
    }
    if (state == IPP_PSTATE_STOPPED)
        return QStringLiteral("printer_stopped");
    if (!accepting)
        return QStringLiteral("not_accepting");
    if (reachable == false)
        return QStringLiteral("printer_unreachable");
    for (const QString &r : reasons) {
        const QString base = baseReason(r);
        if (base == QLatin1String("offline") || base == QLatin1String("connecting-to-device")
            || base == QLatin1String("timed-out"))
            return QStringLiteral("printer_offline");
    }
    return {};
}

CupsPrinter::CupsPrinter(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Its own thread: a print waits for the printer for seconds, and must not hold
    // up the shared pool (PIN hashing for clerk logins runs there).
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<qms::PrintOutcome>();
    qRegisterMetaType<qms::PrinterStatus>();
}

PrinterStatus CupsPrinter::queryStatus(const QString &queue, const QString &server, int probeMs)
{
    PrinterStatus s;
    s.queue = queue;
    const Connection connection(resolveServer(server));
    if (!connection.http())
        return s;
    cups_dest_t *dest = cupsGetNamedDest(connection.http(), queue.isEmpty() ? nullptr : queue.toUtf8().constData(),
                                         nullptr);
    if (!dest)
        return s;
    s.found = true;
    if (s.queue.isEmpty())
        s.queue = QString::fromUtf8(dest->name);
    const auto option = [dest](const char *name) {
        return QString::fromUtf8(cupsGetOption(name, dest->num_options, dest->options));
    };
    s.state = option("printer-state").toInt();
    s.accepting = option("printer-is-accepting-jobs") != QLatin1String("false");
    for (const QString &r : option("printer-state-reasons").split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (r.trimmed() != QLatin1String("none"))
            s.reasons << r.trimmed();
    s.deviceUri = option("device-uri");
    cupsFreeDests(1, dest);
    // A receipt printer on the network takes a TCP connection when it is on and well;
    // connecting and closing sends it nothing to print.
    const QUrl device(s.deviceUri);
    if (probeMs > 0 && device.scheme() == QLatin1String("socket") && !device.host().isEmpty()) {
        QTcpSocket probe;
        probe.connectToHost(device.host(), quint16(device.port(9100)));
        s.reachable = probe.waitForConnected(probeMs);
        probe.abort();
    }
    return s;
}

QByteArray CupsPrinter::encode(const QImage &ticket) const
{
    return m_options.format == Format::EscPos ? escPosRaster(ticket, m_options.cut) : ticketPdf(ticket);
}

PrintOutcome CupsPrinter::printNow(const Options &options, const QByteArray &document, const QString &title)
{
    PrintOutcome out;
    const QString server = resolveServer(options.server);
    const PrinterStatus before = queryStatus(options.queue, server);
    // Refuse what cannot print now: the citizen is told at once instead of after the timeout.
    if (!before.found || before.reachable == false || before.state == IPP_PSTATE_STOPPED || !before.accepting
        || before.problem() == QLatin1String("media_empty")) {
        out.code = before.problem();
        out.detail = QStringLiteral("queue %1: %2").arg(options.queue, before.reasons.join(QLatin1Char(',')));
        return out;
    }
    const QByteArray queue = before.queue.toUtf8();
    const Connection connection(server);
    http_t *http = connection.http();
    const char *format = options.format == Format::EscPos ? CUPS_FORMAT_RAW : "application/pdf";
    // A PDF ticket goes to an ordinary printer too: let it fit the page it has.
    cups_option_t *jobOptions = nullptr;
    int optionCount = 0;
    if (options.format == Format::Pdf) {
        optionCount = cupsAddOption("fit-to-page", "true", optionCount, &jobOptions);
        if (!options.media.isEmpty())
            optionCount = cupsAddOption("media", options.media.toUtf8().constData(), optionCount, &jobOptions);
    }
    out.jobId = cupsCreateJob(http, queue.constData(), title.toUtf8().constData(), optionCount, jobOptions);
    cupsFreeOptions(optionCount, jobOptions);
    if (out.jobId <= 0) {
        out.code = QStringLiteral("cups_error");
        out.detail = QString::fromUtf8(cupsLastErrorString());
        return out;
    }
    // Every successful-* IPP status (0x0000–0x00FF) means the document was taken.
    if (cupsStartDocument(http, queue.constData(), out.jobId, "ticket", format, 1) != HTTP_STATUS_CONTINUE
        || cupsWriteRequestData(http, document.constData(), size_t(document.size())) != HTTP_STATUS_CONTINUE
        || cupsFinishDocument(http, queue.constData()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        out.code = QStringLiteral("cups_error");
        out.detail = QString::fromUtf8(cupsLastErrorString());
        cupsCancelJob2(http, queue.constData(), out.jobId, 0);
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const int state = jobState(http, out.jobId);
        if (state == IPP_JSTATE_COMPLETED) {
            out.ok = true;
            return out;
        }
        if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_STOPPED) {
            out.code = QStringLiteral("printer_stopped");
            out.detail = QStringLiteral("job %1 ended in state %2").arg(out.jobId).arg(state);
            // A stopped job would print when the queue is resumed, long after the citizen left.
            if (state == IPP_JSTATE_STOPPED)
                cupsCancelJob2(http, queue.constData(), out.jobId, 0);
            return out;
        }
        if (timer.elapsed() > options.timeoutMs)
            break;
        QThread::msleep(100);
    }
    // Not confirmed in time. Whether the bytes may already be on their way decides what
    // the citizen is told: a job still waiting, or a backend still connecting, sent
    // nothing, and cancelling it means it will never print.
    const PrinterStatus now = queryStatus(options.queue, server, 0);
    const int stateAtTimeout = jobState(http, out.jobId);
    const bool connecting = now.reasons.contains(QLatin1String("connecting-to-device"))
        || now.reasons.contains(QLatin1String("connecting-to-device-report"));
    out.maybePrinted = stateAtTimeout == IPP_JSTATE_PROCESSING && !connecting;
    out.code = !now.problem().isEmpty() ? now.problem()
        : out.maybePrinted              ? QStringLiteral("unconfirmed")
                                        : QStringLiteral("timeout");
    out.detail = QStringLiteral("job %1 not confirmed after %2 ms (job state %3; %4)")
                     .arg(out.jobId)
                     .arg(options.timeoutMs)
                     .arg(stateAtTimeout)
                     .arg(now.reasons.join(QLatin1Char(',')));
    cupsCancelJob2(http, queue.constData(), out.jobId, 0);
    return out;
}

quint64 CupsPrinter::print(const QImage &ticket, const QString &title)
{
    return printDocument(encode(ticket), title);
}

quint64 CupsPrinter::printDocument(const QByteArray &document, const QString &title)
{
    const quint64 key = m_nextKey++;
    Options options = m_options;
    options.server = resolveServer(options.server);
    auto *watcher = new QFutureWatcher<PrintOutcome>(this);
    connect(watcher, &QFutureWatcher<PrintOutcome>::finished, this, [this, watcher, key] {
        const PrintOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.ok)
            qCInfo(lcPrint) << "printed job" << outcome.jobId << "on" << m_options.queue;
        else
            qCWarning(lcPrint).noquote() << "print failed:" << outcome.code << outcome.detail;
        Q_EMIT printed(key, outcome);
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [options, document, title] { return printNow(options, document, title); }));
    return key;
}

void CupsPrinter::refreshStatus()
{
    const QString queue = m_options.queue;
    const QString server = resolveServer(m_options.server);
    auto *watcher = new QFutureWatcher<PrinterStatus>(this);
    connect(watcher, &QFutureWatcher<PrinterStatus>::finished, this, [this, watcher] {
        const PrinterStatus status = watcher->result();
        watcher->deleteLater();
        Q_EMIT statusRead(status);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [queue, server] { return queryStatus(queue, server); }));
}

} // namespace qms
