<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>report</name>
    <message>
        <source>Issued</source>
        <translation>Số phiếu cấp</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Đã phục vụ</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Served within target (%)</source>
        <translation>Được gọi trong thời gian chuẩn (%)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>%1, mean (min)</source>
        <translation>%1, trung bình (phút)</translation>
    </message>
    <message>
        <source>%1, median (min)</source>
        <translation>%1, trung vị (phút)</translation>
    </message>
    <message>
        <source>%1, 90th percentile (min)</source>
        <translation>%1, phân vị 90 (phút)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Số phiếu cấp</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Số lượt đánh giá</translation>
    </message>
    <message>
        <source>Very satisfied (%)</source>
        <translation>Rất hài lòng (%)</translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation>Hài lòng (%)</translation>
    </message>
    <message>
        <source>Not satisfied (%)</source>
        <translation>Chưa hài lòng (%)</translation>
    </message>
    <message>
        <source>Satisfied in all (%)</source>
        <translation>Tỷ lệ hài lòng (%)</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Returned on time</source>
        <translation>Trả đúng hạn</translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation>Trả quá hạn</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Tỷ lệ đúng hạn (%)</translation>
    </message>
    <message>
        <source>Wait, mean (min)</source>
        <translation>Chờ, trung bình (phút)</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation>Chờ, trung vị (phút)</translation>
    </message>
    <message>
        <source>Wait, 90% (min)</source>
        <translation>Chờ, 90% (phút)</translation>
    </message>
    <message>
        <source>Service, mean (min)</source>
        <translation>Phục vụ, trung bình (phút)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Đạt chuẩn</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Báo cáo kết quả phục vụ</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence – Freedom – Happiness</source>
        <translation>Độc lập – Tự do – Hạnh phúc</translation>
    </message>
    <message>
        <source>SERVICE REPORT</source>
        <translation>BÁO CÁO KẾT QUẢ PHỤC VỤ TỔ CHỨC, CÔNG DÂN</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Lượt đã phục vụ</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Được gọi trong thời gian chuẩn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Dossiers on time</source>
        <translation>Hồ sơ trả đúng hạn</translation>
    </message>
    <message>
        <source>1. By service</source>
        <translation>1. Theo lĩnh vực</translation>
    </message>
    <message>
        <source>Wait: from the ticket to the first call. Within target: served citizens called within the service&apos;s target wait.</source>
        <translation>Thời gian chờ: từ lúc lấy số đến lần gọi đầu tiên. Đạt chuẩn: tỷ lệ công dân đã phục vụ được gọi trong thời gian chờ chuẩn của lĩnh vực.</translation>
    </message>
    <message>
        <source>2. Tickets issued by hour</source>
        <translation>2. Số phiếu cấp theo giờ</translation>
    </message>
    <message>
        <source>No ticket was issued.</source>
        <translation>Không có phiếu nào được cấp.</translation>
    </message>
    <message>
        <source>3. Satisfaction</source>
        <translation>3. Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n lượt đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen answered the question.</source>
        <translation>Chưa có lượt đánh giá nào.</translation>
    </message>
    <message>
        <source>4. Dossiers</source>
        <translation>4. Hồ sơ</translation>
    </message>
    <message>
        <source>5. By counter</source>
        <translation>5. Theo quầy</translation>
    </message>
    <message>
        <source>6. By clerk</source>
        <translation>6. Theo cán bộ</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>DIRECTOR</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>Made on %1/%2/%3</source>
        <translation>Ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>Walk to the counter</source>
        <translation>Thời gian đến quầy</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Thời gian phục vụ</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tổng thời gian</translation>
    </message>
</context>
</TS>
