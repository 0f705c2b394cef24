"""The game loop draws only when the picture changes, and sleeps in between.

Each test plays the loop's turns over simulated time: a turn advances the game by what
``play_frame`` would have slept (``wait_seconds``, at least one 60 Hz frame) and draws only
when ``App.step(..., draw=None)`` decides the picture changed. Draws are counted, not timed.
"""
from __future__ import annotations

import pygame
import pytest

from game.app import FRAME_RATE, create_app, wait_seconds
from game.core.round import Round
from game.media.clips import BAR_STEP
from game.ui.callview import RING_STEP
from game.ui.flows import Journey
from game.ui.scenes.classroom_setup import ClassroomSetupScene
from game.ui.scenes.community_setup import CommunitySetupScene
from game.ui.scenes.greeting import GreetingScene
from game.ui.scenes.home import HomeScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.language import LanguageScene
from game.ui.scenes.packs import PackScene
from game.ui.scenes.player import BLINK, PlayerScene
from game.ui.scenes.results import ResultsScene
from game.ui.scenes.rooms import RoomsScene
from game.ui.scenes.round import RoundScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.tour import TourScene
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
    app.step([], 1 / FRAME_RATE)   # the turn after a new screen is shown starts its wait before answers count
    return app.top


def played_round(pack) -> Round:
    """A whole round of ``pack`` answered (every clip judged real, the first option taken)."""
    played = Round(pack.info.id, list(pack.scenarios))
    while not played.finished:
        played.judge("real")
        if played.set_confidence("fairly_sure", 1.0) is None:
            while played.step == "action":
                played.choose_action(0, 1.0)
        played.show_rights()
        played.next(1.0)
    return played


# Every menu and page a player leaves up while reading or thinking, as the journey shows it
MENUS = {
    "title": lambda app, pack: None,
    "greeting": lambda app, pack: app.push(GreetingScene(app, app.ctx.profile)),
    "home": lambda app, pack: app.push(HomeScene(app), menu=True),
    "language": lambda app, pack: app.push(LanguageScene(app)),
    "packs": lambda app, pack: app.push(PackScene(app), menu=True),
    "results": lambda app, pack: app.push(ResultsScene(app, pack, played_round(pack)), menu=True),
    "rooms": lambda app, pack: app.push(RoomsScene(app), menu=True),
    "classroom setup": lambda app, pack: app.push(ClassroomSetupScene(app)),
    "community setup": lambda app, pack: app.push(CommunitySetupScene(app)),
    "tour": lambda app, pack: app.push(TourScene(app)),
    "help": lambda app, pack: app.push(HelpScene(app)),
    "settings": lambda app, pack: app.push(SettingsScene(app)),
}

# voice-fake's clip in the mini pack (media/voice.wav lasts 1 s) said as two lines, each beginning
# between two steps of the progress bar, so that only the captions' own next change shows them in time
ONE_LINE = 'transcript: [{zh: 奶奶，快给我转钱！, en: "Grandma, send me money now!", start: 0.1, end: 0.9}]}'
TWO_LINES = ('transcript: [{zh: 奶奶，是我。, en: "Grandma, it\'s me.", start: 0.23, end: 0.4},\n'
             '                    {zh: 快给我转钱！, en: "Send me money now!", start: 0.57, end: 0.93}]}')
SAID = {"Grandma, it's me.": 0.23, "Send me money now!": 0.57}


@pytest.fixture
def two_lines(mini_pack):
    path = mini_pack / "voice-fake.yaml"
    text = path.read_text(encoding="utf-8")
    assert ONE_LINE in text
    path.write_text(text.replace(ONE_LINE, TWO_LINES), encoding="utf-8")


@pytest.fixture
def worded_app(two_lines, app):
    """The app, with the mini pack's audio clip said in two lines (the pack is edited first)."""
    return app


@pytest.fixture
def call_app(install, tmp_path, shared_cache):
    application = create_app(install, tmp_path / "data", shared_cache, lang="en", extra_packs=[DATA / "packs" / "calls"])
    yield application
    application.ctx.store.close()
    application.ctx.speech.close()
    pygame.quit()


def test_a_looping_animation_is_drawn_once_per_frame_of_the_animation(app):
    scene = show_round(app, "mini", "anim-real")     # three frames of 0.2 s: 5 a second, looping
    assert scene.clip.playing and app.next_change() == pytest.approx(0.2, abs=0.04)
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
    assert simulate(app, 2.0) == 0 and app.idle()     # (its first turn starts the answer wait)


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
    app.ctx.packs()                                   # loaded: the loop no longer looks for them
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


@pytest.mark.parametrize("menu", list(MENUS))
def test_every_menu_and_the_results_page_draw_nothing_while_waiting(app, menu):
    app.ctx.profile = app.ctx.store.profile("Ann")
    pack = next(p for p in app.ctx.packs() if p.info.id == "mini")
    Journey(app).start()
    MENUS[menu](app, pack)
    app.ctx.notices.clear()
    app.step([], 1 / FRAME_RATE)
    app.step([], 1 / FRAME_RATE)   # the first two frames are always drawn
    assert app.top.next_change() is None and app.idle(), app.top.name
    assert simulate(app, 2.0) == 0


def test_the_name_field_draws_only_when_its_cursor_blinks(app):
    Journey(app).start()
    app.push(PlayerScene(app))
    app.ctx.notices.clear()
    app.step([], 1 / FRAME_RATE)
    app.step([], 1 / FRAME_RATE)   # the first two frames are always drawn
    drawn = simulate(app, 2.0)
    assert 2.0 / BLINK - 1 <= drawn <= 2.0 / BLINK + 1, drawn   # twice a second, not 60 times


def test_a_playing_audio_clips_captions_change_when_each_line_is_said(worded_app):
    """The bar moves ten times a second; a line that begins between two of its steps must show
    when it is said, and the line before must go then, though nothing else is drawn meanwhile."""
    app = worded_app
    scene = show_round(app, "mini", "voice-fake")
    clip = scene.clip
    assert clip.playing and clip.seconds == pytest.approx(1.0, abs=0.05)
    shown_at: dict[str, float] = {}
    drawn = 0
    while clip.playing:
        dt = max(wait_seconds(app), 1 / FRAME_RATE)
        if app.step([], dt, draw=None):
            drawn += 1
            text = " ".join(app.ctx.text.blocks)
            said = [words for words in SAID if words in text]
            if clip.playing:
                assert len(said) <= 1, (clip.position, said)     # a line gives way to the next
            for words in said:
                shown_at.setdefault(words, clip.position)
    for words, start in SAID.items():
        assert start <= shown_at[words] <= start + 1 / FRAME_RATE + 0.002, (words, shown_at)
    assert drawn <= clip.seconds / BAR_STEP + len(SAID) + 3, drawn  # the bar's steps, the lines, the end
    text = " ".join(app.ctx.text.blocks)
    assert all(words in text for words in SAID)                   # ended: every word under it
    assert simulate(app, 1.0) == 0 and app.idle()


def test_a_rooms_clip_says_when_its_captions_change_too(worded_app):
    from game.ui.roomclip import RoomClip

    app = worded_app
    pack = next(p for p in app.ctx.packs() if p.info.id == "mini")
    shown = RoomClip(app.ctx, pack, next(s for s in pack.scenarios if s.id == "voice-fake"))
    shown.update(0.2)
    assert shown.next_change() == pytest.approx(0.03)   # the first line, before the bar's next step
    shown.update(0.03)
    assert shown.words()[0] == ["Grandma, it's me."]
    shown.close()


def test_while_the_packs_load_in_the_background_the_title_looks_for_them_ten_times_a_second(app, monkeypatch):
    import threading

    from game.app import PACKS_POLL

    loader, go_on = app.ctx.loader, threading.Event()
    real_load = loader._load
    monkeypatch.setattr(loader, "_load", lambda: (go_on.wait(10), real_load())[1])   # a slow disk
    Journey(app).start()
    app.step([], 1 / FRAME_RATE)
    app.step([], 1 / FRAME_RATE)                      # the first frame is up: the loading starts
    assert loader.thread_alive()
    assert app.next_change() == pytest.approx(PACKS_POLL, abs=0.01)
    go_on.set()
    loader.wait()                                     # in: nothing more to look for
    assert app.idle()
