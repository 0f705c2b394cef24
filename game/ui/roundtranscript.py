"""The transcript of a round (T, or the Transcript button): every word of an audio or video
clip, or every line said so far on a call, readable in full at any text size, in pages.

Side by side it takes the question's place on the right while the clip (or the call's pane)
stays on the left; stacked it fills the screen. On a call each line said is a button: choosing
it (its number, a click, or the arrows then R) says it again; the player's replies and the calls
they made are listed between the lines. Close (T, or Esc) goes back to the question or the
call. The functions take the ``RoundScene`` being shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.captions import all_lines, description, live_lines, transcript_of
from game.ui.roundclip import draw_clip, under_clip
from game.ui.roundlayout import QUESTION_STEPS, side_by_side
from game.ui.sections import Section, draw_sections, paginate, sections_height
from game.ui.widgets import QUIET_SIZE, Button, above, button_row, fit_height

@dataclass
class Shown:
    """The page of the transcript on screen: its text rows (rect, sections, text size), and
    which page of how many it is."""

    rows: list = field(default_factory=list)
    page: int = 0
    pages: int = 1


NEWEST = 10 ** 6   # the page a call's transcript opens on: clamped to its last (newest) page
MAX_NUMBERED = 9   # number keys 1-9: at most this many lines to choose on a page


def on_call(scene) -> bool:
    """The transcript is a call's: while it is talked on, and after it has ended (on the
    questions and feedback that follow, where every line said in it can still be read and
    heard again)."""
    return scene.callview is not None and (scene.round.step == "call" or scene.callview.call.finished)


def live_call(scene) -> bool:
    """A call still being talked on (its transcript closes back to the call's choices)."""
    return on_call(scene) and scene.round.step == "call"


def can_open(scene) -> bool:
    """A clip with a sound track on a question, a call being talked on, or a call that has
    ended (the round not yet over)."""
    if scene.round.finished:
        return False
    if on_call(scene):
        call = scene.callview.call
        return call.finished or not call.ringing
    return (scene.round.step in QUESTION_STEPS and scene.callview is None
            and transcript_of(scene.round.scenario) is not None)


def is_open(scene) -> bool:
    return scene.transcript_open and can_open(scene)


def toggle(scene) -> None:
    """Open the transcript (a call's at its newest lines, the last one chosen), or close it."""
    if is_open(scene):
        scene.transcript_open = False
        scene.list_page = 0   # (the transcript's pages were turned with it: the answers start again)
        scene.layout()
        if not live_call(scene):
            scene.clear_focus()   # back on the question or feedback: Enter alone must not answer it
        return
    if not can_open(scene):
        return
    scene.transcript_open = True
    scene.list_page = NEWEST if on_call(scene) else 0
    if on_call(scene):
        view = scene.callview
        lines = [i for i, entry in enumerate(view.said) if entry.spoken is not None]
        view.chosen = lines[-1] if lines else None
    scene.layout()


def chosen(scene) -> int | None:
    """The call line R says again: the one chosen in the open transcript (None: the last lines)."""
    return scene.callview.chosen if is_open(scene) and on_call(scene) else None


def follow_focus(scene) -> None:
    """Moving the focus onto a line chooses it, so R says that line."""
    if not (is_open(scene) and on_call(scene)) or not 0 <= scene.focus < len(scene.buttons):
        return
    index = _line_index(scene.buttons[scene.focus].id)
    if index is not None:
        scene.callview.chosen = index


def _line_index(button_id: str) -> int | None:
    prefix = "call:said:"
    return int(button_id[len(prefix):]) if button_id.startswith(prefix) else None


# --- layout ---

def _geometry(scene, area: pygame.Rect) -> tuple[pygame.Rect | None, pygame.Rect]:
    """The clip's box (side by side) and the panel the transcript goes in."""
    if scene.stacked:
        return None, area
    return side_by_side(area, scale=scene.ctx.text.scale)


def _row(scene, area: pygame.Rect, pages: int) -> list[Button]:
    """Replay (side by side, where the clip shows), the page buttons, and Close, along the bottom;
    all in the quiet buttons' size so they stay one line high at 200 %."""
    t = scene.t
    items = []
    if not scene.stacked:
        items.append(("replay", t("call.replay_line") if on_call(scene) else f"{t('clip.replay')} (R)", "quiet"))
    if pages > 1 and scene.list_page > 0:
        items.append(("list:prev", t("nav.prev_page"), "quiet"))
    if pages > 1 and scene.list_page + 1 < pages:
        items.append(("list:next", t("nav.more", i=scene.list_page + 1, n=pages), "normal"))
    items.append(("transcript", t("transcript.close"), "normal"))
    return button_row(scene.ctx, area, items, size=scene.ctx.theme.small + QUIET_SIZE)


def _probe_bottom(scene, area: pygame.Rect) -> int:
    """How far the lines may go down: above a row with every button it may need."""
    t = scene.t
    items = [("replay", t("call.replay_line"), "quiet"), ("list:prev", t("nav.prev_page"), "quiet"),
             ("list:next", t("nav.more", i=9, n=9), "normal"), ("transcript", t("transcript.close"), "normal")]
    if scene.stacked:
        items = items[1:]
    row = button_row(scene.ctx, area, items, size=scene.ctx.theme.small + QUIET_SIZE)
    return above(row, area, scene.ctx.theme.gap)


def heading(scene, shown: Shown | None = None) -> list[Section]:
    """The title (with the page, when there are more) and, on a call, how to hear a line again."""
    title = scene.t("transcript.title")
    if shown is not None and shown.pages > 1:
        title += f"（{shown.page + 1}/{shown.pages}）" if scene.ctx.lang == "zh" else f" ({shown.page + 1}/{shown.pages})"
    hint = scene.t("transcript.call_hint") if on_call(scene) and scene.callview.said else ""
    return [Section(title, "body", "focus", True, 2 if hint else 10),
            Section(hint, "small", "muted", False, 10)]


def layout(scene, area: pygame.Rect) -> None:
    ctx = scene.ctx
    _, panel = _geometry(scene, area)
    top = panel.top + _sections_height(scene, heading(scene), panel.width)
    room = pygame.Rect(panel.left, top, panel.width, _probe_bottom(scene, area) - top)
    if on_call(scene):
        pages = _call_pages(scene, room)
    else:
        pages = paginate(ctx.text, _clip_sections(scene), room.width, room.height, ctx.theme.body)
    scene.list_page = max(0, min(scene.list_page, len(pages) - 1))
    page = pages[scene.list_page]
    row = _row(scene, area, len(pages))
    if on_call(scene):
        buttons, rows = _place_call_page(scene, page, room)
        scene.transcript_page = Shown(rows, scene.list_page, len(pages))
        view = scene.callview
        ids = [b.id for b in buttons]
        focus = f"call:said:{view.chosen}" if f"call:said:{view.chosen}" in ids else (ids[-1] if ids else "transcript")
        scene.set_buttons(buttons + row, focus)
    else:
        scene.transcript_page = Shown([(room, page, ctx.theme.body)], scene.list_page, len(pages))
        scene.set_buttons(row, "transcript")


def _sections_height(scene, sections: list[Section], width: int) -> int:
    return sections_height(scene.ctx.text, sections, width, scene.ctx.theme.body)


def _clip_sections(scene) -> list[Section]:
    """A clip's transcript: what the clip is, then every line (or that nothing is said)."""
    ctx = scene.ctx
    lines = all_lines(transcript_of(scene.round.scenario), ctx.lang)
    words = [Section(line, "body", "text", False, 8) for line in lines]
    return [description(ctx, scene.round.scenario)] + (words or [Section(ctx.t("transcript.no_words"), "body", "muted")])


def _call_entries(scene) -> list[tuple[str, str | None, str]]:
    """(text, button id or None, colour) for every entry of the call's transcript so far."""
    view = scene.callview
    entries = []
    for index, entry in enumerate(view.said):
        text = view.said_text(entry)
        if entry.spoken is not None:
            entries.append((text, f"call:said:{index}", "text"))
        else:
            entries.append((text, None, "muted" if entry.kind == "reply" else "focus"))
    return entries or [(scene.t("transcript.nothing_yet"), None, "muted")]


def _entry_size(scene, entry, width: int, height: int) -> tuple[int, int]:
    """The text size for ``entry`` and its height: the chosen size, or a little smaller (not below
    three quarters) for a line that would not fit a page even on its own."""
    ctx = scene.ctx
    text, button_id, _ = entry
    body, needed = ctx.theme.body, 0
    for size in range(body, body * 3 // 4 - 1, -1):
        if button_id is not None:
            needed = fit_height(ctx.text, text, width, size, True, ctx.theme.button_min_height)
        else:
            needed = ctx.text.block_height(text, size, width)
        if needed <= height:
            return size, needed
    return body * 3 // 4, needed


def _call_pages(scene, room: pygame.Rect) -> list[list[tuple]]:
    """The entries split into pages that fit ``room``, at most nine lines to choose on each.
    Pages are filled from the newest entry back, so the page a call's transcript opens on
    (the last) is a full one."""
    gap = scene.ctx.theme.gap
    pages: list[list[tuple]] = [[]]
    used = numbered = 0
    for entry in reversed(_call_entries(scene)):
        size, needed = _entry_size(scene, entry, room.width, room.height)
        if pages[-1] and (used + needed > room.height or (entry[1] and numbered == MAX_NUMBERED)):
            pages.append([])
            used = numbered = 0
        pages[-1].append((entry, size, needed))
        used += needed + gap
        numbered += bool(entry[1])
    return [list(reversed(page)) for page in reversed(pages)]


def _place_call_page(scene, page: list[tuple], room: pygame.Rect) -> tuple[list[Button], list]:
    """Buttons for the lines on ``page`` (numbered from 1) and the other entries as text rows."""
    buttons, rows, y, number = [], [], room.top, 0
    for (text, button_id, colour), size, needed in page:
        rect = pygame.Rect(room.left, y, room.width, needed)
        if button_id is not None:
            number += 1
            buttons.append(Button(button_id, text, rect, number, "quiet", size))
        else:
            rows.append((rect, [Section(text, "body", colour, False, 0)], size))   # drawn at ``size``
        y += needed + scene.ctx.theme.gap
    return buttons, rows


# --- drawing ---

def draw(scene, surface, area: pygame.Rect) -> None:
    ctx = scene.ctx
    clip_box, panel = _geometry(scene, area)
    if clip_box is not None:
        draw_clip(scene, surface, clip_box)
        draw_sections(surface, ctx, _under_clip(scene), under_clip(scene, area, clip_box))
    shown = scene.transcript_page or Shown()
    draw_sections(surface, ctx, heading(scene, shown), panel, shrink=False)
    for rect, sections, size in shown.rows:
        draw_sections(surface, ctx, sections, rect, body=size)


def _under_clip(scene) -> list[Section]:
    """Under the clip while its transcript is open: what the clip is, and the line said now."""
    ctx = scene.ctx
    if on_call(scene):
        return [Section(scene.callview.caption(), "body", "text")]
    scenario = scene.round.scenario
    live = live_lines(scene.clip, transcript_of(scenario), ctx.lang) if scene.clip is not None and scene.clip.playing else []
    return [description(ctx, scenario)] + [Section(words, "body", "text", False, 4) for words in live]
