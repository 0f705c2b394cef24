"""Where things go in a round, in the two layouts.

Side by side (text up to 125 %): the clip on the left, the question or feedback on
the right. Stacked (150 % and 200 %): one thing per screen, full width: the clip
on its own page, then the question, then the feedback in pages.

Stacked, a clip is drawn at least as large as at 100 % in the same window (``normal_picture``):
larger text takes room from the text beside or under it, never from the picture.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pygame

STACKED_FROM = 1.5      # text scale from which the round is stacked
CLIP_SHARE = 0.55       # side by side at 100 %, the clip box takes this share of the width
# ... and at least this share (%) where the text beside it needs the room (the feedback; answers
# too long for the panel): the magnifier (Z) shows it over the whole window
SIDE_CLIP_MIN = 36
COLUMN_SHARES = (0.25, 0.3, 0.35, 0.4, 0.45)   # stacked feedback: shares of the width tried for the text
GAP = 20                # between a picture and the text beside or under it
QUESTION_STEPS = ("judge", "confidence", "action")


@dataclass
class Page:
    """One screen of feedback: sections in ``rect``, and maybe the clip beside or above them."""

    sections: list
    rect: pygame.Rect
    clip_box: pygame.Rect | None = None
    tells: bool = False                        # outline the tells on the clip
    side: list = field(default_factory=list)   # a short text under the clip (shrinks to fit)
    side_rect: pygame.Rect | None = None
    card: bool = False                         # drawn on a panel (a rights card)
    body: int | None = None                    # the text size the sections were paged at
    more: list = field(default_factory=list)   # further (sections, rect) on the same page
    lines: object = None                       # lines that open more on it (roundpages.Lines)


def side_by_side(area: pygame.Rect, bottom: int | None = None, scale: float = 1.0) -> tuple[pygame.Rect, pygame.Rect]:
    """The clip box on the left and the panel on the right (wider when the text is larger: at
    125 % the answers need it, and the clip is a tenth narrower than at 100 %)."""
    clip_w = int(area.width * (CLIP_SHARE if scale <= 1.0 else 0.5))
    clip_box = pygame.Rect(area.left, area.top, clip_w, int(clip_w * 9 / 16))
    panel = pygame.Rect(clip_box.right + 28, area.top, area.right - clip_box.right - 28,
                        (bottom or area.bottom) - area.top)
    return clip_box, panel


def fit(shape: tuple[int, int], box: pygame.Rect) -> pygame.Rect:
    """The largest rect of ``shape``'s proportions centred in ``box`` (as a clip draws itself)."""
    width, height = max(1, shape[0]), max(1, shape[1])
    scale = min(box.width / width, box.height / height)
    rect = pygame.Rect(0, 0, max(1, int(width * scale)), max(1, int(height * scale)))
    rect.center = box.center
    return rect


def normal_picture(area: pygame.Rect, shape: tuple[int, int]) -> pygame.Rect:
    """Where a clip of ``shape`` is drawn at 100 % text in the content ``area``: no text size
    may show it smaller."""
    return fit(shape, side_by_side(area)[0])


def beside_or_under(room: pygame.Rect, shape: tuple[int, int], text_height: Callable[[int], int],
                    floor: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """A clip on a page of its own with a short text (its caption): (clip box, text rect).

    The clip is as large as ``room`` allows with the text either under it or in a column on its
    right, whichever leaves the larger picture; the column is the narrowest that holds the text.
    ``text_height(width)`` is the text's height at ``width``. The clip is never smaller than
    ``floor`` (its size at 100 % text): where the text does not fit beside or under a clip that
    large, the clip keeps that size and the text gets the column beside it (it shrinks to fit).
    """
    options = []
    under_h = text_height(room.width)
    below = fit(shape, pygame.Rect(room.left, room.top, room.width, max(1, room.height - under_h - GAP)))
    options.append((below, _under(room, below)))
    column = _narrowest(text_height, room.width // 5, room.width - floor.width - GAP, room.height)
    if column is not None:
        left = fit(shape, pygame.Rect(room.left, room.top, room.width - column - GAP, room.height))
        options.append((left, _beside(room, left)))
    large = [(p.width * p.height, boxes) for p, boxes in options if p.width >= floor.width and p.height >= floor.height]
    if large:
        return max(large, key=lambda option: option[0])[1]
    least = pygame.Rect(room.topleft, (floor.width, min(room.height, floor.height)))
    if room.width - least.width - GAP >= room.width // 4:
        return _beside(room, least)
    return _under(room, least)


def picture_with_pages(room: pygame.Rect, shape: tuple[int, int], floor: pygame.Rect,
                       page_count: Callable[[int, int], int]) -> tuple[pygame.Rect, pygame.Rect]:
    """Stacked feedback: the marked clip with paged text about it: (clip box, text rect).

    The text goes in a column on the clip's right. The clip is never smaller than ``floor`` (its
    size at 100 % text) and is as large as it can be without the text needing more pages than
    beside a clip of ``floor``'s size (``page_count(width, height)`` is how many pages the text
    takes in a column that size). Where even ``floor`` leaves no sensible column (a narrow
    window), the text goes under the clip.
    """
    least = pygame.Rect(room.topleft, (floor.width, min(room.height, floor.height)))
    if room.width - least.width - GAP < room.width // 4:
        return _under(room, fit(shape, pygame.Rect(room.left, room.top, room.width, least.height)))
    boxes = _beside(room, least)
    fewest = page_count(boxes[1].width, boxes[1].height)
    for share in COLUMN_SHARES:     # the largest picture first
        picture = fit(shape, pygame.Rect(room.left, room.top, int(room.width * (1 - share)) - GAP, room.height))
        if picture.width <= least.width:
            break
        larger = _beside(room, picture)
        if page_count(larger[1].width, larger[1].height) <= fewest:
            return larger
    return boxes


def _snug(room: pygame.Rect, picture: pygame.Rect) -> tuple[int, int]:
    """A box just round ``picture``: one pixel larger each way, so that fitting the clip into it
    again (rounding down) gives a picture no smaller than ``picture``."""
    return min(room.width, picture.width + 1), min(room.height, picture.height + 1)


def _beside(room: pygame.Rect, picture: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    box = pygame.Rect(room.topleft, _snug(room, picture))
    return box, pygame.Rect(box.right + GAP, room.top, room.right - box.right - GAP, room.height)


def _under(room: pygame.Rect, picture: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    width, height = _snug(room, picture)
    box = pygame.Rect(room.centerx - width // 2, room.top, width, height)
    return box, pygame.Rect(room.left, box.bottom + GAP, room.width, max(0, room.bottom - box.bottom - GAP))


def _narrowest(text_height: Callable[[int], int], low: int, high: int, limit: int) -> int | None:
    """The narrowest width (to 8 px) between ``low`` and ``high`` at which the text is no
    taller than ``limit``; None if even ``high`` is too narrow."""
    if high < low or text_height(high) > limit:
        return None
    while high - low > 8:
        middle = (low + high) // 2
        if text_height(middle) <= limit:
            high = middle
        else:
            low = middle
    return high


def has_watch_page(scene) -> bool:
    """Stacked, a clip (or a call being listened to) is shown on a page of its own before its
    question; ``scene`` is the ``RoundScene``."""
    step = scene.round.step
    if step == "call":
        view = scene.callview
        return not view.call.ringing and not view.call.finished
    return step in QUESTION_STEPS and scene.clip is not None and scene.callview is None
