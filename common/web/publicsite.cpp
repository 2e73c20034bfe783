#include "web/publicsite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

#include "domain/dossiercode.h"
#include "hub/hub.h"
#include "text/displaytext.h"
#include "text/translate.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcWeb, "qms.web")

using text::translate;

/** Waits and people ahead are pushed to open pages at most this often. */
constexpr int kRefreshMs = 5000;
/** The last calls the API and the home page list. */
constexpr int kRecentCalls = 10;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** A token as the hub makes them (Crockford base32): anything else is not looked up at all. */
bool plausibleToken(const QString &token)
{
    if (token.size() < 8 || token.size() > 64)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
}
} // namespace

/** One language of the site: its catalogues, and the language-scoped translate() while a page is built. */
struct PublicSite::Lang
{
    explicit Lang(const QString &code)
        : code(code)
    {
        for (const QString &catalogue : {QStringLiteral("web"), QStringLiteral("qms")}) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, code)))
                translators.push_back(std::move(t));
            else
                qCWarning(lcWeb).noquote() << "no" << catalogue << "translations for" << code;
        }
    }
    [[nodiscard]] std::vector<const QTranslator *> catalogues() const
    {
        std::vector<const QTranslator *> out;
        for (const auto &t : translators)
            out.push_back(t.get());
        return out;
    }
    QString code;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

namespace {

/**
 * The language of a page: English only when asked (?lang=en: the page's switch,
 * or the QR of a ticket taken in English), Vietnamese otherwise — not the
 * phone's setting, since many Vietnamese phones are set to English.
 */
QString languageOf(const HttpRequest &r)
{
    return r.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en") ? QStringLiteral("en")
                                                                                : QStringLiteral("vi");
}

/** The whole page around `body`: the center's name, the language switch, the footer. */
QByteArray page(const CenterConfig &center, const QString &language, const QString &path, const QString &title,
                const QString &body, const QString &bodyAttributes = {}, bool script = false)
{
    const QString other = language == QLatin1String("vi") ? QStringLiteral("en") : QStringLiteral("vi");
    // The same page in the other language; rebuilt from its segments, so "//elsewhere" cannot lead off the site.
    const QString here = QLatin1Char('/') + path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
    const QString otherName = language == QLatin1String("vi") ? QStringLiteral("English") : QStringLiteral("Tiếng Việt");
    QString html;
    html += QStringLiteral("<!doctype html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<title>%2</title><link rel=\"stylesheet\" href=\"/static/qms.css\">")
                .arg(language, esc(title));
    if (script) // without JavaScript the page refreshes itself
        html += QStringLiteral("<noscript><meta http-equiv=\"refresh\" content=\"30\"></noscript>");
    html += QStringLiteral("</head><body %1><header><div class=\"center\">%2</div>"
                           "<a class=\"lang\" href=\"%3?lang=%4\" hreflang=\"%4\">%5</a></header><main>")
                .arg(bodyAttributes, esc(center.name.in(language)), esc(QString::fromUtf8(QUrl::toPercentEncoding(here, "/"))),
                     other, otherName);
    html += body;
    html += QStringLiteral("</main><footer>%1</footer>").arg(esc(center.name.in(language)));
    if (script)
        html += QStringLiteral("<script src=\"/static/ticket.js\"></script>");
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QString stateHeadline(const Ticket &t, const CenterConfig &center, const QString &language)
{
    const CounterConfig *c = center.counter(t.counter);
    const QString counter = c && !c->name.vi.isEmpty() ? c->name.in(language)
                                                       : translate("web", "counter %1").arg(t.counter);
    switch (t.state) {
    case TicketState::Waiting:
        return translate("web", "Waiting");
    case TicketState::Called:
        return translate("web", "Please go to %1 now").arg(counter);
    case TicketState::Serving:
        return translate("web", "Being served at %1").arg(counter);
    case TicketState::Done:
        return translate("web", "Served. Thank you!");
    case TicketState::NoShow:
        return translate("web", "You were called but did not come");
    case TicketState::Cancelled:
        return translate("web", "This ticket was cancelled");
    case TicketState::Expired:
        return translate("web", "This ticket is no longer valid");
    }
    return {};
}

} // namespace

PublicSite::PublicSite(Hub &hub, HttpServer::Limits limits, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_server([this](const HttpRequest &r) { return handle(r); }, limits)
    , m_vi(std::make_unique<Lang>(QStringLiteral("vi")))
    , m_en(std::make_unique<Lang>(QStringLiteral("en")))
{
    connect(&m_hub, &Hub::committed, this, &PublicSite::onCommitted);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty)
            pushStates();
    });
    m_refresh.start(kRefreshMs);
}

PublicSite::~PublicSite() = default;

bool PublicSite::listen(const QHostAddress &address, quint16 port)
{
    const bool ok = m_server.listen(address, port);
    if (ok)
        qCInfo(lcWeb).noquote() << "phone pages on" << address.toString() << "port" << m_server.serverPort();
    else
        qCWarning(lcWeb).noquote() << "cannot serve the phone pages on port" << port << ":" << m_server.errorString();
    return ok;
}

HttpResponse PublicSite::handle(const HttpRequest &request)
{
    const Lang &lang = languageOf(request) == QLatin1String("en") ? *m_en : *m_vi;
    const text::LanguageScope scope(lang.catalogues());
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = request.method == "POST";
    HttpResponse response;
    if (parts.size() == 2 && parts[0] == QLatin1String("r"))
        response = ratingPage(request, parts[1]);
    else if (post)
        response = HttpResponse::text(405, "Only the rating takes answers.\n");
    else if (parts.isEmpty())
        response = homePage(request);
    else if (parts[0] == QLatin1String("t") && (parts.size() == 2 || parts.size() == 3))
        response = ticketPage(request, parts[1], parts.size() == 3 ? parts[2] : QString());
    else if (parts.size() == 2 && parts[0] == QLatin1String("d"))
        response = dossierPage(request, parts[1]);
    else if (parts.size() == 3 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1"))
        response = api(parts[2]);
    else if (parts.size() == 2 && parts[0] == QLatin1String("static"))
        response = asset(parts[1]);
    else
        response = notFound(request);
    if (post && response.status == 405)
        response.headers.emplaceBack("Allow", "GET");
    return response;
}

HttpResponse PublicSite::notFound(const HttpRequest &request)
{
    const CenterConfig &center = m_hub.config();
    const QString lang = languageOf(request);
    const QString body = QStringLiteral("<section class=\"status missing\"><h1>%1</h1><p>%2</p></section>")
                             .arg(esc(translate("web", "Not found")),
                                  esc(translate("web", "This ticket or page does not exist, or it was valid only on an "
                                                       "earlier day. Ticket pages work on the day the ticket was "
                                                       "taken. If you need help, please ask at the reception "
                                                       "counter.")));
    return HttpResponse::html(page(center, lang, request.path, translate("web", "Not found"), body), 404);
}

// ---------------------------------------------------------------- the ticket

QByteArray PublicSite::ticketState(const Ticket &t, const QString &language) const
{
    const QueueEngine &engine = m_hub.queue().engine();
    const CenterConfig &center = m_hub.config();
    const ServiceConfig *service = center.service(t.service);
    QJsonObject o{{"label", t.label},
                  {"state", ticketStateName(t.state)},
                  {"service", service ? service->name.in(language) : t.service},
                  {"headline", stateHeadline(t, center, language)},
                  {"counter", t.counter}};
    QString detail, wait;
    if (t.state == TicketState::Waiting) {
        const WaitEstimate estimate = engine.estimateFor(t, m_hub.now());
        detail = text::aheadText(estimate.peopleAhead);
        wait = translate("web", "Expected wait: %1").arg(text::waitText(estimate));
    } else if (t.state == TicketState::Called) {
        detail = translate("web", "Your number %1 is being called. Please show your ticket at the counter.").arg(t.label);
    } else if (t.state == TicketState::Done && !engine.dossiers().isRated(t.id)) {
        o.insert("rate", QStringLiteral("/r/%1?lang=%2").arg(t.token, language));
        detail = translate("web", "How was it? Your answer helps the center serve better.");
    } else if (t.state == TicketState::NoShow) {
        detail = translate("web", "Please ask at the reception counter.");
    }
    o.insert("detail", detail);
    o.insert("wait", wait);
    o.insert("updated", translate("web", "Updated at %1")
                            .arg(text::centerTime(m_hub.now(), center.utcOffsetMinutes).toString(QStringLiteral("HH:mm"))));
    return compact(o);
}

HttpResponse PublicSite::ticketPage(const HttpRequest &request, const QString &token, const QString &tail)
{
    const Ticket *t = plausibleToken(token) ? m_hub.queue().engine().ticketByToken(token) : nullptr;
    if (!t)
        return tail.isEmpty() ? notFound(request) : HttpResponse::json(R"({"error":"not_found"})", 404);
    const QString language = languageOf(request);
    const QByteArray state = ticketState(*t, language);
    if (tail == QLatin1String("state"))
        return HttpResponse::json(state);
    if (tail == QLatin1String("events")) {
        HttpResponse stream;
        stream.contentType = "text/event-stream; charset=utf-8";
        stream.eventStream = true;
        stream.streamKey = language + QLatin1Char(':') + token;
        stream.body = "retry: 5000\nevent: state\ndata: " + state + "\n\n";
        // Pages already open on this key keep what they were told: the next push compares with that.
        if (!m_lastPushed.contains(stream.streamKey))
            m_lastPushed.insert(stream.streamKey, state);
        return stream;
    }
    if (!tail.isEmpty())
        return notFound(request);

    const QJsonObject s = QJsonDocument::fromJson(state).object();
    auto field = [&s](const char *key) { return esc(s.value(QLatin1String(key)).toString()); };
    const QString rate = s.contains("rate")
        ? QStringLiteral("<a id=\"rate\" class=\"button\" href=\"%1\">%2</a>").arg(field("rate"), esc(translate("web", "Rate the service")))
        : QStringLiteral("<a id=\"rate\" class=\"button\" hidden></a>");
    const QString body
        = QStringLiteral("<p class=\"caption\">%1</p><p id=\"label\" class=\"label\">%2</p>"
                         "<p id=\"service\" class=\"service\">%3</p>"
                         "<section id=\"status\" class=\"status\"><h1 id=\"headline\">%4</h1>"
                         "<p id=\"detail\">%5</p><p id=\"wait\">%6</p>%7</section>"
                         "<p id=\"updated\" class=\"updated\">%8</p>"
                         "<p class=\"hint\">%9</p>")
              .arg(esc(translate("web", "Your number")), field("label"), field("service"), field("headline"),
                   field("detail"), field("wait"), rate, field("updated"),
                   esc(translate("web", "This page follows your turn by itself; keep it open. Please also watch "
                                        "the screens in the hall.")));
    const QString attributes = QStringLiteral("class=\"ticket state-%1\" data-token=\"%2\" data-lang=\"%3\"")
                                   .arg(field("state"), esc(token), language);
    return HttpResponse::html(page(m_hub.config(), language, request.path,
                                   translate("web", "Number %1").arg(t->label), body, attributes, true));
}

void PublicSite::onCommitted(const std::vector<StoredEvent> &events)
{
    m_dirty = true;
    // The ticket's own news goes out at once; everyone else's waits are refreshed with the timer.
    QSet<QString> tokens;
    for (const StoredEvent &e : events)
        if (e.event.ticket && !e.event.ticket->token.isEmpty())
            tokens.insert(e.event.ticket->token);
    if (tokens.isEmpty())
        return;
    for (const QString &key : m_server.streamKeys())
        if (tokens.contains(key.section(QLatin1Char(':'), 1)))
            pushState(key);
}

void PublicSite::pushState(const QString &key)
{
    const Ticket *t = m_hub.queue().engine().ticketByToken(key.section(QLatin1Char(':'), 1));
    if (!t) { // a new business day: the page polls, finds nothing, and says so
        m_server.closeStreams(key);
        return;
    }
    const Lang &lang = key.startsWith(QLatin1String("en:")) ? *m_en : *m_vi;
    const text::LanguageScope scope(lang.catalogues());
    const QByteArray state = ticketState(*t, lang.code);
    if (m_lastPushed.value(key) != state) {
        m_server.sendEvent(key, "state", state);
        m_lastPushed.insert(key, state);
    }
}

void PublicSite::pushStates()
{
    m_dirty = false;
    const QList<QString> keys = m_server.streamKeys();
    for (const QString &key : keys)
        pushState(key);
    // Forget what closed pages were told.
    for (auto it = m_lastPushed.begin(); it != m_lastPushed.end();)
        it = keys.contains(it.key()) ? std::next(it) : m_lastPushed.erase(it);
}

// ---------------------------------------------------------------- the dossier

HttpResponse PublicSite::dossierPage(const HttpRequest &request, const QString &rawCode)
{
    const CenterConfig &center = m_hub.config();
    const QString language = languageOf(request);
    const auto code = DossierCode::parse(rawCode);
    const Dossier *d = code ? m_hub.queue().engine().dossiers().find(code->toString()) : nullptr;
    if (!d) {
        const QString body = QStringLiteral("<section class=\"status missing\"><h1>%1</h1><p>%2</p></section>")
                                 .arg(esc(translate("web", "Dossier not found")),
                                      esc(translate("web", "No dossier with the code %1 is known here. Please check "
                                                           "the code on your receipt, or ask at the reception counter.")
                                              .arg(rawCode.left(40))));
        return HttpResponse::html(page(center, language, request.path, translate("web", "Dossier not found"), body), 404);
    }
    const protocol::DossierView v = publicDossierView(m_hub.queue().engine(), *d);
    const ServiceConfig *service = center.service(v.service);
    const Procedure *procedure = service ? service->procedure(v.procedure) : nullptr;
    QString rows;
    auto row = [&rows](const QString &name, const QString &value) {
        rows += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(name), esc(value));
    };
    row(translate("web", "Applicant"), v.applicant);
    if (procedure)
        row(translate("web", "Procedure"), procedure->name.in(language));
    row(translate("web", "Received on"),
        text::shortDate(text::centerTime(v.receivedAt, center.utcOffsetMinutes).date()));
    if (v.status == DossierStatus::Returned)
        row(translate("web", "Collected on"), text::shortDate(text::centerTime(v.closedAt, center.utcOffsetMinutes).date()));
    else if (!isFinal(v.status)) {
        row(translate("web", "Results due on"), text::shortDate(v.promised));
        row(translate("web", "Where to collect"), v.resultsAt.in(language));
    }
    if (!v.papersMissing.isEmpty())
        row(translate("web", "Please bring"), v.papersMissing.join(QStringLiteral("; ")));
    const QString body = QStringLiteral("<p class=\"caption\">%1</p><p class=\"code\">%2</p>"
                                        "<section class=\"status dossier-%3\"><h1 id=\"dossierStatus\">%4</h1></section>"
                                        "<table class=\"facts\">%5</table>")
                             .arg(esc(translate("web", "Dossier")), esc(v.code), dossierStatusName(v.status),
                                  esc(text::dossierStatusText(v.status)), rows);
    return HttpResponse::html(page(center, language, request.path, translate("web", "Dossier %1").arg(v.code), body));
}

// ---------------------------------------------------------------- the rating

HttpResponse PublicSite::ratingPage(const HttpRequest &request, const QString &token)
{
    const CenterConfig &center = m_hub.config();
    const QString language = languageOf(request);
    const Ticket *t = plausibleToken(token) ? m_hub.queue().engine().ticketByToken(token) : nullptr;
    if (!t)
        return notFound(request);
    auto message = [&](const QString &headline, const QString &detail, int status = 200) {
        const QString body = QStringLiteral("<section class=\"status\"><h1 id=\"ratingMessage\">%1</h1><p>%2</p></section>")
                                 .arg(esc(headline), esc(detail));
        return HttpResponse::html(page(center, language, request.path, headline, body), status);
    };
    const QString thanks = translate("web", "Thank you for your answer!");
    if (m_hub.queue().engine().dossiers().isRated(t->id))
        return message(thanks, translate("web", "This visit has been rated already."));
    if (t->state != TicketState::Done)
        return message(translate("web", "Not yet"),
                       translate("web", "You can rate the service once you have been served."), 409);

    if (request.method == "POST") {
        // A form from this site only: another site cannot answer for the citizen. (Old browsers send no
        // Origin; the token in the address is what lets anyone rate at all.)
        const QByteArray origin = request.header("origin");
        const QUrl from(QString::fromUtf8(origin));
        const QUrl self(QStringLiteral("http://") + QString::fromUtf8(request.header("host")));
        const bool sameSite = origin.isEmpty()
            || (from.scheme() == QLatin1String("http") && from.host() == self.host() && from.port(80) == self.port(80));
        if (!sameSite || request.header("sec-fetch-site") == "cross-site")
            return HttpResponse::text(403, "This form belongs to another site.\n");
        if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return HttpResponse::text(415, "Send the form as a web browser does.\n");
        const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        const auto value = ratingValueFromName(form.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded));
        const QString comment = form.queryItemValue(QStringLiteral("comment"), QUrl::FullyDecoded).trimmed().left(500);
        if (!value)
            return message(translate("web", "Please choose an answer"),
                           translate("web", "Touch one of the three answers."), 400);
        const auto done = m_hub.execute(cmd::RecordRating{0, t->id, *value, comment, QStringLiteral("phone"),
                                                          QStringLiteral("phone")});
        if (!done) {
            qCWarning(lcWeb).noquote() << "rating refused:" << done.error().message;
            return message(translate("web", "Not recorded"), text::errorText(done.error()), 503);
        }
        return message(thanks, translate("web", "Your answer has been recorded."));
    }

    const QString body
        = QStringLiteral("<p class=\"caption\">%1</p><p class=\"label small\">%2</p>"
                         "<form method=\"post\" action=\"/r/%3?lang=%4\" class=\"rating\">"
                         "<h1>%5</h1>"
                         "<button name=\"value\" value=\"very_satisfied\" class=\"answer best\">%6</button>"
                         "<button name=\"value\" value=\"satisfied\" class=\"answer good\">%7</button>"
                         "<button name=\"value\" value=\"unsatisfied\" class=\"answer bad\">%8</button>"
                         "<label for=\"comment\">%9</label>"
                         "<textarea id=\"comment\" name=\"comment\" maxlength=\"500\" rows=\"3\"></textarea>"
                         "</form>")
              .arg(esc(translate("web", "Your number")), esc(t->label), esc(token), language,
                   esc(translate("web", "How satisfied are you with the service?")),
                   esc(translate("web", "Very satisfied")), esc(translate("web", "Satisfied")),
                   esc(translate("web", "Not satisfied")),
                   esc(translate("web", "A comment (optional), then touch your answer")));
    return HttpResponse::html(page(center, language, request.path, translate("web", "Rate the service"), body));
}

// ---------------------------------------------------------------- the floor

HttpResponse PublicSite::api(const QString &what)
{
    const QueueEngine &engine = m_hub.queue().engine();
    const CenterConfig &center = m_hub.config();
    const Timestamp now = m_hub.now();
    QJsonArray list;
    if (what == QLatin1String("services")) {
        for (const ServiceConfig &s : center.services) {
            QJsonObject o{{"id", s.id},
                          {"name", QJsonObject{{"vi", s.name.vi}, {"en", s.name.in(QStringLiteral("en"))}}},
                          {"waiting", engine.waitingCount(s.id)},
                          {"open_counters", engine.openCountersFor(s.id)}};
            const WaitEstimate e = engine.estimateForNew(s.id, now);
            if (e.seconds)
                o.insert("estimated_wait_seconds", *e.seconds);
            list.append(o);
        }
    } else if (what == QLatin1String("counters")) {
        for (const CounterConfig &c : center.counters) {
            const CounterState *s = engine.counter(c.number);
            QJsonObject o{{"number", c.number},
                          {"name", QJsonObject{{"vi", c.name.vi}, {"en", c.name.in(QStringLiteral("en"))}}},
                          {"status", counterStatusName(s ? s->status : CounterStatus::Closed)}};
            if (const Ticket *t = s && s->current ? engine.ticket(s->current) : nullptr) {
                o.insert("ticket", t->label);
                o.insert("ticket_state", ticketStateName(t->state));
            }
            list.append(o);
        }
    } else if (what == QLatin1String("calls")) {
        std::vector<const Ticket *> called;
        for (const auto &[id, t] : engine.tickets())
            if (t.calledAt > 0 && t.counter != 0)
                called.push_back(&t);
        std::sort(called.begin(), called.end(), [](const Ticket *a, const Ticket *b) { return a->calledAt > b->calledAt; });
        for (size_t i = 0; i < called.size() && i < size_t(kRecentCalls); ++i)
            list.append(QJsonObject{{"ticket", called[i]->label},
                                    {"counter", called[i]->counter},
                                    {"service", called[i]->service},
                                    {"state", ticketStateName(called[i]->state)},
                                    {"called_at", QDateTime::fromMSecsSinceEpoch(called[i]->calledAt, QTimeZone(center.utcOffsetMinutes * 60))
                                                      .toString(Qt::ISODate)}});
    } else {
        return HttpResponse::json(R"({"error":"not_found"})", 404);
    }
    HttpResponse r = HttpResponse::json(compact(QJsonObject{{what, list}}));
    r.headers.emplaceBack("Access-Control-Allow-Origin", "*"); // for the province's portal and signage
    return r;
}

HttpResponse PublicSite::homePage(const HttpRequest &request)
{
    const QueueEngine &engine = m_hub.queue().engine();
    const CenterConfig &center = m_hub.config();
    const QString language = languageOf(request);
    QString rows;
    for (const ServiceConfig &s : center.services)
        rows += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(esc(s.name.in(language))).arg(engine.waitingCount(s.id));
    const QString body = QStringLiteral("<h1>%1</h1><table class=\"facts waiting\">%2</table><p class=\"hint\">%3</p>")
                             .arg(esc(translate("web", "Waiting now")), rows,
                                  esc(translate("web", "Scan the QR code on your ticket to follow your turn.")));
    return HttpResponse::html(page(center, language, request.path, center.name.in(language), body));
}

HttpResponse PublicSite::asset(const QString &name)
{
    static const QHash<QString, QByteArray> types{{QStringLiteral("qms.css"), "text/css; charset=utf-8"},
                                                  {QStringLiteral("ticket.js"), "text/javascript; charset=utf-8"}};
    if (!types.contains(name))
        return HttpResponse::text(404, "No such file.\n");
    QFile f(QStringLiteral(":/web/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return HttpResponse::text(500, "The file is missing from this build.\n");
    HttpResponse r;
    r.contentType = types.value(name);
    r.body = f.readAll();
    return r;
}

} // namespace qms
