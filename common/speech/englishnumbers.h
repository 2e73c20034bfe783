#pragma once

#include <QString>

namespace qms {

/**
 * `n` in English words, British style as announcements say it: 1023 "one
 * thousand and twenty-three", 1100 "one thousand one hundred", 21
 * "twenty-one". Any qint64 (negatives start with "minus").
 */
[[nodiscard]] QString englishNumber(qint64 n);

/**
 * A ticket label for the English announcement: "1023" → "one thousand and
 * twenty-three", "A007" → "A-seven". The letters stay capitals joined to the
 * number by a dash: eSpeak then says the letter's name ("A" alone would be read
 * as the article). Vietnamese letters lose their marks ("Đ" → "D").
 */
[[nodiscard]] QString englishTicketLabel(const QString &label);

} // namespace qms
