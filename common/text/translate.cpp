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
    QString text;
    for (const QTranslator *catalogue : t_scope->m_catalogues) {
        text = catalogue->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty()) // not translated: the source text, which is English
        text = QString::fromUtf8(source);
    // %n filled in, as QCoreApplication::translate does (a QTranslator leaves it).
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace qms::text
