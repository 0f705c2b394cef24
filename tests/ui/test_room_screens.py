"""Every room screen read from the back of a hall: a classroom round (four teams with long names,
a timer) and a community session (a ready plan that starts with a call) played through the real
scenes at 1920×1080, 1366×768 and 1024×768. On each screen the smallest text is at least 36 px at
1080 px high (in proportion below), and nothing is drawn over anything or cut off. Leaving early
ends on the podium or the end screen, with the export of what was played.

Set ROOM_SHOTS to a folder to keep a screenshot of each screen (to look at, not compared)."""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.app import create_app
from game.core.overlap import overlaps
from game.ui.flows import Journey
from tests.ui.driver import Driver
from tests.ui.test_classroom import type_keys

SIZES = [(1920, 1080), (1366, 768), (1024, 768)]
SHOWN = [(size, "en") for size in SIZES] + [((1920, 1080), "zh")]   # (window, language) of each walk
LONG_NAMES = ["Sunflower Class1", "长长的队名一二三四五六七八九十", "Dragon Boat Team", "Team Number Four"]
MAX_STEPS = 400


@pytest.fixture
def open_at(install, tmp_path, mini_pack, shared_cache):
    """Open the game in a window of a given size and language, on the title screen."""
    opened = []

    def start(size, lang="en", scale=1.0):
        app = create_app(install, tmp_path / f"data-{size[0]}-{lang}-{scale}", shared_cache, lang=lang,
                         extra_packs=[mini_pack.parent], size=size, overrides={"text_scale": scale})
        opened.append(app)
        app.ctx.speech.close()
        app.ctx.speech = None   # calls speak as timed captions: nothing waits for a voice
        Journey(app).start()
        return Driver(app)

    yield start
    for app in opened:
        app.ctx.store.close()


def smallest_allowed(driver: Driver) -> int:
    """How tall a line of 36 px text is drawn, at this window's height (36 px at 1080 px)."""
    text = driver.app.ctx.text
    px = 36 * driver.app.ctx.size[1] / 1080 / text.scale   # (the renderer multiplies by the text size setting)
    return min(text.font(round(px), bold).size("Ag")[1] for bold in (False, True)) - 1


def check_screen(driver: Driver, seen: dict) -> None:
    """Draw the screen once and check it: every text line room-sized, nothing over or out."""
    app = driver.app
    app.ctx.text.overflows = []
    app.step([], 0.0, draw=True)
    key = f"{app.top.name}:{app.top.screen_key()}"
    texts = [b for b in app.ctx.text.boxes if b.kind == "text"]
    small = [(b.owner, b.rect[3]) for b in texts
             if b.rect[3] < smallest_allowed(driver)]
    problems = overlaps(app.ctx.text.boxes) + app.ctx.text.overflows
    seen.setdefault(key, {"small": small, "problems": problems, "text": [b.owner for b in texts]})
    folder = os.environ.get("ROOM_SHOTS")
    if folder:
        width, height = app.ctx.size
        extra = f"-{getattr(app.top, 'entry', 'keys')}" + (f"-{app.ctx.text.scale:g}x" if app.ctx.text.scale != 1 else "")
        name = f"{width}x{height}-{app.ctx.lang}{extra if app.top.name == 'classroom' else ''}-{key.replace(':', '-')}.png"
        pygame.image.save(app.screen, str(Path(folder) / name))


def failures(seen: dict) -> str:
    """Each screen with text too small, over something or cut off, one line each ("" for none)."""
    return "\n".join(f"{k}: small {v['small']} problems {v['problems']}"
                     for k, v in seen.items() if v["small"] or v["problems"])


def to_classroom(driver: Driver, entry: str = "keys", names: list[str] = LONG_NAMES) -> None:
    """Teams with long ``names``, a timer, the mini pack; then start."""
    driver.click("rooms")
    driver.click("classroom")
    scene = driver.scene
    while scene.config.teams != len(names):
        driver.click("teams")
    scene.config.names = list(names)   # what the names screen gives back
    while driver.app.ctx.packs()[scene.config.pack].info.id != "mini":
        driver.click_listed("pack")
    while not scene.config.timer:
        driver.click_listed("timer")
    while scene.config.entry != entry:
        driver.click_listed("entry")
    driver.click_listed("start")
    assert driver.scene.name == "classroom" and driver.scene.game.timer.limit


def play_classroom(driver: Driver, seen: dict) -> None:
    """Every screen of the round, to the podium: each team answers on its own keys."""
    scene = driver.scene
    for _ in range(MAX_STEPS):
        check_screen(driver, seen)
        if scene.podium:
            return
        phase = scene.game.phase
        if phase in ("judge", "action"):
            if len(scene.game.choices) < 2:   # half the teams answered: "answered" and "waiting"
                type_keys(driver, scene.game.teams[0].keys[0] + scene.game.teams[2].keys[1])
                continue
        driver.press("enter")
    raise AssertionError("the round did not reach its podium")


def to_plan(driver: Driver) -> None:
    """The 20-minute plan (its first scenario is a call), with a room size."""
    driver.click("rooms")
    driver.click("community")
    type_keys(driver, "40")
    driver.click_listed("plan:short-20")
    assert driver.scene.name == "presenter"


def play_session(driver: Driver, seen: dict, items: int) -> None:
    """Every screen of the first ``items`` scenarios (the call answered and, after the votes,
    played out with its first reply, then the safe way)."""
    scene = driver.scene
    for _ in range(MAX_STEPS):
        if scene.session.index >= items:
            return
        check_screen(driver, seen)
        step = scene.session.step
        calls = [b for b in scene.buttons if b.id.startswith("call:")]
        if step in ("watch", "playout") and calls:   # answered; after the votes, the room's reply
            driver.click(calls[0].id)
            driver.advance(3.0)
        elif step in ("watch", "playout") and scene.callview is not None and scene.callview.speaking:
            driver.advance(1.0)
        elif step == "playout" and not any(b.id.startswith("playout:") for b in scene.buttons):
            driver.advance(1.0)                       # the safe way plays by itself
        elif step in ("vote_judge", "vote_action") and scene.session.counted() == 0:
            type_keys(driver, "12")
        else:
            driver.press("enter")
    raise AssertionError(f"the session did not get through its items: {scene.session.step}, {[b.id for b in scene.buttons]}, {scene.callview.call.finished if scene.callview else None}")


@pytest.mark.parametrize("size, lang", SHOWN)
def test_every_classroom_screen_is_room_sized_and_clear(open_at, size, lang):
    driver = open_at(size, lang)
    to_classroom(driver)
    seen: dict = {}
    play_classroom(driver, seen)
    names = {"watch", "judge", "action", "reveal", "scoreboard"}
    assert names <= {k.split("-")[2] for k in seen if k.startswith("classroom:class-")}, seen.keys()
    assert "classroom:podium" in seen
    assert not failures(seen), failures(seen)
    for key in ("classroom:podium", "classroom:class-00-scoreboard", "classroom:class-00-judge"):
        assert all(name in " ".join(seen[key]["text"]) for name in LONG_NAMES), key


@pytest.mark.parametrize("size, lang", SHOWN)
def test_every_community_screen_is_room_sized_and_clear(open_at, size, lang):
    driver = open_at(size, lang)
    to_plan(driver)
    seen: dict = {}
    play_session(driver, seen, items=2)
    steps = {k.split("-")[2] for k in seen if k.startswith("presenter:comm-")}
    assert {"watch", "vote_judge", "vote_action", "playout", "reveal", "discuss"} <= steps, seen.keys()
    assert any("-ring" in k for k in seen)   # the call was on screen
    driver.press("ESCAPE")                   # leaving early ends on the end screen
    driver.click("yes")
    assert driver.scene.name == "presenter" and driver.scene.session.finished
    check_screen(driver, seen)
    assert "presenter:finished" in seen
    assert sorted(b.id for b in driver.scene.buttons) == ["export", "menu"]
    assert driver.scene.session.index == len(driver.scene.session.items)   # nothing more is played
    assert not failures(seen), failures(seen)


@pytest.mark.parametrize("lang, scale", [("zh", 1.0), ("en", 2.0)])
def test_teacher_entry_and_leaving_a_round_early_show_the_podium(open_at, lang, scale):
    """(At the largest text setting too: room screens are large print already and take it up to 125 %.)"""
    driver = open_at((1024, 768), lang, scale)
    to_classroom(driver, entry="teacher")
    scene, seen = driver.scene, {}
    for _ in range(12):   # the first scenario to its scoreboard, the teacher entering answers
        check_screen(driver, seen)
        if scene.game.phase == "scoreboard":
            break
        if scene.game.phase in ("judge", "action") and not scene.game.choices:
            type_keys(driver, "1")
            continue
        driver.press("enter")
    driver.press("enter")   # the next scenario is on screen
    driver.press("ESCAPE")
    driver.click("yes")     # yes, leave
    assert scene.podium and driver.scene is scene
    check_screen(driver, seen)
    assert [b.id for b in scene.buttons] == ["export", "menu"]
    assert not failures(seen), failures(seen)


def test_leaving_before_anything_was_revealed_goes_back_to_the_menu(open_at):
    driver = open_at((1024, 768))
    to_classroom(driver)
    driver.press("ESCAPE")
    driver.click("yes")
    assert driver.scene.name != "classroom"


def test_eight_teams_with_the_longest_names_still_fit_a_small_window(open_at):
    """Eight 16-character names on 1024×768: each row keeps its keys; a name too long for its
    row at room size ends in "…" rather than running over its status or going under 36 px."""
    driver = open_at((1024, 768))
    to_classroom(driver, names=["长长的队名一二三四五六七八九十十"] * 4 + LONG_NAMES)
    scene, seen = driver.scene, {}
    driver.press("enter")
    type_keys(driver, scene.game.teams[0].keys[0])
    check_screen(driver, seen)
    assert scene.game.phase == "judge" and not failures(seen), failures(seen)
    lines = driver.app.ctx.text.drawn   # (the lines drawn by the last frame)
    assert all(name in lines for name in LONG_NAMES[:1] + LONG_NAMES[2:])
    assert any(line.endswith("…") and line.startswith("长长的队名") for line in lines)
