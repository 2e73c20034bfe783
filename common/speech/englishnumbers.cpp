#include "speech/englishnumbers.h"

#include <QStringList>

#include <array>

#include "speech/ticketlabel.h"

namespace qms {

namespace {

QString belowHundred(int n)
{
    static const std::array<const char *, 20> ones{
        "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
        "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };
    static const std::array<const char *, 10> tens{
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };
    if (n < 20)
        return QLatin1String(ones.at(static_cast<std::size_t>(n)));
    QString words = QLatin1String(tens.at(static_cast<std::size_t>(n / 10)));
    if (n % 10 != 0)
        words += QLatin1Char('-') + QLatin1String(ones.at(static_cast<std::size_t>(n % 10)));
    return words;
}

/** 1..999; "and" joins the hundreds to the rest, as British English says it. */
QString belowThousand(int n)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    QString words;
    if (hundreds > 0)
        words = belowHundred(hundreds) + QStringLiteral(" hundred");
    if (rest > 0)
        words += (hundreds > 0 ? QStringLiteral(" and ") : QString()) + belowHundred(rest);
    return words;
}

} // namespace

QString englishNumber(qint64 n)
{
    if (n == 0)
        return QStringLiteral("zero");
    static const std::array<const char *, 7> scales{
        "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
    };
    // Through unsigned so that the lowest qint64 has a magnitude too.
    quint64 magnitude = n < 0 ? 0 - static_cast<quint64>(n) : static_cast<quint64>(n);
    std::array<int, 7> groups{};
    for (int &group : groups) {
        group = static_cast<int>(magnitude % 1000);
        magnitude /= 1000;
    }
    QStringList words;
    if (n < 0)
        words << QStringLiteral("minus");
    bool higher = false;
    for (int i = static_cast<int>(groups.size()) - 1; i >= 0; --i) {
        const int group = groups.at(static_cast<std::size_t>(i));
        if (group == 0)
            continue;
        // "one thousand and five": a last group below a hundred is joined with "and".
        if (i == 0 && higher && group < 100)
            words << QStringLiteral("and");
        words << belowThousand(group);
        if (i > 0)
            words << QLatin1String(scales.at(static_cast<std::size_t>(i)));
        higher = true;
    }
    return words.join(QLatin1Char(' '));
}

QString englishTicketLabel(const QString &label)
{
    QString spoken;
    bool afterLetter = false;
    for (const TicketLabelPart &part : splitTicketLabel(label)) {
        if (part.digits) {
            if (!spoken.isEmpty())
                spoken += afterLetter ? QStringLiteral("-") : QStringLiteral(" ");
            if (part.text.size() > 12) {
                // A code, not a ticket number: read digit by digit, as in Vietnamese.
                QStringList digits;
                for (const QChar d : part.text)
                    digits << belowHundred(d.digitValue());
                spoken += digits.join(QLatin1Char(' '));
            } else {
                spoken += englishNumber(part.text.toLongLong());
            }
            afterLetter = false;
        } else {
            if (!spoken.isEmpty() && !afterLetter)
                spoken += QLatin1Char(' ');
            // The base letter: decomposition puts it first ("Ă" → "A" + breve); "Đ" has none and is mapped by hand.
            QChar letter = part.text.front().toUpper();
            if (letter == u'Đ')
                letter = u'D';
            else if (!letter.decomposition().isEmpty())
                letter = letter.decomposition().front();
            spoken += letter;
            afterLetter = true;
        }
    }
    return spoken;
}

} // namespace qms
