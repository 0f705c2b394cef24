"""A call person with a cast member is drawn from the member's portrait, mouth moving with the voice."""
from __future__ import annotations

import shutil

import pygame

from game.core.packs import load_pack
from game.ui.callview import CallView
from tests.conftest import artifact, DATA


def _cast_pack(tmp_path, library, member: str | None):
    pack_dir = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack_dir)
    if member:
        path = pack_dir / "friend-video.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("caller: {id: friend,", f"caller: {{id: friend, cast: {member},"),
                        encoding="utf-8")
    pack = load_pack(pack_dir, library).pack
    return pack, next(s for s in pack.scenarios if s.id == "friend-video")


def _draw(app, pack, scenario, answer: bool = True, steps: int = 1) -> tuple[pygame.Surface, CallView]:
    view = CallView(app.ctx, pack, scenario)
    if answer:
        view.activate("call:answer")
    surface = pygame.Surface((640, 360))
    for _ in range(steps):
        view.update(1 / 30)
    view.draw(surface, pygame.Rect(0, 0, 640, 360))
    return surface, view


def test_a_cast_person_is_drawn_from_their_portrait_not_the_drawn_face(app, tmp_path, library):
    pack, scenario = _cast_pack(tmp_path, library, "friend")
    person = scenario.call.caller
    assert person.cast == "friend" and person.look == "older_man"      # the look comes from the cast
    assert person.voice.gender == "male" and person.voice.age == "older"
    portrait, view = _draw(app, pack, scenario)
    view.stop()
    pygame.image.save(portrait, str(artifact("cast-video-call.png")))
    plain_pack, plain = _cast_pack(tmp_path / "plain", library, None)
    drawn, view = _draw(app, plain_pack, plain)
    view.stop()
    backdrop = pygame.Color("#cddbe3")
    assert portrait.get_at((40, 200))[:3] == tuple(backdrop)[:3]       # the member's backdrop
    face = pygame.Rect(250, 120, 140, 140)
    differing = sum(portrait.get_at((x, y)) != drawn.get_at((x, y))
                    for x in range(face.left, face.right, 4) for y in range(face.top, face.bottom, 4))
    assert differing > 0.5 * (face.width // 4) * (face.height // 4)


def test_the_cast_mouth_opens_while_the_person_speaks_and_rings_with_the_portrait(app, tmp_path, library):
    pack, scenario = _cast_pack(tmp_path, library, "friend")
    ringing, view = _draw(app, pack, scenario, answer=False)
    view.stop()
    pygame.image.save(ringing, str(artifact("cast-ringing.png")))
    assert ringing.get_at((320, 360 * 38 // 100 - 30))[:3] != (20, 24, 32)   # a face in the ring
    view = CallView(app.ctx, pack, scenario)
    view.activate("call:answer")
    surface = pygame.Surface((640, 360))
    view.update(1 / 30)
    view._mouth = lambda person: 0.0
    view.draw(surface, pygame.Rect(0, 0, 640, 360))
    closed = surface.copy()
    view._mouth = lambda person: 1.0
    view.draw(surface, pygame.Rect(0, 0, 640, 360))
    view.stop()
    mouth_area = pygame.Rect(140 + 360 * 0.35, 360 * 0.45, 360 * 0.3, 360 * 0.2)   # the portrait is 360 px, centred
    assert any(closed.get_at((x, y)) != surface.get_at((x, y))
               for x in range(mouth_area.left, mouth_area.right, 2) for y in range(mouth_area.top, mouth_area.bottom, 2))


def test_effects_still_draw_over_a_cast_face(app, tmp_path, library):
    pack, scenario = _cast_pack(tmp_path, library, "friend")
    view = CallView(app.ctx, pack, scenario)
    view.activate("call:answer")
    view.update(1 / 30)
    assert view._effect(view.call.person) == "shimmer"
    surface = pygame.Surface((640, 360))
    view.draw(surface, pygame.Rect(0, 0, 640, 360))
    quiet = pygame.Surface((640, 360))
    view._effect = lambda person: None
    view.draw(quiet, pygame.Rect(0, 0, 640, 360))
    view.stop()
    assert pygame.image.tobytes(surface, "RGB") != pygame.image.tobytes(quiet, "RGB")


def test_two_conference_faces_without_a_cast_are_not_the_same():
    from game.media.avatar import draw_face

    pygame.init()
    box = pygame.Rect(0, 0, 200, 200)
    first, second = pygame.Surface(box.size), pygame.Surface(box.size)
    draw_face(first, box, "chen", 0.0, look="man")
    draw_face(second, box, "wang", 0.0, look="man")
    assert pygame.image.tobytes(first, "RGB") != pygame.image.tobytes(second, "RGB")


def test_a_built_in_conference_shows_each_member_from_their_portrait(app, library):
    from tests.conftest import ROOT

    pack = load_pack(ROOT / "scenarios" / "video", library).pack
    scenario = next(s for s in pack.scenarios if s.call is not None and s.call.channel == "conference")
    view = CallView(app.ctx, pack, scenario)
    view.activate("call:answer")
    view.update(1 / 30)
    surface = pygame.Surface((960, 540))
    view.draw(surface, pygame.Rect(0, 0, 960, 540))
    view.stop()
    pygame.image.save(surface, str(artifact("cast-conference.png")))
    cells = [surface.subsurface((x, y, 200, 200)).copy() for x, y in ((140, 40), (620, 40), (140, 310))]   # three people
    pictures = [pygame.image.tobytes(cell, "RGB") for cell in cells]
    assert len(set(pictures)) == len(pictures)


def test_a_built_in_phone_call_shows_the_callers_portrait_in_a_circle(app, library):
    from tests.conftest import ROOT

    pack = load_pack(ROOT / "scenarios" / "family", library).pack
    scenario = next(s for s in pack.scenarios if s.id == "school-pickup-call")
    view = CallView(app.ctx, pack, scenario)
    view.activate("call:answer")
    view.update(1 / 30)
    surface = pygame.Surface((640, 480))
    view.draw(surface, pygame.Rect(0, 0, 640, 480))
    view.stop()
    pygame.image.save(surface, str(artifact("cast-phone.png")))
    corner, centre = surface.get_at((320 - 80, 154 - 80)), surface.get_at((320, 154))
    assert corner[:3] == (20, 24, 32) and centre[:3] != (20, 24, 32)   # round: the corner stays dark


def test_a_missing_or_damaged_portrait_leaves_the_drawn_face(tmp_path):
    from game.media.castface import CastFaces, draw_cast_face
    from tests.conftest import ROOT

    pygame.init()
    surface, box = pygame.Surface((200, 200)), pygame.Rect(0, 0, 200, 200)
    assert not draw_cast_face(surface, box, CastFaces(tmp_path), "grandma", 0.0)       # no portraits at all
    shutil.copy(ROOT / "assets" / "cast" / "portraits.json", tmp_path)
    (tmp_path / "grandma.png").write_bytes(b"not a picture")
    faces = CastFaces(tmp_path)
    assert not draw_cast_face(surface, box, faces, "grandma", 0.0)
    assert not draw_cast_face(surface, box, faces, "nobody", 0.0) and not draw_cast_face(surface, box, faces, None, 0.0)
