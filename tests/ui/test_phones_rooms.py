"""Answers on phones in community sessions and classroom rounds, headless through the App with
real phones standing in as aiohttp WebSocket clients over loopback: the setup's row, the join
screen with its QR code, the counts while the room answers (never what), the phones' answers
in the tally (with hands) and in team points (the mean rule), their rows in the progress file,
a taken port told once with the session going on, and no server thread after leaving."""
from __future__ import annotations

import socket
import sqlite3
import threading

import pygame
import pytest

from game.app import create_app
from game.core.community import PlanItem
from game.core.classroom import make_teams
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS
from game.ui.flows import Journey
from game.ui.phonesetup import PhoneConfig
from tests.ui.driver import Driver
from tests.ui.phoneclient import Phone, free_port


@pytest.fixture
def open_game(install, tmp_path, mini_pack):
    opened = []

    def start(lang="en", size=None, scale=1.0):
        app = create_app(install, tmp_path / "data", tmp_path / "cache", lang=lang, extra_packs=[mini_pack.parent],
                         size=size, overrides={"text_scale": scale})
        app.ctx.speech.close()
        app.ctx.speech = None
        Journey(app).start()
        opened.append(app)
        driver = Driver(app)
        driver.scene   # the packs are loaded
        return app, driver

    yield start
    for app in opened:
        while app.scenes:
            app.top.leave()
            app.scenes.pop()
        app.ctx.store.close()
    pygame.quit()


def server_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "phone-server"]


def mini(app):
    return next(p for p in app.ctx.packs() if p.info.id == "mini")


def phones_config(port: int | None = None) -> PhoneConfig:
    return PhoneConfig(on=True, port=port or free_port(), host="127.0.0.1")


def presenter(app, items, config=None):
    from game.ui.scenes.presenter import PresenterScene

    scene = PresenterScene(app, items, "phones-test", phones=config or phones_config())
    app.push(scene, lambda then: None)
    app.step([], 0.0, draw=True)
    return scene


def action_item(app) -> PlanItem:
    scenario = next(s for s in mini(app).scenarios if s.actions)
    return PlanItem(scenario, "mini", "practice")


def screen_problems(driver: Driver) -> list:
    from game.core.overlap import overlaps

    app = driver.app
    app.ctx.text.overflows = []
    app.step([], 0.0, draw=True)
    return overlaps(app.ctx.text.boxes) + app.ctx.text.overflows


def test_the_setup_offers_phones_with_a_port_and_keeps_them(open_game):
    app, driver = open_game()
    driver.click("rooms")
    driver.click("community")
    assert driver.scene.name == "commsetup"
    driver.click_listed("phones")
    assert driver.scene.phones.on
    labels = [b.label for b in driver.scene.buttons]
    assert "Answers on phones: on" in labels and any(label.startswith("Port: 8765 (address ") for label in labels)
    driver.click_listed("phone_port")
    assert driver.scene.phones.port == 8766
    assert app.ctx.store.sessions.last_setup("community")["phones"] == {"on": True, "port": 8766}


def test_a_community_session_counts_phones_with_hands_and_records_them(open_game):
    app, driver = open_game()
    item = action_item(app)
    scene = presenter(app, [item])
    assert scene.joining and server_threads() == ["phone-server"]
    url, code = scene.phones.url, scene.phones.room.code
    assert driver.sees(" ".join(code)) and driver.sees("Join on your phone") and driver.sees(url.rstrip("/"))
    ann, bo = Phone(url, "device-ann-1"), Phone(url, "device-bo-22")
    assert ann.join(code, "Ann")["joined"] and bo.join(code, "<b>Bo</b>")["joined"]
    assert Phone(url, "device-eve-3").join("0000", "Eve")["why"] == "wrong_code"
    app.step([], 0.6, draw=True)
    assert driver.sees("Joined: 2 phones") and driver.sees("Ann, <b>Bo</b>")
    driver.press("enter")                                  # the join screen closes: the clip
    assert not scene.joining and scene.session.step == "watch"
    driver.press("enter")
    assert scene.session.step == "vote_judge"
    truth = item.scenario.truth
    wrong = "real" if truth != "real" else "manipulated"
    ann.answer(truth)
    bo.answer(wrong)
    app.step([], 0.6, draw=True)
    assert driver.sees("2 phones joined · 2 answered") and driver.sees(f"code {code}")
    driver.press("3")                                      # three hands for real
    driver.press("enter")
    tally = scene.session.tally()
    assert tally.real == 3 + (truth == "real") + (wrong == "real")
    assert tally.real + tally.manipulated == 5
    assert scene.session.step == "vote_action"
    options = scene.session.item.scenario.actions[0].options   # (in the session's order)
    safe = next(i for i, o in enumerate(options) if o.safe)
    ann.answer(safe)
    driver.press("enter")
    assert scene.session.tally().actions[safe] == 1
    assert scene.session.step in ("reveal", "playout")
    while scene.session.step != "reveal":
        driver.press("enter")
    result = ann.view()["reveal"]
    assert [(r["kind"], r["right"]) for r in result] == [("judge", True), ("action", True)]
    assert Phone(url, "device-bo-22").view()["reveal"][0]["right"] is False
    app.ctx.store.sessions.writer.flush()
    with sqlite3.connect(app.ctx.store.path) as db:
        people = db.execute("SELECT person, nickname FROM session_phones ORDER BY person").fetchall()
        rows = db.execute("SELECT question, person, answer, right FROM phone_votes ORDER BY question, person").fetchall()
    assert people == [(1, "Ann"), (2, "<b>Bo</b>")]
    assert rows == [("action", 1, str(safe), 1), ("judge", 1, truth, 1), ("judge", 2, wrong, 0)]
    driver.press("esc")
    driver.click("yes")
    assert scene.session.finished and server_threads() == []


def test_going_back_asks_the_phones_again_without_counting_twice(open_game):
    app, driver = open_game()
    scene = presenter(app, [action_item(app)])
    url, code = scene.phones.url, scene.phones.room.code
    ann = Phone(url, "device-ann-1")
    ann.join(code, "Ann")
    driver.press("j")                                      # J closes the join screen too
    driver.press("enter")
    first = ann.view()["question"]["key"]
    ann.answer("real")
    driver.press("enter")
    driver.press("b")                                      # back to real or AI: asked anew
    assert ann.view()["question"]["key"] != first
    assert scene.session.tally().real == 0
    ann.answer("real")
    driver.press("enter")
    assert scene.session.tally().real == 1


def test_a_taken_port_is_told_once_and_the_session_goes_on(open_game):
    app, driver = open_game()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        scene = presenter(app, [action_item(app)], phones_config(taken.getsockname()[1]))
        assert scene.phones is None and not scene.joining
        notices = [n for n in app.ctx.notices if n.text_key == "phone.no_server"]
        assert len(notices) == 1 and "is taken" in app.ctx.t("phone.no_server", **notices[0].values)
        driver.press("enter")
        assert scene.session.step == "vote_judge" and any(b.id == "vote:real" for b in scene.buttons)
    assert server_threads() == []


def classroom(app, teams=2, entry="keys", config=None):
    from game.ui.scenes.classroom import ClassroomScene

    scene = ClassroomScene(app, mini(app), make_teams(teams, app.ctx.lang), 0, entry, None,
                           config or phones_config())
    app.push(scene, lambda then: None)
    app.step([], 0.0, draw=True)
    return scene


def test_a_classroom_round_scores_each_team_by_the_mean_of_its_phones(open_game):
    app, driver = open_game()
    scene = classroom(app)
    assert scene.joining
    url, code = scene.phones.url, scene.phones.room.code
    ann, bo = Phone(url, "device-ann-1"), Phone(url, "device-bo-22")
    assert ann.join(code, "Ann", team=0)["team"] == 0
    assert Phone(url, "device-x-333").join(code, "X")["why"] == "no_team"
    bo.join(code, "Bo", team=0)
    driver.press("enter")                                  # the join screen closes
    game = scene.game
    while not game.scenario.actions:                       # to a scenario with an action question
        driver.click("answers")
        while game.phase != "watch":
            scene.activate("reveal" if game.phase in ("judge", "action") else "go")
    driver.click("answers")
    assert game.phase == "judge"
    truth = game.scenario.truth
    ann.answer(truth)
    bo.answer("real" if truth != "real" else "manipulated")
    app.step([], 0.6, draw=True)
    assert driver.sees("2 phones joined · 2 answered")
    driver.press("6" if truth == "real" else "7")         # team 2 on its keys (6 real, 7 AI): no phones
    scene.activate("reveal")
    assert game.phase == "action"
    safe = next(i for i, o in enumerate(game.scenario.actions[0].options[:5]) if o.safe)
    ann.answer(safe)
    bo.answer(safe)
    scene.activate("reveal")
    points = {a.team: a.points for a in game.scenario_answers()}
    assert points[0] == (JUDGE_POINTS + ACTION_POINTS + ACTION_POINTS) / 2
    assert points[1] == JUDGE_POINTS                       # no phone: its own key answer (right, no action)
    assert game.tally(0).present == 2
    app.ctx.store.sessions.writer.flush()
    with sqlite3.connect(app.ctx.store.path) as db:
        rows = db.execute("SELECT question, COUNT(*) FROM phone_votes GROUP BY question").fetchall()
    assert sorted(rows) == [("action", 2), ("judge", 2)]
    while game.phase != "reveal":
        scene.activate("playout:on")
    assert ann.view()["reveal"][0]["right"] is True
    app.top.leave()
    app.scenes.pop()
    assert server_threads() == []


def test_the_classroom_setup_offers_phones_and_starts_with_them(open_game):
    app, driver = open_game()
    driver.click("rooms")
    driver.click("classroom")
    assert driver.scene.name == "classsetup"
    driver.click_listed("phones")
    assert driver.scene.config.phones.on and driver.sees("Answers on phones: on")
    driver.click_listed("phone_port")
    driver.click_listed("phone_port")
    assert driver.scene.config.phones.port == 8080
    driver.scene.config.phones.port = free_port()   # (a port free on the test machine)
    driver.scene.config.phones.host = "127.0.0.1"
    driver.click_listed("start")
    driver.wait_for("classroom")
    scene = driver.scene
    assert scene.phones is not None and scene.joining and server_threads() == ["phone-server"]
    assert app.ctx.store.sessions.last_setup("classroom")["phones"]["on"] is True
    driver.press("j")                                      # J closes the join screen (outside answer steps)
    assert not scene.joining
    driver.press("j")
    assert scene.joining
    driver.press("esc")
    driver.click("yes")
    assert server_threads() == [] or driver.scene.name != "classroom"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_phone_screens_fit_1280x720_at_the_largest_text(open_game, lang):
    app, driver = open_game(lang=lang, size=(1280, 720), scale=2.0)
    item = action_item(app)
    scene = presenter(app, [item])
    url, code = scene.phones.url, scene.phones.room.code
    for n in range(12):
        Phone(url, f"device-{n:04d}").join(code, f"名字{n}" if lang == "zh" else f"Person {n}")
    app.step([], 0.6, draw=True)
    seen = {"join": screen_problems(driver)}
    driver.press("enter")
    driver.press("enter")
    seen["judge"] = screen_problems(driver)
    driver.press("enter")
    seen["action"] = screen_problems(driver)
    app.top.leave()
    app.scenes.pop()
    cls = classroom(app)
    seen["class-join"] = screen_problems(driver)
    driver.press("enter")
    driver.click("answers")
    seen["class-judge"] = screen_problems(driver)
    assert {k: v for k, v in seen.items() if v} == {}
