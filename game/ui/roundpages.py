"""The feedback pages of a round: the verdict (with the tells outlined on the clip), the advice,
the rights cards and a call's ending, split into pages that fit at the chosen text size.

Side by side, the clip stays on the left with the tells listed under it; stacked, the text
comes first and the clip at its tell moment follows on pages of its own. What the pages say
is in ``game.ui.roundtext``. The functions take the ``RoundScene`` being shown.
"""
from __future__ import annotations

import pygame

from game.ui import roundtext
from game.ui.captions import live_sections, words_sections
from game.ui.chrome import content_rect
from game.ui.roundclip import clip_shape, draw_clip
from game.ui.roundlayout import Page, normal_picture, picture_with_pages, side_by_side
from game.ui.sections import draw_sections, paginate_snug, sections_height
from game.ui.tells import draw_tells, numbered_regions
from game.ui.widgets import above, button_row


def show_tell_moment(scene) -> None:
    """The verdict shows the clip stopped at its first tell (or where it is, if no tell has a moment)."""
    if scene.clip is None:
        return
    moments = [tell.at[0] for tell in scene.round.scenario.tells if tell.at]
    if moments:
        scene.clip.show_moment(moments[0])
    else:
        scene.clip.stop()


def layout(scene, area: pygame.Rect) -> None:
    """Pages the text into ``scene.pages``; the buttons page through it, then go on."""
    final, t = _final_button(scene), scene.t
    row = button_row(scene.ctx, area, [("prev_page", t("nav.prev_page"), "quiet"), final])
    bottom = above(row, area, scene.ctx.theme.gap + 6)
    scene.pages = _pages(scene, area, bottom, _clip_bottom(scene, area, final, bottom))
    scene.page_no = min(scene.page_no, len(scene.pages) - 1)
    items = [("prev_page", t("nav.prev_page"), "quiet")] if scene.page_no > 0 else []
    if _shows_clip(scene, scene.pages[scene.page_no]):
        items.append(("magnify", t("clip.magnify"), "quiet"))   # the marked clip, closer (Z too)
    if scene.page_no + 1 < len(scene.pages):
        items.append(("more", t("nav.more", i=scene.page_no + 1, n=len(scene.pages)), "normal"))
    else:
        items.append(final)
    scene.set_buttons(button_row(scene.ctx, area, items), items[-1][0])


def _shows_clip(scene, page: Page) -> bool:
    return page.clip_box is not None and (scene.clip is not None or scene.callview is not None)


def _clip_bottom(scene, area: pygame.Rect, final, bottom: int) -> int:
    """How far a page with the clip may go down: its row has Enlarge as well, which can make
    the row two lines tall at 200 % (Next page's label wraps)."""
    if scene.clip is None and scene.callview is None:
        return bottom
    t, gap = scene.t, scene.ctx.theme.gap + 6
    prev, magnify = ("prev_page", t("nav.prev_page"), "quiet"), ("magnify", t("clip.magnify"), "quiet")
    more = ("more", t("nav.more", i=9, n=9), "normal")
    return min([bottom] + [above(button_row(scene.ctx, area, [prev, magnify, last]), area, gap) for last in (more, final)])



def _final_button(scene) -> tuple[str, str, str]:
    if scene.round.step == "call":
        return "call:end", scene.t("nav.continue"), "normal"
    return "continue", _continue_label(scene), "normal"


def _continue_label(scene) -> str:
    round_, t = scene.round, scene.t
    if round_.step == "feedback":
        return t("nav.continue")
    if scene.card + 1 < len(round_.scenario.rights):
        return t("nav.next_card")
    last = round_.index + 1 >= len(round_.scenarios)
    return t("nav.results") if last else t("nav.next")


def _pages(scene, area: pygame.Rect, bottom: int, clip_bottom: int) -> list[Page]:
    """The pages of text (above ``bottom``), and those showing the clip (above ``clip_bottom``)."""
    ctx, round_ = scene.ctx, scene.round
    step, text, body = round_.step, ctx.text, ctx.theme.body
    full = pygame.Rect(area.left, area.top, area.width, bottom - area.top)
    if step == "rights":
        card = ctx.rights.get(round_.scenario.rights[scene.card])
        sections = roundtext.rights_sections(ctx, card, scene.card, len(round_.scenario.rights)) if card else []
        inner = full.inflate(-48, -36)
        pages, size = paginate_snug(text, sections, inner.width, inner.height, body)
        return [Page(p, inner, card=True, body=size) for p in pages]
    if step == "call":
        sections = roundtext.call_ending_sections(ctx, scene.callview)
    elif scene.page == "verdict":   # with every word of an audio or video clip after it
        sections = roundtext.verdict_sections(ctx, round_) + words_sections(ctx, round_.scenario)
    else:
        sections = roundtext.advice_sections(ctx, round_, scene.callview)
    tells = step == "feedback" and scene.page == "verdict"
    if scene.stacked:
        pages, size = paginate_snug(text, sections, full.width, full.height, body)
        with_clip = pygame.Rect(area.left, area.top, area.width, clip_bottom - area.top)
        return [Page(p, full, body=size) for p in pages] + (_tell_pages(scene, with_clip) if tells else [])
    bottom = clip_bottom   # side by side, every page shows the clip
    clip_box, panel = side_by_side(area, bottom, ctx.text.scale)
    side = roundtext.tell_sections(ctx, round_.scenario) if tells else []
    side_rect = pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width, bottom - clip_box.bottom - 10)
    if sections_height(text, side, side_rect.width, body) > side_rect.height:
        sections, side = sections + side, []   # too long to go under the clip: paged with the rest
    pages, size = paginate_snug(text, sections, panel.width, panel.height, body)
    return [Page(p, panel, clip_box, tells, side, side_rect, body=size) for p in pages]


def _tell_pages(scene, full: pygame.Rect) -> list[Page]:
    """Stacked: the clip at its tell moment, with what to notice listed beside it."""
    text, body = scene.ctx.text, scene.ctx.theme.body
    sections = roundtext.tell_sections(scene.ctx, scene.round.scenario)
    box, rect = None, full
    if scene.clip is not None or scene.callview is not None:   # the clip no smaller than at 100 %
        shape = clip_shape(scene)
        box, rect = picture_with_pages(full, shape, normal_picture(content_rect(scene.ctx), shape),
                                       lambda w, h: len(paginate_snug(text, sections, w, h, body)[0]))
    pages, size = paginate_snug(text, sections, rect.width, rect.height, body)
    return [Page(p, rect, box, True, body=size) for p in pages]


def draw(scene, surface, page: Page) -> None:
    ctx = scene.ctx
    if page.card:
        pygame.draw.rect(surface, ctx.theme.panel, page.rect.inflate(48, 36), border_radius=14)
    if page.clip_box is not None:
        picture = draw_clip(scene, surface, page.clip_box)
        if page.tells and picture is not None and scene.clip is not None:
            draw_tells(surface, ctx, numbered_regions(scene.round.scenario.tells), scene.clip.size, picture)
    live = live_sections(ctx, scene.round.scenario, scene.clip)   # the clip played again (R): its words
    if (page.side or live) and page.side_rect is not None:
        draw_sections(surface, ctx, live + page.side, page.side_rect)
    elif live and page.tells and page.clip_box is not None:
        draw_sections(surface, ctx, live, page.rect)   # stacked: the words while it plays, then the tells
        return
    draw_sections(surface, ctx, page.sections, page.rect, body=page.body)
