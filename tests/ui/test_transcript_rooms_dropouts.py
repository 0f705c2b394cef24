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
