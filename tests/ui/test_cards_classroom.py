"""A classroom round answered on printed cards, headless through the App: synthetic photos of
the room stand in for the camera (``app.ctx.camera``), every card's answer and every team's
answer reach the SQLite file, and a team's points are its present cards' mean."""
from __future__ import annotations

import threading
import time

import pytest

from game.core.cards import EDGES
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS
from game.ui.flows import Journey
from tests.ui.driver import Driver

CARDS, TEAMS = 15, 3      # 5 cards a team: 1-5, 6-10, 11-15
MARKER, MARGIN = 90, 24   # pixels: the marker, and the white around it


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def card_image(card: int, edge: str):
    """Card ``card`` held with ``edge`` on top: its marker in a white margin, turned."""
    import cv2
    import numpy

    from game.cards.markers import dictionary

    marker = cv2.aruco.generateImageMarker(dictionary(), card - 1, MARKER)
    card_face = numpy.full((MARKER + 2 * MARGIN, MARKER + 2 * MARGIN), 255, numpy.uint8)
    card_face[MARGIN:MARGIN + MARKER, MARGIN:MARGIN + MARKER] = marker
    return numpy.rot90(card_face, k=EDGES.index(edge))


def room_picture(path, held: list[tuple[int, str]]):
    """A photo of the room: each (card, edge) of ``held`` in a row of up to 8, on white."""
    import cv2
    import numpy

    side = MARKER + 2 * MARGIN + 20
    frame = numpy.full((720, 1280), 255, numpy.uint8)
    for i, (card, edge) in enumerate(held):
        top, left = 20 + (i // 8) * side, 20 + (i % 8) * side
        face = card_image(card, edge)
        frame[top:top + face.shape[0], left:left + face.shape[1]] = face
    cv2.imwrite(str(path), frame)
    return path


def judge_edge(right: bool, truth: str) -> str:
    real = (truth == "real") == right
    return "A" if real else "C"


def to_card_class(driver: Driver, app, camera, *settings: str) -> None:
    """Three teams on the mini pack with 15 cards, answering on cards (and each of ``settings``
    clicked once), then start."""
    app.ctx.camera = camera
    driver.click("rooms")
    driver.click("classroom")
    setup = driver.scene
    assert setup.name == "classsetup"
    while setup.config.teams != TEAMS:
        driver.click("teams")
    while app.ctx.packs()[setup.config.pack].info.id != "mini":
        driver.click("pack")
    while setup.config.entry != "cards":
        driver.click_listed("entry")
    while setup.config.cards.count != CARDS:
        driver.click_listed("cards")
    for setting in settings:
        driver.click_listed(setting)
    wait_for_check(driver)
    driver.click_listed("start")
    assert driver.scene.name == "classroom"


def wait_for_check(driver: Driver) -> None:
    deadline = time.monotonic() + 20
    while not driver.scene.check.done:
        assert time.monotonic() < deadline, "the camera check never ended"
        driver.advance(0.05)
        time.sleep(0.01)
    driver.advance(0.05)


def read_until(driver: Driver, cards: set[int]) -> None:
    """Let the camera read until every card of ``cards`` has an answer (real time: it is a thread)."""
    scene = driver.scene
    deadline = time.monotonic() + 20
    while set(scene.cards.scan.read()) != cards:
        assert time.monotonic() < deadline, f"read {scene.cards.scan.read()}, not {sorted(cards)}"
        driver.advance(0.05)
        time.sleep(0.02)


def lit_cards(driver: Driver) -> set[int]:
    """The card numbers the grid on screen shows lit (filled in the theme's "good" colour)."""
    from game.ui.roomcards import GRID_GAP, grid_shape

    scene, surface = driver.scene, driver.app.screen
    driver.app.step([], 0)
    box = scene.grid_box
    columns, rows = grid_shape(CARDS, box)
    side = int(min(box.width / columns, box.height / rows)) - GRID_GAP
    left = box.left + (box.width - columns * (side + GRID_GAP)) // 2
    lit = set()
    for card in range(1, CARDS + 1):
        column, row = (card - 1) % columns, (card - 1) // columns
        x, y = left + column * (side + GRID_GAP) + side // 8 + 3, box.top + row * (side + GRID_GAP) + side // 2
        if tuple(surface.get_at((x, y)))[:3] == tuple(driver.app.ctx.theme.good)[:3]:
            lit.add(card)
    return lit


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "card-reader" and t.is_alive()]


def test_a_round_on_cards_scores_each_team_by_the_mean_of_its_cards(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "empty.png", [(1, "A")])])
    scene = driver.scene
    assert scene.entry == "cards" and all(len(s.actions[0].options) <= 4 for s in scene.game.scenarios if s.actions)
    scenario = scene.game.scenario
    truth = scenario.truth
    # The call: team 1 (1-5) four of five right (5 never shows); team 2 (6-10) 6 right, 7 wrong;
    # team 3 (11-15): 11 right, and card 12 held up twice at once (two pupils with one number).
    judged = {1: True, 2: True, 3: True, 4: False, 6: True, 7: False, 11: True, 12: True}
    held = [(card, judge_edge(right, truth)) for card, right in judged.items()] + [(12, judge_edge(True, truth))]
    app.ctx.camera = [room_picture(tmp_path / "judge.png", held)]
    driver.press("enter")
    assert scene.game.phase == "judge" and scene.cards.scanning
    read_until(driver, set(judged))
    assert driver.sees("A on top: 真的 Real") and driver.sees("C on top: AI伪造 AI-made")
    assert driver.sees("Orange 4/5 read") and driver.sees("Sky 2/5 read") and driver.sees("Green 2/5 read")
    assert scene.cards.scan.duplicates == {12}
    assert lit_cards(driver) == set(judged)
    assert driver.sees("Card 12 is seen twice at once")
    assert not driver.sees("This one")                         # what the cards say stays hidden
    # The action: A B C D are the options as shown; 1-3 safe, 4 and 6 unsafe, 7 safe, 11 nothing.
    options = scenario.actions[0].options
    safe = next(i for i, o in enumerate(options) if o.safe)
    unsafe = next(i for i, o in enumerate(options) if not o.safe)
    acted = {1: safe, 2: safe, 3: safe, 4: unsafe, 6: unsafe, 7: safe}
    app.ctx.camera = [room_picture(tmp_path / "action.png", [(c, EDGES[o]) for c, o in acted.items()])]
    driver.press("enter")
    assert scene.game.phase == "action"
    assert driver.sees(f"A on top: ")
    read_until(driver, set(acted))
    driver.press("enter")
    assert scene.game.phase in ("reveal", "playout")
    while scene.game.phase == "playout":
        driver.press("enter")

    def card(c: int) -> int:
        return (JUDGE_POINTS if judged.get(c) else 0) + (ACTION_POINTS if c in acted and options[acted[c]].safe else 0)

    present = {0: [1, 2, 3, 4], 1: [6, 7], 2: [11, 12]}
    expected = {team: round(sum(card(c) for c in cards) / len(cards), 1) for team, cards in present.items()}
    points = {a.team: a.points for a in scene.game.scenario_answers()}
    assert points == pytest.approx(expected)
    assert driver.sees("This one")
    seen = ""
    while scene.game.phase == "reveal":                        # the reveal's pages
        seen += " " + driver.visible_text().replace("\n", " ")
        driver.press("enter")
    assert "8 cards answered" in seen and "6 cards answered" in seen   # card 12 twice counts once
    assert "3 of 4 right on real or AI" in seen and "3 of 4 chose a safe action" in seen
    assert "1 of 2 right on real or AI" in seen and "2 of 2 right on real or AI" in seen
    assert driver.sees("Scoreboard") and driver.sees("mean of its cards")
    assert {t.index: p for t, p in scene.game.totals()} == pytest.approx(expected)

    report = app.ctx.store.sessions.report(scene.session_id)
    assert [c["card"] for c in report.cards] == list(range(1, CARDS + 1))
    assert {c["card"]: c["team"] for c in report.cards}[6] == 1
    judge_rows = {v["card"]: v for v in report.card_votes if v["question"] == "judge"}
    assert set(judge_rows) == set(judged)
    assert all(judge_rows[c]["right"] == int(right) for c, right in judged.items())
    action_rows = {v["card"]: int(v["answer"]) for v in report.card_votes if v["question"] == "action"}
    assert action_rows == acted
    assert {a["team"]: a["points"] for a in report.answers} == pytest.approx(expected)
    assert not reader_threads()                                # the reading stopped with the step


def test_without_a_camera_cards_are_unavailable_with_the_reason(driver, app, tmp_path):
    app.ctx.camera = [tmp_path / "no-such-room.png"]
    driver.click("rooms")
    driver.click("classroom")
    setup = driver.scene
    assert [setup.config.entry] + [(driver.click_listed("entry"), setup.config.entry)[1] for _ in range(3)] == \
        ["keys", "teacher", "cards", "keys"]
    driver.click_listed("entry"), driver.click_listed("entry")
    wait_for_check(driver)
    while not driver.button_shown("camera"):
        driver.click("list:next")
    assert driver.sees("Camera: unavailable") and driver.sees("a picture file cannot be read")   # said in the player's language
    driver.click_listed("start")
    assert driver.scene.name == "classsetup" and driver.sees("Cards need a working camera")
    driver.click_listed("entry")                               # team keys need no camera
    assert setup.config.entry == "keys"
    while app.ctx.packs()[setup.config.pack].info.id != "mini":
        driver.click_listed("pack")
    driver.click_listed("start")
    assert driver.scene.name == "classroom" and driver.scene.entry == "keys" and driver.scene.cards is None


def test_the_card_setup_is_kept_for_next_time(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "room.png", [(1, "A")])])
    saved = app.ctx.store.sessions.last_setup("classroom")
    assert saved["entry"] == "cards" and saved["cards"]["count"] == CARDS


def test_the_camera_stopping_lets_the_teacher_type_the_rest(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "room.png", [(1, "A")])])
    scene = driver.scene
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    app.ctx.camera = [broken]
    driver.press("enter")
    deadline = time.monotonic() + 20
    while not scene.camera_failed:
        assert time.monotonic() < deadline
        driver.advance(0.05)
        time.sleep(0.01)
    assert any(n.text_key == "class.cards.camera_failed" for n in app.ctx.notices)
    driver.click("to_teacher")
    assert scene.entry == "teacher" and scene.game.cards is None and not reader_threads()
    assert any(b.id.startswith("team:") for b in scene.buttons)
    driver.press("1")                                          # the first team: real
    assert scene.game.choices == {0: 0}


def test_leaving_mid_step_ends_the_reading_thread(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "room.png", [(1, "A")])])
    driver.press("enter")
    assert reader_threads()
    driver.press("esc")
    driver.click("yes")
    assert driver.scene.name != "classroom" and not reader_threads()


def test_time_up_ends_a_card_step_with_what_was_read(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "room.png", [(1, "A")])], "timer")
    scene = driver.scene
    assert scene.game.timer.limit
    truth = scene.game.scenario.truth
    app.ctx.camera = [room_picture(tmp_path / "judge.png", [(1, judge_edge(True, truth)), (6, judge_edge(False, truth))])]
    driver.press("enter")
    read_until(driver, {1, 6})
    driver.advance(scene.game.timer.limit + 1)                  # time's up: on to the action question
    assert scene.game.phase == "action" and scene.cards.scan.question == "action"
    report = app.ctx.store.sessions.report(scene.session_id)
    assert {v["card"]: v["right"] for v in report.card_votes if v["question"] == "judge"} == {1: 1, 6: 0}
    assert len(reader_threads()) == 1                           # the judge step's reader ended


def test_a_camera_that_cannot_even_open_is_told_not_a_crash(driver, app, tmp_path):
    to_card_class(driver, app, [room_picture(tmp_path / "room.png", [(1, "A")])])
    scene = driver.scene
    app.ctx.camera = [tmp_path / "notes.txt"]                  # no frames to be had at all
    driver.press("enter")
    assert scene.game.phase == "judge" and "notes.txt" in scene.camera_failed
    assert driver.button_shown("to_teacher") and not reader_threads()
