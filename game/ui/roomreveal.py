"""The reveal a room reads after answering, in a classroom round and a community session.

It teaches as a solo round's feedback does: the answer (on every page), the clip with its
tells outlined and numbered and the tells listed by number, why, the red flags, the safe
action, a bar chart of how the room answered (the right answer ticked, not told by colour
alone), each team's result in a classroom (its colour, its shape, a tick or a cross and
words), and one rights card in plain words.

Everything is at least ``BODY`` room size (36 px at 1080 px high, in proportion on smaller
windows, see ``teamdraw.room_size``): what does not fit one screen goes on further pages
(Next page: the scene's ``list_page``), never smaller. A scene says what to show (a
``Reveal``); this module pages it (``lay_out``) and draws the page on screen (``draw``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import pygame

from game.core.models import text_in
from game.core.vocab import truth_key
from game.ui.pagefill import fill, unwrapped
from game.ui.roundtext import pattern_sections, tell_sections
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.teamdraw import draw_mark, draw_team_result, team_result_height
from game.ui.tells import draw_tells, numbered_regions
from game.ui.widgets import above, button_row

BODY = 24         # room size of the smallest text: 36 px at 1080 px high
BUTTONS = 26      # room size of the buttons' labels
CLIP_SHARE = 46   # the clip's share of the width (%), its tells listed beside it
MAX_LABEL = 45    # a bar's label takes at most this share of the width (%); longer ones wrap


@dataclass(frozen=True)
class Bar:
    """One answer in the chart: its words, how many chose it, and whether it was right."""

    label: str
    count: int
    right: bool


@dataclass(frozen=True)
class Chart:
    """One question's answers as bars, under ``heading``; ``note`` under them (a share)."""

    heading: str
    bars: list[Bar]
    note: str = ""


@dataclass
class Reveal:
    """What a room's reveal shows: the scenario, the charts, and (a classroom) each team with
    its answer (``game.core.classroom.TeamAnswer``, or None)."""

    scenario: object
    charts: list[Chart]
    teams: list[tuple[object, object]] = field(default_factory=list)


@dataclass
class Item:
    """One thing placed on a page: "text" (wrapped sections), "clip", "bar" ((Bar, most,
    label width)) or "team" ((team, answer))."""

    kind: str
    rect: pygame.Rect
    payload: object = None


# --- what the room answered, as charts ---

def judge_chart(ctx, heading: str, scenario, real: int, manipulated: int, note: str = "") -> Chart:
    """Real or AI: how many said each, the true one ticked."""
    return Chart(heading, [Bar(ctx.t("judge.real"), real, scenario.truth == "real"),
                           Bar(ctx.t("judge.manipulated"), manipulated, scenario.truth != "real")], note)


def action_chart(ctx, heading: str, scenario, counts: list[int], note: str = "") -> Chart | None:
    """What the room would do: each option (numbered as asked) with how many chose it, safe ones ticked."""
    if not scenario.actions:
        return None
    options = scenario.actions[0].options[:len(counts)]
    return Chart(heading, [Bar(f"{n}. {text_in(o.text, ctx.lang)}", count, o.safe)
                           for n, (o, count) in enumerate(zip(options, counts), 1)], note)


# --- the words ---

def verdict(ctx, scenario) -> list[Section]:
    """What the clip really was: the heading of every page."""
    words = ctx.t(f"class.truth.{truth_key(scenario.truth, scenario.category)}")
    return [Section(words, "heading", "good" if scenario.truth == "real" else "bad", True, 8)]


def explanation(ctx, scenario) -> list[Section]:
    """Why it is what it is, in a sentence or two: first, beside the clip."""
    return [Section(text_in(scenario.explanation, ctx.lang), "body", "text", False, 14)]


def teaching_sections(ctx, scenario) -> list[Section]:
    """The red flags and the safe action, at the room's size (no small print)."""
    sections = pattern_sections(ctx, scenario)
    safe = [o for o in scenario.actions[0].options if o.safe][:1] if scenario.actions else []
    sections += [Section(ctx.t("class.safe_action", text=text_in(o.text, ctx.lang)), "body", "good", True, 14)
                 for o in safe]
    return [_room_role(s) for s in sections]


def tells_list(ctx, scenario) -> list[Section]:
    """The tells numbered as on the clip (the solo feedback's words, at the room's size)."""
    if not scenario.tells:
        return []
    sections = [_room_role(s) for s in tell_sections(ctx, scenario)]
    return sections[:-1] + [replace(sections[-1], space_after=14)]   # (apart from the red flags after them)


def rights_card(ctx, scenario) -> list[Section]:
    """The scenario's first rights card in plain words (its title and summary); the others
    are one short line saying how many more there are and where to read them."""
    cards = [ctx.rights[c] for c in scenario.rights if c in ctx.rights]
    if not cards:
        return []
    card = cards[0]
    sections = [Section(ctx.t("reveal.rights", title=text_in(card.title, ctx.lang)), "body", "focus", True, 4),
                Section(text_in(card.summary, ctx.lang), "body", "text", False, 8)]
    if len(cards) > 1:
        sections.append(Section(ctx.t("reveal.more_rights", n=len(cards) - 1), "body", "muted", False, 0))
    return sections


def _room_role(section: Section) -> Section:
    """Small print is for a player at a desk: in a room, at the body size at least."""
    return replace(section, role="body") if section.role == "small" else section


# --- pages ---

class _Flow:
    """Pages filled top-down in ``frame``, each starting with ``header``."""

    def __init__(self, ctx, frame: pygame.Rect, body: int, header: list[Section]):
        self.ctx, self.frame, self.body, self.header = ctx, frame, body, header
        self.gap = body // 2
        self.pages: list[list[Item]] = []
        self.new_page()

    def new_page(self) -> None:
        height = sections_height(self.ctx.text, self.header, self.frame.width, self.body)
        self.pages.append([Item("text", pygame.Rect(self.frame.left, self.frame.top, self.frame.width, height),
                                self.header)])
        self.y = self.top = self.frame.top + height

    @property
    def empty(self) -> bool:
        return self.y == self.top

    def text(self, sections: list[Section], left: int | None = None, width: int | None = None,
             bottom: int | None = None) -> None:
        """``sections`` from where the last thing ended, on new pages as needed. In a column
        (``left``, ``width``) ending at ``bottom``, what does not fit goes on under it, full width."""
        rest = [s for s in sections if s.text]
        left = self.frame.left if left is None else left
        width = self.frame.width if width is None else width
        while rest:
            room = (bottom or self.frame.bottom) - self.y
            placed, rest, used = fill(self.ctx.text, rest, width, room, self.body, self.empty)
            if placed:
                self.pages[-1].append(Item("text", pygame.Rect(left, self.y, width, used), placed))
                self.y += used
            if rest and bottom is not None:   # on under the column, full width
                self.y, bottom = max(self.y, bottom + self.gap), None
                rest, left, width = [unwrapped(s) for s in rest], self.frame.left, self.frame.width
            elif rest:
                self.new_page()

    def keep_together(self, height: int) -> None:
        """What follows, ``height`` tall, starts a new page unless it fits on this one (or on no page)."""
        if self.y + height > self.frame.bottom and not self.empty and self.top + height <= self.frame.bottom:
            self.new_page()

    def block(self, kind: str, height: int, payload, gap: int | None = None) -> None:
        """Something that is not split: on the next page if it does not fit on this one."""
        if self.y + height > self.frame.bottom and not self.empty:
            self.new_page()
        self.pages[-1].append(Item(kind, pygame.Rect(self.frame.left, self.y, self.frame.width, height), payload))
        self.y += height + (self.gap if gap is None else gap)

    def clip(self, beside: list[Section]) -> None:
        """The clip on the left with ``beside`` listed next to it and on under it."""
        gap = 2 * self.gap
        width = self.frame.width * CLIP_SHARE // 100
        height = min(width * 9 // 16, self.frame.bottom - self.y)
        if height < width * 9 // 32 and not self.empty:
            self.new_page()
            height = min(width * 9 // 16, self.frame.bottom - self.y)
        box = pygame.Rect(self.frame.left, self.y, width, height)
        page = self.pages[-1]
        page.append(Item("clip", box))
        self.text(beside, box.right + gap, self.frame.right - box.right - gap, box.bottom)
        if self.pages[-1] is page:   # (all of it beside the clip: what comes next goes under it)
            self.y = max(self.y, box.bottom + self.gap)


def pages(ctx, reveal: Reveal, frame: pygame.Rect, body: int) -> list[list[Item]]:
    """The reveal in pages of ``frame``: the clip and its tells, why, the red flags and the safe
    action; the charts; each team's result; the rights card."""
    scenario = reveal.scenario
    flow = _Flow(ctx, frame, body, verdict(ctx, scenario))
    flow.clip(explanation(ctx, scenario) + tells_list(ctx, scenario) + teaching_sections(ctx, scenario))
    for chart in reveal.charts:
        _chart(flow, chart)
    if reveal.teams:
        heading = [Section(ctx.t("reveal.teams"), "body", "focus", True, 6)]
        rows = [(team, answer, team_result_height(ctx, team, answer, frame.width, body)) for team, answer in reveal.teams]
        flow.keep_together(sections_height(ctx.text, heading, frame.width, body) + sum(h + 6 for *_, h in rows))
        flow.text(heading)
        for team, answer, height in rows:
            flow.block("team", height, (team, answer), 6)
    if not flow.empty:
        flow.y += flow.gap   # (the card apart from the teams or the chart before it)
    flow.text(rights_card(ctx, scenario))
    return flow.pages


def _chart(flow: _Flow, chart: Chart) -> None:
    ctx, body, width = flow.ctx, flow.body, flow.frame.width
    label_w = _label_width(ctx, chart, width, body)
    rows = [(bar, ctx.text.block_height(bar.label, body, label_w, bar.right)) for bar in chart.bars]
    line_h = ctx.text.line_height(body, True)
    rows = [(bar, max(line_h, ctx.text.block_height(bar.label, body, label_w, bar.right))) for bar in chart.bars]
    heading = [Section(chart.heading, "body", "focus", True, 6)]
    note = [Section(chart.note, "body", "text", True, 12)] if chart.note else []
    flow.keep_together(sections_height(ctx.text, heading + note, width, body) + sum(h + 4 for _, h in rows) + flow.gap)
    flow.text(heading)
    most = max([bar.count for bar in chart.bars] + [1])
    for bar, height in rows:
        flow.block("bar", height, (bar, most, label_w), 4)
    flow.y += flow.gap
    flow.text(note)


def _label_width(ctx, chart: Chart, width: int, body: int) -> int:
    widest = max((ctx.text.font(body, True).size(bar.label)[0] for bar in chart.bars), default=0)
    return min(widest + 4, width * MAX_LABEL // 100)


# --- the scene's layout and buttons ---

def lay_out(scene, area: pygame.Rect, reveal: Reveal, quiet: list[tuple[str, str, str]],
            final: tuple[str, str, str]) -> None:
    """Page the reveal into ``scene.reveal_pages`` and set the buttons: ``quiet`` ones (Back),
    Previous page, and Next page or ``final`` (the way on). A new reveal starts on page one."""
    t, size = scene.t, scene.size(BUTTONS)
    if getattr(scene, "reveal_of", None) != reveal.scenario.id:
        scene.reveal_of, scene.list_page = reveal.scenario.id, 0
        _show_first_tell(scene, reveal.scenario)
        scene.ctx.cue("reveal")
    probe = quiet + [("list:prev", t("nav.prev_page"), "quiet"), ("list:next", t("nav.more", i=9, n=9), "normal")]
    bottom = min(above(button_row(scene.ctx, area, items, size=size), area, scene.ctx.theme.gap)
                 for items in (probe, quiet + [final]))
    frame = pygame.Rect(area.left, area.top, area.width, bottom - area.top)
    scene.reveal_pages = pages(scene.ctx, reveal, frame, scene.size(BODY))
    scene.list_page = max(0, min(scene.list_page, len(scene.reveal_pages) - 1))
    items = list(quiet)
    if scene.list_page > 0:
        items.append(("list:prev", t("nav.prev_page"), "quiet"))
    if scene.list_page + 1 < len(scene.reveal_pages):
        items.append(("list:next", t("nav.more", i=scene.list_page + 1, n=len(scene.reveal_pages)), "normal"))
    else:
        items.append(final)
    scene.set_buttons(button_row(scene.ctx, area, items, size=size), items[-1][0])


def focus_after(buttons, pressed: str) -> int:
    """After a page was turned: the focus stays on the button pressed, or goes to the way on
    (the last button), so Enter keeps going forward."""
    ids = [b.id for b in buttons]
    return ids.index(pressed) if pressed in ids else len(ids) - 1


def key_of(scene) -> str:
    """The page shown, for the scene's screen key (a new page is a new screen)."""
    return f"-p{scene.list_page + 1}" if scene.on_reveal and scene.list_page else ""


def _show_first_tell(scene, scenario) -> None:
    """The clip stopped at its first tell, where one has a moment (as the solo feedback does)."""
    clip = scene.clip.clip if scene.clip is not None else None
    moments = [tell.at[0] for tell in scenario.tells if tell.at]
    if clip is not None and moments:
        clip.show_moment(moments[0])


# --- drawing ---

def draw(scene, surface: pygame.Surface) -> None:
    """The page of the reveal on screen (``scene.list_page`` of ``scene.reveal_pages``)."""
    ctx, body = scene.ctx, scene.size(BODY)
    page = scene.reveal_pages[min(scene.list_page, len(scene.reveal_pages) - 1)]
    for item in page:
        if item.kind == "text":
            draw_sections(surface, ctx, item.payload, item.rect, body=body)
        elif item.kind == "clip":
            _draw_clip(scene, surface, item.rect, body)
        elif item.kind == "bar":
            _draw_bar(ctx, surface, item.rect, body, *item.payload)
        elif item.kind == "team":
            draw_team_result(ctx, surface, item.rect, body, *item.payload)


def _draw_clip(scene, surface, box: pygame.Rect, body: int) -> None:
    ctx = scene.ctx
    ctx.text.note_box("picture", box, "clip")
    if scene.clip is None:
        pygame.draw.rect(surface, (0, 0, 0), box)
        return
    picture = scene.clip.draw(surface, box)
    clip = scene.clip.clip
    if picture is not None and clip is not None:
        draw_tells(surface, ctx, numbered_regions(scene.clip.scenario.tells), clip.size, picture, size=body)


def _draw_bar(ctx, surface, row: pygame.Rect, body: int, bar: Bar, most: int, label_w: int) -> None:
    theme, text = ctx.theme, ctx.text
    line_h = text.line_height(body, True)
    mark = pygame.Rect(row.left, row.top + (line_h - line_h * 3 // 4) // 2, line_h * 3 // 4, line_h * 3 // 4)
    if bar.right:
        draw_mark(ctx, surface, True, mark, bar.label[:40])
    label = pygame.Rect(mark.right + 8, row.top, label_w, row.height)
    text.draw_block(surface, bar.label, label, body, theme.good if bar.right else theme.text, bar.right)
    count_w = text.font(body, True).size("888")[0]   # the counts in a column of their own, after the bars
    track = pygame.Rect(label.right + 16, row.top + line_h // 5, 0, line_h * 3 // 5)
    track.width = max(1, row.right - track.left - count_w - 20)
    pygame.draw.rect(surface, theme.muted, track, width=2, border_radius=6)
    filled = pygame.Rect(track.left, track.top, round(track.width * bar.count / most), track.height)
    if filled.width:
        pygame.draw.rect(surface, theme.good if bar.right else theme.focus, filled, border_radius=6)
    ctx.text.note_box("shape", track, f"bar {bar.label[:30]}")
    text.draw_block(surface, str(bar.count), pygame.Rect(track.right + 14, row.top, count_w + 6, line_h), body,
                    theme.text, True, align="right")
