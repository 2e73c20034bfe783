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
        <translation>Chuyển quầy/lĩnh vực</translation>
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
        <source>Wait</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Thời gian đến quầy</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Thời gian phục vụ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng thời gian</translation>
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
</context>
</TS>