#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace qms {

/** One paragraph of a slip's body: a numbered item, a bullet under it, a note. */
struct SlipParagraph
{
    QString text;
    int indent = 0; ///< 0: flush with the margin; 1: a bullet under an item
    bool bold = false;
};

/**
 * What goes on an A5 dossier slip (the receipt with the return date, the request
 * for more papers, the apology with a new date), already worded: the layout of
 * the administrative forms, with the wording decided elsewhere.
 */
struct SlipPrint
{
    QString office;    ///< top left, capitals: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG …"
    QString reference; ///< under it: "Mã hồ sơ: 000.00.12.H57-261126-0001"
    QString nation;    ///< top right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;     ///< "Độc lập – Tự do – Hạnh phúc", underlined
    QString dateLine;  ///< "Ngày 26 tháng 11 năm 2026"
    QString title;     ///< "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ"
    std::vector<SlipParagraph> body;
    QString leftSignature;  ///< "NGƯỜI NỘP HỒ SƠ"; empty: one signature only
    QString rightSignature; ///< "NGƯỜI TIẾP NHẬN HỒ SƠ"
    QString signatureHint;  ///< "(Ký và ghi rõ họ tên)"
    QString rightSigner;    ///< the clerk's name, under the space to sign
    QString qrText;         ///< the code, or the phone page's link to it
    QString qrCaption;
};

/**
 * The slip as a PDF on A5 paper (148 × 210 mm, portrait): vector text in the
 * bundled Noto Sans, so diacritics print on any office printer, and the QR code
 * at 0.5 mm a module. A body too long for one page flows onto the next.
 * Needs a QGuiApplication.
 */
[[nodiscard]] QByteArray renderSlipPdf(const SlipPrint &slip);

} // namespace qms
