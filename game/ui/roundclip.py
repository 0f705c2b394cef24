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
from game.ui.roundlayout import beside_or_under, fit, normal_picture
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.theme import on_dark
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


CALL_SHAPE = (1600, 900)   # a call's pane is drawn for a 16:9 box


def clip_shape(scene) -> tuple[int, int]:
    """The proportions of the box the clip fills: its picture (with an audio clip's progress
    bar under it), or 16:9 for a call's pane and for the note saying the clip is missing."""
    clip = scene.clip
    if scene.callview is not None or clip is None:
        return CALL_SHAPE
    width, height = clip.size
    return width, height + getattr(clip, "bar_room", 0)


def draw_clip(scene, surface, clip_box: pygame.Rect) -> pygame.Rect | None:
    """The clip (or the call's pane) in ``clip_box``; returns where the picture landed.
    ``scene.clip_shown`` remembers the box: a click on it opens the magnifier."""
    scene.clip_shown = clip_box
    pygame.draw.rect(surface, (0, 0, 0), clip_box)
    scene.ctx.text.note_box("picture", clip_box, "clip")   # text may be drawn on it, not half over it
    if scene.callview is not None:
        return scene.callview.draw(surface, clip_box) and None
    if scene.clip is not None:
        return scene.clip.draw(surface, clip_box)
    ctx = scene.ctx
    ctx.text.draw_block(surface, scene.clip_error, clip_box.inflate(-40, -40), ctx.theme.body,
                        on_dark(ctx.theme).bad, align="center")   # on the black clip box
    return None


def text_bottom(scene, area: pygame.Rect, column: pygame.Rect | None = None) -> int:
    """How far text may go down: above the buttons (of ``column`` only, if given)."""
    buttons = [b for b in scene.buttons if column is None or b.rect.right <= column.right + 1]
    return above(buttons, area, scene.ctx.theme.gap)


def under_clip(scene, area: pygame.Rect, clip_box: pygame.Rect) -> pygame.Rect:
    """Side by side: the room under the clip, above the buttons there."""
    bottom = text_bottom(scene, area, clip_box)
    return pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width, bottom - clip_box.bottom - 10)


def watch_boxes(scene, area: pygame.Rect, sections: list[Section]) -> tuple[pygame.Rect, pygame.Rect]:
    """Stacked, the clip on its own page: (clip box, text rect). The clip fills the room above
    the buttons, keeping its shape, with ``sections`` (its caption and the room kept for its
    words) under it or beside it, whichever leaves the larger picture. A clip is never smaller
    than at 100 % text; a call's pane may be, for the words of the call to fit."""
    text, body, shape = scene.ctx.text, scene.ctx.theme.body, clip_shape(scene)
    room = pygame.Rect(area.left, area.top, area.width, text_bottom(scene, area) - area.top)
    if scene.callview is None:
        floor = normal_picture(area, shape)
    else:   # at least a third of the room's height (a call's description is long at 200 % text)
        floor = fit(shape, pygame.Rect(0, 0, room.width, room.height // 3))
    return beside_or_under(room, shape, lambda width: sections_height(text, sections, width, body), floor)


def draw_watch_page(scene, surface, area: pygame.Rect, sections: list[Section], words=None) -> None:
    """Stacked: the clip as large as fits, with ``sections`` (its caption) under or beside it,
    then its ``words`` (game.ui.captions.Words: the line said now, room kept for the longest; or
    all the lines that fit once it has ended, with a note that T shows the rest). The room is
    laid out for the longest single line, so the picture keeps its size when the clip ends."""
    ctx = scene.ctx
    box, rect = watch_boxes(scene, area, sections + (words.steady if words else []))
    draw_clip(scene, surface, box)
    if words:
        sections = under(ctx, sections, words, rect.width, rect.height)
    draw_sections(surface, ctx, sections, rect)
