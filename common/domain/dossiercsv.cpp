#include "domain/dossiercsv.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include "domain/dossiercode.h"

namespace qms {

const QStringList DossierCsv::columns{
    QStringLiteral("code"),
    QStringLiteral("service"),
    QStringLiteral("procedure"),
    QStringLiteral("applicant"),
    QStringLiteral("phone"),
    QStringLiteral("status"),
    QStringLiteral("received_at"),
    QStringLiteral("due"),
    QStringLiteral("promised"),
    QStringLiteral("closed_at"),
    QStringLiteral("papers_received"),
    QStringLiteral("papers_missing"),
    QStringLiteral("note"),
    QStringLiteral("received_by"),
};

namespace {
const QString listSeparator = QStringLiteral("; ");
const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QString quoted(const QString &field)
{
    // A field starting with = + - @ would be run as a formula by a spreadsheet: keep it text.
    QString f = field;
    if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()))
        f.prepend(QLatin1Char('\''));
    if (!f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n'))
        && !f.contains(QLatin1Char('\r')) && f == f.trimmed())
        return f;
    f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

QString localTime(Timestamp t, int utcOffsetMinutes)
{
    return t > 0 ? QDateTime::fromMSecsSinceEpoch(t, QTimeZone(utcOffsetMinutes * 60)).toString(timeFormat) : QString();
}

/** Splits CSV text into rows of fields, with the line each row starts on. */
std::vector<std::pair<int, QStringList>> parseRows(const QString &text)
{
    std::vector<std::pair<int, QStringList>> rows;
    QStringList fields;
    QString field;
    bool inQuotes = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    const auto endField = [&] {
        fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(fields.size() == 1 && fields.front().isEmpty()))
            rows.emplace_back(rowLine, fields);
        fields.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            rowLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRow();
    return rows;
}
} // namespace

QByteArray DossierCsv::write(const std::vector<Dossier> &dossiers, int utcOffsetMinutes)
{
    QString out = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Dossier &d : dossiers) {
        const QStringList fields{
            d.code,
            d.service,
            d.procedure,
            d.applicantName,
            d.applicantPhone,
            dossierStatusName(d.status),
            localTime(d.receivedAt, utcOffsetMinutes),
            d.dueDate.toString(Qt::ISODate),
            d.promisedDate.toString(Qt::ISODate),
            localTime(d.closedAt, utcOffsetMinutes),
            d.papersReceived.join(listSeparator),
            d.papersMissing.join(listSeparator),
            d.note,
            d.receivedBy,
        };
        QStringList cells;
        for (const QString &f : fields)
            cells << quoted(f);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

DossierCsv::ReadResult DossierCsv::read(const QByteArray &csv, int utcOffsetMinutes)
{
    ReadResult result;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        result.errors << QStringLiteral("the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        return result;
    }
    const auto rows = parseRows(text);
    if (rows.empty()) {
        result.errors << QStringLiteral("the file is empty");
        return result;
    }
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < rows.front().second.size(); ++i)
        at.insert(rows.front().second[i].trimmed().toLower(), i);
    for (const char *needed : {"code", "service", "applicant", "status", "due"}) {
        if (!at.contains(QLatin1String(needed))) {
            result.errors << QStringLiteral("line 1: the column \"%1\" is missing").arg(QLatin1String(needed));
            return result;
        }
    }
    const QTimeZone zone(utcOffsetMinutes * 60);
    for (size_t r = 1; r < rows.size(); ++r) {
        // Named, not a structured binding: older compilers cannot capture those in lambdas.
        const int line = rows[r].first;
        const QStringList &fields = rows[r].second;
        const auto field = [&](const char *name) {
            const qsizetype i = at.value(QLatin1String(name), -1);
            QString f = i >= 0 && i < fields.size() ? fields[i].trimmed() : QString();
            if (f.startsWith(QLatin1Char('\'')))
                f.remove(0, 1); // kept as text on the way out
            return f;
        };
        const auto list = [&](const char *name) {
            QStringList items;
            for (const QString &s : field(name).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!s.trimmed().isEmpty())
                    items << s.trimmed();
            return items;
        };
        QStringList problems;
        const auto date = [&](const char *name) {
            const QString f = field(name);
            const QDate d = QDate::fromString(f, Qt::ISODate);
            if (!f.isEmpty() && !d.isValid())
                problems << QStringLiteral("%1: \"%2\" is not a date like 2026-11-26").arg(QLatin1String(name), f);
            return d;
        };
        const auto time = [&](const char *name) -> Timestamp {
            const QString f = field(name);
            if (f.isEmpty())
                return 0;
            QDateTime t = QDateTime::fromString(f, timeFormat);
            if (!t.isValid())
                t = QDateTime(QDate::fromString(f, Qt::ISODate), QTime(0, 0));
            if (!t.isValid()) {
                problems
                    << QStringLiteral("%1: \"%2\" is not a time like 2026-11-26 09:30").arg(QLatin1String(name), f);
                return 0;
            }
            t.setTimeZone(zone);
            return t.toMSecsSinceEpoch();
        };
        Dossier d;
        d.code = field("code").toUpper();
        if (!DossierCode::parse(d.code))
            problems << QStringLiteral("code: \"%1\" is not a dossier code").arg(field("code"));
        else
            d.code = DossierCode::parse(d.code)->toString();
        d.service = field("service");
        d.procedure = field("procedure");
        d.applicantName = field("applicant");
        d.applicantPhone = field("phone");
        if (const auto s = dossierStatusFromName(field("status")))
            d.status = *s;
        else
            problems << QStringLiteral("status: \"%1\" is not one of received, processing, supplement_requested, "
                                       "ready, returned, refused, withdrawn")
                            .arg(field("status"));
        d.receivedAt = time("received_at");
        d.dueDate = date("due");
        if (!d.dueDate.isValid() && field("due").isEmpty())
            problems << QStringLiteral("due: is required");
        d.promisedDate = date("promised");
        d.closedAt = time("closed_at");
        d.papersReceived = list("papers_received");
        d.papersMissing = list("papers_missing");
        d.note = field("note");
        d.receivedBy = field("received_by");
        if (d.applicantName.isEmpty())
            problems << QStringLiteral("applicant: is required");
        if (!problems.isEmpty())
            result.errors << QStringLiteral("line %1: %2").arg(line).arg(problems.join(QStringLiteral("; ")));
        else
            result.dossiers.push_back(d);
    }
    return result;
}

} // namespace qms
