"""Big clips (issue 15 item 2): at 150 % and 200 % text a clip is never drawn smaller than at
100 % in the same window — on the question (stacked: the clip's own page) and on the feedback
page that marks its tells. Measured where the picture lands (``clip.draw`` returns it) for the
built-in scenarios at 1280×720."""
from __future__ import annotations

import pygame
import pytest

from game.ui.chrome import content_rect
from game.ui.scenes.round import RoundScene
from tests.ui.driver import Driver

SCALES = (1.0, 1.5, 2.0)


def set_scale(app, scale: float) -> None:
    app.ctx.overrides["text_scale"] = scale
    app.ctx.apply(app.ctx.settings)


def open_round(app, pack_id: str, scenario_id: str) -> RoundScene:
    """A round of one scenario of a built-in pack, on screen."""
    pack = next(p for p in [*app.ctx.packs(), app.ctx.check_pack()] if p.info.id == pack_id)
    scenario = next(s for s in pack.scenarios if s.id == scenario_id)
    scene = RoundScene(app, pack, [scenario])
    app.push(scene)
    return scene


def answer(scene: RoundScene) -> None:
    """From the clip to the feedback: on to the question, then any answers."""
    if scene.stacked:
        scene.activate("to_question")
    scene.activate("real")
    scene.activate("guessing")
    while scene.round.step == "action":
        scene.activate("option:0")


def to_marked_clip(scene: RoundScene) -> None:
    """The feedback page that shows the clip with its tells marked."""
    scene.page_no = next(i for i, page in enumerate(scene.pages) if page.clip_box is not None and page.tells)
    scene.layout()


def picture_rects(app, pack_id: str, scenario_id: str) -> tuple[pygame.Rect, pygame.Rect]:
    """Where the clip's picture landed on the question (stacked: its own page) and on the
    feedback page that marks its tells."""
    scene = open_round(app, pack_id, scenario_id)
    landed = []
    draw = scene.clip.draw

    def measured(surface, box):
        rect = draw(surface, box)
        landed.append(rect)
        return rect

    scene.clip.draw = measured
    app.step([], 1 / 30)
    question = landed[-1]
    answer(scene)
    to_marked_clip(scene)
    app.step([], 1 / 30)
    feedback = landed[-1]
    app.close(scene)
    return question, feedback


def clip_scenarios(app, packs=None) -> list[tuple[str, str]]:
    every = [*app.ctx.packs(), app.ctx.check_pack()]
    return [(p.info.id, s.id) for p in every if packs is None or p.info.id in packs
            for s in p.scenarios if s.clip.kind != "call"]


def sizes_by_scale(app, scenarios) -> dict:
    found = {}
    for scale in SCALES:
        set_scale(app, scale)
        for pack_id, scenario_id in scenarios:
            found[(pack_id, scenario_id, scale)] = picture_rects(app, pack_id, scenario_id)
    return found


def smaller_than_at_100(found: dict, scenarios, area_width: int) -> list[str]:
    """Clips drawn smaller at 150/200 % than at 100 %: on the question, than the same clip at
    100 %; on the feedback, than the least the feedback shows it at 100 % (its box is
    SIDE_CLIP_MIN of the width there, larger where the tells leave room; at large text the
    tells beside it may take it down to that, and the magnifier shows it whole)."""
    from game.media.clips import AudioClip
    from game.ui.roundlayout import fit
    from game.ui.roundpages import SIDE_CLIP_MIN

    width = area_width * SIDE_CLIP_MIN // 100 * 96 // 100   # (the stacked pages are a little narrower)
    problems = []
    for pack_id, scenario_id in scenarios:
        normal = found[(pack_id, scenario_id, 1.0)]
        # (a recording's picture leaves room for its progress bar: AudioClip.bar_room)
        least_feedback = fit(normal[1].size, pygame.Rect(0, 0, width, width * 9 // 16 - AudioClip.bar_room))
        for scale in SCALES[1:]:
            for page, rect, base in zip(("question", "feedback"), found[(pack_id, scenario_id, scale)],
                                        (normal[0], least_feedback)):
                if rect.width < base.width - 2 or rect.height < base.height - 2:
                    problems.append(f"{pack_id}/{scenario_id} at {scale:.0%}: {page} {rect.size} < {base.size}")
    return problems


def test_the_police_chat_and_the_flood_picture_are_no_smaller_at_large_text(built_in_app):
    scenarios = [("starter", "police-safe-account"), ("starter", "flood-dam-rumour")]
    found = sizes_by_scale(built_in_app, scenarios)
    assert smaller_than_at_100(found, scenarios, content_rect(built_in_app.ctx).width) == []
    police_q, police_f = found[("starter", "police-safe-account", 2.0)]
    assert police_q.height >= 450 and police_f.height >= 240    # was 265 and 212 (issue 15)
    flood_q, flood_f = found[("starter", "flood-dam-rumour", 2.0)]
    assert flood_q.width >= 800 and flood_f.width >= 430        # was 471 and 376
    assert found[("starter", "flood-dam-rumour", 1.0)][0].size == (666, 375)   # 100 % as it was


@pytest.mark.slow
def test_every_built_in_clip_is_no_smaller_at_150_and_200_percent(built_in_app):
    scenarios = clip_scenarios(built_in_app)
    assert len(scenarios) > 40
    found = sizes_by_scale(built_in_app, scenarios)
    assert smaller_than_at_100(found, scenarios, content_rect(built_in_app.ctx).width) == []


def test_the_clip_page_at_200_percent_fills_its_room_and_its_caption_fits(built_in_app):
    """Stacked, the clip on its own page takes the room above the buttons, its caption beside it."""
    set_scale(built_in_app, 2.0)
    scene = open_round(built_in_app, "starter", "flood-dam-rumour")
    built_in_app.step([], 1 / 30)
    room = content_rect(built_in_app.ctx)
    room.height = min(b.rect.top for b in scene.buttons) - room.top
    assert scene.clip_shown.height >= room.height - 40
    caption = [line for line in built_in_app.ctx.text.drawn if "family chat" in line or "Forward" in line]
    assert caption and built_in_app.ctx.text.overflows == []


def test_a_long_transcript_at_200_percent_keeps_the_clip_at_its_100_percent_size(built_in_app):
    """At 200 % an English transcript does not fit beside the clip: the clip keeps its 100 % size
    (it used to shrink), the line said now is shown in time, and once the clip has ended the
    words that fit are shown with a note that T has every word. The picture does not jump when
    the clip ends: the page is laid out for its longest line either way."""
    app = built_in_app
    driver = Driver(app)
    set_scale(app, 1.0)
    scene = open_round(app, "starter", "friend-video-loan")
    driver.advance(0.1)
    normal = scene.clip.draw(pygame.Surface(app.ctx.size), scene.clip_shown)
    app.close(scene)
    set_scale(app, 2.0)
    scene = open_round(app, "starter", "friend-video-loan")
    driver.advance(0.5)
    playing = scene.clip.draw(pygame.Surface(app.ctx.size), scene.clip_shown)
    assert playing.width >= normal.width and playing.height >= normal.height
    assert "Lao Sun" in driver.visible_text()
    driver.advance(scene.clip.seconds + 3)
    assert not scene.clip.playing and scene.clip.draw(pygame.Surface(app.ctx.size), scene.clip_shown) == playing
    assert "press T" in driver.visible_text().replace("\n", " ")
    assert app.ctx.text.overflows == []
    driver.press("enter")
    assert not scene.watching and scene.round.step == "judge"
