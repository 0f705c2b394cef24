"""Every spoken word on screen, the rest of it (issue 15 item 4): a call's transcript after the
call has ended (T on its questions and feedback, any line heard again), the transcript page of
a clip or call shown to a room (classroom and community, T or the presenter's button, in large
paged text), and words lost in a drop-out never captioned as if heard."""
from __future__ import annotations

import pytest

from game.core.models import text_in
from game.ui import roundtranscript
from tests.ui.driver import Driver
from tests.ui.test_captions import open_app, play, until, worded_pack  # noqa: F401 (fixtures)


def _end_the_call(driver, scene) -> None:
    """Answer, ask for the secret word, call the real grandson back, tell him: the call ends."""
    driver.press("1")
    driver.advance(0.2)
    driver.press(driver.choice_key("ask_secret_word"))
    driver.advance(0.2)
    driver.press(driver.choice_key("hang_up_call_back"))
    driver.advance(0.2)
    driver.press(driver.choice_key("refuse_report"))
    driver.advance(0.2)
    assert scene.callview.call.finished and scene.round.step == "judge"


@pytest.mark.parametrize("sound", [True, False], ids=["sound card", "no sound card"])
def test_a_calls_transcript_opens_after_the_call_has_ended(open_app, sound):
    app = open_app("zh", sound=sound)
    driver, scene = play(app, "calls", "grandson-call")
    view = scene.callview
    _end_the_call(driver, scene)
    lines = [i for i, entry in enumerate(view.said) if entry.spoken is not None]
    assert len(lines) == 3
    driver.press("t")                                            # on the real-or-AI question
    assert scene.transcript_open and roundtranscript.is_open(scene)
    assert not any(b.id in ("real", "manipulated") for b in scene.buttons)
    assert scene.buttons[scene.focus].id == f"call:said:{lines[-1]}"   # the newest line chosen
    assert driver.sees(view.said_text(view.said[lines[-1]]))
    unseen = {view.said_text(entry) for entry in view.said}
    while True:                                                  # every entry, page by page
        unseen = {words for words in unseen if not driver.sees(words)}
        if not any(b.id == "list:prev" for b in scene.buttons):
            break
        driver.click("list:prev")
    assert unseen == set()
    first = next(b for b in scene.buttons if b.id.startswith("call:said:"))
    driver.press(str(first.number))                              # the first line, by its number
    driver.app.step([], 1 / 30)
    assert view.current is view.said[lines[0]].spoken and view.chosen == lines[0]
    assert driver.sees(view.line_text(view.current))             # said (or, with no voice, captioned)
    driver.press("t")
    driver.press("t")                                            # opened again: the newest line chosen
    driver.press("r")                                            # R says the line chosen
    driver.app.step([], 1 / 30)
    assert view.current is view.said[lines[-1]].spoken
    driver.press("t")
    assert not scene.transcript_open and driver.button("manipulated") and scene.focus < 0
    driver.click("manipulated")
    driver.click("certain")
    assert scene.round.step in ("feedback", "rights")            # the call's feedback pages
    driver.press("t")
    assert scene.transcript_open and driver.sees("孙子小明：奶奶？我在学校上课呢，没出事啊。")
    driver.click(f"call:said:{lines[2]}")
    driver.app.step([], 1 / 30)
    assert view.current is view.said[lines[2]].spoken
    driver.press("esc")                                          # Esc closes it, not the round
    assert not scene.transcript_open and driver.scene is scene and scene.pages
    assert app.ctx.text.overflows == []


# --- the rooms ----------------------------------------------------------------------------------

def _classroom(app) -> Driver:
    driver = Driver(app)
    driver.click("rooms")
    driver.click("classroom")
    while app.ctx.packs()[driver.scene.config.pack].info.id != "mini":   # a pack with no voices to prepare
        driver.click_listed("pack")
    driver.click_listed("start")
    assert driver.scene.name == "classroom" and driver.scene.watching
    return driver


def _show(app, scene, pack_id: str, scenario_id: str):
    """Put one scenario's clip or call on the room's screen."""
    from game.ui.roomclip import RoomClip

    pack = next(p for p in app.ctx.packs() if p.info.id == pack_id)
    scene.close_clip()
    scene.clip = RoomClip(app.ctx, pack, next(s for s in pack.scenarios if s.id == scenario_id))
    scene.layout()
    return scene.clip


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_classroom_reads_a_clips_every_word_in_large_paged_text(open_app, lang):
    from game.ui import roomtranscript

    app = open_app(lang, scale=2.0)
    driver = _classroom(app)
    scene = driver.scene
    clip = _show(app, scene, "mini", "voice-fake")
    assert driver.button("transcript")                          # the teacher's button beside Replay
    until(driver, clip.clip, 0.2)
    mark = len(app.ctx.text.overflows)   # (the watching screen's own overflows at 200 % are not this test's)
    driver.press("t")
    assert roomtranscript.is_open(scene) and driver.sees("字幕记录" if lang == "zh" else "Transcript")
    said = ["孙子：奶奶，是我。", "快给我转钱！"] if lang == "zh" else ["Grandson: Grandma, it's me.", "Send me money now!"]
    for words in said:
        assert driver.sees(words)
    shown = scene.room_transcript
    assert all(size * app.ctx.text.scale >= 30 for _, _, size in shown.rows)   # drawn 30 px or more: the back row
    assert not any(b.id == "answers" for b in scene.buttons)    # the round waits behind it
    assert app.ctx.text.overflows[mark:] == []                  # nothing cut off
    driver.click("transcript")                                  # Close
    assert not roomtranscript.is_open(scene) and driver.button("answers")
    driver.press("t")
    driver.press("esc")                                         # Esc closes it, and asks nothing
    assert not roomtranscript.is_open(scene) and driver.scene is scene
    scene.close_clip()


@pytest.mark.parametrize("sound", [True, False], ids=["sound card", "no sound card"])
def test_the_presenter_opens_a_calls_transcript_and_replays_any_line(open_app, sound):
    from game.ui import roomtranscript
    from tests.ui.test_classroom import type_keys

    app = open_app("zh", sound=sound)
    driver = Driver(app)
    driver.click("rooms")
    driver.click("community")
    driver.click_listed("pack:mini")
    scene = driver.scene
    assert scene.name == "presenter" and scene.watching
    view = _show(app, scene, "family", "code-request-call").callview   # three lines to its decision
    assert not any(b.id == "transcript" for b in scene.buttons)  # ringing: nothing said yet
    driver.click("call:answer")
    while view.speaking:                                        # (no move is played before the vote)
        driver.app.step([], 1 / 30)
    type_keys(driver, "t")                                      # the presenter's keys come raw
    assert roomtranscript.is_open(scene)
    lines = [i for i, entry in enumerate(view.said) if entry.spoken is not None]
    assert len(lines) == 3
    for entry in view.said:
        assert driver.sees(view.said_text(entry))
    assert scene.buttons[scene.focus].id == f"call:said:{lines[-1]}"
    type_keys(driver, "1")                                      # the first line, for the room
    driver.app.step([], 1 / 30)
    assert view.current is view.said[lines[0]].spoken
    type_keys(driver, "tt")                                     # closed and opened: the newest chosen
    type_keys(driver, "r")
    driver.app.step([], 1 / 30)
    assert view.current is view.said[lines[-1]].spoken
    index = scene.session.index
    type_keys(driver, "s ")                                     # the session's keys wait meanwhile
    assert scene.session.index == index and roomtranscript.is_open(scene)
    type_keys(driver, "b")                                      # B closes it
    assert not roomtranscript.is_open(scene) and scene.session.index == index
    assert app.ctx.text.overflows == []
    scene.close_clip()


# --- drop-outs ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_words_lost_in_a_drop_out_are_not_captioned_as_heard(open_app, lang):
    app = open_app(lang)
    driver, scene = play(app, "family", "village-landline")      # the line cuts out on "二哥"
    until(driver, scene.clip, 1.0)
    if lang == "zh":
        assert driver.sees("喂，妹子吗？我是[听不清]。") and not driver.sees("我是二哥")
    else:
        assert driver.sees("It's your [unclear].") and not driver.sees("your second brother")
    driver.press("p")                                            # paused: every word, the lost ones marked
    marked = "（听不清：二哥）" if lang == "zh" else "(unclear: second brother)"
    assert driver.sees(marked) or lang == "en"                   # (in English the caption leaves room for T's note only)
    driver.press("t")
    assert scene.transcript_open and driver.sees(marked)
    assert not driver.sees("[听不清]" if lang == "zh" else "[unclear]")   # no line is being said now
    assert app.ctx.text.overflows == []
