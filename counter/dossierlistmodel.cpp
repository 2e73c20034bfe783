#include "dossierlistmodel.h"

#include "text/displaytext.h"

namespace qms {

DossierListModel::DossierListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DossierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dossiers.size());
}

QVariant DossierListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_dossiers.size()))
        return {};
    const Dossier &d = m_dossiers[size_t(index.row())];
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case CodeRole:
        return d.code;
    case ApplicantRole:
        return d.applicantName;
    case PhoneRole:
        return d.applicantPhone;
    case ProcedureRole:
        return r.procedure;
    case StatusRole:
        return dossierStatusName(d.status);
    case StatusTextRole:
        return r.statusText;
    case ReceivedTextRole:
        return r.receivedText;
    case DueTextRole:
        return r.dueText;
    case OverdueRole:
        return r.overdue;
    case FinalRole:
        return isFinal(d.status);
    case PapersMissingRole:
        return d.papersMissing.join(QStringLiteral("; "));
    case NoteRole:
        return d.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> DossierListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {ApplicantRole, "applicant"},
            {PhoneRole, "phone"},
            {ProcedureRole, "procedure"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {ReceivedTextRole, "receivedText"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {FinalRole, "ended"},
            {PapersMissingRole, "papersMissing"},
            {NoteRole, "note"}};
}

void DossierListModel::setDossiers(std::vector<Dossier> dossiers, const CenterConfig &center, const QString &language,
                                   const QDate &today)
{
    const int before = int(m_dossiers.size());
    beginResetModel();
    m_dossiers = std::move(dossiers);
    m_rows.clear();
    for (const Dossier &d : m_dossiers) {
        Row r;
        const ServiceConfig *s = center.service(d.service);
        const Procedure *p = s ? s->procedure(d.procedure) : nullptr;
        r.procedure = p ? p->name.in(language) : (s ? s->name.in(language) : d.service);
        r.statusText = text::dossierStatusText(d.status);
        r.receivedText
            = text::centerTime(d.receivedAt, center.utcOffsetMinutes).toString(QStringLiteral("dd/MM HH:mm"));
        r.dueText = d.promisedDate != d.dueDate && d.promisedDate.isValid()
            ? tr("%1 (was %2)").arg(text::shortDate(d.promisedDate), text::shortDate(d.dueDate))
            : text::shortDate(d.dueDate);
        r.overdue = d.isOverdue(today);
        m_rows.push_back(r);
    }
    endResetModel();
    if (before != int(m_dossiers.size()))
        Q_EMIT countChanged();
}

QVariantMap DossierListModel::row(const QString &code) const
{
    QVariantMap out;
    for (size_t i = 0; i < m_dossiers.size(); ++i) {
        if (m_dossiers[i].code != code)
            continue;
        const QModelIndex at = index(int(i));
        const QHash<int, QByteArray> names = roleNames();
        for (auto it = names.begin(); it != names.end(); ++it)
            out.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    }
    return out;
}

const Dossier *DossierListModel::find(const QString &code) const
{
    for (const Dossier &d : m_dossiers)
        if (d.code == code)
            return &d;
    return nullptr;
}

} // namespace qms
