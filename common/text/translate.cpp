#include "text/translate.h"

#include <QCoreApplication>
#include <QTranslator>

namespace qms::text {

namespace {
thread_local const LanguageScope *t_scope = nullptr;
}

LanguageScope::LanguageScope(std::vector<const QTranslator *> catalogues)
    : m_catalogues(std::move(catalogues))
    , m_outer(t_scope)
{
    t_scope = this;
}

LanguageScope::~LanguageScope()
{
    t_scope = m_outer;
}

QString translate(const char *context, const char *source, const char *disambiguation, int n)
{
    if (!t_scope)
        return QCoreApplication::translate(context, source, disambiguation, n);
    for (const QTranslator *catalogue : t_scope->m_catalogues) {
        const QString text = catalogue->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    // Not translated: the source text, with %n filled in as QCoreApplication does.
    QString text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace qms::text
