"""The window: resized by the player, full screen on F11 or from Settings, remembered per player.

The real App on SDL's dummy video driver. The window is resized through SDL itself
(``Driver.resize``), so the App receives the events SDL sends for a dragged edge. The
dummy driver has a 1024×768 "desktop": full screen there is 1024×768, whatever size the
window had, and a window may be larger than that desktop.
"""
from __future__ import annotations

import pygame
import pytest

from game.app import create_app
from game.core.settings import TEXT_SCALES
from game.ui.flows import Journey
from game.ui.window import MIN_SIZE, SIZE_EVENTS
from tests.ui.driver import Driver


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


@pytest.fixture
def opened(install, tmp_path, mini_pack, shared_cache):
    """Start the game as often as a test likes, on one progress file (a real SQLite file in tmp_path)."""
    apps = []

    def start(**options):
        if apps:
            close(apps[-1])
        app = create_app(install, tmp_path / "data", shared_cache, lang="en", extra_packs=[mini_pack.parent], **options)
        apps.append(app)
        Journey(app).start()
        return Driver(app)

    def close(app):
        app.window.save()          # what quitting does (game.app.run)
        app.ctx.store.close()
        app.ctx.speech.close()
        pygame.quit()

    yield start
    if apps and pygame.display.get_init():
        close(apps[-1])


def laid_out_for(app, size) -> None:
    """The screen is ``size`` and everything on it is inside it, with nothing cut off."""
    Driver(app).scene   # past a "one moment" wait for the packs
    assert app.ctx.size == size and app.screen.get_size() == size
    screen = pygame.Rect((0, 0), size)
    assert app.top.buttons and all(screen.contains(b.rect) for b in app.top.buttons), app.top.name
    app.step([], 1 / 30)   # a frame drawn at the new size notes anything off the screen
    assert app.ctx.text.overflows == []


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (1366, 768)])
def test_a_resized_window_lays_the_screen_out_for_its_new_size(driver, app, size):
    events = driver.resize(*size)
    assert any(e.type in SIZE_EVENTS for e in events)          # SDL's own resize events
    laid_out_for(app, size)                                    # the title
    driver.press("1")
    driver.press("2")
    driver.type("Ann")
    driver.press("enter")
    driver.click("skip")
    laid_out_for(app, size)                                    # the list of packs
    driver.press("f3")
    laid_out_for(app, size)                                    # settings
    driver.press("esc")
    driver.click_listed("pack:mini")
    laid_out_for(app, size)                                    # a question of a round


def test_the_buttons_move_with_the_window_and_the_clip_grows(driver, app):
    driver.to_round()
    small = {b.id: b.rect.copy() for b in app.top.buttons}
    driver.resize(1920, 1080)
    large = {b.id: b.rect for b in app.top.buttons}
    assert small.keys() == large.keys()
    assert max(r.right for r in large.values()) > 1280         # the layout uses the new width
    assert app.ctx.text.scale == 1.0                           # the text keeps the size the player chose
    driver.resize(1024, 768)
    laid_out_for(app, (1024, 768))


def test_the_window_cannot_be_made_smaller_than_the_layouts_allow(driver, app):
    driver.resize(800, 500)
    assert app.ctx.size == MIN_SIZE
    laid_out_for(app, MIN_SIZE)


def test_f11_turns_full_screen_on_and_off_from_any_screen(driver, app):
    driver.resize(1500, 900)
    driver.press("f11")
    assert pygame.display.is_fullscreen() and app.window.fullscreen and app.ctx.settings.fullscreen
    desktop = pygame.display.get_desktop_sizes()[0]
    assert app.ctx.size == app.screen.get_size() == desktop   # the dummy driver's "desktop"
    laid_out_for(app, desktop)
    driver.press("1")                                         # start: the nickname screen takes typing
    driver.press("2")
    driver.press("f11")                                       # F11 still works while a name is typed
    assert not pygame.display.is_fullscreen() and not app.ctx.settings.fullscreen
    assert app.ctx.size == (1500, 900)                        # back to the window's own size
    assert getattr(app.top, "nickname", None) == ""           # and nothing was typed


def test_full_screen_is_on_the_first_page_of_settings_at_every_text_size(install, tmp_path, shared_cache):
    for scale in TEXT_SCALES:
        for size in (MIN_SIZE, (1024, 640)):   # 1024x640: a smaller screen's whole height
            app = create_app(install, tmp_path / f"d{scale}", shared_cache, lang="zh", size=size,
                             overrides={"text_scale": scale})
            try:
                Journey(app).start()
                driver = Driver(app)
                app.ctx.text.overflows.clear()   # the title's own fit is tested elsewhere
                driver.press("f3")
                ids = [b.id for b in app.top.buttons]
                assert ids[:2] == ["text_scale", "fullscreen"], (scale, size, ids)
                assert app.ctx.text.overflows == [], (scale, size)
                driver.click("fullscreen")
                assert pygame.display.is_fullscreen() and app.top.name == "settings"
                assert driver.sees("全屏 (F11)：开")
                driver.click("fullscreen")
                assert not pygame.display.is_fullscreen() and app.ctx.size == size
            finally:
                app.ctx.store.close()
                app.ctx.speech.close()
                pygame.quit()


def test_a_dragged_size_is_saved_once_it_stays_and_comes_back_for_that_player(opened):
    driver = opened()
    app = driver.app
    assert app.ctx.size == (1280, 720)                        # the first start
    driver.new_player("2", "Ann")
    ann = app.ctx.profile
    for width in (1300, 1400, 1500):                          # a drag: many sizes, none saved yet
        driver.resize(width, 900)
        driver.advance(0.3)
    assert app.ctx.store.settings(ann).window_width == 0
    driver.advance(1.0)                                       # it stayed a second: saved
    saved = app.ctx.store.settings(ann)
    assert (saved.window_width, saved.window_height, saved.fullscreen) == (1500, 900, False)

    driver = opened()                                         # the next start: as it was left
    app = driver.app
    assert app.ctx.size == app.screen.get_size() == (1500, 900)
    driver.press("1")                                         # Start: Ann is greeted
    driver.press("2")                                         # someone else: no player in force
    driver.resize(1100, 760)                                  # so this size is the computer's, not Ann's
    driver.advance(1.5)
    driver.press("2")                                         # English
    driver.type("Bo")                                         # a new player keeps the window as it is
    driver.press("enter")
    driver.click("skip")
    assert app.ctx.size == (1100, 760)
    assert app.ctx.store.settings(app.ctx.profile).window_width == 1100
    driver.press("f11")                                       # Bo plays full screen
    assert pygame.display.is_fullscreen()

    driver = opened()                                         # Bo left it in full screen
    app = driver.app
    assert pygame.display.is_fullscreen()
    driver.press("f11")
    assert app.ctx.size == (1100, 760)                        # full screen kept Bo's window size
    driver.press("1")                                         # Start: Bo is greeted
    driver.press("2")                                         # someone else
    driver.press("2")                                         # English
    driver.click("name:Ann")                                  # Ann comes back: her window comes back
    assert app.ctx.profile.nickname == "Ann"
    assert app.ctx.size == app.screen.get_size() == (1500, 900) and not pygame.display.is_fullscreen()
    laid_out_for(app, (1500, 900))


def test_a_size_still_settling_is_saved_on_quit(opened):
    driver = opened()
    driver.resize(1600, 1000)                                 # and the game closes at once
    driver = opened()
    assert driver.app.ctx.size == (1600, 1000)


def test_the_command_line_size_and_full_screen_win_for_that_run_only(opened):
    driver = opened()
    driver.resize(1500, 900)
    driver.advance(1.5)
    driver = opened(size=(1920, 1080))                        # --window 1920x1080
    assert driver.app.ctx.size == (1920, 1080)
    driver = opened(fullscreen=True)                          # --fullscreen
    assert pygame.display.is_fullscreen()
    driver.press("f11")                                       # the player's choice wins for the rest of the run
    assert not pygame.display.is_fullscreen() and driver.app.ctx.size == (1500, 900)
    driver = opened()
    assert driver.app.ctx.size == (1500, 900) and not pygame.display.is_fullscreen()


def test_a_stored_window_size_that_makes_no_sense_is_not_used():
    from game.core.settings import Settings

    kept = Settings(window_width=1500, window_height=900, window_maximized=True, fullscreen=True)
    assert Settings.from_json(kept.to_json()) == kept
    odd = Settings.from_json('{"window_width": 5, "window_height": "tall", "window_maximized": 1}')
    assert (odd.window_width, odd.window_height, odd.window_maximized) == (0, 0, False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_title_fits_a_short_laptop_screen_at_the_largest_text(install, tmp_path, shared_cache, lang):
    """A 1366×768 laptop less its taskbar leaves about 688 pixels: at 200 % every button of the
    title is still inside the content area (two to a row), above the keys line, none cut off."""
    from game.ui.chrome import content_rect

    app = create_app(install, tmp_path / "data", shared_cache, lang=lang, size=(1366, 688),
                     overrides={"text_scale": 2.0})
    try:
        Journey(app).start()
        app.step([], 1 / 30)
        area = content_rect(app.ctx)
        assert [b.id for b in app.top.buttons] == ["start", "tour", "rooms", "quit"]
        assert all(area.contains(b.rect) for b in app.top.buttons)
        assert [b.number for b in app.top.buttons] == [1, 2, 3, 4]
        assert app.ctx.text.overflows == []
    finally:
        app.ctx.store.close()
        pygame.quit()
