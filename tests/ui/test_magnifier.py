"""The magnifier (issue 15 item 2): a click on the clip or Z shows it over the whole window,
fitted first, zoomed up to 4x with + and -, moved with the arrows, closed with Esc or Z. It
keeps an animation playing, marks the tells only after the answer, and says one short line."""
from __future__ import annotations

import pygame

from game.ui.input import Intent, to_intents
from game.ui.magnifier import ZOOMS
from game.ui.tells import covered, on_picture
from tests.ui.driver import Driver
from tests.ui.test_big_clips import answer, open_round, set_scale, to_marked_clip


def key(code, mod=0):
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)


def test_the_keys_for_the_magnifier():
    assert to_intents([key(pygame.K_z)]) == [Intent("magnify")]
    assert to_intents([key(pygame.K_EQUALS), key(pygame.K_KP_PLUS), key(pygame.K_MINUS)]) == \
        [Intent("zoom_in"), Intent("zoom_in"), Intent("zoom_out")]
    arrows = to_intents([key(pygame.K_LEFT), key(pygame.K_RIGHT), key(pygame.K_UP), key(pygame.K_DOWN), key(pygame.K_TAB)])
    assert [(i.kind, i.value) for i in arrows] == [("prev", "left"), ("next", "right"), ("prev", "up"),
                                                   ("next", "down"), ("next", None)]
    assert to_intents([key(pygame.K_z)], text_mode=True) == []       # typing a name: z is a letter
    wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False, precise_x=0.0, precise_y=1.0)
    assert to_intents([wheel]) == [Intent("zoom_in")]


def test_z_shows_the_question_s_clip_over_the_window_without_tells(built_in_app):
    app = built_in_app
    driver = Driver(app)
    scene = open_round(app, "starter", "flood-dam-rumour")
    driver.advance(0.1)
    in_round = scene.clip_shown
    app.narrator.said.clear()
    driver.press("z")
    magnifier = driver.scene
    assert magnifier.name == "magnifier" and magnifier.tells == []    # the question: nothing marked
    driver.advance(0.1)
    assert magnifier.picture.width > in_round.width * 1.5              # fitted to the window
    assert magnifier.view.contains(magnifier.picture)
    assert app.narrator.said == ["Magnifier: arrows move, Esc closes"]
    driver.press("esc")
    assert driver.scene is scene and scene.round.step == "judge"
    driver.press("z")
    driver.press("z")                                                  # Z closes it too
    assert driver.scene is scene


def test_zoom_goes_to_4x_and_the_arrows_move_about(built_in_app):
    app = built_in_app
    driver = Driver(app)
    open_round(app, "starter", "flood-dam-rumour")
    driver.advance(0.1)
    driver.press("z")
    driver.advance(0.1)
    magnifier = driver.scene
    fitted = magnifier.picture.copy()
    for _ in range(6):                                                  # more presses than steps
        driver.press("PLUS")
    assert ZOOMS[magnifier.zoom] == 4.0
    driver.advance(0.1)
    assert abs(magnifier.picture.width - 4 * fitted.width) <= 4
    middle = magnifier.picture.copy()
    driver.press("RIGHT")
    driver.advance(0.1)
    assert magnifier.picture.left < middle.left                         # the picture moved left: we look right
    for _ in range(30):
        driver.press("RIGHT")
        driver.press("down")
    driver.advance(0.1)
    view = magnifier.view
    assert magnifier.picture.right == view.right or abs(magnifier.picture.right - view.right) <= 2   # at the edge
    assert abs(magnifier.picture.bottom - view.bottom) <= 2
    driver.press("MINUS")
    assert ZOOMS[magnifier.zoom] == 3.0
    driver.click("zoom_out")
    driver.click("zoom_out")
    driver.click("zoom_out")
    driver.click("zoom_out")
    driver.advance(0.1)
    assert magnifier.zoom == 0 and magnifier.picture == fitted
    driver.click("close")
    assert driver.scene.name == "round"


def test_a_click_on_the_clip_magnifies_and_an_animation_keeps_playing(built_in_app):
    app = built_in_app
    driver = Driver(app)
    scene = open_round(app, "starter", "police-safe-account")
    driver.advance(0.5)
    driver.click_at(scene.clip_shown.center)
    magnifier = driver.scene
    assert magnifier.name == "magnifier" and magnifier.clip is scene.clip
    before = scene.clip.position
    assert magnifier.animating()
    driver.advance(1.0)
    assert scene.clip.position > before + 0.5                           # the round is under it: the magnifier plays it
    driver.click_at(magnifier.view.center)                              # a click on the picture zooms in
    assert magnifier.zoom == 1
    driver.press("p")
    assert not scene.clip.playing
    driver.press("esc")
    assert driver.scene is scene


def test_after_the_answer_the_tells_are_marked_and_no_badge_covers_a_region(built_in_app):
    app = built_in_app
    driver = Driver(app)
    set_scale(app, 2.0)
    scene = open_round(app, "starter", "flood-dam-rumour")
    driver.advance(0.1)
    assert app.ctx.text.overflows == []
    answer(scene)
    to_marked_clip(scene)
    driver.advance(0.1)
    driver.click_at(scene.clip_shown.center)
    magnifier = driver.scene
    assert [number for number, _ in magnifier.tells] == [1, 2, 3]
    driver.advance(0.1)
    regions = [on_picture(region, magnifier.media_size, magnifier.picture) for _, region in magnifier.tells]
    assert len(magnifier.badges) == 3
    for badge in magnifier.badges:
        assert covered(badge, regions) == 0 and covered(badge, [b for b in magnifier.badges if b is not badge]) == 0
        assert magnifier.view.contains(badge)
    for _ in range(4):                                                   # closer in: only the badges in view
        driver.press("PLUS")
    driver.advance(0.1)
    assert len(magnifier.badges) < 3 and all(magnifier.view.contains(b) for b in magnifier.badges)
    assert app.ctx.text.overflows == []
    driver.press("esc")
    assert driver.scene is scene and scene.round.step == "feedback"


def test_a_call_s_pane_can_be_magnified_too(built_in_app):
    app = built_in_app
    driver = Driver(app)
    pack = next(p for p in app.ctx.packs() if p.info.id == "starter")
    call = next(s for s in pack.scenarios if s.clip.kind == "call")
    scene = open_round(app, "starter", call.id)
    driver.advance(0.1)
    driver.press("z")
    magnifier = driver.scene
    assert magnifier.name == "magnifier" and magnifier.callview is scene.callview and magnifier.tells == []
    driver.advance(0.2)
    assert magnifier.picture.width > 900                                 # the pane, window-wide
    driver.press("esc")
    assert driver.scene is scene


def test_the_feedback_page_with_the_marked_clip_has_an_enlarge_button(built_in_app):
    """At 100 % and 200 %: Enlarge sits in the row with the page buttons, the row fits (no label
    cut off, nothing over the picture), and it opens the magnifier with the tells marked."""
    app = built_in_app
    driver = Driver(app)
    for scale in (1.0, 2.0):
        set_scale(app, scale)
        scene = open_round(app, "starter", "friend-video-loan")
        driver.advance(0.1)
        answer(scene)
        to_marked_clip(scene)
        app.ctx.text.overflows.clear()
        driver.advance(0.1)
        assert "magnify" in [b.id for b in scene.buttons]
        assert not any(b.rect.colliderect(scene.clip_shown) for b in scene.buttons)
        assert app.ctx.text.overflows == []
        driver.click("magnify")
        assert driver.scene.name == "magnifier" and driver.scene.tells
        driver.press("esc")
        assert driver.scene is scene
        app.close(scene)
