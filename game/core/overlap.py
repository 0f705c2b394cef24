"""Finding things drawn over each other on one frame: text over text, text half under a
button, buttons over buttons, tell badges over each other or over a marked region (a tell's
outline), a shape (voice bars) over text.

The drawing code notes each box it draws (``TextRenderer.note_box``); this pure check
reads the notes. A text line wholly inside a button or a picture was drawn there on
purpose (a label, a caller's name on the call pane) and is not a problem.
"""
from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[int, int, int, int]   # x, y, width, height

# A line's box is its font's full line height; the ink sits inside it. Boxes that share only
# part of that leading, or a pixel of anti-aliasing, do not look overlapped.
LEADING_SHARE = 0.15
SLACK_PX = 2
# A tell's badge may sit in the corner of a large marked region (one that fills most of the
# picture, or encloses a smaller one: there is no free place left), hiding this share of it at
# most; more than that hides what the region marks.
REGION_SHARE = 0.05


@dataclass(frozen=True)
class Box:
    kind: str      # "text", "button", "picture", "badge", "region" (a tell's outline) or "shape"
    rect: Rect
    owner: str     # what drew it: a block of text, a button's id, "tell 2", "voice bars"


def overlaps(boxes: list[Box]) -> list[str]:
    """Each pair of boxes that cover each other where they must not, in words."""
    problems = []
    for index, first in enumerate(boxes):
        for second in boxes[index + 1:]:
            why = _clash(first, second) or _clash(second, first)
            if why and why not in problems:
                problems.append(why)
    return problems


def _clash(a: Box, b: Box) -> str | None:
    pair = (a.kind, b.kind)
    if pair == ("text", "text") and a.owner != b.owner and _meet(_ink(a.rect), _ink(b.rect)):
        return f"text over text: {a.owner!r} and {b.owner!r}"
    if pair == ("text", "button") and _meet(_ink(a.rect), b.rect) and not _inside(a.rect, b.rect):
        return f"text half under button {b.owner!r}: {a.owner!r}"
    if pair == ("text", "picture") and _meet(_ink(a.rect), b.rect) and not _inside(a.rect, b.rect):
        return f"text half over the picture: {a.owner!r}"
    if pair in (("button", "button"), ("badge", "badge")) and a.owner < b.owner and _meet(a.rect, b.rect):
        return f"{a.kind}s over each other: {a.owner!r} and {b.owner!r}"
    if pair == ("badge", "region") and _meet(a.rect, b.rect) and _share(a.rect, b.rect) > REGION_SHARE:
        return f"badge {a.owner!r} over the region of {b.owner!r}"
    if pair == ("shape", "text") and _meet(a.rect, _ink(b.rect)):
        return f"{a.owner} over text: {b.owner!r}"
    return None


def _ink(rect: Rect) -> Rect:
    x, y, w, h = rect
    trim = int(h * LEADING_SHARE)
    return x, y + trim, w, max(1, h - 2 * trim)


def _meet(a: Rect, b: Rect) -> bool:
    """Whether two boxes share more than a sliver (SLACK_PX) in both directions."""
    wide = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    tall = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return wide > SLACK_PX and tall > SLACK_PX


def _share(cover: Rect, under: Rect) -> float:
    """How much of ``under`` ``cover`` hides, as a share of its area."""
    wide = min(cover[0] + cover[2], under[0] + under[2]) - max(cover[0], under[0])
    tall = min(cover[1] + cover[3], under[1] + under[3]) - max(cover[1], under[1])
    return max(0, wide) * max(0, tall) / max(1, under[2] * under[3])


def _inside(inner: Rect, outer: Rect) -> bool:
    return (inner[0] >= outer[0] - SLACK_PX and inner[1] >= outer[1] - SLACK_PX
            and inner[0] + inner[2] <= outer[0] + outer[2] + SLACK_PX
            and inner[1] + inner[3] <= outer[1] + outer[3] + SLACK_PX)
