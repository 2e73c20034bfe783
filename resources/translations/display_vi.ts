<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CallBanner</name>
    <message>
        <source>Please wait for your number to be called</source>
        <translation>Xin Ông/Bà vui lòng chờ đến lượt</translation>
    </message>
    <message>
        <source>Calling again: number</source>
        <translation>Mời lại số</translation>
    </message>
    <message>
        <source>Now calling number</source>
        <translation>Xin mời số</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>CounterTop</name>
    <message>
        <source>Not connected</source>
        <translation>Mất kết nối</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lobby display</source>
        <translation>Màn hình sảnh chờ</translation>
    </message>
    <message>
        <source>Not connected to the system: what is shown may be out of date. Reconnecting…</source>
        <translation>Mất kết nối với hệ thống: thông tin có thể chưa cập nhật. Đang kết nối lại…</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Just called</source>
        <translation>Vừa gọi</translation>
    </message>
</context>
<context>
    <name>qms::DisplayController</name>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đang đóng</translation>
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
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Please come to this counter</source>
        <translation>Xin mời đến quầy</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <source>This counter is closed</source>
        <translation>Quầy đang đóng</translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation>Vui lòng chờ gọi số</translation>
    </message>
</context>
</TS>
