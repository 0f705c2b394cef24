"""Issue 15, item 1: no answer is given by accident.

Measured with a 70-year-old player: a double click on "AI" also answered the confidence
question that had just appeared; Enter pressed through the rights cards answered the next
scenario; Enter through the last card skipped the results. Now a new screen ignores clicks,
Enter and number keys for a moment (the player's "time before answers count"), no answer
is focused on a question, an answer can be changed until its feedback, and the results
screen never has "Play another round" as its default.
"""
from __future__ import annotations

import pygame
import pytest

from game.app import create_app
from game.core.call import CallSession
from game.core.round import Round
from game.ui.flows import Journey
from tests.ui.driver import Driver

SETTLE = 0.4                      # the default time before answers count
GAPS = (1 / 30, 0.15, 0.3)        # how far apart the two presses of a double are: all quicker than SETTLE


def click_event(pos):
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos)


def key_event(key: int):
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


class Watch:
    """Notes when each screen appeared (game time, at each change of scene or ``screen_key``)
    and every answer the round took, with how long its screen had been showing."""

    def __init__(self, app, monkeypatch):
        self.app = app
        self.shown = (None, 0.0)     # (scene id, screen key), since when
        self.screens: list[str] = []
        self.answers: list[tuple[str, object, float]] = []
        step = app.step

        def watched(events, dt, draw=True, elapsed=None):
            step(events, dt, draw, elapsed)
            self._look()

        monkeypatch.setattr(app, "step", watched)
        for name in ("judge", "set_confidence", "choose_action"):
            monkeypatch.setattr(Round, name, self._wrap(name, getattr(Round, name)))
        for name in ("answer", "choose"):   # a call's choices are answers too
            monkeypatch.setattr(CallSession, name, self._wrap(name, getattr(CallSession, name)))

    def current(self):
        top = self.app.top
        return id(top), top.screen_key()

    def _look(self) -> None:
        if self.app.scenes and self.current() != self.shown[0]:
            self.shown = (self.current(), self.app.ctx.time)
            self.screens.append(self.current()[1])

    def _wrap(self, name, original):
        def answered(round_, *args, **kwargs):
            now = self.app.ctx.time
            # a screen not seen after any frame yet appeared in this very frame: shown for 0 s
            since = self.shown[1] if self.current() == self.shown[0] else now
            self.answers.append((name, args[0] if args else None, now - since))
            return original(round_, *args, **kwargs)
        return answered


@pytest.fixture
def watched(install, tmp_path, mini_pack, shared_cache, monkeypatch):
    """A real App at a chosen text size, a Driver, and a Watch on it."""
    made = []

    def make(scale: float = 1.0):
        app = create_app(install, tmp_path / f"data{len(made)}", shared_cache, lang="en",
                         extra_packs=[mini_pack.parent], overrides={"text_scale": scale})
        made.append(app)
        Journey(app).start()
        watch = Watch(app, monkeypatch)
        return app, Driver(app), watch

    yield make
    for app in made:
        app.ctx.store.close()
        app.ctx.speech.close()
    pygame.quit()


def target(scene) -> str:
    """What a careful player chooses on this round screen: the truth, "certain", a safe option;
    on a page, the button that goes on."""
    round_ = scene.round
    ids = [b.id for b in scene.buttons]
    for forward in ("to_question", "more", "continue", "call:end", "call:answer", "call:reply"):
        if forward in ids:
            return forward
    if round_.step == "call":               # the first reply offered (None: the caller is still talking)
        return next((i for i in ids if i.startswith("call:") and i[5:].isdigit()), None)
    if round_.step == "judge":
        return round_.scenario.truth
    if round_.step == "confidence":
        return "certain"
    options = round_.scenario.actions[round_.question_index].options
    return f"option:{next(i for i, o in enumerate(options) if o.safe)}"


def double(app, driver, button_id: str, how: str, gap: float) -> None:
    """Wait until the screen takes answers (as a player who looks first), then choose
    ``button_id`` twice in quick succession: a double click, a double Enter or a number twice."""
    driver.settle(click=True)
    button = driver.button(button_id)
    if how == "mouse":
        events = [click_event(button.rect.center)]
    elif how == "numbers" and button.number:
        events = [key_event(getattr(pygame, f"K_{button.number}"))]
    else:                                  # arrows to it (they always work), then Enter
        while driver.scene.focused_id() != button_id:
            driver.press("down")
        events = [key_event(pygame.K_RETURN)]
    if gap == 0:
        app.step(events + events, 1 / 30)  # both in one frame
        return
    app.step(events, 1 / 30)
    app.step(events, gap)


@pytest.mark.parametrize("how, scale", [("mouse", 1.0), ("enter", 1.0),
                                        pytest.param("numbers", 2.0, marks=pytest.mark.slow),
                                        pytest.param("mouse", 2.0, marks=pytest.mark.slow)])
def test_doubled_clicks_and_presses_through_a_whole_round_answer_each_question_once(watched, how, scale):
    app, driver, watch = watched(scale)
    driver.to_round()
    gaps = (0.0, *GAPS)
    for turn in range(400):
        scene = driver.scene
        if scene.name != "round":
            break
        double(app, driver, target(scene), how, gaps[turn % len(gaps)])
    assert driver.scene.name == "results"
    # every answer was given on a screen the player had seen for at least the settle time
    assert watch.answers and all(age >= SETTLE - 1e-6 for _, _, age in watch.answers), watch.answers
    scenarios = driver.scene.round.scenarios
    assert len(watch.answers) == sum(2 + len(s.actions) for s in scenarios)   # each question once
    answers = driver.scene.round.answers
    assert [a.scenario_id for a in answers] == [s.id for s in scenarios]
    assert all(a.judged_right and a.confidence == "certain" and all(a.actions_safe) for a in answers)
    stored = app.ctx.store.attempts(app.ctx.profile)
    assert [(a["scenario_id"], a["judgement"], a["confidence"], a["complete"]) for a in stored] == \
        [(s.id, s.truth, "certain", 1) for s in scenarios]
    # every feedback was shown, and every page of it (below); the first rights card is new, in full
    for index, scenario in enumerate(scenarios):
        shown = [key for key in watch.screens if key.startswith(f"round-{index:02d}-")]
        assert any("-feedback-" in key for key in shown), shown
    if scale == 1.0:   # (at 200 % a new card may be one line that opens it, to keep the screen budget)
        assert any(key.startswith("round-00-rights-") for key in watch.screens)
    for key in watch.screens:
        if "-p" in key and key.rsplit("-p", 1)[1].isdigit():
            base, page = key.rsplit("-p", 1)
            assert all(f"{base}-p{n}" in watch.screens for n in range(1, int(page))), key
    # the results appeared on their first page and stay there
    driver.advance(3.0)
    assert driver.scene.name == "results" and driver.scene.screen_key() == "results-p1"
    assert driver.scene.focused_id() in (None, "more")


@pytest.mark.parametrize("scale, whole", [(1.0, True), (2.0, False), pytest.param(2.0, True, marks=pytest.mark.slow)])
def test_no_answer_is_focused_on_any_question_after_a_number_key(watched, scale, whole):
    """After "3 certain" the focus ring does not sit on option 3 of the next question (over the
    whole round, or the first scenario's questions: 200 % pages take seconds to lay out)."""
    app, driver, watch = watched(scale)
    driver.to_round()
    questions = 0
    for _ in range(200):
        scene = driver.scene
        if scene.name != "round" or not (whole or scene.round.step in ("judge", "confidence", "action")):
            break
        answers = [b for b in scene.buttons if b.number]
        if scene.round.step in ("judge", "confidence", "action") and answers:
            questions += 1
            assert scene.focused_id() not in [b.id for b in answers], scene.screen_key()
            driver.press(str(min(3, len(answers))))
        else:
            driver.press("enter")
    if whole:
        assert driver.scene.name == "results"
        assert questions == sum(2 + len(s.actions) for s in driver.scene.round.scenarios)
    else:
        assert questions == 2 + len(driver.scene.round.scenario.actions)


@pytest.fixture
def call_app(install, tmp_path, shared_cache, monkeypatch):
    """The calls test pack with no speech engine (captions only): no voices to prepare."""
    import sys

    from game.media.speech import Speech
    from tests.conftest import DATA

    made = []

    def make(scale: float):
        monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))   # the worker cannot start
        app = create_app(install, tmp_path / f"data{len(made)}", shared_cache, lang="en",
                         extra_packs=[DATA / "packs" / "calls"], overrides={"text_scale": scale})
        app.ctx.speech = Speech(tmp_path / "speech")
        made.append(app)
        Journey(app).start()
        return app, Driver(app)

    yield make
    for app in made:
        app.ctx.store.close()
        app.ctx.speech.close()
    pygame.quit()


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_reply_is_focused_when_a_call_asks_something_new(call_app, scale):
    app, driver = call_app(scale)
    driver.new_player("2", "Ann")
    driver.click_listed("pack:calls")
    driver.advance(0.1)
    asked = 0
    for _ in range(40):
        scene = driver.scene
        if scene.name != "round" or scene.round.step != "call" or scene.callview.call.finished:
            break
        replies = [b.id for b in scene.buttons if b.number]
        assert scene.focused_id() not in replies, scene.screen_key()
        if replies:
            asked += 1
            driver.press(driver.choice_key("ask_secret_word") if "call:0" in replies and asked == 2 else "1")
        else:
            assert scene.focused_id() == "call:reply"   # large text: "Reply" goes on to the replies
            driver.press("enter")
        driver.advance(0.2)
    assert asked >= 3


@pytest.mark.parametrize("how", ["mouse", "enter"])
def test_doubled_clicks_and_presses_through_a_round_of_calls(call_app, monkeypatch, how):
    """Calls too: answering the phone and each reply, doubled, is taken once, on a screen the
    player had seen for the settle time; the round ends on the results."""
    app, driver = call_app(1.0)
    watch = Watch(app, monkeypatch)
    driver.new_player("2", "Ann")
    driver.click_listed("pack:calls")
    gaps = (0.0, *GAPS)
    for turn in range(600):
        scene = driver.scene
        if scene.name != "round":
            break
        chosen = target(scene)
        if chosen is None:
            driver.advance(0.2)             # the caller is still talking
            continue
        double(app, driver, chosen, how, gaps[turn % len(gaps)])
    assert driver.scene.name == "results"
    assert watch.answers and all(age >= SETTLE - 1e-6 for _, _, age in watch.answers), watch.answers
    scenarios = driver.scene.round.scenarios
    questions = [name for name, _, _ in watch.answers if name in ("judge", "set_confidence", "choose_action")]
    assert len(questions) == sum(2 + len(s.actions) for s in scenarios)   # each question once
    assert [name for name, _, _ in watch.answers].count("answer") == len(scenarios)   # each call answered once
    assert any(name == "choose" for name, _, _ in watch.answers)
    stored = app.ctx.store.attempts(app.ctx.profile)
    assert [(a["scenario_id"], a["complete"]) for a in stored] == [(s.id, 1) for s in scenarios]


def test_a_press_made_while_a_slow_page_was_drawn_does_not_count(watched):
    """The wait starts when the new screen is on the display: a page that took 0.8 s to lay out
    and draw does not use up the wait, so a second press made meanwhile answers nothing. And it
    is real time: the game loop caps a frame's dt at 0.1 s, also while it sleeps between frames."""
    app, driver, _ = watched()
    driver.to_round()
    driver.settle()
    app.step([key_event(pygame.K_1)], 1 / 30)
    assert driver.scene.round.step == "confidence"
    assert not app.idle()                                   # the next frame comes at once
    app.step([key_event(pygame.K_1)], 0.1, elapsed=0.8)     # pressed while the page was drawn
    assert driver.scene.round.step == "confidence"
    app.step([], 0.1, elapsed=0.25)                         # the idle loop sleeps a quarter second
    app.step([key_event(pygame.K_1)], 0.1, elapsed=0.2)     # 0.45 s after the page was shown
    assert driver.scene.round.step == "action" and driver.scene.round.confidence == "guessing"


def test_a_double_click_on_next_page_turns_one_page(watched):
    """A list's next page counts as a new screen: the second click of a double click on Next
    does not land on what took its place (Settings at 200 % has pages)."""
    app, driver, _ = watched(2.0)
    driver.press("f3")
    assert driver.scene.name == "settings" and "list:next" in [b.id for b in driver.scene.buttons]
    driver.settle(click=True)
    pos = driver.button("list:next").rect.center
    app.step([click_event(pos)], 1 / 30)
    app.step([click_event(pos)], 0.3)
    assert driver.scene.list_page == 1


def test_backspace_changes_the_answer_where_the_button_has_no_room(watched):
    """At 200 % text the options of a long action question leave no room for "Change my answer":
    Backspace does the same, and a held Backspace goes back one question at a time."""
    app, driver, _ = watched()
    driver.to_round()
    driver.press("2"), driver.press("3")
    assert driver.scene.round.step == "action"
    driver.settle()
    app.step([key_event(pygame.K_BACKSPACE)], 1 / 30)
    assert driver.scene.round.step == "confidence" and driver.scene.round.confidence == ""
    app.step([key_event(pygame.K_BACKSPACE)], 1 / 30)      # held, or pressed twice: waits
    assert driver.scene.round.step == "confidence"
    driver.settle()
    app.step([key_event(pygame.K_BACKSPACE)], 1 / 30)
    assert driver.scene.round.step == "judge"
    driver.settle()
    app.step([key_event(pygame.K_BACKSPACE)], 1 / 30)      # nothing answered yet: nothing happens
    assert driver.scene.name == "round" and driver.scene.round.step == "judge"
    driver.press("1"), driver.press("1")
    assert driver.scene.round.step == "action" and driver.scene.round.judgement == "real"
    [attempt] = app.ctx.store.attempts(app.ctx.profile)
    assert (attempt["judgement"], attempt["confidence"]) == ("real", "guessing")


def test_change_my_answer_before_the_feedback(watched):
    app, driver, _ = watched()
    driver.to_round()                       # still-fake: made by AI
    assert "change" not in [b.id for b in driver.scene.buttons]   # nothing answered yet
    driver.click("manipulated")             # a slip: she meant to say real
    driver.click("change")
    assert driver.scene.round.step == "judge" and driver.scene.round.judgement == ""
    driver.click("real")
    driver.click("certain")
    assert app.ctx.store.attempts(app.ctx.profile)[0]["judgement"] == "real"
    driver.click("change")                  # from the action question back to "how sure"
    assert driver.scene.round.step == "confidence" and driver.scene.focused_id() is None
    [attempt] = app.ctx.store.attempts(app.ctx.profile)         # what was taken back is not kept
    assert (attempt["judgement"], attempt["confidence"], attempt["complete"]) == ("real", "", 0)
    driver.click("fairly_sure")
    driver.press(driver.option_key(safe=True))
    assert driver.scene.round.step == "feedback"
    assert "change" not in [b.id for b in driver.scene.buttons]   # the feedback is shown: it stands
    assert driver.sees("Your answer: Real (Fairly sure)") and driver.sees("Not this time.")
    [attempt] = app.ctx.store.attempts(app.ctx.profile)        # one attempt, with the final answer
    assert (attempt["judgement"], attempt["confidence"], attempt["actions_safe"], attempt["complete"]) == \
        ("real", "fairly_sure", [True], 1)


def test_change_my_answer_on_a_second_action_question_drops_only_that_answer(watched):
    app, driver, _ = watched()
    driver.to_round()
    while driver.scene.round.scenario.id != "voice-fake":   # two action questions
        for key in ("2", "3"):
            driver.press(key)
        while driver.scene.round.step == "action":
            driver.press(driver.option_key(safe=True))
        while driver.scene.round.step in ("feedback", "rights"):
            driver.press("enter")
    driver.press("2"), driver.press("3")
    driver.press(driver.option_key(safe=False))
    attempt = app.ctx.store.attempts(app.ctx.profile)[-1]
    assert attempt["actions_safe"] == [False]
    driver.click("change")
    assert driver.scene.round.question_index == 0
    assert app.ctx.store.attempts(app.ctx.profile)[-1]["actions"] == []
    driver.press(driver.option_key(safe=True))
    driver.press(driver.option_key(safe=True))
    stored = [a for a in app.ctx.store.attempts(app.ctx.profile) if a["scenario_id"] == "voice-fake"]
    assert len(stored) == 1 and stored[0]["actions_safe"] == [True, True] and stored[0]["complete"]


def test_only_choosing_input_waits_for_a_new_screen(watched):
    app, driver, _ = watched()
    driver.to_round()
    driver.press("1")                       # a new question now: confidence
    for key in (pygame.K_1, pygame.K_RETURN):
        app.step([key_event(key)], 1 / 30)
    app.step([click_event(driver.button("guessing").rect.center)], 1 / 30)
    assert driver.scene.round.step == "confidence"   # numbers, Enter and clicks wait
    app.step([key_event(pygame.K_DOWN)], 1 / 30)     # arrows do not
    assert driver.scene.focused_id() == "guessing"
    app.step([key_event(pygame.K_F1)], 1 / 30)       # nor help
    assert driver.scene.name == "help"
    app.step([key_event(pygame.K_ESCAPE)], 1 / 30)   # nor Esc
    assert driver.scene.name == "round"
    app.step([key_event(pygame.K_ESCAPE)], 1 / 30)   # Esc on a round asks first; Enter there waits too
    app.step([key_event(pygame.K_RETURN)], 1 / 30)
    assert driver.scene.name == "confirm"
    driver.press("enter")                   # "keep practising", once the question has settled
    assert driver.scene.name == "round"
    driver.press("3")
    assert driver.scene.round.step == "action"


def test_the_second_click_of_a_slow_double_click_never_reaches_the_next_screen(watched):
    app, driver, _ = watched()
    driver.to_round()
    driver.settle()
    pos = driver.button("manipulated").rect.center
    app.step([click_event(pos)], 1 / 30)
    assert driver.scene.round.step == "confidence"
    app.step([], 1 / 30)                    # the next frame: the question is on the display
    app.step([], 0.4)                       # past the settle time, within a double click
    app.step([click_event(pos)], 1 / 30)    # the same place: the second click of the double
    assert driver.scene.round.step == "confidence"
    app.step([click_event(driver.button("fairly_sure").rect.center)], 1 / 30)   # elsewhere: a choice
    assert driver.scene.round.step == "action" and driver.scene.round.confidence == "fairly_sure"


def test_the_results_are_never_skipped(watched):
    """Enter held through the last card shows the results, where no choice is the default."""
    app, driver, _ = watched()
    driver.to_round()
    for _ in range(80):
        if driver.scene.name != "round":
            break
        asked = driver.scene.round.step in ("judge", "confidence", "action") and driver.scene.numbered()
        driver.press("1") if asked else driver.press("enter")   # (on the feedback, 1 would open a card)
    results = driver.scene
    assert results.name == "results"
    for _ in range(3):
        app.step([key_event(pygame.K_RETURN)], 1 / 30)   # Enter held through from the last card
    assert driver.scene is results and results.screen_key() == "results-p1"
    while "more" in [b.id for b in results.buttons]:
        assert results.focused_id() == "more"
        driver.press("enter")
    assert results.focused_id() is None    # "Play another round" needs a deliberate choice
    driver.press("enter")
    assert driver.scene is results
    driver.press("1")
    assert driver.scene.name == "packs"


def test_the_time_before_answers_count_is_kept_for_each_player(install, tmp_path, mini_pack, shared_cache):
    def open_app():
        app = create_app(install, tmp_path / "data", shared_cache, lang="en", extra_packs=[mini_pack.parent])
        Journey(app).start()
        return app, Driver(app)

    app, driver = open_app()
    try:
        driver.to_round(nickname="Mei")
        driver.press("f3")
        driver.press("9")                   # 0.4 s → 0.8 s
        assert driver.sees("Time before answers count: 0.8 s")
        driver.press("esc")
        driver.press("2")                   # a new question: now 0.8 s before an answer counts
        app.step([], 1 / 30)                # on the display from the next frame
        app.step([], 0.6)
        app.step([key_event(pygame.K_3)], 1 / 30)
        assert driver.scene.round.step == "confidence"
        app.step([], 0.2)
        app.step([key_event(pygame.K_3)], 1 / 30)
        assert driver.scene.round.step == "action"
    finally:
        app.ctx.store.close(), app.ctx.speech.close(), pygame.quit()

    app, driver = open_app()                # another day, on the same computer
    try:
        driver.press("1"), driver.press("2"), driver.press("2")   # Mei is greeted: someone else, English
        driver.type("Bo")
        driver.press("enter")               # a new player: the usual wait
        assert app.ctx.effective.answer_wait == 0.4
        assert app.ctx.store.settings(app.ctx.profile).answer_wait == 0.4
        Journey(app).start()
        driver.click("start"), driver.click("someone_else"), driver.click("en")
        driver.click("name:Mei")            # Mei again: her own wait
        assert app.ctx.effective.answer_wait == 0.8
    finally:
        app.ctx.store.close(), app.ctx.speech.close(), pygame.quit()
