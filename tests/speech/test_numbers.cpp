#include <utility>
#include <vector>

#include "speech/englishnumbers.h"
#include "speech/vietnamesenumbers.h"
#include "support/testsupport.h"

using namespace qms;

// Expected readings follow how Vietnamese speakers read numbers (mốt after tens ≥ 2, lăm after
// any tens digit, tư after tens ≥ 2, linh/lẻ for a zero tens digit, "không trăm" inside thousands).

TEST_CASE("Vietnamese numbers read as spoken in the North", "[speech]")
{
    const std::vector<std::pair<qint64, const char *>> cases{
        {0, "không"},
        {1, "một"},
        {4, "bốn"},
        {5, "năm"},
        {10, "mười"},
        {11, "mười một"},
        {14, "mười bốn"},
        {15, "mười lăm"},
        {20, "hai mươi"},
        {21, "hai mươi mốt"},
        {24, "hai mươi tư"},
        {25, "hai mươi lăm"},
        {30, "ba mươi"},
        {31, "ba mươi mốt"},
        {55, "năm mươi lăm"},
        {101, "một trăm linh một"},
        {104, "một trăm linh bốn"},
        {105, "một trăm linh năm"},
        {110, "một trăm mười"},
        {111, "một trăm mười một"},
        {115, "một trăm mười lăm"},
        {121, "một trăm hai mươi mốt"},
        {200, "hai trăm"},
        {1000, "một nghìn"},
        {1001, "một nghìn không trăm linh một"},
        {1005, "một nghìn không trăm linh năm"},
        {1010, "một nghìn không trăm mười"},
        {1014, "một nghìn không trăm mười bốn"},
        {1015, "một nghìn không trăm mười lăm"},
        {1020, "một nghìn không trăm hai mươi"},
        {1023, "một nghìn không trăm hai mươi ba"},
        {1100, "một nghìn một trăm"},
        {1234, "một nghìn hai trăm ba mươi tư"},
        {2000, "hai nghìn"},
        {2024, "hai nghìn không trăm hai mươi tư"},
        {9999, "chín nghìn chín trăm chín mươi chín"},
        {10000, "mười nghìn"},
        {10005, "mười nghìn không trăm linh năm"},
        {105000, "một trăm linh năm nghìn"},
        {1000000, "một triệu"},
        {1000005, "một triệu không trăm linh năm"},
        {2015021, "hai triệu không trăm mười lăm nghìn không trăm hai mươi mốt"},
        {999999999, "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
        {1000000000, "một tỷ"},
        {-7, "âm bảy"},
    };
    for (const auto &[n, words] : cases) {
        INFO(n);
        CHECK(vietnameseNumber(n) == QString::fromUtf8(words));
    }
}

TEST_CASE("Vietnamese numbers read as spoken in the South use ngàn and lẻ", "[speech]")
{
    const std::vector<std::pair<qint64, const char *>> cases{
        {5, "năm"},
        {24, "hai mươi tư"},
        {101, "một trăm lẻ một"},
        {1000, "một ngàn"},
        {1005, "một ngàn không trăm lẻ năm"},
        {1023, "một ngàn không trăm hai mươi ba"},
        {2000, "hai ngàn"},
    };
    for (const auto &[n, words] : cases) {
        INFO(n);
        CHECK(vietnameseNumber(n, NumberDialect::Southern) == QString::fromUtf8(words));
    }
}

TEST_CASE("Ticket labels are said as letter names and numbers", "[speech]")
{
    CHECK(spokenTicketLabel(QStringLiteral("1023")) == QStringLiteral("một nghìn không trăm hai mươi ba"));
    CHECK(spokenTicketLabel(QStringLiteral("A007")) == QStringLiteral("a bảy"));
    CHECK(spokenTicketLabel(QStringLiteral("B012")) == QStringLiteral("bê mười hai"));
    CHECK(spokenTicketLabel(QStringLiteral("C000")) == QStringLiteral("xê không"));
    CHECK(spokenTicketLabel(QStringLiteral("Đ105")) == QStringLiteral("đê một trăm linh năm"));
    CHECK(spokenTicketLabel(QStringLiteral("r-21")) == QStringLiteral("e-rờ hai mươi mốt"));
    CHECK(spokenTicketLabel(QStringLiteral("1023"), NumberDialect::Southern)
          == QStringLiteral("một ngàn không trăm hai mươi ba"));
    CHECK(spokenTicketLabel(QString()).isEmpty());
}

TEST_CASE("English numbers read with and after hundreds and thousands", "[speech]")
{
    const std::vector<std::pair<qint64, const char *>> cases{
        {0, "zero"},
        {3, "three"},
        {15, "fifteen"},
        {21, "twenty-one"},
        {100, "one hundred"},
        {115, "one hundred and fifteen"},
        {1000, "one thousand"},
        {1005, "one thousand and five"},
        {1023, "one thousand and twenty-three"},
        {1100, "one thousand one hundred"},
        {2000, "two thousand"},
        {123456, "one hundred and twenty-three thousand four hundred and fifty-six"},
        {1000005, "one million and five"},
        {-40, "minus forty"},
    };
    for (const auto &[n, words] : cases) {
        INFO(n);
        CHECK(englishNumber(n) == QString::fromUtf8(words));
    }
    CHECK(englishTicketLabel(QStringLiteral("A007")) == QStringLiteral("A-seven"));
    CHECK(englishTicketLabel(QStringLiteral("Đ12")) == QStringLiteral("D-twelve"));
}

TEST_CASE("The call sentence in Vietnamese and English", "[speech]")
{
    CHECK(callSentence(QStringLiteral("1023"), 3, QStringLiteral("vi"))
          == QStringLiteral("Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số ba"));
    CHECK(callSentence(QStringLiteral("1023"), 3, QStringLiteral("en"))
          == QStringLiteral("Number one thousand and twenty-three, please go to counter three"));
    CHECK(callSentence(QStringLiteral("A007"), 12, QStringLiteral("vi"))
          == QStringLiteral("Mời công dân có số a bảy đến quầy số mười hai"));
    CHECK(callSentence(QStringLiteral("B012"), 2, QStringLiteral("en"))
          == QStringLiteral("Number B-twelve, please go to counter two"));
    CHECK(callSentence(QStringLiteral("1005"), 25, QStringLiteral("vi"), NumberDialect::Southern)
          == QStringLiteral("Mời công dân có số một ngàn không trăm lẻ năm đến quầy số hai mươi lăm"));
}
