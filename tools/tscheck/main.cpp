// qms-tscheck FRESH.ts [--committed COMMITTED.ts]
// Lists every text of a translation catalogue (as lupdate just extracted it
// into FRESH.ts) that has no finished translation, and exits 1 if there is any:
// a screen must never show an English sentence to a Vietnamese reader.
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

namespace {
struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

/** Every message of a .ts file; a message is finished when each of its forms has a translation. */
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    bool anyForm = false;
    bool allForms = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, false};
                anyForm = false;
                allForms = true;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                // "unfinished" (or "vanished", "obsolete") means not to be used.
                allForms = xml.attributes().value(QLatin1String("type")).isEmpty();
                // A plural message keeps its forms in <numerusform> children, each needed.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        const QString form = xml.readElementText();
                        anyForm = true;
                        allForms = allForms && !form.trimmed().isEmpty();
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!text.trimmed().isEmpty())
                    anyForm = true;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current.finished = anyForm && allForms;
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: qms-tscheck FRESH.ts [--committed COMMITTED.ts]\n");
        return 64;
    }
    QString error;
    const QList<Message> fresh = readCatalogue(args.first(), &error);
    QSet<QString> committed;
    const qsizetype at = args.indexOf(QStringLiteral("--committed"));
    const QString committedPath = at >= 0 ? args.value(at + 1) : args.first();
    if (at >= 0) {
        for (const Message &m : readCatalogue(committedPath, &error))
            committed.insert(m.context + QChar(0) + m.source);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "qms-tscheck: %s\n", qPrintable(error));
        return 65;
    }
    int missing = 0;
    for (const Message &m : fresh) {
        if (m.finished)
            continue;
        ++missing;
        const bool known = at < 0 || committed.contains(m.context + QChar(0) + m.source);
        std::fprintf(stderr, "%s: %s [%s] \"%s\"\n", qPrintable(committedPath),
                     known ? "unfinished" : "missing (run the update_translations target)", qPrintable(m.context),
                     qPrintable(m.source));
    }
    if (missing) {
        std::fprintf(stderr, "qms-tscheck: %d text(s) without a Vietnamese translation\n", missing);
        return 1;
    }
    return 0;
}
