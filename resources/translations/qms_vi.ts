<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MessageOverlay</name>
    <message>
        <source>OK</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Not connected to the system. Trying again…</source>
        <translation>Mất kết nối với hệ thống. Đang thử kết nối lại…</translation>
    </message>
</context>
<context>
    <name>qms</name>
    <message>
        <source>You may not be served today</source>
        <translation>Có thể không kịp phục vụ trong hôm nay</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>Chưa có ước tính</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Sắp đến lượt Ông/Bà</translation>
    </message>
    <message>
        <source>Nobody ahead of you</source>
        <translation>Không có ai chờ trước Ông/Bà</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n người chờ trước Ông/Bà</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Hôm nay không làm việc</translation>
    </message>
    <message numerus="yes">
        <source>Counter(s) %1</source>
        <translation>
            <numerusform>Quầy %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, lúc %2</translation>
    </message>
    <message numerus="yes">
        <source>More than %n hour(s)</source>
        <translation>
            <numerusform>Hơn %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1&#xa0;minutes</source>
        <translation>Dưới %1&#xa0;phút</translation>
    </message>
    <message>
        <source>About %1⁠–⁠%2&#xa0;minutes</source>
        <translation>Khoảng %1⁠–⁠%2&#xa0;phút</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Papers are missing</source>
        <translation>Cần bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>Đã có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Nghỉ giải lao</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <source>Processing dossiers</source>
        <translation>Đang xử lý hồ sơ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>called</source>
        <translation>đã gọi</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>đang phục vụ</translation>
    </message>
    <message>
        <source>served</source>
        <translation>đã phục vụ</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>dưới 1 phút</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>Not connected to the system. Nothing was sent; try again when the connection is back.</source>
        <translation>Mất kết nối với hệ thống, yêu cầu chưa được gửi. Vui lòng thử lại khi có kết nối.</translation>
    </message>
    <message>
        <source>The system did not answer in time. It may or may not have been done: check before trying again.</source>
        <translation>Hệ thống không phản hồi kịp. Thao tác có thể đã hoặc chưa được thực hiện: hãy kiểm tra trước khi làm lại.</translation>
    </message>
    <message>
        <source>The system could not save this, so nothing was changed. Please tell the technician.</source>
        <translation>Hệ thống không lưu được nên chưa có gì thay đổi. Vui lòng báo cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <source>This service is not taking tickets at this time.</source>
        <translation>Lĩnh vực này hiện chưa cấp số.</translation>
    </message>
    <message>
        <source>This service has given out all its numbers for today.</source>
        <translation>Lĩnh vực này đã hết số thứ tự trong ngày hôm nay.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <source>Wrong username or PIN.</source>
        <translation>Sai tên đăng nhập hoặc mã PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Vui lòng thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>Vui lòng đăng nhập trước.</translation>
    </message>
    <message>
        <source>This station may not do that.</source>
        <translation>Máy này không được phép thực hiện thao tác đó.</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>Quầy chưa mở.</translation>
    </message>
    <message>
        <source>Finish the ticket being served first.</source>
        <translation>Hãy hoàn thành lượt đang phục vụ trước.</translation>
    </message>
    <message>
        <source>That ticket is at another counter.</source>
        <translation>Số này đang ở quầy khác.</translation>
    </message>
    <message>
        <source>That ticket has moved on in the meantime; the screen now shows where it is.</source>
        <translation>Số này vừa thay đổi trạng thái; màn hình đã cập nhật vị trí hiện tại của số.</translation>
    </message>
    <message>
        <source>Called as many times as allowed: mark it as not present, or put it back in the queue.</source>
        <translation>Đã gọi đủ số lần cho phép: hãy đánh dấu vắng mặt hoặc đưa số trở lại hàng chờ.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <source>The system is busy; try again in a few seconds.</source>
        <translation>Hệ thống đang bận; vui lòng thử lại sau vài giây.</translation>
    </message>
    <message>
        <source>This could not be done (%1).</source>
        <translation>Không thực hiện được (%1).</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Máy in hết giấy.</translation>
    </message>
    <message>
        <source>The printer needs attention (paper jam or cover open).</source>
        <translation>Máy in cần được xử lý (kẹt giấy hoặc mở nắp).</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>Máy in đang tắt hoặc mất kết nối.</translation>
    </message>
    <message>
        <source>The printer&apos;s queue is stopped.</source>
        <translation>Hàng đợi in đang bị dừng.</translation>
    </message>
    <message>
        <source>The printer is not set up on this computer.</source>
        <translation>Máy in chưa được cài đặt trên máy tính này.</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>Máy in không phản hồi.</translation>
    </message>
</context>
</TS>
