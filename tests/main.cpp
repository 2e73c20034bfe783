// The one test main: Qt needs its application object before any test runs.
// A QGuiApplication (offscreen unless told otherwise) so rendering tests can draw.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qms.*.info=false"));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
