"""A full classroom round with three teams on their own keys, and a community session by show of hands,
headless through the App, with every answer and vote in the SQLite file."""
from __future__ import annotations

import pygame
import pytest

from game.core.overlap import overlaps
from game.ui.flows import Journey
from tests.ui.driver import FRAME, Driver


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def type_keys(driver: Driver, characters: str) -> None:
    for char in characters:
        key = pygame.key.key_code(char) if char.isalnum() else ord(char)
        driver.app.step([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0)], FRAME)


def to_classroom(driver: Driver, *settings: str) -> None:
    """Set up three teams on the mini pack (and click each of ``settings`` once), then start."""
    driver.click("rooms")
    driver.click("classroom")
    assert driver.scene.name == "classsetup"
    while driver.scene.config.teams != 3:
        driver.click("teams")
    while driver.app.ctx.packs()[driver.scene.config.pack].info.id != "mini":
        driver.click("pack")
    for setting in settings:
        driver.click(setting)
    driver.click("start")
    assert driver.scene.name == "classroom"


def safe_option(scenario) -> int:
    return next(i for i, o in enumerate(scenario.actions[0].options) if o.safe)


def test_three_teams_play_a_whole_round_on_their_own_keys(driver, app):
    to_classroom(driver)
    scene = driver.scene
    teams = scene.game.teams
    expected = {0: 0, 1: 0, 2: 0}
    for _ in range(len(scene.game.scenarios)):
        scenario = scene.game.scenario
        driver.press("enter")                                   # the room has watched: teams answer
        assert scene.game.phase == "judge" and scene.raw_keys
        right = 0 if scenario.truth == "real" else 1
        type_keys(driver, teams[0].keys[right] + teams[1].keys[1 - right] + teams[2].keys[right])
        assert scene.game.all_answered and scene.game.choices == {0: right, 1: 1 - right, 2: right}
        driver.press("enter")
        assert scene.game.phase == "action"
        safe = safe_option(scenario)
        type_keys(driver, teams[0].keys[safe] + teams[1].keys[safe] + teams[2].keys[1 - safe if safe < 2 else 0])
        driver.press("enter")
        assert scene.game.phase == "reveal" and driver.sees("This one")
        expected[0] += 10
        expected[1] += 6
        expected[2] += 4
        while scene.game.phase == "reveal":                     # the reveal's pages, then the scoreboard
            driver.press("enter")
        assert driver.sees("Scoreboard")
        driver.press("enter")
    assert scene.podium and driver.sees("Final places")
    report = app.ctx.store.sessions.report(scene.session_id)
    assert report.finished and [t["name"] for t in report.teams] == [t.name for t in teams]
    points = {i: sum(a["points"] for a in report.answers if a["team"] == i) for i in range(3)}
    assert points == expected == {team.index: p for team, p in scene.game.totals()}
    assert {t["step"] for t in report.timings} >= {"watch", "judge", "action", "reveal", "scoreboard"}


def test_the_teacher_can_enter_each_teams_answer(driver, app):
    to_classroom(driver, "entry")
    scene = driver.scene
    driver.press("enter")
    assert [b.id for b in scene.buttons][:3] == ["team:0", "team:1", "team:2"]
    driver.press("2")                                           # team 1 (focused): AI-manipulated
    driver.press("1")                                           # the focus moved on: team 2 says real
    assert scene.game.choices == {0: 1, 1: 0}


def test_a_timer_moves_on_by_itself_and_the_teacher_can_pause_it(driver):
    to_classroom(driver, "timer")                               # 15 s a question
    scene = driver.scene
    driver.press("enter")
    type_keys(driver, " ")                                      # Space pauses the timer
    driver.advance(20)
    assert scene.game.phase == "judge" and scene.game.timer.paused and scene.game.timer.left > 14.9
    type_keys(driver, " =")                                     # go on, and 15 s more
    driver.advance(29)
    assert scene.game.phase == "judge"
    driver.advance(2)
    assert scene.game.phase == "action"


def test_a_community_session_counts_hands_and_keeps_them(driver, app):
    driver.click("rooms")
    driver.click("community")
    assert driver.scene.name == "commsetup"
    driver.click_listed("pack:mini")
    scene = driver.scene
    assert scene.name == "presenter" and scene.session.step == "watch"
    driver.press("enter")
    assert scene.session.step == "vote_judge"
    type_keys(driver, "12")                                     # 12 hands for real
    driver.press("tab")
    type_keys(driver, "30+")                                    # 31 for AI
    tally = scene.session.tally()
    assert (tally.real, tally.manipulated) == (12, 31)
    driver.press("enter")
    assert scene.session.step == "vote_action"
    type_keys(driver, "5")
    driver.press("enter")
    assert scene.session.step == "reveal"
    seen = driver.sees("of the room judged it right")
    while scene.session.step == "reveal":                       # the reveal's pages, then on
        driver.press("enter")
        seen = seen or driver.sees("of the room judged it right")
    assert seen and scene.session.step == "discuss"
    type_keys(driver, "b")                                      # back to the reveal
    assert scene.session.step == "reveal"
    type_keys(driver, "s")                                      # skip on to the next scenario: asked first
    driver.press("2")                                           # yes
    assert scene.session.index == 1 and scene.session.step == "watch"
    report = app.ctx.store.sessions.report(scene.session_id)
    assert [(v["scenario_id"], v["real"], v["manipulated"], v["actions"][0]) for v in report.votes] == \
        [("still-fake", 12, 31, 5)]


def test_a_timed_round_redraws_only_while_its_countdown_counts(driver):
    """Watching a still picture, the reveal, the scoreboard and the podium ask for no redraw; while
    teams answer the scene asks for one when the shown second (and the bar with it) changes."""
    to_classroom(driver, "timer")                               # 15 s a question
    scene = driver.scene
    asked = {}
    while not scene.podium:
        phase = scene.game.phase
        driver.advance(0.25)
        asked.setdefault(phase, []).append(scene.next_change())
        if phase in ("judge", "action"):
            assert 0.5 < scene.next_change() <= 0.76 and driver.sees("15 s left")
        driver.press("enter")
    driver.advance(1)
    assert scene.next_change() is None                          # the podium
    assert all(change is None for phase in ("reveal", "scoreboard") for change in asked[phase])
    assert None in asked["watch"]                               # the still picture: nothing moves


def test_the_countdown_shows_pause_more_time_and_times_up(driver):
    to_classroom(driver, "timer")
    scene = driver.scene
    driver.press("enter")
    type_keys(driver, " ")
    assert driver.sees("Timer paused")
    type_keys(driver, " =")
    assert driver.sees("+15 s") and scene.game.timer.shown_seconds() == 30
    driver.advance(2.5)
    assert driver.sees("30 s left") or driver.sees("28 s left")
    driver.advance(28)
    assert scene.game.phase == "action" and driver.sees("Time's up! Answers are locked")
    driver.advance(3.5)
    assert not driver.sees("Time's up") and scene.game.timer.running
    while scene.game.phase == "action":                         # the action's time runs out too
        driver.advance(0.5)
    assert scene.game.phase == "reveal" and driver.sees("Time's up! Answers are locked")
    assert overlaps(driver.app.ctx.text.boxes) == []            # beside the reveal's buttons


def test_teacher_entry_marks_each_team_and_enter_does_what_the_buttons_say(driver):
    to_classroom(driver, "entry", "timer")
    scene = driver.scene
    driver.press("enter")
    type_keys(driver, " ")                                      # Space pauses the timer, also here
    assert scene.game.phase == "judge" and scene.game.timer.paused
    type_keys(driver, " =")
    assert not scene.game.timer.paused and scene.game.timer.shown_seconds() == 30
    assert driver.button("reveal").label == "Next: what would you do? (Enter)"
    driver.press("2")                                           # team 1 (focused) says AI
    marked = {b.id: b.answered for b in scene.buttons if b.id.startswith("team:")}
    assert marked == {"team:0": True, "team:1": False, "team:2": False}
    assert scene.focused_id() == "team:1" and driver.sees("answered") and driver.sees("waiting")
    driver.press("enter")                                       # a team focused: Enter goes on
    assert scene.game.phase == "action" and driver.button("reveal").label == "Reveal (Enter)"
    assert not any(b.answered for b in scene.buttons if b.id.startswith("team:"))
    driver.press("enter")
    assert scene.game.phase == "reveal"


def to_presenter(driver: Driver, room: str = "", pack: str = "mini") -> None:
    """Community setup: type ``room`` (the room size) on its line, then play ``pack`` whole."""
    driver.click("rooms")
    driver.click("community")
    assert driver.scene.name == "commsetup" and driver.scene.focused_id() == "room"
    type_keys(driver, room)
    driver.click_listed(f"pack:{pack}")
    driver.wait_for("presenter")   # a pack with calls: its voices are prepared first


def test_number_keys_choose_a_calls_reply_in_community_mode(driver, app):
    from tests.ui.test_transcript_rooms_dropouts import _show

    to_presenter(driver)
    scene = driver.scene
    view = _show(app, scene, "family", "code-request-call").callview    # a call ringing for the room
    driver.advance(0.5)
    assert view.call.ringing and scene.footer_hint().startswith("Numbers choose")
    answer = next(b.number for b in scene.buttons if b.id == "call:answer")
    assert answer is not None
    type_keys(driver, str(answer))
    assert not view.call.ringing
    scene.close_clip()


def test_backspace_and_delete_edit_a_typed_count(driver):
    to_presenter(driver)
    driver.press("enter")
    type_keys(driver, "312")
    assert scene_tally(driver).real == 312
    driver.settle()                                             # Backspace waits for the new screen, as Enter does
    driver.press("backspace")
    assert scene_tally(driver).real == 31
    driver.app.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DELETE, mod=0, unicode="\x7f", scancode=0)],
                    FRAME)
    type_keys(driver, "5=")
    assert scene_tally(driver).real == 36                       # 3, then 5 after it, then = adds one
    assert "Backspace deletes a digit" in driver.scene.footer_hint()   # the footer names the keys


def scene_tally(driver: Driver):
    return driver.scene.session.tally()


def test_the_room_size_counts_down_and_warns_when_votes_exceed_it(driver):
    to_presenter(driver, "-=4")                                 # - at 0 stays 0; = adds one: 1, then 4 replaces it
    scene = driver.scene
    assert scene.session.room_size == 4
    driver.press("enter")
    type_keys(driver, "1")
    assert driver.sees("4 in the room: 3 not counted yet")
    driver.press("tab")
    type_keys(driver, "3")
    assert driver.sees("everyone is counted")
    type_keys(driver, "+")
    assert driver.sees("Check: 1 more counted than the 4 people in the room")


def test_the_room_size_line_takes_digits_and_backspace(driver):
    driver.click("rooms")
    driver.click("community")
    scene = driver.scene
    type_keys(driver, "123")
    driver.settle()
    driver.press("backspace")
    assert scene.room_size == 12 and driver.sees("People in the room: 12")
    driver.press("enter")                                       # on to the plans: numbers choose again
    assert scene.focused_id() != "room" and not scene.raw_keys


def test_skip_asks_first_and_is_recorded_as_skipped(driver, app):
    to_presenter(driver)
    scene = driver.scene
    type_keys(driver, "s")
    assert driver.sees("Skip this one?")
    driver.press("1")                                           # no: stay
    assert scene.session.index == 0 and driver.scene is scene
    type_keys(driver, "s")
    driver.press("2")                                           # yes
    assert scene.session.index == 1 and scene.session.skipped == {0}
    report = app.ctx.store.sessions.report(scene.session_id)
    assert [(v["scenario_id"], v["skipped"]) for v in report.votes] == [("still-fake", True)]

    from game.export.session import _result_lines
    from game.export.tables import question_rows
    assert question_rows(report, {})[0]["skipped"] == 1
    assert "still-fake: skipped" in _result_lines(report, {}, "en")[0]


def test_the_presenters_screens_ask_for_no_redraw_once_the_clip_is_over(driver, app):
    """Counting hands, the reveal, the talk and the end stand still: the game loop sleeps there."""
    to_presenter(driver)
    scene = driver.scene
    seen = set()
    while not scene.session.finished:
        step = scene.session.step
        driver.press("enter")
        driver.advance(0.5)
        if not scene.session.finished and scene.session.step != "watch":
            seen.add(scene.session.step)
            assert scene.next_change() is None and app.idle(), scene.session.step
    driver.advance(0.5)
    assert scene.next_change() is None and app.idle()
    assert seen >= {"vote_judge", "vote_action", "reveal", "discuss"}, step

