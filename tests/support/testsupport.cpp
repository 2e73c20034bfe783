#include "support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include "config/centerconfigloader.h"

namespace qms::test {

Timestamp at(const char *localDateTime)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(localDateTime), QStringLiteral("yyyy-MM-dd HH:mm"));
    REQUIRE(dt.isValid());
    dt.setTimeZone(QTimeZone(7 * 3600));
    return dt.toMSecsSinceEpoch();
}

QByteArray smallCenterJson(const char *calling)
{
    return QByteArray(R"({
  "id": "test-center",
  "name": {"vi": "Trung tâm thử nghiệm", "en": "Test center"},
  "agency_code": "000.00.12.H57",
  "hours": {"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]},
  "calling": )")
        + calling + R"(,
  "priority_groups": [
    {"id": "elderly", "name": {"vi": "Người cao tuổi", "en": "Elderly"}},
    {"id": "disabled", "name": {"vi": "Người khuyết tật", "en": "People with disabilities"}}
  ],
  "services": [
    {"id": "land", "name": {"vi": "Đất đai", "en": "Land"}, "block": [1001, 1999], "service_minutes": 10,
     "results_at": {"vi": "Quầy số 1", "en": "Counter 1"},
     "procedures": [
       {"id": "land-first", "name": {"vi": "Cấp GCN lần đầu", "en": "First land certificate"}, "days": 10,
        "fee": 100000, "papers": [{"vi": "Đơn đăng ký", "en": "Application form"}, {"vi": "Bản vẽ thửa đất"}]},
       {"id": "land-copy", "name": {"vi": "Trích lục bản đồ", "en": "Map extract"}, "days": 0}
     ]},
    {"id": "justice", "name": {"vi": "Tư pháp – Hộ tịch", "en": "Justice – Civil status"}, "block": [2001, 2999],
     "priority_weight": 2.0, "service_minutes": 6},
    {"id": "result", "name": {"vi": "Trả kết quả", "en": "Result collection"}, "prefix": "R", "width": 3, "daily_cap": 5}
  ],
  "counters": [
    {"number": 1, "services": ["land"]},
    {"number": 2, "services": ["land", "justice"]},
    {"number": 3, "services": ["justice", "result"]}
  ]
})";
}

CenterConfig smallCenter(const char *calling)
{
    auto config = calling ? CenterConfigLoader::fromJson(smallCenterJson(calling))
                          : CenterConfigLoader::fromJson(smallCenterJson());
    return require(config);
}

TempDir::TempDir()
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/qms-test-XXXXXX"));
    dir.setAutoRemove(false);
    REQUIRE(dir.isValid());
    m_path = dir.path();
}

TempDir::~TempDir()
{
    QDir(m_path).removeRecursively();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(QMS_SOURCE_DIR "/") + relative;
}

} // namespace qms::test
