#!/usr/bin/env python3
"""The citizen's phone, end to end: a real hub process (qms-kiosk --headless) and
a real headless Chromium at phone size, driven through chromedriver (Debian's
chromium, chromium-driver, python3-selenium). The kiosk and the counter speak the
hub protocol over TCP from here.

  take a ticket -> open its page -> a counter calls it -> the page turns to
  "called" without a reload (and buzzes) -> served -> rate it -> the dossier's
  page -> a wrong address's page; each screen saved in both languages.

Usage: phone_pages.py QMS_KIOSK CENTER_JSON SCREENSHOT_DIR
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

KIOSK, CENTER, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
PHONE = (412, 915)  # a common Android phone's viewport, in CSS pixels


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Station:
    """A device of the sample center on the hub's TCP protocol (JSON lines)."""

    def __init__(self, port, role, device):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buf = b""
        self.next_id = 0
        hello = self.call("hello", proto=1, role=role, device=device, key="sample-%s-change-me" % device)
        assert hello.get("ok"), hello

    def call(self, op, **fields):
        self.next_id += 1
        message = dict(fields, id=self.next_id, op=op)
        self.sock.sendall(json.dumps(message).encode() + b"\n")
        while True:
            while b"\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise RuntimeError("the hub closed the connection")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\n", 1)
            reply = json.loads(line)
            if reply.get("id") == self.next_id and "event" not in reply:
                return reply


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok -", what)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="qms-phone-")
    db = os.path.join(work, "hub.db")
    common = [KIOSK, "--center", CENTER, "--db", db, "--ignore-hours"]
    subprocess.run(common + ["--add-clerk", "lan"], input=b"1111\n", check=True, capture_output=True)
    port, http = free_port(), free_port()
    log = open(os.path.join(work, "hub.log"), "w")
    hub = subprocess.Popen(common + ["--headless", "--listen", "127.0.0.1:%d" % port,
                                     "--http", "127.0.0.1:%d" % http], stderr=log)
    browser = None
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", http), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        base = "http://127.0.0.1:%d" % http
        kiosk = Station(port, "kiosk", "kiosk-1")
        counter = Station(port, "counter", "counter-1")
        assert counter.call("clerk.login", user="lan", pin="1111")["ok"]
        assert counter.call("counter.open")["ok"]
        kiosk.call("ticket.issue", service="land")  # someone ahead
        ticket = kiosk.call("ticket.issue", service="land")["ticket"]

        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=%d,%d" % PHONE, "--lang=vi"):
            options.add_argument(arg)
        options.binary_location = "/usr/bin/chromium"
        browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        browser.set_window_size(*PHONE)
        wait = WebDriverWait(browser, 15)

        def shoot(name):
            path = os.path.join(SHOTS, "phone-%s.png" % name)
            browser.save_screenshot(path)
            # Nothing wider than the phone: no sideways scrolling, no cut text.
            width = browser.execute_script("return document.documentElement.scrollWidth")
            check(width <= browser.execute_script("return window.innerWidth"), "%s fits the phone's width" % name)

        page = "%s/t/%s" % (base, ticket["token"])
        browser.get(page)
        check(browser.find_element(By.ID, "label").text == ticket["label"], "the page shows the number")
        check(browser.find_element(By.ID, "headline").text == "Đang chờ", "waiting, in Vietnamese")
        check("1 người chờ trước" in browser.find_element(By.ID, "detail").text, "one person ahead")
        shoot("ticket-waiting-vi")
        browser.get(page + "?lang=en")
        check(browser.find_element(By.ID, "headline").text == "Waiting", "waiting, in English")
        shoot("ticket-waiting-en")

        # The citizen keeps the page open; the counter calls the first ticket, then this one.
        browser.get(page)
        wait.until(lambda b: b.execute_script("return document.readyState") == "complete")
        browser.execute_script("window.__stillThisPage = true; window.__buzzes = 0;"
                               "navigator.vibrate = function () { window.__buzzes += 1; return true; };")
        time.sleep(1)  # the event stream is open
        first = counter.call("ticket.call_next")
        assert first["ok"], first
        counter.call("ticket.no_show", ticket=first["ticket"]["id"])
        called = counter.call("ticket.call", ticket=ticket["id"])
        assert called["ok"], called
        wait.until(lambda b: "state-called" in b.find_element(By.TAG_NAME, "body").get_attribute("class"))
        check(browser.execute_script("return window.__stillThisPage === true"), "called without a reload")
        check("Quầy 1" in browser.find_element(By.ID, "headline").text, "it says which counter")
        check(browser.execute_script("return window.__buzzes") == 1, "the phone buzzed once")
        shoot("ticket-called-vi")
        browser.get(page + "?lang=en")
        check("Counter 1" in browser.find_element(By.ID, "headline").text, "called, in English")
        shoot("ticket-called-en")

        # Served, with a dossier received; then done: the page offers the rating.
        assert counter.call("ticket.start", ticket=ticket["id"])["ok"]
        received = counter.call("dossier.receive", ticket=ticket["id"], procedure="land-first",
                                applicant="Nguyễn Thị Lan", phone="0912345678",
                                papers_received=["Đơn đăng ký"], papers_missing=["Bản vẽ thửa đất"])
        assert received["ok"], received
        code = received["dossier"]["code"]
        browser.get(page)
        browser.execute_script("window.__stillThisPage = true;")
        assert counter.call("ticket.finish", ticket=ticket["id"])["ok"]
        wait.until(lambda b: "state-done" in b.find_element(By.TAG_NAME, "body").get_attribute("class"))
        rate = browser.find_element(By.ID, "rate")
        wait.until(lambda b: rate.is_displayed())
        check(browser.execute_script("return window.__stillThisPage === true"), "done without a reload")
        shoot("ticket-done-vi")
        browser.get(page + "?lang=en")
        check("Served" in browser.find_element(By.ID, "headline").text, "done, in English")
        shoot("ticket-done-en")
        browser.get(page)
        rate = browser.find_element(By.ID, "rate")

        rate.click()
        wait.until(lambda b: "/r/" in b.current_url)
        check("Rất hài lòng" in browser.page_source, "the three answers")
        shoot("rating-vi")
        browser.get(base + "/r/%s?lang=en" % ticket["token"])
        shoot("rating-en")
        browser.get(base + "/r/%s" % ticket["token"])
        browser.find_element(By.ID, "comment").send_keys("Cán bộ hướng dẫn tận tình")
        browser.find_element(By.CSS_SELECTOR, "button[value=very_satisfied]").click()
        try:
            wait.until(lambda b: b.find_elements(By.ID, "ratingMessage"))
        except Exception:
            print(browser.current_url, browser.page_source[:2000])
            raise
        check("Cảm ơn" in browser.find_element(By.ID, "ratingMessage").text, "thanked")
        shoot("rated-vi")
        browser.get(base + "/r/%s" % ticket["token"])
        check("đã được đánh giá" in browser.page_source, "rated once only")
        browser.get(base + "/r/%s?lang=en" % ticket["token"])
        check("rated already" in browser.page_source, "rated once only, in English")
        shoot("rated-en")

        # The dossier: status, due date, where to collect; the name masked.
        browser.get(base + "/d/" + code)
        text = browser.find_element(By.TAG_NAME, "main").text
        check(code in text and "Cần bổ sung" in browser.page_source, "the dossier's status")
        check("Nguyễn Thị Lan" not in browser.page_source, "the applicant's name is masked")
        shoot("dossier-vi")
        browser.get(base + "/d/" + code + "?lang=en")
        shoot("dossier-en")

        # A wrong address: a friendly page.
        browser.get(base + "/t/NOTAREALTOKEN123")
        check("Không tìm thấy" in browser.find_element(By.TAG_NAME, "h1").text, "the friendly 404")
        shoot("not-found-vi")
        browser.get(base + "/t/NOTAREALTOKEN123?lang=en")
        shoot("not-found-en")
        browser.get(base + "/")
        shoot("home-vi")
        browser.get(base + "/?lang=en")
        shoot("home-en")
        print("all phone pages passed")
    finally:
        if browser:
            browser.quit()
        hub.terminate()
        hub.wait(10)


if __name__ == "__main__":
    main()
