"""The pages after an answer: the feedback (the verdict, the clip with its tells marked, the
advice), the rights cards, and a card or the full explanation opened from them.

Each scenario keeps to a screen budget counted from its clip (``SCREEN_BUDGET``): the
feedback always says whether the player was right and why, what gave the clip away and
what the safe choice was. The red flags, the whys and a rights card the player has not
read yet, in full, come as far as the budget allows; a card already read is one line that
opens it, and so is everything left out ("Full explanation"). Text is never made smaller
than the player's size to fit: what does not fit goes on another page.

Side by side, the marked clip stays on the left with its tells listed under it and the text
pages through on the right; or, where that takes fewer pages (tells too long to go under
the clip leave the room there empty), it is arranged as when stacked. Stacked, the text is full width and the marked clip comes with
its tells beside it right after the verdict (then why, and what to do). What the pages say is in ``game.ui.roundtext``. The functions take
the ``RoundScene`` being shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import pygame

from game.ui import roundtext
from game.ui.captions import live_sections, words_sections
from game.ui.pagefill import Lines, Pages, frames, grid, height_of
from game.ui.roundclip import draw_clip
from game.ui.roundlayout import SIDE_CLIP_MIN, Page, side_by_side
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.tells import draw_tells, numbered_regions
from game.ui.widgets import Button, above, button_row

# Screens from a scenario's clip to the next scenario, at most: side by side (text up to
# 125 %) and stacked (150 % and 200 %), for a clip (picture, animation, sound, video) and a call.
SCREEN_BUDGET = {False: {"picture": 5, "call": 9}, True: {"picture": 8, "call": 12}}
FULL = 4   # the fullest feedback (see Plan): also what "Full explanation" opens
LEVELS = (4, 3, 2, 1, 0)   # how much of the feedback, fullest first
STACKED_CLIP = 42   # stacked: the marked clip's share of the width (%), its tells beside it,
# ... or less where that lets the tells fit beside it, but never less than the least the
# feedback shows it at 100 % (the magnifier, Z, shows it over the whole window)
STACKED_CLIP_MIN = SIDE_CLIP_MIN


@dataclass
class Plan:
    """How the feedback and rights of the scenario on screen are shown.

    ``level``: 0 the verdict (after a call, how it ended and why), the marked tells (what gave
    the clip away, or why it only looked odd) and the safe choice where the player's was
    risky; 1 also the explanation; 2 also the red flags; 3 also the choices made, why the safe
    one is safe, and the moves made on a call; 4 (FULL) everything (each question, each why,
    every word said in the clip). ``card``: a rights card not read yet, in full
    after the feedback. ``lines``: the other cards, each one line that opens it, as (card id,
    not read yet); ``folded`` into one line that opens their list; on the last feedback page
    when they fit there (``lines_there``), else on the rights screen.
    """

    level: int = FULL
    card: str | None = None
    lines: list[tuple[str, bool]] = field(default_factory=list)
    folded: bool = False
    lines_there: bool = True
    rights_screens: int = 0
    arrangement: str = "beside"  # side by side: the text "beside" the clip (on every page), the
    # same with the clip at its "smallest" for the text's sake, or "around" it as when stacked
    plain_verdict: bool = False  # stacked: right or wrong at the player's text size, not larger


def show_tell_moment(scene) -> None:
    """The verdict shows the clip stopped at its first tell (or where it is, if no tell has a moment)."""
    if scene.clip is None:
        return
    moments = [tell.at[0] for tell in scene.round.scenario.tells if tell.at]
    if moments:
        scene.clip.show_moment(moments[0])
    else:
        scene.clip.stop()


def budget(scene) -> int:
    """The most screens the scenario on screen may take, from its clip to the next scenario."""
    kind = "call" if scene.round.scenario.clip.kind == "call" else "picture"
    return SCREEN_BUDGET[scene.stacked][kind]


def has_rights_screen(scene) -> bool:
    """Whether the feedback is followed by a rights screen (else it goes to the next scenario)."""
    return scene.plan.rights_screens > 0


# --- layout ---

def layout(scene, area: pygame.Rect) -> None:
    """Pages the text into ``scene.pages``; the buttons page through it, then go on."""
    t = scene.t
    final = _final_button(scene)
    more = ("more", t("nav.more", i=9, n=9), "normal")
    prev = ("prev_page", t("nav.prev_page"), "quiet")
    # Every page ends above the tallest button row it can have, so the buttons never cover the
    # text and stay in one place: pages without the clip above Previous page with Next page or
    # the way on; pages with the clip above those with Enlarge as well (at 200 % that row can
    # be two lines tall), which is only the first page when stacked.
    gap = scene.ctx.theme.gap
    bottom = min(above(button_row(scene.ctx, area, [prev, last]), area, gap) for last in (more, final))
    full = pygame.Rect(area.left, area.top, area.width, bottom - area.top)
    clipped = pygame.Rect(area.left, area.top, area.width, _clip_bottom(scene, area, final, bottom) - area.top)
    if scene.opened:
        scene.pages = _opened_pages(scene, area, full, clipped)
    elif scene.round.step == "feedback":
        key = (scene.round.index, scene.ctx.lang, scene.ctx.text.scale, tuple(area))
        if scene.planned != key:   # planned once: turning its pages does not plan again
            scene.plan, scene.feedback = _plan(scene, area, full, clipped)
            scene.planned = key
        scene.pages = scene.feedback
    else:
        scene.pages = _rights_pages(scene, full, scene.plan, not scene.plan.lines_there) or [Page([], full)]
        if scene.plan.card:
            _mark_read(scene, scene.plan.card)
    scene.page_no = min(scene.page_no, len(scene.pages) - 1)
    final = _final_button(scene)
    items = [("prev_page", t("nav.prev_page"), "quiet")] if scene.page_no > 0 else []
    if _shows_clip(scene, scene.pages[scene.page_no]):
        items.append(("magnify", t("clip.magnify"), "quiet"))   # the marked clip, closer (Z too)
    if scene.page_no + 1 < len(scene.pages):
        items.append(("more", t("nav.more", i=scene.page_no + 1, n=len(scene.pages)), "normal"))
    else:
        items.append(final)
    nav = button_row(scene.ctx, area, items)
    scene.set_buttons(_line_buttons(scene, scene.pages[scene.page_no].lines) + nav, items[-1][0])


def _shows_clip(scene, page: Page) -> bool:
    return page.clip_box is not None and (scene.clip is not None or scene.callview is not None)


def _clip_bottom(scene, area: pygame.Rect, final, bottom: int) -> int:
    """How far a page with the clip may go down: its row has Enlarge as well, which can make
    the row two lines tall at 200 % (Next page's label wraps). Stacked, the clip is on the
    first page only, which has no Previous page."""
    if scene.clip is None and scene.callview is None:
        return bottom
    t, gap = scene.t, scene.ctx.theme.gap
    prev, magnify = ("prev_page", t("nav.prev_page"), "quiet"), ("magnify", t("clip.magnify"), "quiet")
    more = ("more", t("nav.more", i=9, n=9), "normal")
    before = [] if scene.stacked else [prev]
    return min([bottom] + [above(button_row(scene.ctx, area, [*before, magnify, last]), area, gap)
                           for last in (more, final)])


def _final_button(scene) -> tuple[str, str, str]:
    t = scene.t
    if scene.opened:
        return "close", t("nav.back"), "normal"
    if scene.round.step == "feedback" and has_rights_screen(scene):
        return "continue", t("nav.continue"), "normal"
    last = scene.round.index + 1 >= len(scene.round.scenarios)
    return "continue", t("nav.results") if last else t("nav.next"), "normal"


def _plan(scene, area: pygame.Rect, full: pygame.Rect, clipped: pygame.Rect) -> tuple[Plan, list[Page]]:
    """The fullest feedback that keeps to the screen budget, with the first rights card the
    player has not read in full if that still keeps to it; else without. Where nothing keeps
    to it, the fewest screens (over budget: the text is split, never made smaller)."""
    ctx, scenario = scene.ctx, scene.round.scenario
    cards = [c for c in scenario.rights if c in ctx.rights]
    new = [c for c in cards if c not in scene.read_before]
    room = budget(scene) - scene.screens_before
    arrangements = ("stacked",) if scene.stacked else ("beside", "smallest", "around")
    # Stacked, right-or-wrong beside the clip can be at the player's size (bold, in its colour)
    # instead of the larger heading size, where that lets more fit: its third heading-size line
    # would otherwise take the room under the clip where "what gave it away" starts.
    plain = (False, True) if scene.stacked else (False,)
    built: dict[tuple[int, bool, bool], list[Page]] = {}
    fewest: tuple[int, Plan, list[Page]] | None = None
    chosen: tuple[int, Plan, list[Page]] | None = None
    for card in ([new[0]] if new else []) + [None]:
        for level, flat, folded, way in ((level, flat, folded, way) for level in LEVELS for flat in plain
                                         for folded in (False, True) for way in arrangements):
            if folded and not cards:
                continue
            plan = Plan(level, card, [(c, c in new) for c in cards if c != card], folded, arrangement=way,
                        plain_verdict=flat)
            more = _more(scene, plan)
            if (level, way, flat) not in built:
                built[level, way, flat] = _feedback_pages(scene, area, full, clipped, level, way, flat)
            pages = built[level, way, flat]
            pages[-1].lines = None
            plan.lines_there = not more or _lines_on(scene, pages, full, clipped, more)
            plan.rights_screens = len(_rights_pages(scene, full, plan, not plan.lines_there))
            screens = len(pages) + plan.rights_screens
            if screens <= room:   # the first that keeps to the budget is the fullest
                chosen = screens, plan, pages
                break
            if fewest is None or screens < fewest[0]:
                fewest = screens, plan, pages
        if chosen is not None:
            break
    _, plan, pages = chosen or fewest
    pages[-1].lines = None
    if not plan.lines_there or not _lines_on(scene, pages, full, clipped, _more(scene, plan)):
        pages[-1].lines = None   # (they go on the rights screen)
    return plan, pages


def _lines_on(scene, pages: list[Page], full: pygame.Rect, clipped: pygame.Rect,
              more: list[tuple[str, str]]) -> bool:
    """Put ``more`` on the last feedback page if it fits: side by side under the tells (left)
    or after the text (right); stacked after the text. Whether it fitted."""
    last = pages[-1]
    if not scene.stacked and last.side_rect is not None:   # (under the clip, after its tells if listed there)
        under = last.side_rect
        tells_end = under.top + height_of(scene.ctx, last.side, under.width)
        if Pages.resume(scene.ctx, pages, under, tells_end).lines(more, False, _heading_for(scene)):
            return True
    frame = (clipped if len(pages) == 1 else full) if scene.stacked else None
    return Pages.resume(scene.ctx, pages, frame).lines(more, False, _heading_for(scene))


def _feedback_pages(scene, area: pygame.Rect, full: pygame.Rect, clipped: pygame.Rect, level: int,
                    arrangement: str = "beside", plain: bool = False) -> list[Page]:
    """The verdict, the marked clip with its tells and the advice, at ``level`` (see Plan), in
    the ``arrangement`` Plan names ("stacked" when stacked); stacked, right or wrong at the
    player's text size (``plain``) rather than larger. ``full``: the frame of a page without
    the clip, ``clipped`` of one with it."""
    ctx, round_ = scene.ctx, scene.round
    verdict = roundtext.verdict_sections(ctx, round_, level >= 2, scene.callview, explain=level >= 1)
    if level >= FULL:   # every word of an audio or video clip, in the fullest feedback
        verdict += words_sections(ctx, round_.scenario)
    advice = roundtext.advice_sections(ctx, round_, scene.callview, max(0, level - 1))
    tells = roundtext.tell_sections(ctx, round_.scenario)
    if arrangement in ("stacked", "around"):   # the marked clip, right or wrong and its tells beside it; then why
        said = next((n + 1 for n, s in enumerate(verdict) if s.role == "heading"), 0)
        head = [replace(s, role="body") if plain and s.role == "heading" else s for s in verdict[:said]]
        pages = Pages(scene.ctx, full, first=clipped)   # (the clip goes on the first page)
        pages.clip(head + tells, STACKED_CLIP, STACKED_CLIP_MIN)
        pages.flow(verdict[said:] + advice)
        return pages.pages
    clip_box, panel, side_rect = _clip_over_tells(scene, area, clipped, tells, arrangement == "smallest")   # on every page
    side = tells
    if sections_height(ctx.text, side, side_rect.width, ctx.theme.body) > side_rect.height:
        verdict, side = verdict + tells, []   # too long to go under the clip: paged with the rest
    pages = Pages(scene.ctx, panel, lambda page: _beside_clip(page, clip_box, side, side_rect))
    pages.flow(verdict + advice)
    return pages.pages


def _clip_over_tells(scene, area: pygame.Rect, full: pygame.Rect, tells: list[Section],
                     small: bool) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """Side by side: the clip box, the text panel beside it and the room for the tells under
    the clip. The clip is as large as in the question, or smaller (down to SIDE_CLIP_MIN of the
    width; it can be magnified) where that lets its tells fit under it or leaves the text more room."""
    ctx = scene.ctx
    largest, panel = side_by_side(area, full.bottom, ctx.text.scale)
    gap = panel.left - largest.right
    smallest = area.width * SIDE_CLIP_MIN // 100
    widths = [smallest] if small else [largest.width, *range(largest.width - 24, smallest - 1, -24), smallest]
    for width in widths:
        clip_box = pygame.Rect(largest.left, largest.top, width, width * 9 // 16)
        under = pygame.Rect(clip_box.left, clip_box.bottom + 10, width, full.bottom - clip_box.bottom - 10)
        if sections_height(ctx.text, tells, width, ctx.theme.body) <= under.height:
            break
    # (if they fit under it at no size, they go with the text, which has the most room this way)
    panel = pygame.Rect(clip_box.right + gap, panel.top, area.right - clip_box.right - gap, panel.height)
    return clip_box, panel, under


def _beside_clip(page: Page, clip_box: pygame.Rect, side: list[Section], side_rect: pygame.Rect) -> None:
    page.clip_box, page.tells, page.side, page.side_rect = clip_box, True, side, side_rect


def _rights_pages(scene, full: pygame.Rect, plan: Plan, with_lines: bool) -> list[Page]:
    """The rights screen: ``plan.card`` in full on a panel, and (``with_lines``) the lines
    that open more after it, going on to pages of their own where they do not fit. Lines
    folded into one are unfolded there when that takes no more screens."""
    pages = _rights_layout(scene, full, plan, with_lines)
    if with_lines and plan.folded:
        unfolded = _rights_layout(scene, full, replace(plan, folded=False), True)
        if len(unfolded) <= len(pages):
            return unfolded
    return pages


def _rights_layout(scene, full: pygame.Rect, plan: Plan, with_lines: bool) -> list[Page]:
    pages: Pages | None = None
    if plan.card:
        pages = Pages(scene.ctx, full.inflate(-48, -36), lambda page: setattr(page, "card", True))
        sections = roundtext.rights_sections(scene.ctx, scene.ctx.rights[plan.card])
        if scene.stacked or not any(pages.columns(sections[:n], sections[n:]) for n in (3, 5)):
            pages.flow(sections)   # (two columns: the law | what you can do, or the law and that | where to report)
    more = _more(scene, plan)
    if with_lines and more:
        if pages is None:
            pages = Pages(scene.ctx, full)
        pages.lines(more, True, _heading_for(scene))
    return pages.pages if pages is not None else []


def _opened_pages(scene, area: pygame.Rect, full: pygame.Rect, clipped: pygame.Rect) -> list[Page]:
    """A rights card opened from its line, the list of lines folded into one, or the full explanation."""
    if scene.opened == "full":
        return _feedback_pages(scene, area, full, clipped, FULL, scene.plan.arrangement)
    if scene.opened == "list":
        return _rights_pages(scene, full, replace(scene.plan, card=None, folded=False), True)
    _mark_read(scene, scene.opened)
    return _rights_pages(scene, full, Plan(card=scene.opened), False)


def _mark_read(scene, card_id: str) -> None:
    """The player has the card in full on screen: from now on it is offered as one line."""
    if card_id not in scene.marked:
        scene.marked.add(card_id)
        scene.ctx.store.mark_rights_seen(scene.ctx.profile, [card_id])


def _more(scene, plan: Plan) -> list[tuple[str, str]]:
    """The lines that open more, as (button id, label): each card not shown in full (or all of
    them folded into one line), and the full explanation when the feedback left some out."""
    ctx, t = scene.ctx, scene.t
    if plan.folded:
        return [("list", t("rights.folded" if plan.level < FULL else "rights.folded_cards", n=len(plan.lines)))]
    items = [(f"card:{card_id}", roundtext.rights_line(ctx, ctx.rights[card_id], new)) for card_id, new in plan.lines]
    return items + ([("full", t("feedback.full"))] if plan.level < FULL else [])


def _lines_heading(scene, items: list[tuple[str, str]]) -> list[Section]:
    """Over lines that open rights cards: what they are."""
    if any(button_id.startswith("card:") for button_id, _ in items):
        return [Section(scene.t("rights.lines"), "small", "muted", False, 6)]
    return []


def _heading_for(scene):
    return lambda items: _lines_heading(scene, items)


def _line_buttons(scene, lines: Lines | None) -> list[Button]:
    """The buttons of ``lines``, numbered 1, 2, ... (the number keys open them)."""
    if lines is None:
        return []
    ctx = scene.ctx
    top = lines.rect.top + sections_height(ctx.text, lines.heading, lines.rect.width, ctx.theme.body)
    return grid(ctx, lines.items, lines.rect.left, top, lines.rect.width, lines.cols)


def draw(scene, surface, page: Page) -> None:
    ctx = scene.ctx
    if page.card:   # the panel behind the card's text (in one column or two) and its lines
        rects = [rect for _, rect in frames(page)] + ([page.lines.rect] if page.lines is not None else [])
        panel = page.rect.unionall(rects) if rects else page.rect
        pygame.draw.rect(surface, ctx.theme.panel, panel.inflate(48, 36), border_radius=14)
    if page.clip_box is not None:
        picture = draw_clip(scene, surface, page.clip_box)
        if page.tells and picture is not None and scene.clip is not None:
            draw_tells(surface, ctx, numbered_regions(scene.round.scenario.tells), scene.clip.size, picture)
    # While the clip plays again (R), the line being said takes the place of the list of its
    # tells, which comes back when it ends.
    live = live_sections(ctx, scene.round.scenario, scene.clip) if page.clip_box is not None else []
    if (page.side or live) and page.side_rect is not None:
        draw_sections(surface, ctx, live or page.side, page.side_rect)
    for sections, rect in frames(page):
        beside = page.clip_box is not None and rect.left >= page.clip_box.right and rect.top == page.clip_box.top
        if live and beside and page.side_rect is None:   # stacked: its tells beside the clip
            draw_sections(surface, ctx, live, rect)
        else:
            draw_sections(surface, ctx, sections, rect, body=page.body)
    if page.lines is not None and page.lines.heading:
        draw_sections(surface, ctx, page.lines.heading, page.lines.rect, body=page.body)
