#include "app/qmlshell.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

#include "app/logging.h"
#include "fonts/fonts.h"
#include "ui/translations.h"

namespace qms {

QmlShell::QmlShell(Translations &translations, QObject *parent)
    : QObject(parent)
{
    // Our screens draw their own controls; "Basic" keeps Qt Quick Controls from following the desktop.
    static const bool styled = [] {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        return true;
    }();
    Q_UNUSED(styled);
    QGuiApplication::setFont(QFont(registerBundledFonts()));
    connect(&m_engine, &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings) {
            m_warnings << w.toString();
            qCWarning(lcApp).noquote() << "QML:" << w.toString();
        }
    });
    connect(&translations, &Translations::languageChanged, &m_engine, &QQmlEngine::retranslate);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

QmlShell::~QmlShell() = default;

bool QmlShell::load(const QString &modulePath, const QVariantMap &initialProperties, const QString &file)
{
    m_engine.setInitialProperties(initialProperties);
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/%1/%2").arg(modulePath, file)));
    if (m_engine.rootObjects().isEmpty()) {
        qCCritical(lcApp).noquote() << "the screens could not be created:" << m_warnings.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

QQuickWindow *QmlShell::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

void QmlShell::finishSelfTestAfter(int ms)
{
    QTimer::singleShot(ms, this, [this] {
        for (const QString &w : std::as_const(m_warnings))
            std::fprintf(stderr, "%s\n", qPrintable(w));
        std::fprintf(stderr, "self-test: %s\n", m_warnings.isEmpty() ? "ok" : "QML errors");
        QCoreApplication::exit(m_warnings.isEmpty() ? 0 : 1);
    });
}

} // namespace qms
