<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ApologyDialog</name>
    <message>
        <source>New date for %1</source>
        <translation>Hẹn lại ngày trả hồ sơ %1</translation>
    </message>
    <message>
        <source>New date (day/month/year)</source>
        <translation>Ngày hẹn mới (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Why it is late (printed on the apology)</source>
        <translation>Lý do chậm (in trên phiếu xin lỗi)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save and print the apology</source>
        <translation>Lưu và in phiếu xin lỗi</translation>
    </message>
</context>
<context>
    <name>CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>Gọi một số</translation>
    </message>
    <message>
        <source>The number on the citizen's ticket:</source>
        <translation>Số trên phiếu của công dân:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
</context>
<context>
    <name>ClerksPanel</name>
    <message>
        <source>Clerks</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Đặt lại PIN</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Khoá</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <source>New PIN, 4–8 digits</source>
        <translation>PIN mới, 4–8 chữ số</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Lưu PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Mất kết nối</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Full station</source>
        <translation>Màn hình đầy đủ</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Gọi tiếp</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Citizen is here</source>
        <translation>Công dân đã đến</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>DossierSlips</name>
    <message>
        <source>Date: %1/%2/%3</source>
        <translation>Ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
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
        <source>(Signature and full name)</source>
        <translation>(Ký và ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Scan this code, or type the dossier code at the kiosk, to see where your dossier is.</source>
        <translation>Quét mã này, hoặc nhập mã hồ sơ tại ki-ốt, để tra cứu tình trạng hồ sơ.</translation>
    </message>
    <message>
        <source>RECEIPT OF DOSSIER AND APPOINTMENT TO RETURN THE RESULT</source>
        <translation>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <source>Received the dossier of: Mr/Ms %1</source>
        <translation>Tiếp nhận hồ sơ của: Ông/Bà %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Số điện thoại: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Nội dung yêu cầu giải quyết: %1</translation>
    </message>
    <message>
        <source>1. Papers handed in:</source>
        <translation>1. Thành phần hồ sơ nộp gồm:</translation>
    </message>
    <message>
        <source>– as listed by the clerk</source>
        <translation>– theo danh mục cán bộ đã kiểm tra</translation>
    </message>
    <message>
        <source>Still to bring (see the request for more papers):</source>
        <translation>Còn phải bổ sung (xem phiếu yêu cầu bổ sung):</translation>
    </message>
    <message>
        <source>2. Number of dossiers: 01 set.</source>
        <translation>2. Số lượng hồ sơ: 01 bộ.</translation>
    </message>
    <message>
        <source>3. Time the law allows: the same working day.</source>
        <translation>3. Thời gian giải quyết theo quy định: trong ngày làm việc.</translation>
    </message>
    <message numerus="yes">
        <source>3. Time the law allows: %n working day(s).</source>
        <translation>
            <numerusform>3. Thời gian giải quyết theo quy định: %n ngày làm việc.</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Received at: %1, %2</source>
        <translation>4. Thời gian nhận hồ sơ: %1, ngày %2</translation>
    </message>
    <message>
        <source>5. Result returned on: %1</source>
        <translation>5. Thời gian trả kết quả giải quyết hồ sơ: ngày %1</translation>
    </message>
    <message>
        <source>6. Collect the result at: %1</source>
        <translation>6. Đăng ký nhận kết quả tại: %1</translation>
    </message>
    <message>
        <source>7. Fee: %1 đồng</source>
        <translation>7. Lệ phí: %1 đồng</translation>
    </message>
    <message>
        <source>Please bring this receipt when you collect the result.</source>
        <translation>Ông/Bà vui lòng mang theo giấy này khi đến nhận kết quả.</translation>
    </message>
    <message>
        <source>APPLICANT</source>
        <translation>NGƯỜI NỘP HỒ SƠ</translation>
    </message>
    <message>
        <source>RECEIVING OFFICER</source>
        <translation>NGƯỜI TIẾP NHẬN HỒ SƠ</translation>
    </message>
    <message>
        <source>REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER</source>
        <translation>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</translation>
    </message>
    <message>
        <source>On %1 the center received the dossier of Mr/Ms %2.</source>
        <translation>Ngày %1, Trung tâm tiếp nhận hồ sơ của Ông/Bà %2.</translation>
    </message>
    <message>
        <source>To be settled, the dossier needs the following:</source>
        <translation>Để giải quyết, hồ sơ cần bổ sung, hoàn thiện các nội dung sau:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Please bring these papers with this request and the dossier code to %1.</source>
        <translation>Ông/Bà vui lòng mang các giấy tờ trên cùng phiếu này và mã hồ sơ đến %1.</translation>
    </message>
    <message>
        <source>We are sorry for the inconvenience.</source>
        <translation>Xin lỗi Ông/Bà vì sự bất tiện này.</translation>
    </message>
    <message>
        <source>APOLOGY AND NEW APPOINTMENT TO RETURN THE RESULT</source>
        <translation>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <source>On %1 the center received the dossier of Mr/Ms %2 for: %3.</source>
        <translation>Ngày %1, Trung tâm tiếp nhận hồ sơ của Ông/Bà %2 về việc: %3.</translation>
    </message>
    <message>
        <source>The result was due on %1.</source>
        <translation>Thời hạn trả kết quả theo giấy tiếp nhận: ngày %1.</translation>
    </message>
    <message>
        <source>The dossier could not be settled by then.</source>
        <translation>Tuy nhiên đến nay hồ sơ chưa giải quyết xong.</translation>
    </message>
    <message>
        <source>The dossier could not be settled by then, because: %1</source>
        <translation>Tuy nhiên đến nay hồ sơ chưa giải quyết xong. Lý do: %1</translation>
    </message>
    <message>
        <source>This delay has caused you trouble. We apologise, and will return the result on %1.</source>
        <translation>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và hẹn trả kết quả vào ngày %1.</translation>
    </message>
    <message>
        <source>Collect it at: %1</source>
        <translation>Nơi nhận kết quả: %1</translation>
    </message>
    <message>
        <source>Thank you for your understanding.</source>
        <translation>Rất mong Ông/Bà thông cảm.</translation>
    </message>
    <message>
        <source>ON BEHALF OF THE CENTER</source>
        <translation>ĐẠI DIỆN TRUNG TÂM</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Open</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Nhận hôm nay</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Lưu ra CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập từ CSV…</translation>
    </message>
    <message>
        <source>Due %1 · overdue</source>
        <translation>Hẹn trả %1 · quá hạn</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hẹn trả %1</translation>
    </message>
    <message>
        <source>No dossiers here.</source>
        <translation>Không có hồ sơ nào.</translation>
    </message>
    <message>
        <source>Choose a dossier in the list.</source>
        <translation>Chọn một hồ sơ trong danh sách.</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Người nộp: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Ngày nhận: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>To bring: %1</source>
        <translation>Cần bổ sung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Move it to</source>
        <translation>Chuyển trạng thái sang</translation>
    </message>
    <message>
        <source>Ask for papers…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>Late: new date…</source>
        <translation>Trễ hạn: hẹn lại…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>In lại giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Print the papers request</source>
        <translation>In phiếu yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Save the dossiers as CSV</source>
        <translation>Lưu danh sách hồ sơ ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import dossiers from CSV</source>
        <translation>Nhập hồ sơ từ tệp CSV</translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <source>Alarms (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <source>No alarm: the floor is within its service levels</source>
        <translation>Không có cảnh báo: mọi lĩnh vực đang trong ngưỡng phục vụ</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Các quầy</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Trong</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Các lĩnh vực</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Máy lấy số</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Quầy mở</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng quầy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở quầy</translation>
    </message>
    <message>
        <source>News line of the screens</source>
        <translation>Dòng tin trên màn hình</translation>
    </message>
    <message>
        <source>In Vietnamese (empty: the center file's)</source>
        <translation>Tiếng Việt (để trống: dòng tin mặc định)</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Show on the screens</source>
        <translation>Hiển thị lên màn hình</translation>
    </message>
    <message>
        <source>Services…</source>
        <translation>Lĩnh vực…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Receive a dossier from %1</source>
        <translation>Tiếp nhận hồ sơ của số %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant's full name</source>
        <translation>Họ và tên người nộp</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>Papers handed in (untick what is missing)</source>
        <translation>Giấy tờ đã nộp (bỏ chọn giấy tờ còn thiếu)</translation>
    </message>
    <message>
        <source>Choose the procedure to see its papers.</source>
        <translation>Chọn thủ tục để xem các giấy tờ cần nộp.</translation>
    </message>
    <message>
        <source>Other papers handed in (separate with ;)</source>
        <translation>Giấy tờ khác đã nộp (ngăn cách bằng ;)</translation>
    </message>
    <message>
        <source>Other papers to bring (separate with ;)</source>
        <translation>Giấy tờ khác cần bổ sung (ngăn cách bằng ;)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Receive and print the receipt</source>
        <translation>Tiếp nhận và in giấy hẹn</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in at %1</source>
        <translation>Đăng nhập %1</translation>
    </message>
    <message>
        <source>Connecting to the system…</source>
        <translation>Đang kết nối với hệ thống…</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 – counter station</source>
        <translation>%1 – máy quầy</translation>
    </message>
    <message>
        <source>Counter station</source>
        <translation>Máy quầy</translation>
    </message>
    <message>
        <source>Not connected to the system. Nothing you do is sent until the connection is back.</source>
        <translation>Mất kết nối với hệ thống. Mọi thao tác sẽ không được gửi cho đến khi có kết nối trở lại.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>Papers %1 still needs</source>
        <translation>Giấy tờ hồ sơ %1 cần bổ sung</translation>
    </message>
    <message>
        <source>One paper per line</source>
        <translation>Mỗi dòng một giấy tờ</translation>
    </message>
    <message>
        <source>Reason (optional, printed)</source>
        <translation>Lý do (không bắt buộc, được in ra)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save and print the request</source>
        <translation>Lưu và in phiếu yêu cầu</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the counter</source>
        <translation>Tạm nghỉ quầy</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Rating pad</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>Not connected to the system.</source>
        <translation>Mất kết nối với hệ thống.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xin kính chào Ông/Bà</translation>
    </message>
    <message>
        <source>After your visit, please tell us how it went.</source>
        <translation>Sau khi làm thủ tục, xin Ông/Bà cho biết ý kiến đánh giá.</translation>
    </message>
    <message>
        <source>Are you satisfied with how your administrative procedure was handled?</source>
        <translation>Ông/Bà có hài lòng với việc giải quyết thủ tục hành chính không?</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Số thứ tự %1</translation>
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
        <source>Thank you!</source>
        <translation>Xin cảm ơn Ông/Bà!</translation>
    </message>
    <message>
        <source>Your answer helps the center serve you better.</source>
        <translation>Ý kiến của Ông/Bà giúp Trung tâm phục vụ tốt hơn.</translation>
    </message>
</context>
<context>
    <name>RequeueDialog</name>
    <message>
        <source>%1 waits again</source>
        <translation>Số %1 chờ lại</translation>
    </message>
    <message>
        <source>First in line</source>
        <translation>Lên đầu hàng</translation>
    </message>
    <message>
        <source>Called again as soon as this counter calls next</source>
        <translation>Được gọi ngay khi quầy gọi số tiếp theo</translation>
    </message>
    <message>
        <source>At the end of the line</source>
        <translation>Xuống cuối hàng</translation>
    </message>
    <message>
        <source>Waits like a ticket taken now</source>
        <translation>Chờ như một số vừa lấy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Services of %1 today</source>
        <translation>Lĩnh vực của %1 hôm nay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Waiting (%1)</source>
        <translation>Đang chờ (%1)</translation>
    </message>
    <message>
        <source>Served (%1)</source>
        <translation>Đã phục vụ (%1)</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>%1 · sent to this counter</source>
        <translation>%1 · được chuyển đến quầy này</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <source>Nobody served yet today.</source>
        <translation>Hôm nay chưa phục vụ ai.</translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <source>Counter</source>
        <translation>Màn hình quầy</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Toàn cảnh</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Call next</source>
        <translation>Gọi tiếp</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Citizen is here</source>
        <translation>Công dân đã đến</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Back in line…</source>
        <translation>Xếp lại…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển…</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>Gọi số…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Tạm nghỉ…</translation>
    </message>
    <message>
        <source>Receive dossier…</source>
        <translation>Nhận hồ sơ…</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Mở quầy</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Đóng quầy</translation>
    </message>
    <message>
        <source>Services…</source>
        <translation>Lĩnh vực…</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>No citizen at the counter. Call the next one.</source>
        <translation>Chưa có công dân tại quầy. Hãy gọi số tiếp theo.</translation>
    </message>
    <message>
        <source>The counter is closed. Open it to start calling.</source>
        <translation>Quầy đang đóng. Mở quầy để bắt đầu gọi số.</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <source>Find a ticket</source>
        <translation>Tìm số thứ tự</translation>
    </message>
    <message>
        <source>Ticket number, e.g. 1023</source>
        <translation>Số thứ tự, ví dụ 1023</translation>
    </message>
    <message>
        <source>No open ticket today has that number.</source>
        <translation>Hôm nay không có số nào đang chờ hay đang gọi mang số này.</translation>
    </message>
    <message>
        <source>Move to another service</source>
        <translation>Chuyển sang lĩnh vực khác</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Tap again to cancel %1</source>
        <translation>Bấm lần nữa để hủy số %1</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Hủy số</translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation>Chuyển số %1 sang:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Chuyển số %1</translation>
    </message>
    <message>
        <source>To a service</source>
        <translation>Sang lĩnh vực</translation>
    </message>
    <message>
        <source>Or to one counter</source>
        <translation>Hoặc đến một quầy</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đang đóng</translation>
    </message>
    <message>
        <source>First in line</source>
        <translation>Lên đầu hàng</translation>
    </message>
    <message>
        <source>End of the line</source>
        <translation>Cuối hàng</translation>
    </message>
    <message>
        <source>Note for the next clerk (optional)</source>
        <translation>Ghi chú cho cán bộ tiếp theo (không bắt buộc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
</context>
<context>
    <name>qms::ClerkRoster</name>
    <message>
        <source>Disabled</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <source>Locked after wrong PINs, %1 s left</source>
        <translation>Tạm khoá vì nhập sai PIN, còn %1 giây</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>There is no such clerk.</source>
        <translation>Không có cán bộ này.</translation>
    </message>
    <message>
        <source>A login name is 2 to 40 small letters without accents, digits, dots or dashes, like "lan.nguyen".</source>
        <translation>Tên đăng nhập gồm 2 đến 40 chữ thường không dấu, chữ số, dấu chấm hoặc gạch nối, ví dụ "lan.nguyen".</translation>
    </message>
    <message>
        <source>Enter the clerk's full name, as the screens and reports will show it.</source>
        <translation>Hãy nhập họ và tên của cán bộ, như sẽ hiện trên màn hình và báo cáo.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>%1 can log in now as %2.</source>
        <translation>%1 đã có thể đăng nhập với tên %2.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 đã được đăng nhập trở lại.</translation>
    </message>
    <message>
        <source>%1 is disabled: no more logins, and their logins have ended.</source>
        <translation>Đã khoá %1: không đăng nhập được nữa, các phiên đăng nhập đang mở đã kết thúc.</translation>
    </message>
    <message>
        <source>%1 has a new PIN. Give it to them in person.</source>
        <translation>Đã đặt PIN mới cho %1. Hãy trao tận tay.</translation>
    </message>
</context>
<context>
    <name>qms::CounterController</name>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Tạm nghỉ: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message numerus="yes">
        <source>Called %n more time(s)</source>
        <translation>
            <numerusform>Đã gọi lại %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Called, waiting for the citizen</source>
        <translation>Đã gọi, đang chờ công dân đến</translation>
    </message>
    <message>
        <source>Ticket taken %1</source>
        <translation>Lấy số lúc %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>đã chờ %1</translation>
    </message>
    <message>
        <source>served for %1</source>
        <translation>đã phục vụ %1</translation>
    </message>
    <message>
        <source>called at %1</source>
        <translation>gọi lúc %1</translation>
    </message>
    <message>
        <source>Note from the last counter: %1</source>
        <translation>Ghi chú của quầy trước: %1</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>vắng mặt</translation>
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
        <source>Average service</source>
        <translation>Thời gian phục vụ trung bình</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Lượt gọi đầu tiên</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter's services.</source>
        <translation>Không có ai đang chờ các lĩnh vực của quầy này.</translation>
    </message>
    <message>
        <source>There is no ticket with that number today.</source>
        <translation>Hôm nay không có số thứ tự này.</translation>
    </message>
    <message>
        <source>This counter does not serve that ticket's service.</source>
        <translation>Quầy này không phục vụ lĩnh vực của số đó.</translation>
    </message>
    <message>
        <source>The login has ended. Please log in again.</source>
        <translation>Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>This cannot be done: %1</source>
        <translation>Không thực hiện được: %1</translation>
    </message>
    <message>
        <source>The login has ended. Please enter your PIN again.</source>
        <translation>Phiên đăng nhập đã hết. Vui lòng nhập lại mã PIN.</translation>
    </message>
    <message>
        <source>Back at the counter.</source>
        <translation>Đã trở lại làm việc.</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 đã mở.</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>Đã gọi số %1.</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>Đã gọi lại số %1.</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Đang phục vụ số %1.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>Số %1 đã xong.</translation>
    </message>
    <message>
        <source>%1 marked as not present.</source>
        <translation>Số %1 được ghi vắng mặt.</translation>
    </message>
    <message>
        <source>%1 waits again, first in line.</source>
        <translation>Số %1 chờ lại, ở đầu hàng.</translation>
    </message>
    <message>
        <source>%1 waits again at the end of the line.</source>
        <translation>Số %1 chờ lại, ở cuối hàng.</translation>
    </message>
    <message>
        <source>Choose another service or a counter to send the citizen to.</source>
        <translation>Hãy chọn lĩnh vực khác hoặc một quầy để chuyển công dân đến.</translation>
    </message>
    <message>
        <source>%1 sent to counter %2.</source>
        <translation>Đã chuyển số %1 đến quầy %2.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>Đã chuyển số %1 sang %2.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>Hôm nay không có số %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not waiting (%2).</source>
        <translation>Số %1 không còn chờ (%2).</translation>
    </message>
    <message>
        <source>Paused. The lobby screen shows it.</source>
        <translation>Đã tạm nghỉ. Màn hình sảnh sẽ hiển thị.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 đã đóng.</translation>
    </message>
    <message>
        <source>This counter now serves: %1.</source>
        <translation>Quầy này nay phục vụ: %1.</translation>
    </message>
</context>
<context>
    <name>qms::DossierDesk</name>
    <message>
        <source>the same day</source>
        <translation>trong ngày</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>không thu phí</translation>
    </message>
    <message>
        <source>Write the applicant's full name.</source>
        <translation>Hãy ghi họ và tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Dossier %1 received; the result is due on %2.</source>
        <translation>Đã tiếp nhận hồ sơ %1; hẹn trả kết quả ngày %2.</translation>
    </message>
    <message>
        <source>Dossier %1: %2.</source>
        <translation>Hồ sơ %1: %2.</translation>
    </message>
    <message>
        <source>Choose the new date.</source>
        <translation>Hãy chọn ngày hẹn mới.</translation>
    </message>
    <message>
        <source>Write why the dossier is late: the citizen reads it on the apology.</source>
        <translation>Hãy ghi lý do hồ sơ bị trễ: công dân sẽ đọc trên phiếu xin lỗi.</translation>
    </message>
    <message>
        <source>Dossier %1 has a new date; the apology is printing.</source>
        <translation>Hồ sơ %1 đã có ngày hẹn mới; đang in phiếu xin lỗi.</translation>
    </message>
    <message>
        <source>List the papers the citizen has to bring.</source>
        <translation>Hãy ghi các giấy tờ công dân cần bổ sung.</translation>
    </message>
    <message>
        <source>Dossier %1 waits for papers; the request is printing.</source>
        <translation>Hồ sơ %1 đang chờ bổ sung; đang in phiếu yêu cầu.</translation>
    </message>
    <message>
        <source>the request for papers of %1</source>
        <translation>phiếu yêu cầu bổ sung của hồ sơ %1</translation>
    </message>
    <message>
        <source>the apology of %1</source>
        <translation>phiếu xin lỗi của hồ sơ %1</translation>
    </message>
    <message>
        <source>the receipt of %1</source>
        <translation>giấy tiếp nhận của hồ sơ %1</translation>
    </message>
    <message>
        <source>No printer is set up for this counter, so %1 was not printed.</source>
        <translation>Quầy này chưa cài máy in nên chưa in %1.</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Đã in %1.</translation>
    </message>
    <message>
        <source>the printer is out of paper</source>
        <translation>máy in hết giấy</translation>
    </message>
    <message>
        <source>the printer needs attention (paper jam or cover open)</source>
        <translation>máy in cần kiểm tra (kẹt giấy hoặc mở nắp)</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected</source>
        <translation>máy in đang tắt hoặc chưa kết nối</translation>
    </message>
    <message>
        <source>the printer did not take it in time</source>
        <translation>máy in không nhận lệnh in kịp thời</translation>
    </message>
    <message>
        <source>the printer reported %1</source>
        <translation>máy in báo lỗi %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) saved to %1.</source>
        <translation>
            <numerusform>Đã lưu %n hồ sơ vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>Bỏ qua %n dòng: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped after %n dossier(s): %1</source>
        <translation>
            <numerusform>Dừng nhập sau %n hồ sơ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sure %1 printed: %2. Check the printer.</source>
        <translation>Chưa chắc đã in được %1: %2. Hãy kiểm tra máy in.</translation>
    </message>
    <message>
        <source>Could not print %1: %2. Print it again from the dossier list.</source>
        <translation>Không in được %1: %2. Hãy in lại từ danh sách hồ sơ.</translation>
    </message>
</context>
<context>
    <name>qms::DossierListModel</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (hẹn cũ %2)</translation>
    </message>
</context>
<context>
    <name>qms::FloorView</name>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Tạm nghỉ: %1</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>Đang phục vụ số %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Đang gọi số %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Đang trống</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Máy in sẵn sàng</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Không có máy in</translation>
    </message>
    <message>
        <source>Printer not known yet</source>
        <translation>Chưa rõ tình trạng máy in</translation>
    </message>
    <message>
        <source>%1: someone has waited %2 min (limit %3)</source>
        <translation>%1: có công dân đã chờ %2 phút (ngưỡng %3)</translation>
    </message>
    <message>
        <source>%1: %2 people waiting (limit %3)</source>
        <translation>%1: %2 người đang chờ (ngưỡng %3)</translation>
    </message>
    <message>
        <source>%1 has been free for %2 min while people wait</source>
        <translation>%1 để trống %2 phút trong khi có người chờ</translation>
    </message>
    <message>
        <source>%1: one citizen's service has lasted %2 min (limit %3)</source>
        <translation>%1: một lượt phục vụ đã kéo dài %2 phút (ngưỡng %3)</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>Đã đóng %1.</translation>
    </message>
    <message>
        <source>The screens show the new news line.</source>
        <translation>Các màn hình đã hiển thị dòng tin mới.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Called to %1</source>
        <translation>Đã gọi đến %1</translation>
    </message>
    <message>
        <source>Being served at %1</source>
        <translation>Đang được phục vụ tại %1</translation>
    </message>
    <message>
        <source>Ticket %1 now waits for %2, at the end of its queue.</source>
        <translation>Số %1 đã chuyển sang %2, xếp cuối hàng chờ.</translation>
    </message>
    <message>
        <source>Ticket %1 is being printed again at %2.</source>
        <translation>Đang in lại số %1 tại %2.</translation>
    </message>
    <message>
        <source>No kiosk with a working printer is connected: ticket %1 was not printed.</source>
        <translation>Không có ki-ốt nào có máy in hoạt động: số %1 chưa được in lại.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled.</source>
        <translation>Đã hủy số %1.</translation>
    </message>
    <message>
        <source>Choose at least one service for %1.</source>
        <translation>Hãy chọn ít nhất một lĩnh vực cho %1.</translation>
    </message>
    <message>
        <source>%1 now serves %2.</source>
        <translation>%1 giờ phục vụ: %2.</translation>
    </message>
</context>
<context>
    <name>qms::RatingPadController</name>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
</context>
</TS>