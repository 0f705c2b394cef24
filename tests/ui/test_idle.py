"""The game loop draws only when the picture changes, and sleeps in between.

Each test plays the loop's turns over simulated time: a turn advances the game by what
``play_frame`` would have slept (``wait_seconds``, at least one 60 Hz frame) and draws only
when ``App.step(..., draw=None)`` decides the picture changed. Draws are counted, not timed.
"""
from __future__ import annotations

import pygame
import pytest

from game.app import FRAME_RATE, create_app, wait_seconds
from game.ui.callview import RING_STEP
from game.ui.flows import Journey
from game.ui.scenes.round import RoundScene
from tests.conftest import DATA


def simulate(app, seconds: float) -> int:
    """The game loop's turns over ``seconds`` of game time; returns how many frames were drawn."""
    drawn, elapsed = 0, 0.0
    while elapsed < seconds:
        dt = max(wait_seconds(app), 1 / FRAME_RATE)
        drawn += app.step([], dt, draw=None)
        elapsed += dt
    return drawn


def show_round(app, pack_id: str, scenario_id: str) -> RoundScene:
    """A round of one scenario on screen, drawn once, with no notice showing."""
    app.ctx.profile = app.ctx.store.profile("Ann")
    pack = next(p for p in app.ctx.packs() if p.info.id == pack_id)
    Journey(app).start()
    app.push(RoundScene(app, pack, [s for s in pack.scenarios if s.id == scenario_id]))
    app.ctx.notices.clear()
    app.step([], 1 / FRAME_RATE)
    return app.top


@pytest.fixture
def call_app(install, tmp_path, shared_cache):
    application = create_app(install, tmp_path / "data", shared_cache, lang="en", extra_packs=[DATA / "packs" / "calls"])
    yield application
    application.ctx.store.close()
    application.ctx.speech.close()
    pygame.quit()


def test_a_looping_animation_is_drawn_once_per_frame_of_the_animation(app):
    scene = show_round(app, "mini", "anim-real")     # three frames of 0.2 s: 5 a second, looping
    assert scene.clip.playing and app.next_change() == pytest.approx(0.2, abs=0.02)
    drawn = simulate(app, 2.0)
    assert 10 <= drawn <= 10 + 3, drawn              # 5 frames a second for 2 s (not 120)


def test_a_paused_video_and_a_menu_draw_nothing_while_waiting(app):
    scene = show_round(app, "mini", "video-real")
    scene.pause()
    app.step([], 1 / FRAME_RATE)                      # the button now says Play
    assert not scene.clip.playing and app.idle()
    assert simulate(app, 2.0) == 0
    Journey(app).start()                              # the title
    app.step([], 1 / FRAME_RATE)
    assert app.idle() and simulate(app, 2.0) == 0


def test_a_ringing_call_pulses_ten_times_a_second_and_stands_still_with_reduced_motion(call_app):
    from dataclasses import replace

    show_round(call_app, "calls", "grandson-call")
    assert call_app.top.callview.call.ringing
    drawn = simulate(call_app, 2.0)
    assert 2.0 / RING_STEP - 1 <= drawn <= 2.0 / RING_STEP + 2, drawn
    call_app.ctx.save_settings(replace(call_app.ctx.settings, reduced_motion=True))
    call_app.step([], 1 / FRAME_RATE)
    assert call_app.idle() and simulate(call_app, 2.0) == 0


def test_a_speaking_call_moves_at_the_voices_rate_only_while_it_speaks(call_app):
    scene = show_round(call_app, "calls", "grandson-call")
    scene.activate("call:answer")
    view, speaking, drawn = scene.callview, 0.0, 0
    while view.speaking and speaking < 60:
        dt = max(wait_seconds(call_app), 1 / FRAME_RATE)
        drawn += call_app.step([], dt, draw=None)
        speaking += dt
    assert not view.speaking and drawn <= speaking * 30 + 5, (drawn, speaking)   # the mouth's 30 steps a second
    assert call_app.idle() and simulate(call_app, 2.0) == 0                       # then it waits for a reply


def test_a_notice_is_drawn_when_it_comes_and_when_it_goes_and_counts_down_in_between(app):
    Journey(app).start()
    app.ctx.notices.clear()
    app.step([], 1 / FRAME_RATE)
    app.ctx.notify("review.none")
    notice = app.ctx.notices[-1]
    assert simulate(app, 1.0) == 1                    # it came: drawn once, then left alone
    assert simulate(app, notice.seconds_left + 0.5) == 1   # it ran out: drawn away
    assert notice.seconds_left <= 0 and app.idle()


def test_a_new_screen_gives_freed_memory_back_at_most_every_half_minute(app, monkeypatch):
    import game.tuning
    from game.app import TRIM_SECONDS

    given = []
    monkeypatch.setattr(game.tuning, "release_freed_memory", lambda: given.append(app.ctx.time) or True)
    Journey(app).start()
    app.step([], 1 / FRAME_RATE)
    simulate(app, TRIM_SECONDS + 1)                   # the title, waiting: no new screen, nothing given
    assert given == []
    app.show_overlay("help")
    app.step([], 1 / FRAME_RATE)
    assert len(given) == 1                            # a new screen, half a minute on
    app.close(app.top)
    app.step([], 1 / FRAME_RATE)
    assert len(given) == 1                            # and not again so soon
