#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace qms {

/**
 * The language the screens speak, Vietnamese first and English second. Installs
 * the shared catalogue (qms_<lang>.qm: words every app uses) and the app's own
 * (<app>_<lang>.qm), so one switch re-words every screen of the process.
 * The QML engine follows `languageChanged` with retranslate().
 */
class Translations : public QObject
{
    Q_OBJECT
public:
    /** `app`: the app's catalogue name ("kiosk", "counter", "display"). */
    explicit Translations(QString app, QObject *parent = nullptr);
    ~Translations() override;

    /** "vi" or "en". */
    [[nodiscard]] const QString &language() const { return m_language; }
    /** Installs the catalogues for `language`; anything but "en" is Vietnamese. */
    void setLanguage(const QString &language);

    /** "en" for English, "vi" for everything else. */
    [[nodiscard]] static QString normalized(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> load(const QString &catalogue, const QString &language);

    QString m_app;
    QString m_language;
    std::unique_ptr<QTranslator> m_shared;
    std::unique_ptr<QTranslator> m_own;
};

} // namespace qms
