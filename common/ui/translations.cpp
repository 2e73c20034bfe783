#include "ui/translations.h"

#include <QCoreApplication>

#include "ui/logging.h"

namespace qms {

Translations::Translations(QString app, QObject *parent)
    : QObject(parent)
    , m_app(std::move(app))
{ }

Translations::~Translations()
{
    for (const auto *t : {m_shared.get(), m_own.get()})
        if (t)
            QCoreApplication::removeTranslator(const_cast<QTranslator *>(t));
}

QString Translations::normalized(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
}

std::unique_ptr<QTranslator> Translations::load(const QString &catalogue, const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, language))) {
        qCWarning(lcUi) << "no translation" << catalogue << language;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

void Translations::setLanguage(const QString &requested)
{
    const QString language = normalized(requested);
    if (language == m_language)
        return;
    for (auto *t : {&m_shared, &m_own}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    // The app's own catalogue last: installed last, it is asked first.
    m_shared = load(QStringLiteral("qms"), language);
    m_own = load(m_app, language);
    m_language = language;
    Q_EMIT languageChanged(m_language);
}

} // namespace qms
