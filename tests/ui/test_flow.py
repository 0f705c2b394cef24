"""Whole screens driven by keys and clicks through App.step, as a player would."""
from __future__ import annotations

from dataclasses import replace

import pytest

from game.ui.flows import Journey
from tests.ui.driver import Driver


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def answer_scenario(driver, judge_key="2", confidence_key="3", option_keys=("1",)):
    driver.press(judge_key)
    driver.press(confidence_key)
    for key in option_keys:   # "safe" / "unsafe": the option by meaning (the order is shuffled)
        driver.press(driver.option_key(key == "safe") if key in ("safe", "unsafe") else key)


def answering(scene) -> bool:
    """A question (or a call) waits for a numbered answer; else Enter goes on (the numbered
    buttons of the feedback open rights cards)."""
    return scene.name == "round" and bool(scene.numbered()) and scene.round.step not in ("feedback", "rights")


def test_a_whole_round_by_keyboard_is_scored_and_stored(driver, app):
    driver.to_round()
    plan = {"still-fake": ("2", "safe"), "anim-real": ("1", "safe"), "voice-fake": ("2", "safe", "safe"),
            "video-real": ("1", "safe")}
    for _ in range(4):
        scenario = driver.scene.round.scenario
        keys = plan[scenario.id]
        answer_scenario(driver, keys[0], "3", keys[1:])
        assert driver.scene.round.step == "feedback"
        while driver.scene.name == "round" and driver.scene.round.scenario.id == scenario.id:
            driver.press("enter")   # verdict, advice, each rights card
            if driver.scene.name != "round" or driver.scene.round.finished:
                break
    assert driver.scene.name == "results"
    summary = driver.scene.summary
    assert summary.played == 4 and summary.judged_right == 4 and summary.actions_safe == 4
    assert "Score: 40 / 40" in driver.visible_text()
    stored = app.ctx.store.attempts(app.ctx.profile)
    assert [a["scenario_id"] for a in stored] == list(plan)
    assert all(a["complete"] for a in stored) and app.ctx.store.missed(app.ctx.profile) == []


def test_each_answer_is_stored_the_moment_it_is_given(driver, app):
    driver.to_round()
    driver.press("1")
    driver.press("2")                       # real, fairly sure: stored now
    attempts = app.ctx.store.attempts(app.ctx.profile)
    assert len(attempts) == 1 and attempts[0]["judgement"] == "real" and not attempts[0]["complete"]
    unsafe = driver.option_key(safe=False)
    driver.press(unsafe)                    # the unsafe option: stored now, as the position the player saw
    attempts = app.ctx.store.attempts(app.ctx.profile)
    assert attempts[0]["actions"] == [int(unsafe) - 1] and attempts[0]["actions_safe"] == [False]
    assert attempts[0]["complete"]
    assert app.ctx.store.missed(app.ctx.profile) == [("mini", "still-fake")]


def test_feedback_shows_verdict_tells_safe_action_and_rights(driver, app):
    driver.to_round()
    answer_scenario(driver, "1", "3", ("unsafe",))  # wrong call, unsafe action
    scene = driver.scene
    [page] = scene.pages                            # one screen: the marked clip beside its tells, then the text
    assert page.clip_box is not None and page.tells and page.side
    assert driver.sees("Not this time. This one was made or changed by AI.")
    assert driver.sees("The edge of the face is blurred.") and driver.sees("A cure that heals everything")
    assert driver.sees("Your choice was risky") and driver.sees("Ask your own doctor first")
    driver.press("enter")
    assert driver.scene.round.step == "rights"     # a card not read yet: in full
    assert driver.sees("Art. 1019") and driver.sees("What you can do") and driver.sees("Where to report")
    assert app.ctx.store.seen_rights(app.ctx.profile) == {"civil-code-1019"}
    driver.press("enter")
    assert driver.scene.round.index == 1 and driver.scene.round.step == "judge"


def test_a_rights_card_already_read_is_one_line_that_opens_it(driver, app):
    driver.to_round()
    app.ctx.store.mark_rights_seen(app.ctx.profile, ["civil-code-1019"])   # read in an earlier round
    answer_scenario(driver, "2", "3", ("safe",))
    for _ in range(6):                                                  # the feedback's pages, to its lines
        ids = [b.id for b in driver.scene.buttons]
        if "card:civil-code-1019" in ids or "list" in ids:
            break
        assert not driver.sees("What you can do")                        # never shown in full again
        driver.press("enter")
    assert driver.scene.round.index == 0
    if "list" in ids:                                                   # the lines folded into one: open them
        driver.click("list")
    step, page, opened = driver.scene.round.step, driver.scene.page_no, driver.scene.opened
    line = driver.button("card:civil-code-1019")
    assert line.label == "Nobody may fake your face with technology — details" and line.number == 1
    assert driver.scene.buttons[driver.scene.focus].id in ("continue", "close")   # Enter: not into the card
    driver.press("1")                                                   # the number key opens it
    assert driver.sees("Art. 1019") and driver.sees("What you can do") and driver.sees("Where to report")
    assert driver.scene.screen_key().endswith("-open-civil-code-1019")
    driver.click("close")                                               # Back: where it was opened
    assert (driver.scene.round.step, driver.scene.page_no, driver.scene.opened) == (step, page, opened)
    if opened:
        driver.click("close")
    driver.press("enter")
    assert driver.scene.round.index == 1 and driver.scene.round.step == "judge"


def test_each_scenario_keeps_to_its_screen_budget_at_100_percent(driver):
    from game.ui.roundpages import SCREEN_BUDGET

    driver.to_round()
    counts = {}
    while driver.scene.name == "round":
        scene = driver.scene
        counts[scene.round.scenario.id] = scene.screens
        driver.press("1") if answering(scene) else driver.press("enter")
    assert counts and max(counts.values()) <= SCREEN_BUDGET[False]["picture"], counts


def test_mouse_works_on_every_step(driver):
    driver.click("start")
    driver.click("zh")
    driver.type("小明")
    driver.click("ok")
    driver.click("skip")          # the first-run tour
    driver.click_listed("pack:mini")
    driver.click("manipulated")
    driver.click("certain")
    driver.click("option:1")
    assert driver.scene.round.current_answer.judged_right
    driver.click("continue")
    assert driver.scene.round.step == "rights"
    driver.click("continue")
    assert driver.scene.round.index == 1


def test_arrows_move_focus_and_enter_chooses(driver):
    driver.to_round()
    driver.press("down")                     # no answer is focused at first: down lands on the first
    driver.press("down")
    driver.press("enter")                    # second button: made or changed by AI
    assert driver.scene.round.step == "confidence"
    assert driver.scene.round.judgement == "manipulated"


def test_language_switches_at_any_time(driver, app):
    driver.to_round()
    assert driver.sees("Is this real, or made or changed by AI?")
    driver.press("f2")
    assert app.ctx.lang == "zh"
    assert driver.sees("这是真的，还是AI做的或改过的？")
    assert driver.button("manipulated").label == "AI做的或改的"


def test_replay_and_pause_keys_reach_the_clip(driver):
    driver.to_round()
    answer_scenario(driver, "2", "3", ("safe",))
    while driver.scene.round.index == 0:
        driver.press("enter")                # feedback, rights: on to the animation
    clip = driver.scene.clip
    assert clip.seconds > 0 and clip.playing
    driver.advance(0.3)
    driver.press("p")
    assert not clip.playing
    paused_at = clip.position
    driver.advance(0.3)
    assert clip.position == paused_at > 0
    driver.press("r")
    assert clip.playing and clip.position < paused_at


def test_esc_leaves_the_round_and_the_nickname_is_remembered(driver, app):
    driver.to_round(nickname="Grandma Li")
    driver.press("esc")
    assert driver.scene.name == "confirm"
    driver.click("yes")
    assert driver.scene.name == "packs"
    names = [p.nickname for p in app.ctx.store.profiles()]
    assert names == ["Grandma Li"]


def test_an_empty_nickname_is_refused_kindly(driver):
    driver.press("1")
    driver.press("2")
    driver.press("enter")
    assert driver.scene.name == "player"
    assert driver.sees("Please type a nickname first")
    driver.type("Bo")
    driver.press("backspace")
    driver.type("ob")
    driver.press("enter")
    assert driver.scene.name == "tour" and driver.app.ctx.profile.nickname == "Bob"


def test_review_replays_only_what_was_missed(driver, app):
    driver.to_round()
    answer_scenario(driver, "1", "3", ("unsafe",))  # miss the first one
    driver.press("esc")
    driver.click("yes")
    driver.click("review")
    assert driver.scene.name == "round" and driver.scene.kind == "review"
    assert [s.id for s in driver.scene.round.scenarios] == ["still-fake"]


def test_a_broken_pack_is_listed_unavailable_and_others_still_play(install, tmp_path, mini_pack):
    import shutil

    import pygame

    from game.app import create_app

    broken = mini_pack.parent / "broken"
    shutil.copytree(mini_pack, broken)
    (broken / "pack.yaml").write_text((broken / "pack.yaml").read_text().replace("id: mini", "id: broken"))
    (broken / "still-fake.yaml").write_text("id: [unclosed\n")
    application = create_app(install, tmp_path / "d2", tmp_path / "c2", lang="en", extra_packs=[mini_pack.parent])
    try:
        Journey(application).start()
        driver = Driver(application)
        driver.new_player("2", "Zed")
        text = driver.visible_text()
        assert "broken — Not available: File still-fake.yaml, line 2, column 1: YAML syntax" in text.replace("\n", " ")
        assert any(n.text_key == "notice.bad_packs" for n in application.ctx.notices)
        driver.click_listed("pack:mini")
        assert driver.scene.name == "round"
    finally:
        application.ctx.store.close()
        pygame.quit()


@pytest.fixture
def call_driver(install, tmp_path, shared_cache):
    import pygame

    from game.app import create_app
    from tests.conftest import DATA

    application = create_app(install, tmp_path / "data", shared_cache, lang="zh",
                             extra_packs=[DATA / "packs" / "calls"])
    Journey(application).start()
    yield Driver(application)
    application.ctx.store.close()
    application.ctx.speech.close()
    pygame.quit()


def wait_for_voices(driver) -> None:
    """Stay on the 'preparing voices' screen while the real speech worker renders, in real time:
    the screen gives up after 15 s of *game* time with no new line, and a test's frames pass
    game time far faster than a cold worker renders its first lines."""
    import time

    while driver.scene.name == "prepare":
        driver.advance(0.1)
        time.sleep(0.05)


def test_a_call_played_by_keys_reacts_to_the_moves(call_driver):
    driver = call_driver
    driver.new_player("1", "奶奶")
    driver.click_listed("pack:calls")
    wait_for_voices(driver)                             # the voices are rendered first
    assert driver.scene.name == "round" and driver.scene.round.step == "call"
    assert driver.sees("来电") and driver.sees("接听")
    driver.press("1")                                   # answer
    driver.advance(0.2)
    view = driver.scene.callview
    assert view.current is not None and view.current.sound is not None   # the line is spoken
    assert driver.sees("奶奶，是我，我出事了")               # and captioned
    driver.press(driver.choice_key("ask_secret_word"))  # ask the secret word: the fake dodges
    assert view.call.node_id == "dodge"
    driver.advance(0.2)
    assert driver.sees("别问了")
    driver.press("r")                                   # hear it again
    assert view.queue or view.current
    driver.press(driver.choice_key("hang_up_call_back"))  # hang up, call the saved number
    assert view.call.person.id == "grandson" and view.called_back
    driver.advance(0.2)
    assert driver.sees("我在学校上课呢")
    driver.press("1")                                   # the call ends: now the real/fake question
    assert view.call.outcome == "safe" and driver.scene.round.step == "judge"
    # the question is about the first caller, not the real grandson now on the line
    assert driver.sees("第一个打来的“未知号码”（+86 170 0000 0000）") and view.shown.id == "fake"
    driver.press("2"), driver.press("3")
    answer = driver.scene.round.current_answer
    assert answer.call_outcome == "safe" and answer.action_fraction == 1.0 and answer.judged_right
    stored = driver.app.ctx.store.attempts(driver.app.ctx.profile)[0]
    assert stored["call_outcome"] == "safe" and stored["complete"]
    assert stored["call_moves"] == ["answer", "ask_secret_word", "hang_up_call_back", "refuse_report"]
    assert driver.sees("通话结束: 安全：没有受骗")                  # how the call ended, with the feedback


def test_sending_money_on_a_call_is_a_mistake_to_review(call_driver):
    driver = call_driver
    driver.new_player("2", "Li")
    driver.click_listed("pack:calls")
    wait_for_voices(driver)
    driver.press("1")                                   # answer
    driver.press(driver.choice_key("send_money"))       # send the money
    assert driver.scene.callview.call.outcome == "money_lost" and driver.scene.round.step == "judge"
    driver.press("2"), driver.press("3")
    assert driver.sees("Call ended: Money lost")
    assert driver.scene.round.current_answer.action_fraction == 0.0
    assert driver.app.ctx.store.missed(driver.app.ctx.profile) == [("calls", "grandson-call")]


def test_with_no_speech_engine_a_call_plays_with_captions_and_one_notice(call_driver, monkeypatch, tmp_path):
    import sys

    from game.media.speech import Speech

    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))   # the worker cannot start
    driver = call_driver
    driver.app.ctx.speech = Speech(tmp_path / "speech")
    driver.new_player("2", "Ann")
    driver.click_listed("pack:calls")
    driver.advance(0.1)
    assert driver.scene.name == "round"
    assert [n.text_key for n in driver.app.ctx.notices].count("notice.no_speech") == 1
    driver.press("1")
    driver.advance(0.2)
    view = driver.scene.callview
    assert view.current is not None and view.current.sound is None
    assert driver.sees("Grandma, it's me") and driver.sees("No speech engine found: captions only.")


def test_leaving_a_round_asks_first_and_enter_keeps_playing(driver):
    driver.to_round()
    driver.press("2")                        # AI-manipulated
    driver.press("esc")
    assert driver.scene.name == "confirm" and driver.sees("Your answers so far are saved")
    driver.press("enter")                    # the focused answer is "keep practising"
    assert driver.scene.name == "round" and driver.scene.round.step == "confidence"


def test_who_to_call_is_one_key_away_on_every_screen(driver):
    for step in ("title", "round"):
        if step == "round":
            driver.to_round()
        driver.press("f1")
        assert driver.scene.name == "help"
        assert driver.sees("110") and driver.sees("96110") and driver.sees("Who to call now")
        driver.press("f1")                   # pressing again does not stack screens
        driver.press("esc")
        assert driver.scene.name == step
    from game.ui.chrome import top_button_rects

    driver.click_at(top_button_rects(driver.app.ctx)["help"].center)
    assert driver.scene.name == "help"


def test_settings_change_at_once_and_are_kept_for_the_player(driver, app):
    driver.to_round(nickname="Mei")
    driver.press("f3")
    assert driver.scene.name == "settings" and driver.sees("Text size: 100%")
    driver.press("1")                                  # text size steps to 125 %
    assert app.ctx.text.scale == 1.25 and driver.sees("Text size: 125%")
    driver.press("3")                                  # the light colours (2 is full screen)
    assert app.ctx.theme.background == (250, 246, 238) and driver.sees("Colours: light")
    driver.press("3")                                  # then high contrast
    assert app.ctx.theme.background == (0, 0, 0)
    driver.press("esc")
    assert driver.scene.name == "round"
    stored = app.ctx.store.settings(app.ctx.profile)
    assert stored.text_scale == 1.25 and stored.theme == "high_contrast"


def test_the_top_buttons_work_with_the_mouse(driver, app):
    from game.ui.chrome import top_button_rects

    driver.click_at(top_button_rects(app.ctx)["lang"].center)
    assert app.ctx.lang == "zh"
    driver.click_at(top_button_rects(app.ctx)["settings"].center)
    assert driver.scene.name == "settings"
    driver.click_at(top_button_rects(app.ctx)["help"].center)     # one overlay replaces the other
    assert driver.scene.name == "help" and [s.name for s in app.scenes] == ["title", "help"]


def test_a_round_left_one_day_is_resumed_the_next(install, tmp_path, mini_pack):
    import pygame

    from game.app import create_app

    def open_app():
        application = create_app(install, tmp_path / "data", tmp_path / "cache", lang="en",
                                 extra_packs=[mini_pack.parent])
        Journey(application).start()
        return application, Driver(application)

    first, driver = open_app()
    driver.to_round(nickname="Wang")
    answer_scenario(driver, "2", "3", ("safe",))   # one scenario answered in full
    first.ctx.store.close(), first.ctx.speech.close(), pygame.quit()   # the window is closed

    second, driver = open_app()
    try:
        driver.press("1")                        # Start: "Welcome back, Wang!"
        driver.press("1")                        # that's me
        assert driver.scene.name == "home"       # what Wang has practised so far
        driver.press("1")                        # carry on practising
        assert driver.sees("Carry on where you stopped: Test mini pack (extra set: mini) (1 of 4 done)")
        assert driver.scene.buttons[0].id == "resume:mini"
        driver.click("resume:mini")
        assert driver.scene.name == "round"
        assert [s.id for s in driver.scene.round.scenarios] == ["anim-real", "voice-fake", "video-real"]
        answer_scenario(driver, "1", "1", ("safe",))
        rounds = {a["round_id"] for a in second.ctx.store.attempts(second.ctx.profile)}
        assert len(rounds) == 1                  # the same round carries on
    finally:
        second.ctx.store.close(), second.ctx.speech.close(), pygame.quit()


def test_every_target_on_a_round_is_large_enough_to_hit(driver, app):
    """At 100 % text every button and top-bar button is at least 48 px tall and wide (about 1 cm)."""
    from game.ui.chrome import top_button_rects

    def small_targets():
        rects = [(b.id, b.rect) for b in driver.scene.buttons] + list(top_button_rects(app.ctx).items())
        return [(name, rect.size) for name, rect in rects if rect.height < 48 or rect.width < 48]

    assert small_targets() == []
    driver.to_round()
    for _ in range(60):
        if driver.scene.name != "round":
            break
        assert small_targets() == [], driver.scene.screen_key()
        driver.press("1") if answering(driver.scene) else driver.press("enter")
    assert driver.scene.name == "results" and small_targets() == []


def test_a_player_saves_a_certificate_from_the_results(driver, app):
    driver.to_round()
    for _ in range(80):
        if driver.scene.name == "results":
            break
        driver.press("1") if answering(driver.scene) else driver.press("enter")
    while "more" in [b.id for b in driver.scene.buttons]:
        driver.press("enter")
    waits, show_wait = [], app.show_wait
    app.show_wait = lambda key: (waits.append(key), show_wait(key))
    driver.click("certificate")
    assert waits == ["notice.saving_pdf"]     # "Saving. One moment" was on screen while it wrote
    assert driver.scene.name == "exported" and driver.sees("Saved in this folder:")
    [path] = driver.scene.paths
    assert path.parent == app.ctx.store.path.parent / "exports" and path.read_bytes().startswith(b"%PDF")
    assert "Ann" in path.name


def test_an_idle_screen_is_not_redrawn_until_something_happens(driver, app):
    """While a question waits, the loop sleeps and draws nothing new; a key wakes it."""
    import pygame

    from game.app import play_frame

    driver.to_round()
    app.ctx.save_settings(replace(app.ctx.settings, narration=False))
    app.ctx.notices.clear()
    clock = pygame.time.Clock()
    for _ in range(5):
        play_frame(app, clock)
    assert app.idle() and not play_frame(app, clock)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode="", scancode=0))
    assert play_frame(app, clock) and app.top.focus == 0     # from no focus to the first answer


def test_the_title_is_on_screen_before_the_packs_are_validated(install, tmp_path):
    """The first frame needs no pack: they are validated in the background after it."""
    import time

    import pygame

    from game.app import create_app

    app = create_app(install, tmp_path / "data", tmp_path / "cache", lang="en")
    try:
        Journey(app).start()
        app.step([], 1 / 30)
        assert not app.ctx.packs_loaded
        assert app.ctx.text.drawn                         # the title was drawn all the same
        deadline = time.monotonic() + 120
        while not app.ctx.packs_loaded and time.monotonic() < deadline:
            app.step([], 1 / 30)
        assert app.ctx.packs_loaded and {p.info.id for p in app.ctx.packs()} >= {"starter", "family"}
    finally:
        app.ctx.store.close()
        app.ctx.speech.close()
        pygame.quit()


def test_asking_for_the_packs_while_they_load_says_one_moment_on_screen(install, tmp_path):
    """A first start validates the packs for seconds: play that needs them meanwhile shows a
    "one moment" panel rather than a frozen screen, then goes on with every pack there."""
    import pygame

    from game.app import create_app

    app = create_app(install, tmp_path / "data", tmp_path / "cache", lang="en")   # no cache: slow
    try:
        Journey(app).start()
        app.step([], 1 / 30)
        app.step([], 1 / 30)                               # the loading thread has started
        assert app.ctx.loader.thread_alive()
        app.ctx.text.drawn.clear()
        packs = app.ctx.packs()                            # waits for the loader
        assert "Getting the scenarios ready. One moment, please." in " ".join(app.ctx.text.drawn)
        assert {p.info.id for p in packs} >= {"starter", "family"}
    finally:
        app.ctx.store.close()
        app.ctx.speech.close()
        pygame.quit()


def test_a_new_question_has_no_answer_focused_so_enter_alone_answers_nothing(driver):
    driver.to_round()
    driver.press("enter")                    # a stray Enter on the judge question
    assert driver.scene.round.step == "judge" and driver.scene.focus < 0
    driver.press("2")
    driver.press("enter")                    # Enter held through: the confidence question stays
    assert driver.scene.round.step == "confidence" and driver.scene.round.judgement == "manipulated"
    driver.press("down")                     # an arrow brings the focus ring back, on the first answer
    assert driver.scene.buttons[driver.scene.focus].id == "guessing"
    driver.press("enter")
    assert driver.scene.round.step == "action" and driver.scene.focus < 0
    driver.press("enter")
    assert driver.scene.round.step == "action" and driver.scene.round.chosen_options == []
