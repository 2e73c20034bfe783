#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include "web/httpserver.h"

namespace qms {

class Hub;
struct StoredEvent;
struct Ticket;

/**
 * The hub's public web site, for citizens' phones and the province's portal
 * (docs/PHONE.md):
 *   /t/<token>           the ticket's live page (server-rendered, updated by
 *                        Server-Sent Events from /t/<token>/events, or by polling
 *                        /t/<token>/state where EventSource fails)
 *   /d/<dossier code>    a dossier's status, the applicant's name masked
 *   /r/<token>           the satisfaction question after the ticket is done (POST answers it)
 *   /api/v1/services, /api/v1/counters, /api/v1/calls   read-only JSON status
 *   /                    the center's floor at a glance
 * Read-only except the rating, which goes through the same command as the
 * counter's rating pad. Vietnamese first; ?lang=en (or a phone set to English)
 * for English. Every page is built on the hub's thread from the hub's own queue.
 */
class PublicSite : public QObject
{
    Q_OBJECT
public:
    PublicSite(Hub &hub, HttpServer::Limits limits = {}, QObject *parent = nullptr);
    ~PublicSite() override;

    bool listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 serverPort() const { return m_server.serverPort(); }
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }
    [[nodiscard]] HttpServer &server() { return m_server; }

    /** Answers one request (what the server calls; tests may call it directly). */
    HttpResponse handle(const HttpRequest &request);

private:
    struct Lang;
    HttpResponse ticketPage(const HttpRequest &request, const QString &token, const QString &tail);
    HttpResponse dossierPage(const HttpRequest &request, const QString &code);
    HttpResponse ratingPage(const HttpRequest &request, const QString &token);
    HttpResponse homePage(const HttpRequest &request);
    HttpResponse api(const QString &what);
    HttpResponse notFound(const HttpRequest &request);
    HttpResponse asset(const QString &name);

    /** The ticket's state as its page shows it, in the current language, as JSON. */
    [[nodiscard]] QByteArray ticketState(const Ticket &ticket, const QString &language) const;
    void onCommitted(const std::vector<StoredEvent> &events);
    /** Sends the ticket's state to the pages open on `key` if it changed since they were told. */
    void pushState(const QString &key);
    void pushStates();

    Hub &m_hub;
    HttpServer m_server;
    std::unique_ptr<Lang> m_vi;
    std::unique_ptr<Lang> m_en;
    QHash<QString, QByteArray> m_lastPushed; ///< per stream key (token): the state its phones have
    QTimer m_refresh;                        ///< waits and people ahead change with others' events
    bool m_dirty = false;
};

} // namespace qms
