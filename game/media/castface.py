"""Cast portraits on a call: the member's picture (assets/cast/<id>.png) on their backdrop, with
the mouth opened as the voice gets louder by laying a drawn open mouth (<id>-mouths.png) over it.

Drawn by the media pipeline (tools/media/cast.py) at twice the largest size shown; each picture
is read once per call and scaled smoothly once per size.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.media.avatar import apply_effect

# Where the face is on a portrait, as shares of its side (the effects are laid over it).
FACE_CENTRE = (0.5, 0.41)
FACE_SIZE = (0.38, 0.5)


@dataclass
class Portrait:
    """One member's picture and open mouths at full size, and where the mouths go."""

    picture: pygame.Surface
    mouths: list[pygame.Surface]
    mouth_box: tuple[int, int, int, int]
    backdrop: tuple[int, int, int]


class CastFaces:
    """The cast's portraits from ``folder``, read when first drawn and kept for the call."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._info: dict | None = None
        self._portraits: dict[str, Portrait | None] = {}
        self._scaled: dict[tuple[str, int], tuple[pygame.Surface, list[pygame.Surface], pygame.Rect]] = {}
        self._glows: dict[int, pygame.Surface] = {}

    def glow(self, side: int) -> pygame.Surface:
        """A soft light behind the head, ``side`` pixels square (a lamp in the caller's room)."""
        if side not in self._glows:
            small = pygame.Surface((16, 16), pygame.SRCALPHA)
            for x in range(16):
                for y in range(16):
                    distance = ((x - 7.5) ** 2 + (y - 6.0) ** 2) ** 0.5 / 8
                    small.set_at((x, y), (255, 255, 255, max(0, int(70 * (1 - distance)))))
            self._glows[side] = pygame.transform.smoothscale(small, (side, side))
        return self._glows[side]

    def _members(self) -> dict:
        if self._info is None:
            try:
                self._info = json.loads((self.folder / "portraits.json").read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                print(f"cast portraits: {err}")
                self._info = {}
        return self._info.get("members", {})

    def portrait(self, member_id: str | None) -> Portrait | None:
        """The member's portrait, or None when there is none to show (the drawn face stands in)."""
        if not member_id:
            return None
        if member_id not in self._portraits:
            self._portraits[member_id] = self._load(member_id)
        return self._portraits[member_id]

    def _load(self, member_id: str) -> Portrait | None:
        entry = self._members().get(member_id)
        if entry is None:
            return None
        try:
            picture = _image(self.folder / f"{member_id}.png")
            strip = _image(self.folder / f"{member_id}-mouths.png")
        except (OSError, pygame.error) as err:
            print(f"cast portrait {member_id}: {err}")
            return None
        x, y, w, h = entry["mouth"]
        levels = int(entry.get("levels", 1))
        mouths = [strip.subsurface((w * k, 0, w, h)).copy() for k in range(levels) if w * (k + 1) <= strip.get_width()]
        colour = entry.get("backdrop", "#34404c")
        backdrop = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return Portrait(picture, mouths, (x, y, w, h), backdrop)

    def scaled(self, member_id: str, side: int):
        """(picture, open mouths, mouth rect) at ``side`` pixels square, scaled once per size."""
        key = (member_id, side)
        if key not in self._scaled:
            portrait = self.portrait(member_id)
            assert portrait is not None
            full = portrait.picture.get_width()
            k = side / full
            x, y, w, h = portrait.mouth_box
            rect = pygame.Rect(round(x * k), round(y * k), max(1, round(w * k)), max(1, round(h * k)))
            self._scaled[key] = (pygame.transform.smoothscale(portrait.picture, (side, side)),
                                 [pygame.transform.smoothscale(m, rect.size) for m in portrait.mouths], rect)
        return self._scaled[key]


def _image(path: Path) -> pygame.Surface:
    image = pygame.image.load(str(path))
    return image.convert_alpha() if pygame.display.get_surface() is not None else image


def draw_cast_face(surface: pygame.Surface, box: pygame.Rect, faces: CastFaces, member_id: str | None,
                   mouth: float, effect: str | None = None, time: float = 0.0, round_: bool = False) -> bool:
    """The member in ``box`` on their backdrop, mouth open by ``mouth`` (0..1), with the call's
    effect; ``round_``: in a circle, as a phone shows a contact. False (nothing drawn) when the
    member has no portrait."""
    portrait = faces.portrait(member_id)
    if portrait is None or box.width < 2 or box.height < 2:
        return False
    side = min(box.height, box.width)
    if round_:
        side = side * 3 // 2   # a contact's circle shows the face close up
    picture, mouths, mouth_rect = faces.scaled(member_id, side)
    pane = pygame.Surface(box.size, pygame.SRCALPHA)
    pane.fill(portrait.backdrop)
    left = (box.width - side) // 2
    top = box.height // 2 - int(side * 0.45) if round_ else box.height - side
    pane.blit(faces.glow(side), (left, top))
    pane.blit(picture, (left, top))
    level = min(len(mouths), round(mouth * len(mouths)))
    if level > 0:
        pane.blit(mouths[level - 1], mouth_rect.move(left, top))
    face = pygame.Rect(0, 0, int(side * FACE_SIZE[0]), int(side * FACE_SIZE[1]))
    face.center = (left + int(side * FACE_CENTRE[0]), top + int(side * FACE_CENTRE[1]))
    apply_effect(pane, face, effect, time)
    if round_:
        circle = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.ellipse(circle, (255, 255, 255, 255), circle.get_rect())
        pane.blit(circle, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    surface.blit(pane, box)
    return True
