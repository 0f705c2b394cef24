"""An unknown number shows no photo: a caller who is not a saved contact is a plain grey figure
while it rings and on the phone, real or fake alike; a saved contact shows their portrait, and a
video call always shows the face."""
from __future__ import annotations

import pygame

from game.core.packs import load_pack
from game.media.silhouette import BACKGROUND, FIGURE
from game.ui.callview import CallView
from tests.conftest import artifact, ROOT

SIZE = (640, 360)
DARK = (20, 24, 32)   # the call screen around the picture


def _view(app, library, pack: str, scenario_id: str) -> CallView:
    loaded = load_pack(ROOT / "scenarios" / pack, library).pack
    return CallView(app.ctx, loaded, next(s for s in loaded.scenarios if s.id == scenario_id))


def _picture(view: CallView, answer: bool) -> tuple[pygame.Surface, pygame.Rect]:
    """The call drawn ringing or answered, and the box of the caller's round picture."""
    if answer:
        view.activate("call:answer")
    view.update(1 / 30)
    surface = pygame.Surface(SIZE)
    view.draw(surface, pygame.Rect((0, 0), SIZE))
    view.stop()
    share, middle = (0.36, 0.32) if answer else (0.22, 0.38)
    side = int(SIZE[1] * share)
    box = pygame.Rect(0, 0, side, side)
    box.center = (SIZE[0] // 2, int(SIZE[1] * middle))
    return surface, box


def _colours(surface: pygame.Surface, box: pygame.Rect) -> set:
    """The colours inside the circle ``box`` holds (the ringing circles lie outside it)."""
    radius = box.width / 2 - 2
    return {tuple(surface.get_at((x, y)))[:3] for x in range(box.left, box.right, 2) for y in range(box.top, box.bottom, 2)
            if (x - box.centerx) ** 2 + (y - box.centery) ** 2 <= radius ** 2}


def test_an_unsaved_caller_rings_and_talks_as_a_grey_figure_real_or_fake(app, library):
    fake = _view(app, library, "family", "code-request-call")          # a fake granddaughter, unknown number
    real = _view(app, library, "starter", "relative-new-number-call")  # the real daughter, from a nurse's phone
    assert not fake.call.person.saved and not real.call.person.saved
    assert fake.scenario.truth == "manipulated" and real.scenario.truth == "real"
    assert fake.call.person.cast and real.call.person.cast         # both have a portrait they do not show
    for answer in (False, True):
        fake_surface, box = _picture(fake if not answer else _view(app, library, "family", "code-request-call"), answer)
        real_surface, _ = _picture(real if not answer else _view(app, library, "starter", "relative-new-number-call"),
                                   answer)
        pygame.image.save(fake_surface, str(artifact(f"unknown-caller-{'phone' if answer else 'ringing'}.png")))
        assert _colours(fake_surface, box) <= {BACKGROUND, FIGURE}
        assert FIGURE in _colours(fake_surface, box) and BACKGROUND in _colours(fake_surface, box)
        same = fake_surface.subsurface(box).copy(), real_surface.subsurface(box).copy()
        assert pygame.image.tobytes(same[0], "RGB") == pygame.image.tobytes(same[1], "RGB")   # never a tell


def test_a_saved_contact_rings_with_their_portrait(app, library):
    surface, box = _picture(_view(app, library, "family", "school-pickup-call"), answer=False)
    assert len(_colours(surface, box) - {BACKGROUND, FIGURE, DARK}) > 20


def test_an_unsaved_video_caller_still_shows_the_face(app, library):
    view = _view(app, library, "video", "engineer-date-call")
    assert view.scenario.call.channel == "video" and not view.call.person.saved
    surface, box = _picture(view, answer=False)
    assert len(_colours(surface, box) - {BACKGROUND, FIGURE, DARK}) > 20
    view = _view(app, library, "video", "engineer-date-call")
    view.activate("call:answer")
    view.update(1 / 30)
    surface = pygame.Surface(SIZE)
    view.draw(surface, pygame.Rect((0, 0), SIZE))
    view.stop()
    assert len(_colours(surface, pygame.Rect(200, 80, 240, 200)) - {BACKGROUND, FIGURE, DARK}) > 20
