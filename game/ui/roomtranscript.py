"""The transcript of a clip or call shown to a room (classroom and community screens): every
word of an audio or video clip, or every line said so far on a call, in text large enough to
read from the back row, a page at a time.

T (or the Transcript button the teacher or presenter clicks) opens it over the watching
screen and closes it again; Esc closes it too. On a call each line said is a numbered button:
its number, a click, or the arrows then R says it again for the room (with no voice engine
the line is shown as the caption under the call, as while it is played). The functions take
the ``RoomScene`` being shown (game.ui.roomscene), which keeps ``room_transcript``: None while
closed, else the page shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.captions import all_lines, description, transcript_of
from game.ui.sections import Section, draw_sections, paginate, sections_height
from game.ui.widgets import Button, above, button_row, fit_height

BODY = 30          # the words, at 720 px high (game.ui.teamdraw.room_size grows it with the window)
HEADING = 34
BUTTONS = 24       # the row along the bottom
MAX_NUMBERED = 9   # number keys 1-9: at most this many lines to choose on a page
NEWEST = 10 ** 6   # the page a call's transcript opens on: clamped to its last (newest) page


@dataclass
class RoomPage:
    """The transcript as opened in a room: which page (the scene's ``list_page``, which the
    page buttons turn), of how many, and its text rows (rect, sections, text size); ``said``
    is how many entries the call had when laid out."""

    page: int = 0
    pages: int = 1
    rows: list = field(default_factory=list)
    said: int = 0


def can_open(scene) -> bool:
    """A clip with a sound track, or a call that has been answered, on the room's screen."""
    clip = scene.clip
    if clip is None or not (scene.watching or scene.playing_out):
        return False
    if clip.callview is not None:
        return not clip.callview.call.ringing
    return clip.clip is not None and transcript_of(clip.scenario) is not None


def is_open(scene) -> bool:
    return scene.room_transcript is not None and can_open(scene)


def toggle(scene) -> None:
    """Open the transcript (a call's at its newest line, chosen for R), or close it."""
    if scene.room_transcript is not None:
        scene.room_transcript = None
        scene.layout()
        return
    if not can_open(scene):
        return
    view = scene.callview
    if view is not None:
        lines = [i for i, entry in enumerate(view.said) if entry.spoken is not None]
        view.chosen = lines[-1] if lines else None
    scene.room_transcript = RoomPage()
    scene.list_page = NEWEST if view is not None else 0
    scene.layout()


def chosen(scene) -> int | None:
    """The call line R says again: the one chosen in the open transcript."""
    return scene.callview.chosen if is_open(scene) and scene.callview is not None else None


def follow_focus(scene) -> None:
    """Moving the focus onto a line chooses it, so R says that line."""
    if not is_open(scene) or scene.callview is None or not 0 <= scene.focus < len(scene.buttons):
        return
    button_id = scene.buttons[scene.focus].id
    if button_id.startswith("call:said:"):
        scene.callview.chosen = int(button_id[len("call:said:"):])


def stale(scene) -> bool:
    """A line has been said since the page was laid out (the call goes on behind it)."""
    view = scene.callview
    return is_open(scene) and view is not None and len(view.said) != scene.room_transcript.said


def choose_number(scene, number: int) -> None:
    """A number key on the open transcript (the presenter's keys come raw): that line."""
    button = next((b for b in scene.buttons if b.number == number), None)
    if button is not None:
        scene.focus = scene.buttons.index(button)
        scene.activate(button.id)


def key_of(scene) -> str:
    """What the screen key gains while the transcript is open (each page is a screen of its own)."""
    return f"-transcript-p{scene.room_transcript.page + 1}" if is_open(scene) else ""


# --- layout ---

def _heading(scene, shown: RoomPage | None) -> list[Section]:
    title = scene.t("transcript.title")
    if shown is not None and shown.pages > 1:
        title += f"（{shown.page + 1}/{shown.pages}）" if scene.ctx.lang == "zh" else f" ({shown.page + 1}/{shown.pages})"
    hint = scene.t("transcript.call_hint") if scene.callview is not None and scene.callview.said else ""
    return [Section(title, "heading", "focus", True, 4), Section(hint, "small", "muted", False, 8)]


def _row(scene, area: pygame.Rect, page: int, pages: int) -> list[Button]:
    t = scene.t
    replay = t("call.replay_line") if scene.callview is not None else f"{t('clip.replay')} (R)"
    items = [("replay", replay, "quiet")]
    if page > 0:
        items.append(("list:prev", t("nav.prev_page"), "quiet"))
    if page + 1 < pages:
        items.append(("list:next", t("nav.more", i=page + 1, n=pages), "normal"))
    items.append(("transcript", t("transcript.close"), "normal"))
    return button_row(scene.ctx, area, items, size=scene.size(BUTTONS))


def _room(scene, area: pygame.Rect) -> pygame.Rect:
    """Where the words go: under the heading, above a row with every button it may need."""
    t = scene.t
    probe = button_row(scene.ctx, area, [("replay", t("call.replay_line"), "quiet"),
                                         ("list:prev", t("nav.prev_page"), "quiet"),
                                         ("list:next", t("nav.more", i=9, n=9), "normal"),
                                         ("transcript", t("transcript.close"), "normal")], size=scene.size(BUTTONS))
    top = area.top + sections_height(scene.ctx.text, _heading(scene, RoomPage(0, 9)), area.width, scene.size(BODY))
    return pygame.Rect(area.left, top, area.width, above(probe, area, scene.ctx.theme.gap) - top)


def layout(scene, area: pygame.Rect) -> None:
    shown = scene.room_transcript
    room = _room(scene, area)
    body = scene.size(BODY)
    view = scene.callview
    if view is not None:
        pages = _call_pages(scene, room, body)
    else:
        clip = scene.clip
        lines = all_lines(transcript_of(clip.scenario), scene.ctx.lang)
        words = [Section(line, "body", "text", False, 10) for line in lines] or \
            [Section(scene.t("transcript.no_words"), "body", "muted")]
        pages = paginate(scene.ctx.text, [description(scene.ctx, clip.scenario, "body")] + words,
                         room.width, room.height, body)
    scene.list_page = max(0, min(scene.list_page, len(pages) - 1))
    shown.page, shown.pages = scene.list_page, len(pages)
    shown.said = len(view.said) if view is not None else 0
    row = _row(scene, area, shown.page, shown.pages)
    if view is None:
        shown.rows = [(room, pages[shown.page], body)]
        scene.set_buttons(row, "transcript")
        return
    buttons, shown.rows = _place(scene, pages[shown.page], room)
    ids = [b.id for b in buttons]
    focus = f"call:said:{view.chosen}"
    scene.set_buttons(buttons + row, focus if focus in ids else (ids[-1] if ids else "transcript"))


def _entries(scene, width: int, body: int) -> list[tuple[str, str | None, str, int]]:
    """(text, button id or None, colour, height) of every entry of the call said so far."""
    view, text = scene.callview, scene.ctx.text
    entries = []
    for index, entry in enumerate(view.said):
        words = view.said_text(entry)
        if entry.spoken is not None:
            height = fit_height(text, words, width, body, True, scene.ctx.theme.button_min_height)
            entries.append((words, f"call:said:{index}", "text", height))
        else:
            colour = "muted" if entry.kind == "reply" else "focus"
            entries.append((words, None, colour, text.block_height(words, body, width)))
    if not entries:
        words = scene.t("transcript.nothing_yet")
        entries.append((words, None, "muted", text.block_height(words, body, width)))
    return entries


def _call_pages(scene, room: pygame.Rect, body: int) -> list[list[tuple]]:
    """The entries in pages that fit ``room``, at most nine lines to choose on each, filled from
    the newest back so the page it opens on (the last) is a full one."""
    gap = scene.ctx.theme.gap
    pages: list[list[tuple]] = [[]]
    used = numbered = 0
    for entry in reversed(_entries(scene, room.width, body)):
        height = entry[3]
        if pages[-1] and (used + height > room.height or (entry[1] and numbered == MAX_NUMBERED)):
            pages.append([])
            used = numbered = 0
        pages[-1].append(entry)
        used += height + gap
        numbered += bool(entry[1])
    return [list(reversed(page)) for page in reversed(pages)]


def _place(scene, page: list[tuple], room: pygame.Rect) -> tuple[list[Button], list]:
    body = scene.size(BODY)
    buttons, rows, y, number = [], [], room.top, 0
    for words, button_id, colour, height in page:
        rect = pygame.Rect(room.left, y, room.width, min(height, room.bottom - y))
        if button_id is not None:
            number += 1
            buttons.append(Button(button_id, words, rect, number, "quiet", body))
        else:
            rows.append((rect, [Section(words, "body", colour, False, 0)], body))
        y += height + scene.ctx.theme.gap
    return buttons, rows


# --- drawing ---

def draw(scene, surface, area: pygame.Rect) -> None:
    shown = scene.room_transcript
    draw_sections(surface, scene.ctx, _heading(scene, shown), area, shrink=False, body=scene.size(BODY))
    for rect, sections, size in shown.rows:
        draw_sections(surface, scene.ctx, sections, rect, body=size)
