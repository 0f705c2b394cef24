"""At 200 % text, in both languages, the built-in packs play by keyboard alone with nothing cut off.

Every scenario of every built-in pack is played through its question pages,
feedback pages and rights cards; the text renderer notes any line wider than its
box, any block taller than its box, and any button off the screen.
"""
from __future__ import annotations

import random

import pytest

from game.app import create_app
from game.ui.flows import Journey
from tests.ui.driver import Driver, tour_by_keys

FORWARD = ("more", "to_question", "call:reply", "call:end", "continue", "list:next")


@pytest.fixture
def large_app(install, tmp_path, shared_cache):
    def make(lang: str, scale: float = 2.0):
        app = create_app(install, tmp_path / "data", shared_cache, lang=lang, overrides={"text_scale": scale})
        Journey(app).start()
        made.append(app)
        return app

    made = []
    yield make
    for app in made:
        app.ctx.store.close()
        app.ctx.speech.close()


def keyboard_to_pack(driver: Driver, lang: str, pack_id: str) -> None:
    driver.press("1")                               # Start
    driver.press("1" if lang == "zh" else "2")      # the language
    driver.type("Mei")
    driver.press("enter")
    if driver.scene.name == "tour":
        tour_by_keys(driver)
    while not any(b.id == f"pack:{pack_id}" for b in driver.scene.buttons):
        _next_list_page(driver)
    number = next(b.number for b in driver.scene.buttons if b.id == f"pack:{pack_id}")
    driver.press(str(number))


def _next_list_page(driver: Driver) -> None:
    ids = [b.id for b in driver.scene.buttons]
    assert "list:next" in ids, f"pack not listed: {ids}"
    while driver.scene.buttons[driver.scene.focus].id != "list:next":
        driver.press("down")
    driver.press("enter")


def play_by_keys(driver: Driver, limit: int = 3000) -> list[str]:
    """Answer with number keys (seeded choices) and go on with Enter; return the screens seen."""
    rng = random.Random(4)
    seen = []
    for _ in range(limit):
        scene = driver.scene
        if scene.name == "prepare":
            driver.advance(0.5)
            continue
        if scene.name != "round":
            break
        seen.append(scene.screen_key())
        focused = scene.focused_id()
        if focused in FORWARD:
            driver.press("enter")
        elif scene.numbered():
            driver.press(str(rng.choice([b.number for b in scene.numbered()])))   # (paged answers keep their numbers)
        else:
            driver.advance(0.5)
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_starter_pack_at_200_percent_by_keyboard_alone_fits_every_screen(large_app, lang):
    app = large_app(lang)
    driver = Driver(app)
    assert app.ctx.text.scale == 2.0
    keyboard_to_pack(driver, lang, "starter")
    seen = play_by_keys(driver)
    assert driver.scene.name == "results", seen[-5:]
    while any(b.id == "more" for b in driver.scene.buttons):
        driver.press("enter")
    assert {b.id for b in driver.scene.buttons} == {"again", "review", "certificate", "menu"}
    kinds = " ".join(seen)
    for step in ("watch", "judge", "confidence", "action", "feedback", "rights", "call"):
        assert step in kinds, step
    assert app.ctx.text.overflows == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_overlays_and_lists_fit_at_200_percent(large_app, lang):
    app = large_app(lang)
    driver = Driver(app)
    keyboard_to_pack(driver, lang, "starter")
    driver.advance(3)
    for key in ("f1", "esc", "f3", "esc", "esc", "enter"):   # help, settings, the leave question, stay
        driver.press(key)
        driver.advance(0.2)
    assert driver.scene.name in ("round", "prepare")
    assert app.ctx.text.overflows == []


def test_a_long_list_of_packs_pages_instead_of_running_off_the_screen(large_app):
    app = large_app("en")
    driver = Driver(app)
    driver.press("1"), driver.press("2"), driver.type("Mei"), driver.press("enter")
    driver.click("skip")
    scene = driver.scene
    packs = app.ctx.packs()
    app.ctx.packs = lambda: packs * 9    # nine times the list: far more than one screen
    scene.layout()
    ids = [b.id for b in scene.buttons]
    assert "list:next" in ids and len([i for i in ids if i.startswith("pack:")]) < 9
    numbers = [b.number for b in scene.buttons if b.number]
    assert numbers == list(range(1, len(numbers) + 1))
    screen = app.screen.get_rect()
    assert all(screen.contains(b.rect) for b in scene.buttons)
    while scene.buttons[scene.focus].id != "list:next":
        driver.press("down")
    driver.press("enter")
    assert scene.list_page == 1 and "list:prev" in [b.id for b in scene.buttons]
