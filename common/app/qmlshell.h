#pragma once

#include <QObject>
#include <QQmlApplicationEngine>
#include <QStringList>
#include <QVariantMap>

class QQuickWindow;

namespace qms {

class Translations;

/**
 * The QML side every app shares: the Basic style and the bundled font, our
 * modules' import path, QML warnings collected (a self-test fails on any),
 * a window that cannot be created turned into an exit code, and every text
 * re-worded when the language changes.
 */
class QmlShell : public QObject
{
    Q_OBJECT
public:
    /** Sets the style and the font: create it before any QML is loaded. */
    explicit QmlShell(Translations &translations, QObject *parent = nullptr);
    ~QmlShell() override;

    [[nodiscard]] QQmlApplicationEngine &engine() { return m_engine; }

    /**
     * Loads qrc:/qt/qml/<modulePath>/<file> ("Qms/Kiosk", "Main.qml") with its
     * required properties set; false when it could not be created (the errors are logged).
     */
    bool load(const QString &modulePath, const QVariantMap &initialProperties,
              const QString &file = QStringLiteral("Main.qml"));
    /** The loaded window (null before load()). */
    [[nodiscard]] QQuickWindow *window() const;
    /** Every QML warning and error seen so far. */
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    /**
     * For --self-test: lets the screens run for `ms`, then exits the event loop
     * with 0 when QML reported nothing, else 1 (and prints what it reported).
     */
    void finishSelfTestAfter(int ms = 1000);

private:
    QQmlApplicationEngine m_engine;
    QStringList m_warnings;
};

} // namespace qms
