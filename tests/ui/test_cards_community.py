"""A community session answered with printed answer cards, headless through the App with
pictures of a room standing in for the camera (``ctx.camera``): the setup offers cards, the
presenter's vote steps light the cards read, the cards' answers fill the tally the reveal
shows, each card's answer is in the progress file, a number shown twice is flagged, no
camera keeps cards out and hands working, and no reading thread outlives its screen."""
from __future__ import annotations

import sqlite3
import threading
import time

import pygame
import pytest

from game.app import create_app
from game.ui.flows import Journey
from tests.ui.driver import Driver
from tests.ui.test_room_reveal import every_page

# Where each card is held in the test room, and the edge on top: numpy's rot90 turns the
# marker counter-clockwise, so one quarter brings edge B on top, two C, three D.
TURNS = {"A": 0, "B": 1, "C": 2, "D": 3}
ROOM = [(1, "A", 60, 60), (2, "C", 360, 60), (3, "B", 660, 60), (4, "A", 960, 60),
        (7, "A", 60, 400), (7, "A", 960, 400)]   # card 7 twice: two people with one number
JUDGE = {"real": 3, "manipulated": 1}            # A is real (1, 4, 7), C is AI (2); B is no answer
ACTIONS = [3, 1]                                 # two options: A (1, 4, 7) and B (3); C is no option


def room_picture(path, cards=ROOM, side=160):
    """A white 1280x720 picture with each card's marker (card n: marker n - 1) turned so
    ``edge`` is on top, with the white margin the detector needs."""
    import cv2
    import numpy as np

    from game.cards.markers import dictionary

    picture = np.full((720, 1280), 255, dtype=np.uint8)
    for card, edge, x, y in cards:
        marker = cv2.aruco.generateImageMarker(dictionary(), card - 1, side)
        marker = np.rot90(np.pad(marker, 30, constant_values=255), k=TURNS[edge])
        picture[y:y + marker.shape[0], x:x + marker.shape[1]] = marker
    cv2.imwrite(str(path), picture)
    return path


@pytest.fixture
def open_game(install, tmp_path, mini_pack):
    opened = []

    def start(camera, lang="en", size=None, scale=1.0):
        app = create_app(install, tmp_path / "data", tmp_path / "cache", lang=lang, extra_packs=[mini_pack.parent],
                         size=size, overrides={"text_scale": scale})
        app.ctx.camera = camera
        app.ctx.speech.close()
        app.ctx.speech = None
        Journey(app).start()
        opened.append(app)
        return app, Driver(app)

    yield start
    for app in opened:
        while app.scenes:   # every screen leaves: its threads stop
            app.top.leave()
            app.scenes.pop()
        app.ctx.store.close()
    pygame.quit()


def card_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name in ("card-reader", "camera-check")]


def wait_until(driver: Driver, done, limit: float = 20.0) -> None:
    """Frames in real time (the camera is read in a thread) until ``done()``."""
    deadline = time.monotonic() + limit
    while not done():
        assert time.monotonic() < deadline, "waited too long"
        driver.app.step([], 1 / 30)
        time.sleep(0.02)


def to_setup(driver: Driver) -> None:
    driver.click("rooms")
    driver.click("community")
    assert driver.scene.name == "commsetup"
    wait_until(driver, lambda: driver.scene.check is not None and driver.scene.check.done)
    driver.app.step([], 1 / 30)


def listed(driver: Driver) -> list[str]:
    """The labels of every button on every page of the setup's list (back on the first page after)."""
    while driver.button_shown("list:prev"):
        driver.click("list:prev")
    labels = [b.label for b in driver.scene.buttons]
    while driver.button_shown("list:next"):
        driver.click("list:next")
        labels += [b.label for b in driver.scene.buttons]
    while driver.button_shown("list:prev"):
        driver.click("list:prev")
    return labels


def choose_cards(driver: Driver) -> None:
    while driver.scene.answers != "cards":
        driver.click_listed("answers")


def start_session(driver: Driver) -> None:
    driver.click_listed("pack:mini")
    assert driver.scene.name == "presenter"
    assert driver.scene.card_mode


def test_a_session_with_answer_cards_reads_the_room_and_reveals_its_shares(open_game, tmp_path):
    app, driver = open_game([room_picture(tmp_path / "room.png")])
    to_setup(driver)
    assert driver.sees("Answers: show of hands") or driver.sees("Answers: answer cards")
    choose_cards(driver)
    assert driver.sees("Answers: answer cards (30 cards)")
    labels = listed(driver)
    assert {"Number of cards: 30", "Print the cards", "Camera preview", "Names for cards (optional): 0"} <= set(labels)
    driver.click_listed("card_count")
    assert driver.scene.cards.count == 36 and driver.sees("Answers: answer cards (36 cards)")
    start_session(driver)
    scene = driver.scene
    driver.press("enter")                                    # the room has watched the clip
    assert scene.session.step == "vote_judge" and scene.reading_cards
    assert driver.sees("真的 Real: A on top") and driver.sees("AI伪造 AI-made: C on top")
    wait_until(driver, lambda: scene.card_scan().read() == [1, 2, 4, 7])
    assert driver.sees("4 of 36 cards read")
    assert driver.sees("Check: two cards show number 7")
    assert not driver.sees("Real: 3")                        # never what was answered, before the reveal
    driver.press("enter")
    assert scene.session.step == "vote_action"
    tally = scene.session.tally()
    assert (tally.real, tally.manipulated) == (JUDGE["real"], JUDGE["manipulated"])
    options = scene.session.item.scenario.actions[0].options
    assert driver.sees(f"A on top · {options[0].text.en}") and driver.sees(f"B on top · {options[1].text.en}")
    wait_until(driver, lambda: scene.card_scan().read() == [1, 3, 4, 7])
    driver.press("enter")
    assert scene.session.step == "reveal" and scene.session.tally().actions == ACTIONS
    right = JUDGE[scene.session.item.scenario.truth] * 100 // 4
    pages = " ".join(page["text"] for page in every_page(driver))
    safe = sum(n for n, option in zip(ACTIONS, options) if option.safe) * 100 // 4
    assert f"{right}% of the room judged it right" in pages and f"{safe}% of the room chose a safe action" in pages
    assert f"A · {options[0].text.en}" in pages                 # the options by their edges, as answered
    assert not card_threads() or card_threads() == ["camera-check"] * len(card_threads())

    app.ctx.store.sessions.writer.flush()
    with sqlite3.connect(app.ctx.store.path) as db:
        rows = db.execute("SELECT question, card, answer FROM card_votes ORDER BY question, card").fetchall()
        cards = db.execute("SELECT COUNT(*) FROM session_cards").fetchone()[0]
        votes = db.execute("SELECT real, manipulated, actions FROM session_votes").fetchone()
    assert rows == [("action", 1, "0"), ("action", 3, "1"), ("action", 4, "0"), ("action", 7, "0"),
                    ("judge", 1, "real"), ("judge", 2, "manipulated"), ("judge", 4, "real"), ("judge", 7, "real")]
    assert cards == 36 and votes == (3, 1, "[3, 1]")


def test_going_back_to_a_vote_reads_it_again_and_leaving_stops_the_camera(open_game, tmp_path):
    app, driver = open_game([room_picture(tmp_path / "room.png")])
    to_setup(driver)
    choose_cards(driver)
    start_session(driver)
    scene = driver.scene
    driver.press("enter")
    wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
    driver.press("enter")
    driver.press("b")                                        # back to real or AI: a fresh reading
    assert scene.session.step == "vote_judge" and scene.card_scan().read() == []
    wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
    assert card_threads().count("card-reader") == 1
    driver.press("esc")
    driver.click("yes")                                      # "Leave?" yes: the end screen
    wait_until(driver, lambda: "card-reader" not in card_threads(), limit=6)
    assert scene.session.finished


def test_without_a_camera_cards_cannot_start_and_hands_still_work(open_game, tmp_path):
    app, driver = open_game(99)
    to_setup(driver)
    choose_cards(driver)
    assert driver.sees("Answers: answer cards (not available: no camera found)")
    assert "Print the cards" in listed(driver)               # printing stays possible
    driver.click_listed("pack:mini")
    assert driver.scene.name == "commsetup"                  # not started: the reason is told
    assert any(n.text_key == "card.not_ready" for n in app.ctx.notices)
    driver.click_listed("answers")
    assert driver.scene.answers == "hands" and driver.sees("Answers: show of hands")
    driver.click_listed("pack:mini")
    scene = driver.scene
    assert scene.name == "presenter" and not scene.card_mode
    driver.press("enter")
    assert any(b.id == "vote:real" for b in scene.buttons)   # hands are counted as before
    assert "card-reader" not in card_threads()


def test_a_missing_picture_file_is_a_camera_that_fails_in_the_session(open_game, tmp_path):
    app, driver = open_game([room_picture(tmp_path / "room.png")])
    to_setup(driver)
    choose_cards(driver)
    start_session(driver)
    scene = driver.scene
    app.ctx.camera = [tmp_path / "gone.png"]                 # the camera goes mid-session
    driver.press("enter")
    wait_until(driver, lambda: not scene.reading_cards)
    assert any(n.text_key == "card.camera_lost" for n in app.ctx.notices)
    assert any(b.id == "vote:real" for b in scene.buttons)   # the presenter types the counts instead
    driver.press("2")
    assert scene.session.tally().real == 2
    assert "card-reader" not in card_threads()


def test_the_camera_preview_shows_the_cards_read_and_stops_when_closed(open_game, tmp_path):
    app, driver = open_game([room_picture(tmp_path / "room.png")])
    to_setup(driver)
    choose_cards(driver)
    driver.click_listed("card_preview")
    scene = driver.scene
    assert scene.name == "camerapreview"
    wait_until(driver, lambda: scene.cards_read() == [1, 2, 3, 4, 7])
    assert driver.sees("5 cards read")
    assert {(card, edge) for card, edge, *_ in scene.readings()} == {(1, "A"), (2, "C"), (3, "B"), (4, "A"), (7, "A")}
    assert scene.next_change() is not None and scene.next_change() > 0.05   # the camera's rate, not every frame
    driver.press("enter")
    assert driver.scene.name == "commsetup"
    wait_until(driver, lambda: "card-reader" not in card_threads(), limit=6)


def test_card_names_are_typed_line_by_line_and_kept_for_next_time(open_game, tmp_path):
    app, driver = open_game([room_picture(tmp_path / "room.png")])
    to_setup(driver)
    choose_cards(driver)
    driver.click_listed("card_names")
    assert driver.scene.name == "cardnames"
    driver.type("3 王阿姨")
    driver.press("enter")                                    # a new line
    driver.type("12 Mr Li")
    driver.press("enter")
    driver.type("not a card")
    assert driver.sees("2 names understood")
    driver.press("tab")
    driver.press("tab")                                      # Done
    driver.press("enter")
    assert driver.scene.name == "commsetup"
    assert driver.scene.cards.room().names == {3: "王阿姨", 12: "Mr Li"}
    assert "Names for cards (optional): 2" in listed(driver)
    saved = app.ctx.store.sessions.last_setup("community")
    assert saved["answers"] == "cards" and "王阿姨" in saved["cards"]["names"]


def screen_problems(driver: Driver) -> list:
    """What went over something or did not fit on the screen drawn now."""
    from game.core.overlap import overlaps

    app = driver.app
    app.ctx.text.overflows = []
    app.step([], 0.0, draw=True)
    return overlaps(app.ctx.text.boxes) + app.ctx.text.overflows


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_card_screens_fit_1280x720_at_the_largest_text(open_game, tmp_path, lang):
    app, driver = open_game([room_picture(tmp_path / "room.png")], lang=lang, size=(1280, 720), scale=2.0)
    to_setup(driver)
    choose_cards(driver)
    seen = {}
    while driver.button_shown("list:prev"):
        driver.click("list:prev")
    while True:
        seen[f"setup-{driver.scene.list_page}"] = screen_problems(driver)
        if not driver.button_shown("list:next"):
            break
        driver.click("list:next")
    driver.click_listed("card_preview")
    wait_until(driver, lambda: len(driver.scene.cards_read()) == 5)
    seen["preview"] = screen_problems(driver)
    driver.press("esc")
    driver.click_listed("card_names")
    driver.type("3 王阿姨")
    seen["names"] = screen_problems(driver)
    driver.press("esc")
    start_session(driver)
    scene = driver.scene
    driver.press("enter")
    wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
    seen["judge"] = screen_problems(driver)
    driver.press("enter")
    wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
    seen["action"] = screen_problems(driver)
    assert {k: v for k, v in seen.items() if v} == {}


def test_check_items_before_and_after_record_each_cards_answer(open_game, tmp_path):
    """A learning check answered with cards: each card's answer before and after is recorded
    (the check steps are not revealed)."""
    from game.core.community import PlanItem
    from game.ui.cardsetup import CardConfig
    from game.ui.scenes.presenter import PresenterScene

    app, driver = open_game([room_picture(tmp_path / "room.png")])
    driver.scene   # the packs are loaded
    pack = next(p for p in app.ctx.packs() if p.info.id == "mini")
    first = pack.scenarios[0]
    items = [PlanItem(first, "mini", "pre"), PlanItem(first, "mini", "post")]
    scene = PresenterScene(app, items, "check-test", cards=CardConfig(count=10))
    app.push(scene, lambda then: None)
    for part in ("pre", "post"):
        driver.press("enter")                                # watched
        assert scene.session.item.part == part and scene.session.step == "vote_judge"
        wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
        driver.press("enter")
        wait_until(driver, lambda: len(scene.card_scan().read()) == 4)
        driver.press("enter")                                # no reveal: on to the next item
    assert scene.session.finished and "card-reader" not in card_threads()
    app.ctx.store.sessions.writer.flush()
    with sqlite3.connect(app.ctx.store.path) as db:
        parts = db.execute("SELECT part, question, COUNT(*) FROM card_votes GROUP BY part, question").fetchall()
    assert sorted(parts) == [("post", "action", 4), ("post", "judge", 4), ("pre", "action", 4), ("pre", "judge", 4)]


def test_printing_asks_the_paper_and_cards_a_page_and_writes_that_pdf_even_with_no_camera(open_game):
    import pypdfium2

    app, driver = open_game(99)
    to_setup(driver)
    choose_cards(driver)
    driver.click_listed("card_print")
    assert driver.scene.name == "printcards" and driver.sees("Paper: A4") and driver.sees("Cards a page: 2")
    assert driver.sees("10 cm across")
    driver.click_listed("paper"), driver.click_listed("paper")          # A4 -> Letter -> A3
    driver.click_listed("per_page")                                      # 2 -> 1
    assert driver.sees("A3 (for big halls") and driver.sees("19.8 cm across")
    driver.click_listed("write")
    scene = driver.scene
    assert scene.name == "exported" and not scene.error and len(scene.paths) == 1
    assert scene.paths[0].name == "answer-cards-30-a3-1.pdf"
    document = pypdfium2.PdfDocument(scene.paths[0])
    assert len(document) == 31 and [round(v) for v in document[1].get_size()] == [842, 1191]   # guide, 30 A3 cards
    document.close()
    driver.press("esc")
    assert driver.scene.name == "commsetup"
    assert app.ctx.store.sessions.last_setup("community")["cards"]["paper"] == "a3"   # kept for next time
