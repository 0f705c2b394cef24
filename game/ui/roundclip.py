"""The clip's part of a round screen, for every phase: the picture (a clip, a call's pane, or
why the clip is missing) in its box, the stacked page that shows it on its own, and the room
left for text under it; and opening the clip, or saying why it cannot be.

The drawing functions take the ``RoundScene`` whose clip they draw.
"""
from __future__ import annotations

import sys

import pygame

from game.media.clips import open_clip
from game.ui.captions import under
from game.ui.roundlayout import picture_box
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.widgets import above


def start_clip(ctx, pack, scenario):
    """The scenario's clip, playing, and ""; or None and what to tell the player instead."""
    try:
        clip = open_clip(pack.folder, scenario.clip, ctx.media, ctx.sound)
        start = getattr(clip, "start", None)
        if start:
            start()
        return clip, ""
    except Exception as err:  # a file damaged after validation: say so, keep playing
        print(f"clip {scenario.clip.file}: {err}", file=sys.stderr)
        return None, ctx.t("clip.missing", name=scenario.clip.file)


def draw_clip(scene, surface, clip_box: pygame.Rect) -> pygame.Rect | None:
    """The clip (or the call's pane) in ``clip_box``; returns where the picture landed."""
    pygame.draw.rect(surface, (0, 0, 0), clip_box)
    scene.ctx.text.note_box("picture", clip_box, "clip")   # text may be drawn on it, not half over it
    if scene.callview is not None:
        return scene.callview.draw(surface, clip_box) and None
    if scene.clip is not None:
        return scene.clip.draw(surface, clip_box)
    ctx = scene.ctx
    ctx.text.draw_block(surface, scene.clip_error, clip_box.inflate(-40, -40), ctx.theme.body,
                        ctx.theme.bad, align="center")
    return None


def text_bottom(scene, area: pygame.Rect, column: pygame.Rect | None = None) -> int:
    """How far text may go down: above the buttons (of ``column`` only, if given)."""
    buttons = [b for b in scene.buttons if column is None or b.rect.right <= column.right + 1]
    return above(buttons, area, scene.ctx.theme.gap)


def under_clip(scene, area: pygame.Rect, clip_box: pygame.Rect) -> pygame.Rect:
    """Side by side: the room under the clip, above the buttons there."""
    bottom = text_bottom(scene, area, clip_box)
    return pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width, bottom - clip_box.bottom - 10)


def draw_watch_page(scene, surface, area: pygame.Rect, sections: list[Section], words=None) -> None:
    """Stacked: the clip as large as fits, with ``sections`` (its caption) under it, then its
    ``words`` (game.ui.captions.Words: the line said now, room kept for the longest; or all the
    lines that fit once it has ended)."""
    ctx = scene.ctx
    bottom = text_bottom(scene, area)
    text_h = sections_height(ctx.text, sections + (words.reserve if words else []), area.width, ctx.theme.body)
    room = bottom - area.top
    box = picture_box(area, max(room * 2 // 5, room - text_h - 10))
    draw_clip(scene, surface, box)
    below = pygame.Rect(area.left, box.bottom + 10, area.width, bottom - box.bottom - 10)
    if words:
        sections = under(ctx, sections, words, below.width, below.height)
    draw_sections(surface, ctx, sections, below)
