"""A reason to come back (issue 19 item 4): a returning player's home screen shows what they
have practised, from their own progress file; a new player goes straight to the packs."""
from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pygame
import pytest

from game.core.home import habit_table, summarise
from game.core.overlap import overlaps
from tests.ui.driver import Driver
from tests.ui.test_players import opened  # noqa: F401  (the fixture: the App reopened on one data folder)


def shot(app, name: str) -> None:
    """Save the screen for a person to look at (in $SHOTS_DIR, when set)."""
    folder = os.environ.get("SHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.screen, str(Path(folder) / f"{name}.png"))


def days_ago(n: int, hour: int = 10) -> str:
    return (datetime.now() - timedelta(days=n)).replace(hour=hour, minute=0, second=0).isoformat(timespec="seconds")


def write_history(app) -> None:
    """Three days of the starter pack for the player now chosen, written through the store:
    six answers, one of them a mistake (a real call from a daughter judged fake)."""
    store, me = app.ctx.store, app.ctx.profile
    plays = [
        (5, "grandson-voice-call", "manipulated", "manipulated", [0, 0], [True, True], None, ""),
        (5, "police-safe-account", "manipulated", "manipulated", [0, 0], [True, True], None, ""),
        (3, "daughter-cold-call", "real", "manipulated", [0, 1], [True, False], None, ""),
        (3, "friend-video-loan", "real", "real", [0, 0], [True, True], None, ""),
        (1, "grandchild-voice-call", "manipulated", "manipulated", [0], [True],
         ["ask_secret_word", "hang_up_call_back", "refuse_report"], "safe"),
        (1, "son-train-video", "real", "real", [0, 0], [True, True], None, ""),
    ]
    for day, scenario, truth, judged, options, safe, moves, outcome in plays:
        store.now = lambda day=day: days_ago(day)
        rid = store.start_round(me, "starter")
        aid = store.record_judgement(rid, me, "starter", scenario, truth, judged, "fairly_sure", 4.0)
        store.record_actions(aid, options, safe, True, 6.0, call_outcome=outcome, call_moves=moves)
        store.finish_round(rid)


def returning(opened, lang="en", scale=None):  # noqa: F811
    """A player with three days of history, the game started again, on their home screen."""
    app, driver = opened(lang=lang)
    driver.new_player("1" if lang == "zh" else "2", "王阿姨" if lang == "zh" else "Ann")
    write_history(app)
    app, driver = opened(lang=lang, scale=scale)
    driver.press("1")                        # Start
    assert driver.scene.name == "greeting"
    driver.press("1")                        # that's me
    assert driver.scene.name == "home"
    return app, driver


def test_the_home_screen_shows_the_players_own_figures(opened):  # noqa: F811
    app, driver = returning(opened)
    s = driver.scene.summary
    expected = summarise(app.ctx.store.attempts(app.ctx.profile), datetime.now(),
                         habit_table(app.ctx.packs()))
    assert s == expected
    assert dict(s.habits) == {"call_back": 5, "ask_check": 1, "keep_code": 2, "keep_money": 4}
    assert s.days == 3 and s.mistakes == 1 and s.due_today
    shot(app, "home-en")
    assert driver.sees("Ann, these are the safe habits you have practised")
    assert driver.sees("Hung up and called back on a number you trust: 5 times")
    assert driver.sees("Asked the secret word, or something only they know: once")
    assert driver.sees("Gave no code away: 2 times")
    assert driver.sees("Days you have practised: 3")
    assert driver.sees("Mistakes left to review: 1")
    assert driver.sees("Practise again: today")
    assert {b.id: b.number for b in driver.scene.buttons} == {"practise": 1, "review": 2, "someone_else": 3}
    assert app.ctx.text.overflows == [] and overlaps(app.ctx.text.boxes) == []
    spoken = " ".join(app.ctx.text.blocks)     # what the narrator reads: every word shown
    assert "Days you have practised: 3" in spoken and "Carry on practising" in spoken


def test_carry_on_goes_to_the_packs_and_back_comes_home(opened):  # noqa: F811
    app, driver = returning(opened)
    driver.press("enter")                    # Enter, like 1, carries on
    assert driver.scene.name == "packs"
    driver.press("esc")
    assert driver.scene.name == "home"
    driver.press("esc")
    assert driver.scene.name == "title"


def test_review_my_mistakes_plays_them(opened):  # noqa: F811
    app, driver = returning(opened)
    driver.press("2")
    deadline = time.monotonic() + 120
    while driver.scene.name == "prepare" and time.monotonic() < deadline:   # the call's voices first
        driver.advance(0.1)
    assert driver.scene.name == "round" and driver.scene.kind == "review"
    assert [s.id for s in driver.scene.round.scenarios] == ["daughter-cold-call"]


def test_someone_else_from_home(opened):  # noqa: F811
    app, driver = returning(opened)
    driver.press("3")
    assert driver.scene.name == "language" and app.ctx.profile is None
    assert [s.name for s in app.scenes] == ["title", "language"]


def test_in_chinese(opened):  # noqa: F811
    app, driver = returning(opened, lang="zh")
    shot(app, "home-zh")
    assert driver.sees("王阿姨，这些是你练过的安全习惯")
    assert driver.sees("挂断，用存好的号码回拨：5 次")
    assert driver.sees("练习过的天数：3 天") and driver.sees("还要复习的题：1 道")
    assert app.ctx.text.overflows == []


def test_a_new_player_skips_the_home_screen(opened):  # noqa: F811
    app, driver = opened()
    driver.new_player("2", "Ann")
    assert driver.scene.name == "packs"
    app, driver = opened()
    driver.press("1"), driver.press("1")     # greeted, but nothing answered yet
    assert driver.scene.name == "packs"


@pytest.mark.parametrize("lang, due", [("zh", "下次再练：今天"), ("en", "Practise again: today")])
def test_the_home_screen_fits_at_the_largest_text_size(opened, lang, due):  # noqa: F811
    app, driver = returning(opened, lang=lang, scale=2.0)
    assert app.ctx.text.scale == 2.0
    seen = []
    while True:
        seen.append(driver.visible_text())
        shot(app, f"home-{lang}-200-p{driver.scene.page_no + 1}")
        assert app.ctx.text.overflows == [] and overlaps(app.ctx.text.boxes) == [], app.ctx.text.overflows
        assert driver.button("practise").number == 1   # the choices on every page
        if not driver.button_shown("more"):
            break
        driver.click("more")
    shown = "\n".join(seen)
    assert due in shown.replace("\n", " ") or due in shown.replace("\n", "")
    assert len(seen) <= 4


# --- after a round: one sentence beside what research found (issue 19 item 4, part 2) ---

def results_text(driver) -> str:
    """Every page of the results, as shown."""
    seen = [driver.visible_text()]
    while driver.button_shown("more"):
        driver.click("more")
        seen.append(driver.visible_text())
    return " ".join(seen).replace("\n", " ")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_results_put_the_round_beside_research(app, scale):
    from game.ui.scenes.results import ResultsScene
    from tests.ui.test_idle import played_round

    app.ctx.text.set_scale(scale)
    pack = next(p for p in app.ctx.packs() if p.info.id == "mini")
    app.push(ResultsScene(app, pack, played_round(pack)), menu=True)   # every clip called real: 2 of 4 right
    driver = Driver(app)
    shown = results_text(driver)
    shot(app, f"results-research-{scale:g}")
    assert "Most people miss them too: across 56 studies" in shown, shown
    assert "Checking is what protects you." in shown
    assert app.ctx.text.overflows == []
    app.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F2, mod=0, unicode="", scancode=0)], 1 / 30)
    driver.scene.page_no = 0
    driver.scene.layout()
    shown = results_text(driver).replace(" ", "")
    assert "大多数人也看不出来" in shown and "保护你的不是眼力，是核实。" in shown


def test_someone_else_whose_window_differs_from_the_computers_does_not_crash(opened):  # noqa: F811
    """Forgetting the player puts the computer's own settings back; a different window size lays
    the home screen out once more as it closes, with no player (the soak found it crashing)."""
    app, driver = returning(opened)
    settings = app.ctx.store.settings(app.ctx.profile)
    app.ctx.store.save_settings(app.ctx.profile, replace(settings, window_width=1100, window_height=700,
                                                         window_maximized=False))
    computer = app.ctx.store.settings(None)
    app.ctx.store.save_settings(None, replace(computer, window_width=1200, window_height=720, window_maximized=False))
    app.ctx.apply(app.ctx.store.settings(app.ctx.profile))
    while not driver.button_shown("someone_else"):
        driver.click("more")                 # (the smaller window pages the home screen)
    driver.click("someone_else")
    assert driver.scene.name == "language" and app.ctx.profile is None
