#include "fonts/fonts.h"

#include <QFontDatabase>
#include <QStringList>

// Outside any namespace, as Q_INIT_RESOURCE requires; a static library's
// resources are only linked in when something refers to them.
static void initBundledFontResources()
{
    Q_INIT_RESOURCE(qmsfonts);
}

namespace qms {

QString registerBundledFonts()
{
    static const QString family = [] {
        initBundledFontResources();
        QString name;
        for (const char *file : {":/qms/fonts/NotoSans-Regular.ttf", ":/qms/fonts/NotoSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QStringLiteral("Noto Sans") : name;
    }();
    return family;
}

} // namespace qms
