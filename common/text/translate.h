#pragma once

#include <QString>

#include <vector>

class QTranslator;

namespace qms::text {

/**
 * QCoreApplication::translate, unless a LanguageScope is open on this thread:
 * then its catalogues are asked first. lupdate reads calls to it as it reads
 * QCoreApplication::translate (context, source, disambiguation, n).
 */
[[nodiscard]] QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                                int n = -1);

/**
 * While it lives, text::translate on this thread answers from these catalogues
 * (the first that has a text wins; none: the source text, which is English).
 * For the hub's web pages, which speak each request's language while the
 * process's installed translators speak the kiosk screen's. Scopes nest.
 */
class LanguageScope
{
public:
    explicit LanguageScope(std::vector<const QTranslator *> catalogues);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    std::vector<const QTranslator *> m_catalogues;
    const LanguageScope *m_outer;
    friend QString translate(const char *, const char *, const char *, int);
};

} // namespace qms::text
