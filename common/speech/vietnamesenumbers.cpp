#include "speech/vietnamesenumbers.h"

#include <QHash>
#include <QStringList>

#include <array>

#include "speech/englishnumbers.h"
#include "speech/logging.h"
#include "speech/ticketlabel.h"

namespace qms {

namespace {

const std::array<QString, 10> &digitWords()
{
    static const std::array<QString, 10> words{
        QStringLiteral("không"), QStringLiteral("một"),  QStringLiteral("hai"), QStringLiteral("ba"),
        QStringLiteral("bốn"),   QStringLiteral("năm"),  QStringLiteral("sáu"), QStringLiteral("bảy"),
        QStringLiteral("tám"),   QStringLiteral("chín"),
    };
    return words;
}

QString digitWord(int d)
{
    return digitWords().at(static_cast<std::size_t>(d));
}

/**
 * One group of three digits (0..999), appended to `words`. `afterHigher`: a
 * higher group was read before it, so a zero hundreds digit is said ("không
 * trăm") and a lone unit takes "linh"/"lẻ" (1005: "... không trăm linh năm").
 */
void appendGroup(QStringList &words, int group, bool afterHigher, NumberDialect dialect)
{
    const int hundreds = group / 100;
    const int tens = group / 10 % 10;
    const int units = group % 10;
    const bool hundredsSaid = hundreds > 0 || afterHigher;
    if (hundredsSaid)
        words << digitWord(hundreds) << QStringLiteral("trăm");

    if (tens == 0) {
        if (units == 0)
            return;
        if (hundredsSaid)
            words << (dialect == NumberDialect::Southern ? QStringLiteral("lẻ") : QStringLiteral("linh"));
        // After linh/lẻ or alone the unit keeps its plain form: 105 "một trăm linh năm", 104 "... linh bốn".
        words << digitWord(units);
        return;
    }

    if (tens == 1) {
        words << QStringLiteral("mười");
        // 11 stays "mười một" and 14 "mười bốn" ("mười tư" is literary); only 5 changes.
        if (units == 5)
            words << QStringLiteral("lăm");
        else if (units != 0)
            words << digitWord(units);
        return;
    }

    words << digitWord(tens) << QStringLiteral("mươi");
    switch (units) {
    case 0:
        break;
    case 1:
        words << QStringLiteral("mốt");
        break;
    case 4:
        words << QStringLiteral("tư");
        break;
    case 5:
        words << QStringLiteral("lăm");
        break;
    default:
        words << digitWord(units);
    }
}

/** `n` (> 0) in words after `afterHigher` as in appendGroup; groups that are all zero are skipped. */
void appendNumber(QStringList &words, quint64 n, bool afterHigher, NumberDialect dialect)
{
    constexpr quint64 billion = 1'000'000'000;
    if (n >= billion) {
        // Above a billion the count of "tỷ" is itself a number: 10^12 is "một nghìn tỷ".
        appendNumber(words, n / billion, afterHigher, dialect);
        words << QStringLiteral("tỷ");
        n %= billion;
        afterHigher = true;
    }
    const QString thousand = dialect == NumberDialect::Southern ? QStringLiteral("ngàn") : QStringLiteral("nghìn");
    const std::array<std::pair<int, QString>, 3> groups{{
        {static_cast<int>(n / 1'000'000), QStringLiteral("triệu")},
        {static_cast<int>(n / 1'000 % 1'000), thousand},
        {static_cast<int>(n % 1'000), QString()},
    }};
    for (const auto &[group, scale] : groups) {
        if (group == 0)
            continue;
        appendGroup(words, group, afterHigher, dialect);
        if (!scale.isEmpty())
            words << scale;
        afterHigher = true;
    }
}

} // namespace

QString vietnameseNumber(qint64 n, NumberDialect dialect)
{
    if (n == 0)
        return digitWord(0);
    QStringList words;
    if (n < 0)
        words << QStringLiteral("âm");
    // Through unsigned so that the lowest qint64 has a magnitude too.
    const quint64 magnitude = n < 0 ? 0 - static_cast<quint64>(n) : static_cast<quint64>(n);
    appendNumber(words, magnitude, false, dialect);
    return words.join(QLatin1Char(' '));
}

QString vietnameseLetterName(QChar letter)
{
    // The names children learn with the alphabet, plus F, J, W, Z, which appear in borrowed words.
    static const QHash<QChar, QString> names{
        {u'A', QStringLiteral("a")},      {u'Ă', QStringLiteral("á")},     {u'Â', QStringLiteral("ớ")},
        {u'B', QStringLiteral("bê")},     {u'C', QStringLiteral("xê")},    {u'D', QStringLiteral("dê")},
        {u'Đ', QStringLiteral("đê")},     {u'E', QStringLiteral("e")},     {u'Ê', QStringLiteral("ê")},
        {u'F', QStringLiteral("ép")},     {u'G', QStringLiteral("giê")},   {u'H', QStringLiteral("hát")},
        {u'I', QStringLiteral("i")},      {u'J', QStringLiteral("gi")},    {u'K', QStringLiteral("ca")},
        {u'L', QStringLiteral("e-lờ")},   {u'M', QStringLiteral("em-mờ")}, {u'N', QStringLiteral("en-nờ")},
        {u'O', QStringLiteral("o")},      {u'Ô', QStringLiteral("ô")},     {u'Ơ', QStringLiteral("ơ")},
        {u'P', QStringLiteral("pê")},     {u'Q', QStringLiteral("quy")},   {u'R', QStringLiteral("e-rờ")},
        {u'S', QStringLiteral("ét-xì")},  {u'T', QStringLiteral("tê")},    {u'U', QStringLiteral("u")},
        {u'Ư', QStringLiteral("ư")},      {u'V', QStringLiteral("vê")},    {u'W', QStringLiteral("vê kép")},
        {u'X', QStringLiteral("ích-xì")}, {u'Y', QStringLiteral("i dài")}, {u'Z', QStringLiteral("dét")},
    };
    const QChar upper = letter.toUpper();
    return names.value(upper, QString(letter.toLower()));
}

QString spokenTicketLabel(const QString &label, NumberDialect dialect)
{
    QStringList words;
    for (const TicketLabelPart &part : splitTicketLabel(label)) {
        if (!part.digits) {
            words << vietnameseLetterName(part.text.front());
        } else if (part.text.size() > 12) {
            // Not a ticket number any more but a code: reading it digit by digit is what a person would do.
            for (const QChar d : part.text)
                words << digitWord(d.digitValue());
        } else {
            words << vietnameseNumber(part.text.toLongLong(), dialect);
        }
    }
    return words.join(QLatin1Char(' '));
}

QString callSentence(const QString &label, int counter, const QString &language, NumberDialect dialect)
{
    // Not tr(): what the loudspeaker says is chosen per language by the caller, never by the UI's translator.
    if (language == QLatin1String("en") || language.startsWith(QLatin1String("en-"))
        || language.startsWith(QLatin1String("en_"))) {
        return QStringLiteral("Number %1, please go to counter %2")
            .arg(englishTicketLabel(label), englishNumber(counter));
    }
    if (language != QLatin1String("vi") && !language.startsWith(QLatin1String("vi-"))
        && !language.startsWith(QLatin1String("vi_"))) {
        qCWarning(lcSpeech) << "No call sentence for language" << language << "- using Vietnamese";
    }
    return QStringLiteral("Mời công dân có số %1 đến quầy số %2")
        .arg(spokenTicketLabel(label, dialect), vietnameseNumber(counter, dialect));
}

} // namespace qms
