#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "domain/center.h"
#include "domain/dossier.h"

namespace qms {

/** The dossiers a clerk is looking at, one row each, worded in the station's language. */
class DossierListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the counter")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        CodeRole = Qt::UserRole + 1,
        ApplicantRole,
        PhoneRole,
        ProcedureRole,
        StatusRole,
        StatusTextRole,
        ReceivedTextRole,
        DueTextRole,
        OverdueRole,
        FinalRole,
        PapersMissingRole,
        NoteRole,
    };

    explicit DossierListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Shows `dossiers`; `today` decides what is overdue. */
    void setDossiers(std::vector<Dossier> dossiers, const CenterConfig &center, const QString &language,
                     const QDate &today);
    [[nodiscard]] const std::vector<Dossier> &dossiers() const { return m_dossiers; }
    [[nodiscard]] const Dossier *find(const QString &code) const;
    /** The row of `code` as a map of its role names (empty when it is not listed). */
    [[nodiscard]] QVariantMap row(const QString &code) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString procedure, statusText, receivedText, dueText;
        bool overdue = false;
    };
    std::vector<Dossier> m_dossiers;
    std::vector<Row> m_rows;
};

} // namespace qms
