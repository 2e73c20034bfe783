// Dossiers and ratings over the protocol: who may record them, what each kind of
// device is shown of them, and how the kiosk's lookup answers.
#include <QJsonArray>

#include "domain/dossiercode.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
/** Logs `user` in at `counter`, opens it and serves a new land ticket there; returns its id. */
qint64 serveOne(HubFixture &f, HubClient &kiosk, HubClient &counter, const char *user)
{
    REQUIRE(f.call(counter, QStringLiteral("clerk.login"), {{"user", user}, {"pin", "1111"}}).ok);
    REQUIRE(f.call(counter, QStringLiteral("counter.open")).ok);
    const HubReply issued = f.call(kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}});
    REQUIRE(issued.ok);
    const qint64 id = issued.body["ticket"].toObject()["id"].toInteger();
    REQUIRE(f.call(counter, QStringLiteral("ticket.call"), {{"ticket", id}}).ok);
    REQUIRE(f.call(counter, QStringLiteral("ticket.start"), {{"ticket", id}}).ok);
    return id;
}

QJsonObject intake(qint64 ticket)
{
    return {{"ticket", ticket},
            {"procedure", "land-first"},
            {"applicant", "Nguyễn Thị Lan"},
            {"phone", "0912345678"},
            {"papers_received", QJsonArray{"Đơn đăng ký"}},
            {"papers_missing", QJsonArray{"Bản vẽ thửa đất"}}};
}
} // namespace

TEST_CASE("A clerk receives a dossier, the kiosk looks it up, and displays never learn who it is", "[hub][dossier]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto colleague = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    const qint64 ticket = serveOne(f, *kiosk, *counter, "lan");

    const HubReply received = f.call(*counter, QStringLiteral("dossier.receive"), intake(ticket));
    REQUIRE(received.ok);
    const QJsonObject dossier = received.body["dossier"].toObject();
    const QString code = dossier["code"].toString();
    REQUIRE(DossierCode::parse(code));
    CHECK(DossierCode::parse(code)->agency == "000.00.12.H57");
    CHECK(DossierCode::parse(code)->sequence == 1);
    CHECK(dossier["status"].toString() == "supplement_requested");
    CHECK(dossier["received_by"].toString() == "lan");
    CHECK(dossier["ticket"].toInteger() == ticket);
    CHECK(received.body["seq"].toInteger() == f.store->lastSeq());

    // The colleague's counter sees the whole dossier; the lobby screen only a masked name.
    const qint64 seq = received.body["seq"].toInteger();
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == seq && colleague->mirror().lastSeq() == seq; }));
    const Dossier *seenByStaff = colleague->mirror().engine().dossiers().find(code);
    REQUIRE(seenByStaff);
    CHECK(seenByStaff->applicantPhone == "0912345678");
    const Dossier *seenInLobby = display->mirror().engine().dossiers().find(code);
    REQUIRE(seenInLobby);
    CHECK(seenInLobby->applicantName == "Nguyễn T. L.");
    CHECK(seenInLobby->applicantPhone.isEmpty());
    CHECK(seenInLobby->papersMissing.isEmpty());

    // The kiosk's lookup, typed as a citizen would (lower case, spaces): status, dates, where, masked.
    const HubReply looked = f.call(*kiosk, QStringLiteral("dossier.lookup"), {{"code", " " + code.toLower() + " "}});
    REQUIRE(looked.ok);
    CHECK(looked.body["code"].toString() == code);
    CHECK(looked.body["status"].toString() == "supplement_requested");
    CHECK(looked.body["applicant"].toString() == "Nguyễn T. L.");
    CHECK(looked.body["results_at"].toObject()["vi"].toString() == "Quầy trả kết quả");
    CHECK(looked.body["papers_missing"].toArray() == QJsonArray{"Bản vẽ thửa đất"});
    CHECK_FALSE(looked.body.contains("phone"));
    CHECK(f.call(*kiosk, QStringLiteral("dossier.lookup"), {{"code", "000.00.12.H57-261126-9999"}}).error.code
          == ErrorCode::NotFound);

    // The papers are brought: processing, then ready, then returned, by a colleague.
    CHECK(f.call(*colleague, QStringLiteral("dossier.update"), {{"code", code}, {"status", "processing"}}).error.code
          == ErrorCode::NotLoggedIn);
    REQUIRE(f.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    for (const char *status : {"processing", "ready", "returned"}) {
        const HubReply updated = f.call(*colleague, QStringLiteral("dossier.update"),
                                        {{"code", code}, {"status", status}});
        INFO(status);
        REQUIRE(updated.ok);
        CHECK(updated.body["dossier"].toObject()["status"].toString() == status);
        CHECK(updated.body["dossier"].toObject()["updated_by"].toString() == "hoa");
    }
    CHECK(f.call(*kiosk, QStringLiteral("dossier.lookup"), {{"code", code}}).body["status"].toString() == "returned");
    CHECK(f.call(*colleague, QStringLiteral("dossier.update"), {{"code", code}, {"status", "processing"}}).error.code
          == ErrorCode::WrongState);
}

TEST_CASE("Dossier ops are refused to the wrong role, without a clerk, and off the served ticket", "[hub][dossier]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto other = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);

    CHECK(f.call(*kiosk, QStringLiteral("dossier.receive"), intake(1)).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*display, QStringLiteral("dossier.lookup"), {{"code", "x"}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*counter, QStringLiteral("dossier.list")).error.code == ErrorCode::NotLoggedIn);
    CHECK(f.call(*counter, QStringLiteral("dossier.receive"), intake(1)).error.code == ErrorCode::NotLoggedIn);

    const qint64 ticket = serveOne(f, *kiosk, *counter, "lan");
    REQUIRE(f.call(*other, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    // Another counter cannot receive on a ticket it is not serving.
    CHECK(f.call(*other, QStringLiteral("dossier.receive"), intake(ticket)).error.code == ErrorCode::WrongState);
    // Only a supervisor imports, even at a counter.
    const QJsonObject old{{"code", "000.00.12.H57-260102-0003"},
                          {"service", "land"},
                          {"applicant", "Trần Văn Hòa"},
                          {"status", "processing"},
                          {"due", "2026-01-16"}};
    CHECK(f.call(*counter, QStringLiteral("dossier.import"), {{"dossier", old}}).error.code == ErrorCode::Forbidden);
    QJsonObject noProcedure = intake(ticket);
    noProcedure["procedure"] = "fishing-licence";
    const HubReply refused = f.call(*counter, QStringLiteral("dossier.receive"), noProcedure);
    CHECK(refused.error.code == ErrorCode::InvalidArgument);
    CHECK(refused.error.message.contains("fishing-licence"));
    QJsonObject noName = intake(ticket);
    noName.remove("applicant");
    CHECK(f.call(*counter, QStringLiteral("dossier.receive"), noName).error.code == ErrorCode::BadRequest);
    // Nothing refused was numbered: the first dossier still gets sequence 1.
    const HubReply ok = f.call(*counter, QStringLiteral("dossier.receive"), intake(ticket));
    REQUIRE(ok.ok);
    CHECK(DossierCode::parse(ok.body["dossier"].toObject()["code"].toString())->sequence == 1);
}

TEST_CASE("Clerks list the open, today's and overdue dossiers", "[hub][dossier]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    const qint64 ticket = serveOne(f, *kiosk, *counter, "lan");
    const QString today = f.call(*counter, QStringLiteral("dossier.receive"), intake(ticket))
                              .body["dossier"]
                              .toObject()["code"]
                              .toString();

    // An old dossier from the province's system, long past its date; and a returned one.
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    const auto import = [&](const char *code, const char *status, const char *due) {
        return f.call(*supervisor, QStringLiteral("dossier.import"),
                      {{"dossier",
                        QJsonObject{{"code", code},
                                    {"service", "land"},
                                    {"procedure", "land-first"},
                                    {"applicant", "Trần Văn Hòa"},
                                    {"status", status},
                                    {"received_at", qint64(1767225600000)},
                                    {"due", due}}}});
    };
    REQUIRE(import("000.00.12.H57-260102-0003", "processing", "2026-01-16").ok);
    REQUIRE(import("000.00.12.H57-260102-0004", "returned", "2026-01-16").ok);
    CHECK(import("000.00.12.H57-260102-0004", "returned", "2026-01-16").error.code == ErrorCode::InvalidArgument);

    const auto codes = [&](const char *filter) {
        QStringList out;
        const HubReply r = f.call(*counter, QStringLiteral("dossier.list"), {{"filter", filter}});
        REQUIRE(r.ok);
        for (const QJsonValue &d : r.body["dossiers"].toArray())
            out << d.toObject()["code"].toString();
        return out;
    };
    CHECK(codes("open") == QStringList{today, "000.00.12.H57-260102-0003"});
    CHECK(codes("today") == QStringList{today});
    CHECK(codes("overdue") == QStringList{"000.00.12.H57-260102-0003"});
    CHECK(codes("all").size() == 3);
    CHECK(f.call(*counter, QStringLiteral("dossier.list"), {{"filter", "lost"}}).error.code == ErrorCode::BadRequest);
}

TEST_CASE("The rating pad rates the ticket just served at its own counter, once", "[hub][rating]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    // The pad is a second connection of the counter's device, with no clerk logged in on it.
    auto pad = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto elsewhere = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    const qint64 ticket = serveOne(f, *kiosk, *counter, "lan");
    const QString code = f.call(*counter, QStringLiteral("dossier.receive"), intake(ticket))
                             .body["dossier"]
                             .toObject()["code"]
                             .toString();

    const QJsonObject rating{{"ticket", ticket}, {"value", "very_satisfied"}};
    CHECK(f.call(*pad, QStringLiteral("rating.submit"), rating).error.code == ErrorCode::WrongState); // still served
    REQUIRE(f.call(*counter, QStringLiteral("ticket.finish"), {{"ticket", ticket}}).ok);
    CHECK(f.call(*elsewhere, QStringLiteral("rating.submit"), rating).error.code == ErrorCode::NotYourTicket);
    CHECK(f.call(*pad, QStringLiteral("rating.submit"), {{"ticket", ticket}, {"value", "meh"}}).error.code
          == ErrorCode::BadRequest);

    const HubReply rated = f.call(*pad, QStringLiteral("rating.submit"), rating);
    REQUIRE(rated.ok);
    const QJsonObject r = rated.body["rating"].toObject();
    CHECK(r["clerk"].toString() == "lan");
    CHECK(r["counter"].toInt() == 1);
    CHECK(r["dossier"].toString() == code);
    CHECK(r["value"].toString() == "very_satisfied");
    CHECK(r["channel"].toString() == "pad");
    CHECK(require(f.store->db().queryInt("SELECT COUNT(*) FROM ratings WHERE clerk = 'lan'")) == 1);
    CHECK(f.call(*pad, QStringLiteral("rating.submit"), rating).error.code == ErrorCode::WrongState);
}
