"""Every spoken word on screen: an audio clip's lines in time (with or without a sound card), all
of them once it ends, its transcript (T), a call's transcript with any line heard again, a room's
caption, and nothing cut off at 200 % text."""
from __future__ import annotations

import pygame
import pytest

from game.app import create_app
from game.core.callspeech import line_request
from game.core.models import text_in
from game.ui.flows import Journey
from game.ui.scenes.round import RoundScene
from tests.conftest import DATA
from tests.ui.driver import Driver

# voice-fake's clip in the mini pack (media/voice.wav lasts 1 s), with a caption that says what
# the clip is and two lines said in it, the first by a named speaker
OLD_CLIP = ('caption: {zh: 奶奶，快给我转钱！, en: "Grandma, send me money now!"},\n'
            '       transcript: [{zh: 奶奶，快给我转钱！, en: "Grandma, send me money now!", start: 0.1, end: 0.9}]}')
NEW_CLIP = ('caption: {zh: 一个陌生号码打来电话。, en: "An unknown number calls."},\n'
            '       transcript: [{zh: 奶奶，是我。, en: "Grandma, it\'s me.", start: 0.1, end: 0.4, '
            'speaker: {zh: 孙子, en: Grandson}},\n'
            '                    {zh: 快给我转钱！, en: "Send me money now!", start: 0.5, end: 0.95}]}')


@pytest.fixture
def worded_pack(mini_pack):
    path = mini_pack / "voice-fake.yaml"
    text = path.read_text(encoding="utf-8")
    assert OLD_CLIP in text
    path.write_text(text.replace(OLD_CLIP, NEW_CLIP), encoding="utf-8")
    return mini_pack


@pytest.fixture
def open_app(install, tmp_path, shared_cache, worded_pack, monkeypatch):
    """``open_app(lang, scale=1.0, sound=True)``: a real App with the worded mini pack and the
    calls test pack; ``sound=False`` is a machine with no sound card."""
    made = []

    def make(lang: str, scale: float = 1.0, sound: bool = True):
        if not sound:
            monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
        app = create_app(install, tmp_path / f"data-{len(made)}", shared_cache, lang=lang,
                         extra_packs=[worded_pack.parent, DATA / "packs" / "calls"], overrides={"text_scale": scale})
        Journey(app).start()
        made.append(app)
        return app

    yield make
    for app in made:
        app.ctx.store.close()
        app.ctx.speech.close()
    pygame.quit()


def play(app, pack_id: str, scenario_id: str) -> tuple[Driver, RoundScene]:
    """The round screen of one scenario, as a player reaches it (the voices are not waited for:
    a call's lines are captions only)."""
    driver = Driver(app)
    if app.ctx.profile is None:
        driver.new_player("1" if app.ctx.lang == "zh" else "2", "Mei")
    pack = next(p for p in app.ctx.packs() if p.info.id == pack_id)
    scenario = next(s for s in pack.scenarios if s.id == scenario_id)
    scene = RoundScene(app, pack, [scenario])
    app.push(scene)
    driver.app.step([], 0)
    return driver, scene


def until(driver: Driver, clip, seconds: float) -> None:
    """Frames until the clip's own time reaches ``seconds``."""
    while clip.position < seconds and clip.playing:
        driver.app.step([], 1 / 30)


@pytest.mark.parametrize("sound", [True, False], ids=["sound card", "no sound card"])
def test_an_audio_clip_shows_each_line_in_time_then_every_word(open_app, sound):
    app = open_app("zh", sound=sound)
    assert app.ctx.sound.available is sound
    driver, scene = play(app, "mini", "voice-fake")
    clip = scene.clip
    assert clip.playing and (clip.channel is not None) is sound   # silent, the clip's time still runs
    assert driver.sees("一个陌生号码打来电话。") and not driver.sees("奶奶，是我")   # before the first line
    until(driver, clip, 0.1)
    assert driver.sees("孙子：奶奶，是我。") and not driver.sees("快给我转钱")    # the first line, with who says it
    until(driver, clip, 0.5)
    assert driver.sees("快给我转钱！") and not driver.sees("奶奶，是我")       # the next line takes its place
    mark = len(app.narrator.said)
    until(driver, clip, clip.seconds)
    driver.advance(0.2)
    assert not clip.playing
    assert driver.sees("孙子：奶奶，是我。") and driver.sees("快给我转钱！")   # every word, once it has ended
    assert driver.sees("一个陌生号码打来电话。")                            # and what the clip is
    said = " | ".join(app.narrator.said[mark:])
    assert "孙子：奶奶，是我。" in said and "快给我转钱！" in said              # read aloud with the screen
    assert app.ctx.text.overflows == []


def test_pausing_shows_every_word_and_t_opens_the_transcript(open_app):
    app = open_app("en")
    driver, scene = play(app, "mini", "voice-fake")
    until(driver, scene.clip, 0.2)
    driver.press("p")
    assert driver.sees("Grandson: Grandma, it's me.") and driver.sees("Send me money now!")
    driver.press("t")
    assert scene.transcript_open and driver.sees("Transcript") and driver.sees("Send me money now!")
    assert not any(b.id in ("real", "manipulated") for b in scene.buttons)   # the question waits behind it
    driver.press("t")
    assert not scene.transcript_open and driver.button("real") and scene.focus < 0   # nothing focused
    driver.click("transcript")
    assert scene.transcript_open
    driver.press("esc")                                  # Esc closes the transcript, not the round
    assert not scene.transcript_open and driver.scene is scene


def test_a_calls_transcript_lists_every_line_and_replays_the_one_chosen(open_app):
    app = open_app("zh")
    driver, scene = play(app, "calls", "grandson-call")
    view = scene.callview
    driver.press("1")                                    # answer
    driver.advance(0.2)
    driver.press(driver.choice_key("ask_secret_word"))   # the caller dodges
    driver.advance(0.2)
    driver.press("t")
    assert scene.transcript_open
    shown = [view.said_text(entry) for entry in view.said]
    assert shown == ["未知号码：奶奶，是我，我出事了，快转五万块给我！", "你：问家庭暗号", "未知号码：哎呀，别问了，来不及了！"]
    for words in shown:
        assert driver.sees(words)
    lines = [entry for entry in view.said if entry.spoken is not None]
    assert scene.buttons[scene.focus].id == "call:said:2"        # the newest line is chosen first
    driver.press("up")                                           # the line before
    driver.press("r")                                            # hear it again
    driver.app.step([], 1 / 30)
    first = lines[0].spoken
    assert view.current is first and view.chosen == 0
    # what is said is what is written: the words spoken are the words shown
    assert line_request(first.line, first.speaker, "zh").text == text_in(first.line.text, "zh")
    assert shown[0].endswith(line_request(first.line, first.speaker, "zh").text)
    driver.press("2")                                            # or choose a line by its number
    driver.app.step([], 1 / 30)
    assert view.current is lines[1].spoken
    driver.press("t")                                            # back to the call
    assert not scene.transcript_open and any(b.id.startswith("call:") for b in scene.buttons)
    driver.press("r")                                            # closed, R says the last lines again
    driver.app.step([], 1 / 30)
    assert view.current is lines[1].spoken
    driver.press(driver.choice_key("hang_up_call_back"))         # call the real grandson
    driver.advance(0.2)
    driver.press("t")
    assert driver.sees("你打给了 孙子小明") and driver.sees("孙子小明：奶奶？我在学校上课呢，没出事啊。")
    assert app.ctx.text.overflows == []


def test_lines_skipped_by_answering_at_once_are_still_written_down(open_app):
    app = open_app("en")
    driver, scene = play(app, "starter", "relative-new-number-call")
    driver.press("1")                                            # answer: the first of four lines begins
    driver.press(driver.choice_key("ask_question"))              # and the player asks at once
    said = scene.callview.said
    assert [e.kind for e in said][:5] == ["line", "line", "line", "line", "reply"]
    assert scene.callview.said_text(said[3]).endswith("Can you bring them to City Hospital No. 1, third floor? No money needed.")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_cut_off_at_200_percent(open_app, lang):
    app = open_app(lang, scale=2.0)
    driver, scene = play(app, "starter", "grandson-voice-call")   # 21 s, six long lines
    assert scene.stacked and scene.watching
    while scene.clip.playing:                                     # the watch page, line by line
        app.step([], 0.25)
    driver.press("t")                                             # every word, page by page
    pages = 1
    while any(b.id == "list:next" for b in scene.buttons):
        driver.click("list:next")
        pages += 1
    assert scene.transcript_page.pages == pages
    driver.press("t")
    driver.click("to_question")
    driver.press("t")
    assert scene.transcript_open
    assert app.ctx.text.overflows == []
    driver, scene = play(app, "starter", "relative-new-number-call")   # a call's transcript
    driver.press("1")                                             # answer
    app.step([], 0.5)
    driver.click("transcript")
    assert scene.transcript_open
    driver.press("t")
    driver.click("call:reply")
    driver.press(driver.choice_key("ask_question"))
    app.step([], 0.5)
    driver.press("t")
    while any(b.id == "list:prev" for b in scene.buttons):        # back to the oldest lines
        driver.click("list:prev")
    assert driver.sees(scene.callview.said_text(scene.callview.said[0]))
    assert app.ctx.text.overflows == []


def test_the_room_sees_the_line_said_under_the_clip(open_app):
    from game.ui.roomclip import RoomClip

    app = open_app("zh")
    driver = Driver(app)
    driver.click("rooms")
    driver.click("classroom")
    while app.ctx.packs()[driver.scene.config.pack].info.id != "mini":   # a pack with no voices to prepare
        driver.click("pack")
    driver.click("start")
    scene = driver.scene
    assert scene.name == "classroom" and scene.watching
    pack = next(p for p in app.ctx.packs() if p.info.id == "mini")
    scene.close_clip()
    scene.clip = RoomClip(app.ctx, pack, next(s for s in pack.scenarios if s.id == "voice-fake"))
    until(driver, scene.clip.clip, 0.2)
    assert driver.sees("孙子：奶奶，是我。") and driver.sees("一个陌生号码打来电话。")
    scene.close_clip()
