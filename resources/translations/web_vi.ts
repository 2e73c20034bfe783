<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>web</name>
    <message>
        <source>counter %1</source>
        <translation>quầy %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Please go to %1 now</source>
        <translation>Mời Ông/Bà đến %1 ngay</translation>
    </message>
    <message>
        <source>Being served at %1</source>
        <translation>Đang được phục vụ tại %1</translation>
    </message>
    <message>
        <source>Served. Thank you!</source>
        <translation>Đã phục vụ xong. Cảm ơn Ông/Bà!</translation>
    </message>
    <message>
        <source>You were called but did not come</source>
        <translation>Ông/Bà đã được gọi nhưng không có mặt</translation>
    </message>
    <message>
        <source>This ticket was cancelled</source>
        <translation>Số thứ tự này đã bị hủy</translation>
    </message>
    <message>
        <source>This ticket is no longer valid</source>
        <translation>Số thứ tự này không còn hiệu lực</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>This ticket or page does not exist, or it was valid only on an earlier day. Ticket pages work on the day the ticket was taken. If you need help, please ask at the reception counter.</source>
        <translation>Số thứ tự hoặc trang này không tồn tại, hoặc chỉ có giá trị trong một ngày trước đây. Trang theo dõi số chỉ dùng được trong ngày lấy số. Nếu cần giúp đỡ, mời Ông/Bà hỏi tại quầy hướng dẫn.</translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation>Thời gian chờ dự kiến: %1</translation>
    </message>
    <message>
        <source>Your number %1 is being called. Please show your ticket at the counter.</source>
        <translation>Số %1 của Ông/Bà đang được gọi. Vui lòng xuất trình phiếu tại quầy.</translation>
    </message>
    <message>
        <source>How was it? Your answer helps the center serve better.</source>
        <translation>Ông/Bà có hài lòng không? Ý kiến của Ông/Bà giúp Trung tâm phục vụ tốt hơn.</translation>
    </message>
    <message>
        <source>Please ask at the reception counter.</source>
        <translation>Vui lòng hỏi tại quầy hướng dẫn.</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Rate the service</source>
        <translation>Đánh giá dịch vụ</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Số của Ông/Bà</translation>
    </message>
    <message>
        <source>This page follows your turn by itself; keep it open. Please also watch the screens in the hall.</source>
        <translation>Trang này tự cập nhật lượt của Ông/Bà; hãy giữ trang mở. Xin cũng chú ý màn hình trong sảnh.</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Dossier not found</source>
        <translation>Không tìm thấy hồ sơ</translation>
    </message>
    <message>
        <source>No dossier with the code %1 is known here. Please check the code on your receipt, or ask at the reception counter.</source>
        <translation>Không có hồ sơ nào mang mã %1 tại đây. Vui lòng kiểm tra lại mã trên giấy tiếp nhận, hoặc hỏi tại quầy hướng dẫn.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Ngày nhận kết quả</translation>
    </message>
    <message>
        <source>Results due on</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Where to collect</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Vui lòng mang theo</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Thank you for your answer!</source>
        <translation>Cảm ơn Ông/Bà đã đánh giá!</translation>
    </message>
    <message>
        <source>This visit has been rated already.</source>
        <translation>Lượt phục vụ này đã được đánh giá.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa thể đánh giá</translation>
    </message>
    <message>
        <source>You can rate the service once you have been served.</source>
        <translation>Ông/Bà có thể đánh giá sau khi đã được phục vụ.</translation>
    </message>
    <message>
        <source>Please choose an answer</source>
        <translation>Vui lòng chọn một mức đánh giá</translation>
    </message>
    <message>
        <source>Touch one of the three answers.</source>
        <translation>Chạm vào một trong ba mức đánh giá.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation>Đánh giá của Ông/Bà đã được ghi nhận.</translation>
    </message>
    <message>
        <source>How satisfied are you with the service?</source>
        <translation>Ông/Bà có hài lòng với việc giải quyết thủ tục hành chính không?</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <source>A comment (optional), then touch your answer</source>
        <translation>Góp ý (không bắt buộc), rồi chạm vào mức đánh giá</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Scan the QR code on your ticket to follow your turn.</source>
        <translation>Quét mã QR trên phiếu để theo dõi lượt của Ông/Bà.</translation>
    </message>
</context>
</TS>
