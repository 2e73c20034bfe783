#include "domain/dossier.h"

#include "domain/time.h"
#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<DossierStatus>, 7> statusNames{{
    {DossierStatus::Received, "received"},
    {DossierStatus::Processing, "processing"},
    {DossierStatus::SupplementRequested, "supplement_requested"},
    {DossierStatus::Ready, "ready"},
    {DossierStatus::Returned, "returned"},
    {DossierStatus::Refused, "refused"},
    {DossierStatus::Withdrawn, "withdrawn"},
}};

constexpr std::array<EnumName<RatingValue>, 3> ratingNames{{
    {RatingValue::VerySatisfied, "very_satisfied"},
    {RatingValue::Satisfied, "satisfied"},
    {RatingValue::Unsatisfied, "unsatisfied"},
}};
} // namespace

QString dossierStatusName(DossierStatus s)
{
    return nameIn(statusNames, s);
}

std::optional<DossierStatus> dossierStatusFromName(const QString &name)
{
    return valueIn(statusNames, name);
}

QString ratingValueName(RatingValue v)
{
    return nameIn(ratingNames, v);
}

std::optional<RatingValue> ratingValueFromName(const QString &name)
{
    return valueIn(ratingNames, name);
}

bool Dossier::returnedOnTime(int utcOffsetMinutes) const
{
    return status == DossierStatus::Returned && closedAt > 0
        && LocalTime::at(closedAt, utcOffsetMinutes).date <= dueDate;
}

QString maskedName(const QString &fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QStringList out{words.first()};
    for (qsizetype i = 1; i < words.size(); ++i)
        out << words[i].left(1) + QLatin1Char('.');
    return out.join(QLatin1Char(' '));
}

} // namespace qms
