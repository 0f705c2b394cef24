"""The call view with faces the pack brings: a picture or a looping silent video."""
from __future__ import annotations

import shutil

import pygame

from game.core.packs import load_pack
from game.media.clips import VideoClip
from game.ui.callview import CallView
from tests.conftest import DATA


def test_a_video_face_plays_in_the_callers_pane_and_effects_draw(app, tmp_path, library):
    pack_dir = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack_dir)
    shutil.copytree(DATA / "packs" / "mini" / "media", pack_dir / "media")
    path = pack_dir / "friend-video.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("voice: {lang: zh}}", "voice: {lang: zh}, face: media/call.mp4}"),
                    encoding="utf-8")
    pack = load_pack(pack_dir, library).pack
    scenario = next(s for s in pack.scenarios if s.id == "friend-video")
    view = CallView(app.ctx, pack, scenario)
    face = view.faces["friend"]
    assert isinstance(face, VideoClip) and face.sound is None      # silent: the voice comes from the lines
    view.activate("call:answer")
    box = pygame.Rect(0, 0, 640, 360)
    surface = pygame.Surface((640, 360))
    view.update(1 / 30)
    view.draw(surface, box)
    first = surface.get_at((5, 300))
    for _ in range(30):
        view.update(1 / 30)
    view.draw(surface, box)
    assert surface.get_at((5, 300)) != first                      # the video moved on
    view.activate("call:0")                                        # wave a hand: the face smears
    view.update(1 / 30)
    assert view.current is not None and view.current.line.effect == "smear"
    view.draw(surface, box)
    view.stop()
    assert view.faces == {}


def test_reduced_motion_draws_no_effect_but_says_it_in_words(app, library):
    from dataclasses import replace

    from tests.conftest import DATA

    pack = load_pack(DATA / "packs" / "calls", library).pack
    scenario = next(s for s in pack.scenarios if s.id == "friend-video")
    view = CallView(app.ctx, pack, scenario)
    view.activate("call:answer")
    view.update(1 / 30)
    assert view.current.line.effect == "shimmer"
    assert view._effect(view.call.person) == "shimmer"
    app.ctx.apply(replace(app.ctx.settings, reduced_motion=True))
    assert view._effect(view.call.person) is None
    assert "(the edge of the face flickers)" in view.caption()
    view.stop()


def test_the_question_about_a_caller_says_what_their_ringing_screen_said():
    """A saved contact who called on WeChat video has no number: the question after the call
    names them as a saved contact, never as an unknown number (the ringing screen said saved)."""
    from functools import partial

    from game.core.models import Person
    from game.core.strings import t
    from game.ui.callview import caller_question

    def person(**fields):
        return Person(id="x", name={"zh": "小雨（微信视频）", "en": "Xiaoyu (WeChat video)"}, **fields)

    english = partial(t, lang="en")
    assert caller_question(english, "en", person(saved=True)) == \
        "The first caller, Xiaoyu (WeChat video) (Saved contact): real, or made or changed by AI?"
    assert "(Unknown number)" in caller_question(english, "en", person())
    assert "（158****2093）" in caller_question(partial(t, lang="zh"), "zh", person(number="158****2093", saved=True))
