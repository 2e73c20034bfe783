#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace qms {

/**
 * A print queue's state as CUPS reports it, and whether the device behind it
 * answers: CUPS calls a networked printer that is switched off "idle" until a
 * job tries to reach it, so for socket:// queues the printer is asked directly.
 */
struct PrinterStatus
{
    bool found = false;
    int state = 0; ///< IPP printer-state: 3 idle, 4 processing, 5 stopped
    bool accepting = false;
    QStringList reasons; ///< printer-state-reasons, "none" left out
    QString queue;
    QString deviceUri;             ///< "socket://192.168.1.50:9100", …
    std::optional<bool> reachable; ///< socket:// queues: the device took a connection

    /** Something is wrong that stops a ticket from printing. */
    [[nodiscard]] bool blocked() const;
    /**
     * Our code for what is wrong ("" when ready): printer_not_found,
     * printer_unreachable, printer_stopped, not_accepting, media_empty, media_jam,
     * cover_open, printer_offline.
     */
    [[nodiscard]] QString problem() const;
};

/** How a print went. */
struct PrintOutcome
{
    bool ok = false;
    int jobId = 0;
    QString code;   ///< "" on success, else one of PrinterStatus::problem() or "timeout", "cups_error"
    QString detail; ///< for logs and the technician menu
    /**
     * Not confirmed, but the bytes may have reached the printer (it took the
     * connection, then stalled): the ticket may still come out. When false and
     * not ok, nothing was delivered and the job is gone: it will never print.
     */
    bool maybePrinted = false;
};

/**
 * Prints tickets through CUPS (libcups): ESC/POS raster to a raw queue of a
 * thermal printer, or PDF to an ordinary one. A print is only "ok" once CUPS
 * reports the job completed — for a networked receipt printer, once the bytes
 * were delivered. A printer that does not take the job within the timeout gets
 * the job cancelled (a ticket must not come out minutes later) and a clear code.
 *
 * libcups blocks, so the work runs on the thread pool; results come back as
 * signals on this object's thread. Each operation opens its own connection to the
 * server, resolved on the calling thread (libcups caches the server per thread).
 */
class CupsPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Format { EscPos, Pdf };
    struct Options
    {
        QString queue;
        QString server; ///< CUPS server (host or socket path); empty: $CUPS_SERVER or the system's
        Format format = Format::EscPos;
        int timeoutMs = 10'000;
        bool cut = true;
        QString media; ///< PDF only: the paper to print on ("A5"); empty: the queue's default
    };

    explicit CupsPrinter(Options options, QObject *parent = nullptr);

    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    /** Sends a rendered ticket; `printed` follows with the key returned here. */
    quint64 print(const QImage &ticket, const QString &title);
    /** Sends a document already in the queue's format (a PDF slip); `printed` follows. */
    quint64 printDocument(const QByteArray &document, const QString &title);
    /** Reads the queue's state; `statusRead` follows. */
    void refreshStatus();

    /** Blocking versions, for the worker threads and for tests. */
    static PrinterStatus queryStatus(const QString &queue, const QString &server = {}, int probeMs = 2000);
    static PrintOutcome printNow(const Options &options, const QByteArray &document, const QString &title);
    [[nodiscard]] QByteArray encode(const QImage &ticket) const;

Q_SIGNALS:
    void printed(quint64 key, const qms::PrintOutcome &outcome);
    void statusRead(const qms::PrinterStatus &status);

private:
    Options m_options;
    QThreadPool m_pool;
    quint64 m_nextKey = 1;
};

} // namespace qms

Q_DECLARE_METATYPE(qms::PrintOutcome)
Q_DECLARE_METATYPE(qms::PrinterStatus)
