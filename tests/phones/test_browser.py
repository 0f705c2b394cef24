"""The phone page in a real browser: Chromium, headless, driven by Selenium against a real
PhoneServer on 127.0.0.1. A person joins, answers, changes an answer, loses the Wi-Fi and
comes back, and sees their own result, in Chinese and in English.

Skipped (with the reason) on a machine with neither chromium nor chromedriver; CI installs
both (.ci/run), so there it runs. Each test saves its screens to artifacts/; with
SEETHROUGH_PHONE_SHOTS=1 the join, question, answered and reveal screens are also written to
docs/phones/ (the pictures in the docs, regenerated only on purpose).
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from pathlib import Path

import pytest

from game.core.phones import PhoneQuestion, PhoneRoom, Reveal
from game.phones.server import PhoneServer
from tests.conftest import ROOT, artifact

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM or CHROMEDRIVER):
    pytest.skip("no chromium and no chromedriver here (Debian: apt-get install chromium chromium-driver; "
                ".ci/run installs them)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e .[test])")

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CODE = "4821"
DOCS = ROOT / "docs" / "phones"
WAIT = 10   # seconds for the page to show a change: the reconnect backoff tops out at 5


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def judge(key="0-judge"):
    return PhoneQuestion(key, 0, "practice", "judge", prompt={"zh": "这段视频是真的吗？", "en": "Is this video real?"})


def action(key="0-action"):
    return PhoneQuestion(key, 0, "practice", "action",
                         ({"zh": "马上转账", "en": "Send the money now"},
                          {"zh": "挂断，打给孩子本人的号码", "en": "Hang up and call my son's own number"},
                          {"zh": "把验证码告诉对方", "en": "Tell them the code"}),
                         {"zh": "“儿子”打来视频电话要钱，你会怎么做？", "en": "Your 'son' video-calls asking for money. What do you do?"})


class Room:
    """A PhoneRoom served on a free local port, and the game's side of it: open a question,
    close it, reveal, drop every phone's connection (server stopped, a new one started)."""

    def __init__(self, teams=()):
        self.room = PhoneRoom(CODE, list(teams))
        self.port = free_port()
        self.server = PhoneServer(self.room, "127.0.0.1", self.port)
        self.server.start()

    @property
    def url(self):
        return self.server.url

    def do(self, change):
        with self.server.lock:
            change(self.room)
        self.server.changed()

    def open(self, question):
        self.do(lambda room: room.open(question, time.monotonic()))

    def close_and_reveal(self, *reveals):
        def change(room):
            room.close()
            for reveal in reveals:
                room.reveal(reveal)
        self.do(change)

    def answers(self, key):
        with self.server.lock:
            return {device: answer for device, (answer, _at) in self.room.answers.get(key, {}).items()}

    def restart(self, room=None):
        """The Wi-Fi drops for everyone: the server goes away, then comes back on the same port
        (with the same room, or with ``room``: a server that forgot everyone)."""
        self.server.stop()
        if room is not None:
            self.room = room
        self.server = PhoneServer(self.room, "127.0.0.1", self.port)
        self.server.start()

    def stop(self):
        self.server.stop()


@pytest.fixture
def room():
    served = Room()
    yield served
    served.stop()


@pytest.fixture
def browser_for():
    """browser_for('zh-CN') -> a headless Chromium the size of a phone whose language is that."""
    drivers = []

    def make(language):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM or "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--hide-scrollbars", f"--lang={language}"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
        # A phone's screen (390 x 844 CSS pixels): a headless window is never narrower than 500.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}})
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER or "/usr/bin/chromedriver"))
        drivers.append(driver)
        return Phone(driver)

    yield make
    for driver in drivers:
        driver.quit()


class Phone:
    """The page as a person sees it: what is shown, what they type and tap."""

    def __init__(self, driver):
        self.driver = driver

    def open(self, url):
        self.driver.get(url)

    def el(self, id_):
        return self.driver.find_element(By.ID, id_)

    def text(self, id_):
        return self.el(id_).text

    def shown(self, id_):
        return self.el(id_).is_displayed()

    def wait(self, condition, what):
        try:
            WebDriverWait(self.driver, WAIT, poll_frequency=0.05).until(lambda _driver: condition())
        except TimeoutException:
            self.shot(f"phones-timeout-{what}.png")
            raise AssertionError(f"the page never showed {what}: {self.text('live')!r} / "
                                 f"{self.driver.find_element(By.TAG_NAME, 'body').text!r}") from None

    def wait_screen(self, screen):
        self.wait(lambda: self.shown(screen), f"the {screen} screen")

    def join(self, code, nickname):
        for id_, value in (("code", code), ("nickname", nickname)):
            self.el(id_).clear()
            self.el(id_).send_keys(value)
        self.el("join-b").click()

    def buttons(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "#answers button")

    def labels(self):
        return [button.text.lstrip("\u2714\u00a0 ") for button in self.buttons()]

    def pressed(self):
        return [button.get_attribute("aria-pressed") == "true" for button in self.buttons()]

    def narrow(self, width):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": True})

    def said(self):
        """What the live region last told a screen reader."""
        return self.el("live").get_attribute("textContent")

    def device(self):
        return self.driver.execute_script("return window.localStorage.getItem('seethrough.device')")

    def lang(self):
        return self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")

    def shot(self, name, docs_name=None):
        self.driver.save_screenshot(str(artifact(name)))
        if docs_name and os.environ.get("SEETHROUGH_PHONE_SHOTS"):
            DOCS.mkdir(parents=True, exist_ok=True)
            self.driver.save_screenshot(str(DOCS / docs_name))


def test_a_person_joins_answers_changes_reconnects_and_sees_their_result_in_chinese(room, browser_for):
    phone = browser_for("zh-CN")
    phone.open(room.url)
    phone.wait_screen("join")
    assert phone.lang() == "zh-CN" and phone.text("code-l").startswith("房间号")
    assert phone.el("code").get_attribute("inputmode") == "numeric"
    phone.shot("phones-join-zh.png", "join-zh.png")

    phone.join("1234", "王阿姨")                       # the wrong code: told in words, not joined
    phone.wait(lambda: phone.shown("join-error"), "the wrong-code error")
    assert "房间号不对" in phone.text("join-error") and room.room.members == {}

    phone.join(CODE, "王阿姨")
    phone.wait_screen("waiting")
    assert "王阿姨" in phone.text("waiting-h") and "大屏幕" in phone.text("waiting-p")
    device = phone.device()
    assert len(device) >= 16 and room.room.members[device].nickname == "王阿姨"

    room.open(judge())
    phone.wait_screen("question")
    assert phone.text("question-prompt") == "这段视频是真的吗？" and phone.labels() == ["真的", "AI伪造"]
    assert phone.driver.switch_to.active_element == phone.buttons()[0]    # focus on the first answer
    assert phone.said() == "新问题：这段视频是真的吗？"                        # and the live region says so
    phone.shot("phones-question-zh.png", "question-zh.png")

    phone.buttons()[0].click()
    phone.wait(lambda: room.answers("0-judge") == {device: "real"}, "the answer reaching the room")
    phone.wait(lambda: phone.pressed() == [True, False], "the chosen answer marked")
    assert "揭晓之前还可以更改" in phone.text("answered")

    phone.buttons()[1].click()                       # changed: the room keeps the last one
    phone.wait(lambda: room.answers("0-judge") == {device: "manipulated"}, "the changed answer")
    phone.wait(lambda: phone.pressed() == [False, True], "the changed answer marked")
    assert all(button.is_enabled() for button in phone.buttons())
    phone.shot("phones-answered-zh.png", "answered-zh.png")

    room.do(lambda r: r.close())
    room.open(action())
    phone.wait(lambda: phone.labels() == ["马上转账", "挂断，打给孩子本人的号码", "把验证码告诉对方"], "the action's options")
    assert phone.pressed() == [False, False, False]
    phone.buttons()[1].click()
    phone.wait(lambda: room.answers("0-action") == {device: 1}, "the action answer")

    room.server.stop()                               # the Wi-Fi drops ...
    phone.wait(lambda: phone.shown("offline"), "the connection-lost notice")
    assert "重新连接" in phone.text("offline")
    room.restart()                                   # ... and comes back: same person, same answer
    phone.wait(lambda: not phone.shown("offline"), "the reconnection")
    phone.wait(lambda: phone.pressed() == [False, True, False], "the answer kept over the reconnection")
    assert room.room.members[device].connected

    room.close_and_reveal(Reveal("0-judge", 0, "judge", truth="manipulated"),
                          Reveal("0-action", 0, "action", safe=(False, True, False)))
    phone.wait_screen("reveal")
    results = phone.text("results")
    assert "答对了" in results and "AI伪造" in results and "安全的做法" in results
    phone.shot("phones-reveal-zh.png", "reveal-zh.png")


def test_the_page_in_english_and_a_switch_to_chinese(room, browser_for):
    phone = browser_for("en-GB")
    phone.open(room.url)
    phone.wait_screen("join")
    assert phone.lang() == "en" and phone.text("join-h") == "Join the room" and phone.text("lang") == "中文"
    phone.shot("phones-join-en.png", "join-en.png")
    phone.join("12", "Ann")                          # checked before sending
    phone.wait(lambda: phone.shown("join-error"), "the short-code error")
    assert "4-digit" in phone.text("join-error")
    phone.join(CODE, "Ann")
    phone.wait_screen("waiting")
    assert phone.text("waiting-h") == "Joined as Ann"

    room.open(action())
    phone.wait_screen("question")
    assert phone.labels() == ["Send the money now", "Hang up and call my son's own number", "Tell them the code"]
    phone.shot("phones-question-en.png", "question-en.png")
    phone.buttons()[0].click()
    phone.wait(lambda: phone.pressed() == [True, False, False], "the answer marked")
    assert phone.text("answered").startswith("Answered — you can change it until the reveal.")
    phone.shot("phones-answered-en.png", "answered-en.png")

    phone.narrow(320)                                # the smallest phones: nothing cut off, buttons big
    phone.shot("phones-question-en-320.png")
    assert phone.driver.execute_script("return document.documentElement.scrollWidth") <= 320
    for button in phone.buttons() + [phone.el("lang")]:
        assert button.size["height"] >= 56 and float(button.value_of_css_property("font-size")[:-2]) >= 20
    phone.narrow(390)

    phone.el("lang").click()                         # the switch: words, lang attribute, marks kept
    assert phone.lang() == "zh-CN" and phone.labels()[0] == "马上转账" and phone.pressed() == [True, False, False]
    phone.el("lang").click()
    assert phone.lang() == "en" and phone.labels()[0] == "Send the money now"

    room.close_and_reveal(Reveal("0-action", 0, "action", safe=(False, True, False)))
    phone.wait_screen("reveal")
    assert "That choice was not safe." in phone.text("results")

    room.open(judge("1-judge"))                      # nobody answers this one
    phone.wait_screen("question")
    assert phone.labels() == ["Real", "AI-made"] and phone.text("question-prompt") == "Is this video real?"
    room.close_and_reveal(Reveal("1-judge", 1, "judge", truth="real"))
    phone.wait_screen("reveal")
    assert "You did not answer." in phone.text("results") and "It was real." in phone.text("results")
    phone.shot("phones-reveal-en.png", "reveal-en.png")


def test_a_phone_rejoins_by_itself_when_the_server_forgot_it(room, browser_for):
    phone = browser_for("zh-CN")
    phone.open(room.url)
    phone.wait_screen("join")
    phone.join(CODE, "老李")
    phone.wait_screen("waiting")
    device = phone.device()

    fresh = PhoneRoom(CODE)                          # same code, nobody in it: the page joins again
    fresh.open(judge(), time.monotonic())
    room.restart(fresh)
    phone.wait(lambda: phone.shown("question"), "the question after rejoining")
    assert fresh.members[device].nickname == "老李"
    phone.buttons()[0].click()
    phone.wait(lambda: room.answers("0-judge") == {device: "real"}, "the answer after rejoining")

    phone.open(room.url)                             # a reload keeps the person (device id in storage)
    phone.wait(lambda: phone.shown("question") and phone.pressed() == [True, False], "the answer after a reload")
    assert phone.device() == device and len(fresh.members) == 1


def test_teams_and_nicknames_from_other_people_show_as_plain_text(browser_for):
    served = Room(teams=["<b>橙队</b>", "Sky <img src=x onerror=alert(1)>"])
    try:
        phone = browser_for("zh-CN")
        phone.open(served.url)
        phone.wait(lambda: phone.shown("teams"), "the team choice")
        labels = [label.text for label in phone.driver.find_elements(By.CSS_SELECTOR, "#team-list label")]
        assert labels == ["<b>橙队</b>", "Sky <img src=x onerror=alert(1)>"]
        phone.join(CODE, "<script>alert(1)")         # no team chosen yet: asked for one
        phone.wait(lambda: phone.shown("join-error"), "the no-team error")
        assert "队伍" in phone.text("join-error")
        phone.driver.find_element(By.ID, "team-1").click()
        phone.el("join-b").click()
        phone.wait_screen("waiting")
        assert phone.text("waiting-h") == "已加入：<script>alert(1)"
        assert len(phone.driver.find_elements(By.TAG_NAME, "script")) == 1      # only the page's own
        assert phone.driver.find_elements(By.CSS_SELECTOR, "main img, main b") == []
        device = phone.device()
        assert served.room.members[device].team == 1 and served.room.members[device].nickname == "<script>alert(1)"
    finally:
        served.stop()


@pytest.mark.slow
def test_a_phone_back_online_reconnects_at_once_not_after_the_backoff(room, browser_for):
    phone = browser_for("en-US")
    phone.open(room.url)
    phone.wait_screen("join")
    phone.join(CODE, "Ann")
    phone.wait_screen("waiting")
    room.server.stop()
    phone.wait(lambda: phone.shown("offline"), "the connection-lost notice")
    assert phone.said() != "" and phone.text("offline") == "Connection lost — reconnecting…"
    time.sleep(3.7)      # tries at 0.5, 1.5 and 3.5 s failed: the next would be at 7.5 s
    room.restart()
    started = time.monotonic()
    phone.driver.execute_script("window.dispatchEvent(new Event('online'))")
    phone.wait(lambda: not phone.shown("offline"), "the reconnection")
    assert time.monotonic() - started < 3.0 and phone.text("waiting-h") == "Joined as Ann"
