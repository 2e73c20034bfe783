#pragma once

#include <QString>

namespace qms {

/**
 * The two standard ways of reading numbers. Northern (the broadcast standard):
 * "nghìn", "linh". Southern: "ngàn", "lẻ". Everything else is the same.
 */
enum class NumberDialect { Northern, Southern };

/**
 * `n` in words as a Vietnamese speaker reads it aloud: 21 "hai mươi mốt",
 * 24 "hai mươi tư", 105 "một trăm linh năm", 1023 "một nghìn không trăm hai
 * mươi ba". Any qint64 (negatives start with "âm"); groups of three digits use
 * nghìn/ngàn, triệu, tỷ. Pure: no locale, no translation catalogue.
 */
[[nodiscard]] QString vietnameseNumber(qint64 n, NumberDialect dialect = NumberDialect::Northern);

/** The Vietnamese name of a letter as spelled aloud ("B" → "bê", "Đ" → "đê"); other characters lower-cased. */
[[nodiscard]] QString vietnameseLetterName(QChar letter);

/**
 * A ticket label as it is called: "1023" → "một nghìn không trăm hai mươi ba",
 * "A007" → "a bảy", "B012" → "bê mười hai". Leading zeros are not read; a run of
 * more than 12 digits is read digit by digit.
 */
[[nodiscard]] QString spokenTicketLabel(const QString &label, NumberDialect dialect = NumberDialect::Northern);

/**
 * The sentence that calls a ticket to a counter, in `language` ("vi", or "en"
 * and its variants; anything else falls back to Vietnamese with a warning):
 * "Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số ba" /
 * "Number one thousand and twenty-three, please go to counter three".
 */
[[nodiscard]] QString callSentence(const QString &label, int counter, const QString &language,
                                   NumberDialect dialect = NumberDialect::Northern);

} // namespace qms
