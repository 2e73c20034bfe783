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
        // Hostile-input tests make the hub warn thousands of times; QT_LOGGING_RULES brings it back.
        QLoggingCategory::setFilterRules(QStringLiteral("qms.*.info=false\nqms.*.warning=false"));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
