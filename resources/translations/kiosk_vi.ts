<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConfirmPriority</name>
    <message>
        <source>Priority ticket</source>
        <translation>Lấy số ưu tiên</translation>
    </message>
    <message>
        <source>Staff may ask to see a document that shows it.</source>
        <translation>Cán bộ có thể đề nghị xuất trình giấy tờ chứng minh.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>A priority ticket for %1, as: %2.</source>
        <translation>Lấy số ưu tiên cho lĩnh vực %1, đối tượng: %2.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Looking up…</source>
        <translation>Đang tra cứu…</translation>
    </message>
    <message>
        <source>Look up a dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Type the dossier code printed on your receipt, or scan its barcode.</source>
        <translation>Nhập mã hồ sơ in trên giấy tiếp nhận, hoặc quét mã vạch.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Large text</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Priority ticket: %1. Now choose a service.</source>
        <translation>Lấy số ưu tiên: %1. Mời Ông/Bà chọn lĩnh vực.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Please choose a service</source>
        <translation>Mời Ông/Bà chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Look up a dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Where your papers are, and when to collect them</source>
        <translation>Hồ sơ đang ở đâu, khi nào nhận kết quả</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Queue ticket kiosk</source>
        <translation>Kiosk lấy số thứ tự</translation>
    </message>
    <message>
        <source>Not connected to the system — tickets cannot be issued right now. Please ask a staff member.</source>
        <translation>Mất kết nối với hệ thống — tạm thời chưa cấp được số thứ tự. Mời Ông/Bà liên hệ cán bộ.</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <source>Priority service</source>
        <translation>Đối tượng ưu tiên</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>These citizens are served first. Please touch the group you belong to.</source>
        <translation>Các đối tượng sau được ưu tiên phục vụ trước. Mời Ông/Bà chạm vào đối tượng của mình.</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours today: %1</source>
        <translation>Giờ làm việc hôm nay: %1</translation>
    </message>
</context>
<context>
    <name>TechnicianPage</name>
    <message>
        <source>Technician menu</source>
        <translation>Menu kỹ thuật viên</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Check printer</source>
        <translation>Kiểm tra máy in</translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation>In phiếu thử</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Exit the kiosk app</source>
        <translation>Thoát ứng dụng kiosk</translation>
    </message>
    <message>
        <source>The QR codes on tickets open %1</source>
        <translation>Mã QR trên phiếu dẫn tới %1</translation>
    </message>
    <message>
        <source>No public address is set (public_url in the center file): tickets carry no QR code.</source>
        <translation>Chưa cài đặt địa chỉ công khai (public_url trong tệp cấu hình trung tâm): phiếu không có mã QR.</translation>
    </message>
</context>
<context>
    <name>TechnicianPinPage</name>
    <message>
        <source>Technician PIN</source>
        <translation>Mã PIN kỹ thuật viên</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Sai mã PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Số thứ tự của Ông/Bà</translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation>Thời gian chờ dự kiến: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn</source>
        <translation>Quét mã bằng điện thoại để theo dõi lượt của mình</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Please watch the screens and listen for your number.</source>
        <translation>Vui lòng chú ý màn hình và loa gọi số.</translation>
    </message>
</context>
<context>
    <name>qms</name>
    <message>
        <source>No more numbers today</source>
        <translation>Đã hết số hôm nay</translation>
    </message>
    <message>
        <source>Not taking tickets now</source>
        <translation>Hiện không tiếp nhận</translation>
    </message>
    <message>
        <source>Numbers cannot be given out right now</source>
        <translation>Tạm thời chưa cấp được số</translation>
    </message>
</context>
<context>
    <name>qms::KioskController</name>
    <message>
        <source>Printer %1: ready</source>
        <translation>Máy in %1: sẵn sàng</translation>
    </message>
    <message>
        <source>Printer %1: %2 (%3)</source>
        <translation>Máy in %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to the hub at %1 as %2</source>
        <translation>Đã kết nối máy chủ %1, thiết bị %2</translation>
    </message>
    <message>
        <source>Not connected to the hub at %1</source>
        <translation>Chưa kết nối được máy chủ %1</translation>
    </message>
    <message>
        <source>The system cannot be reached right now. Please try again in a few minutes or ask a staff member.</source>
        <translation>Hiện không kết nối được với hệ thống. Mời Ông/Bà thử lại sau ít phút hoặc liên hệ cán bộ.</translation>
    </message>
    <message>
        <source>No ticket could be issued. Please ask a staff member for help.</source>
        <translation>Không lấy được số thứ tự. Mời Ông/Bà liên hệ cán bộ để được hỗ trợ.</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <source>YOUR NUMBER</source>
        <translation>SỐ THỨ TỰ</translation>
    </message>
    <message>
        <source>Expected wait: %1</source>
        <translation>Thời gian chờ dự kiến: %1</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translation>Quét mã để theo dõi lượt trên điện thoại</translation>
    </message>
    <message>
        <source>PRINTER TEST</source>
        <translation>IN THỬ</translation>
    </message>
    <message>
        <source>Printer %1, %2 dots wide</source>
        <translation>Máy in %1, khổ %2 điểm</translation>
    </message>
    <message>
        <source>This QR code should scan as %1</source>
        <translation>Mã QR này phải đọc ra %1</translation>
    </message>
    <message>
        <source>Test ticket printed.</source>
        <translation>Đã in phiếu thử.</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Mời Ông/Bà nhận phiếu ở khe bên dưới.</translation>
    </message>
    <message>
        <source>No printer is set up for this kiosk.</source>
        <translation>Kiosk này chưa được cài đặt máy in.</translation>
    </message>
    <message>
        <source>This kiosk runs the hub itself.</source>
        <translation>Kiosk này tự chạy máy chủ.</translation>
    </message>
    <message>
        <source>Write the address as host:port, for example 192.168.1.10:7420.</source>
        <translation>Nhập địa chỉ dạng máy:cổng, ví dụ 192.168.1.10:7420.</translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please take a photo of this screen or write down your number.</source>
        <translation>Kiosk này không in phiếu. Mời Ông/Bà chụp ảnh màn hình này hoặc ghi lại số thứ tự.</translation>
    </message>
    <message>
        <source>Valid today only, %1</source>
        <translation>Phiếu chỉ có giá trị trong ngày %1</translation>
    </message>
    <message>
        <source>Please watch the screens and listen for your number.</source>
        <translation>Vui lòng chú ý màn hình và loa gọi số.</translation>
    </message>
    <message>
        <source>The ticket printer is not working, so your ticket was not printed. %1 Please take a photo of this screen or write down your number, and tell a staff member.</source>
        <translation>Máy in phiếu đang gặp sự cố nên phiếu chưa được in. %1 Mời Ông/Bà chụp ảnh màn hình này hoặc ghi lại số thứ tự, và báo cán bộ.</translation>
    </message>
    <message>
        <source>No public address is set, so tickets carry no QR code.</source>
        <translation>Chưa cài đặt địa chỉ công khai nên phiếu không có mã QR.</translation>
    </message>
    <message>
        <source>Not sent: %1 Check the printer, then &quot;Check printer&quot;.</source>
        <translation>Chưa gửi lệnh in: %1 Hãy kiểm tra máy in rồi bấm &quot;Kiểm tra máy in&quot;.</translation>
    </message>
    <message>
        <source>The printer has not confirmed your ticket; it may still come out in a moment. If it does not, please take a photo of this screen or write down your number.</source>
        <translation>Máy in chưa xác nhận đã in phiếu; phiếu có thể sẽ ra sau ít phút. Nếu không thấy phiếu, mời Ông/Bà chụp ảnh màn hình này hoặc ghi lại số thứ tự.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. %1 Please take a photo of this screen or write down your number, and tell a staff member.</source>
        <translation>Không in được phiếu. %1 Mời Ông/Bà chụp ảnh màn hình này hoặc ghi lại số thứ tự, và báo cán bộ.</translation>
    </message>
    <message>
        <source>The ticket printer is not working at the moment. You can still take a number: it will be shown on the screen. Please tell a staff member.</source>
        <translation>Máy in phiếu đang gặp sự cố. Ông/Bà vẫn lấy được số: số thứ tự sẽ hiện trên màn hình. Vui lòng báo cán bộ.</translation>
    </message>
    <message>
        <source>Checking the printer…</source>
        <translation>Đang kiểm tra máy in…</translation>
    </message>
    <message>
        <source>%1 is not a dossier code. A code looks like 000.00.12.H57-240301-0001: please check it against your receipt.</source>
        <translation>%1 không phải là mã hồ sơ. Mã hồ sơ có dạng 000.00.12.H57-240301-0001: mời Ông/Bà đối chiếu lại với giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>No dossier with the code %1 was found here. Please ask at the reception counter; bring your receipt.</source>
        <translation>Không tìm thấy hồ sơ có mã %1 tại trung tâm. Mời Ông/Bà mang giấy tiếp nhận đến quầy hướng dẫn để được hỗ trợ.</translation>
    </message>
    <message>
        <source>Dossier %1 of %2</source>
        <translation>Hồ sơ %1 của Ông/Bà %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Collected on %1.</source>
        <translation>Đã trả kết quả ngày %1.</translation>
    </message>
    <message>
        <source>Results due on %1, to be collected at %2.</source>
        <translation>Hẹn trả kết quả ngày %1, nhận tại %2.</translation>
    </message>
    <message>
        <source>Please bring: %1.</source>
        <translation>Vui lòng bổ sung: %1.</translation>
    </message>
    <message>
        <source>Not connected to the system — tickets cannot be issued right now. Please ask a staff member.</source>
        <translation>Mất kết nối với hệ thống — tạm thời chưa cấp được số thứ tự. Mời Ông/Bà liên hệ cán bộ.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Số của Ông/Bà là %1.</translation>
    </message>
    <message>
        <source>Service: %1.</source>
        <translation>Lĩnh vực: %1.</translation>
    </message>
    <message>
        <source>When your number is called, please go to %1.</source>
        <translation>Khi được gọi số, mời Ông/Bà đến %1.</translation>
    </message>
    <message>
        <source>Expected wait: %1.</source>
        <translation>Thời gian chờ dự kiến: %1.</translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please ask a staff member to note your number.</source>
        <translation>Máy này không in phiếu. Mời Ông/Bà nhờ cán bộ ghi lại số thứ tự.</translation>
    </message>
    <message>
        <source>Your ticket is printed below the screen. Please take it.</source>
        <translation>Phiếu số thứ tự được in ở khe phía dưới màn hình. Mời Ông/Bà nhận phiếu.</translation>
    </message>
    <message>
        <source>Your number will be shown on the screens and called aloud.</source>
        <translation>Số của Ông/Bà sẽ hiện trên màn hình và được đọc qua loa.</translation>
    </message>
    <message>
        <source>Priority service. These citizens are served first: %1.</source>
        <translation>Phục vụ ưu tiên. Các đối tượng được phục vụ trước: %1.</translation>
    </message>
    <message>
        <source>Please touch the group you belong to, or ask a staff member to help you.</source>
        <translation>Mời Ông/Bà chạm vào đối tượng của mình, hoặc nhờ cán bộ giúp đỡ.</translation>
    </message>
    <message>
        <source>Type the dossier code printed on your receipt, or scan its barcode.</source>
        <translation>Nhập mã hồ sơ in trên giấy tiếp nhận, hoặc quét mã vạch.</translation>
    </message>
    <message>
        <source>Please choose a service by touching its name on the screen. The services, from the top:</source>
        <translation>Mời Ông/Bà chọn lĩnh vực cần giải quyết bằng cách chạm vào tên lĩnh vực trên màn hình. Các lĩnh vực, từ trên xuống:</translation>
    </message>
    <message>
        <source>%1: %2. Expected wait: %3.</source>
        <translation>%1: %2. Thời gian chờ dự kiến: %3.</translation>
    </message>
    <message>
        <source>%1: %2. %3.</source>
        <translation>%1: %2. %3.</translation>
    </message>
    <message>
        <source>Priority tickets, for %1: the button under the services.</source>
        <translation>Số ưu tiên, dành cho %1: nút bên dưới các lĩnh vực.</translation>
    </message>
    <message>
        <source>If you need help, please ask a staff member.</source>
        <translation>Nếu cần giúp đỡ, mời Ông/Bà hỏi cán bộ hướng dẫn.</translation>
    </message>
    <message>
        <source>YOUR NUMBER (PRINTED AGAIN)</source>
        <translation>SỐ THỨ TỰ (IN LẠI)</translation>
    </message>
</context>
</TS>
