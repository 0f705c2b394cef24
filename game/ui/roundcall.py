"""The call phase of a round: the phone ringing, listening to the caller, and the replies.

Side by side, the call's pane is on the left with what was just said under it, and the
question with the replies on the right. Stacked, ringing and listening each show the pane
on a page of its own; the replies come on the next page, under a reminder of what was said.
After the first thing said, when what the caller says (room kept for the longest of its
lines) and the replies fit on one page at the player's text size, the caller's words and the
replies share that page (one screen, not two; issue 15's screen budget); Listen again (R)
still opens the listening page.
Everything said so far is in the call's transcript (T, or the Transcript button; drawn by
``game.ui.roundtranscript``).
A call that has ended is shown as feedback pages (``game.ui.roundpages``).
The functions take the ``RoundScene`` being shown.
"""
from __future__ import annotations

import pygame

from game.core.models import text_in
from game.ui.roundclip import draw_clip, draw_watch_page, under_clip
from game.ui.roundlayout import side_by_side
from game.ui.roundquestion import fits, heading_height
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.widgets import above, button_row

BUTTON_STYLES = {"call:answer": "good", "call:decline": "bad"}


def layout(scene, area: pygame.Rect) -> None:
    """The buttons of a call still going on."""
    ctx, view, t, gap = scene.ctx, scene.callview, scene.t, scene.ctx.theme.gap
    call = view.call
    if (scene.round.index, "call", call.ringing, len(call.path), call.node_id, scene.watching) != scene.asked:
        scene.list_page = 0   # new replies start on their first page
    if not scene.stacked:
        clip_box, panel = side_by_side(area, scale=ctx.text.scale)
        top = panel.top + heading_height(scene, view.heading(), panel.width)
        buttons = scene.answer_column(view.choices(), panel.left, top, panel.width, panel.bottom)
        if not call.ringing:
            buttons += button_row(ctx, pygame.Rect(clip_box.left, area.top, clip_box.width, area.height),
                                  [("replay", t("call.replay_line"), "quiet"),
                                   ("transcript", t("transcript.button"), "quiet")])
    elif call.ringing:
        buttons = button_row(ctx, area, [(i, label, "normal") for i, label in view.choices()], numbered=True)
    elif scene.watching and not _replies_with_words(scene, area):
        buttons = button_row(ctx, area, [("replay", t("call.replay_line"), "quiet"),
                                         ("transcript", t("transcript.button"), "quiet"),
                                         ("call:reply", t("call.reply"), "normal")])
    else:
        listen = [("call:listen", t("call.replay_line"), "quiet")]
        scene.reminder = True
        top = area.top + reminder_height(scene, area.width)
        if not fits(scene, view.choices(), top, area.width, above(button_row(ctx, area, listen), area, gap)):
            listen = []   # R still says it again
        if not fits(scene, view.choices(), top, area.width, area.bottom):
            scene.reminder = False   # the listening page just showed what was said
            top = area.top + reminder_height(scene, area.width)
        # replies that do not fit at the chosen size go on pages, each keeping its number
        buttons = scene.answer_column(view.choices(), area.left, top, area.width, area.bottom, extra=listen)
    for button in buttons:
        button.style = BUTTON_STYLES.get(button.id, button.style)
    asked = (scene.round.index, "call", call.ringing, len(call.path), call.node_id, scene.watching)
    if asked != scene.asked:   # something new to answer: no reply is focused (Reply is not an answer)
        scene.asked = asked
        scene.clear_focus()
        scene.set_buttons(buttons, "call:reply")
    else:
        scene.set_buttons(buttons, scene.focused_id())


def _replies_with_words(scene, area: pygame.Rect) -> bool:
    """Stacked, listening to something said after the first: whether the words and the replies
    fit on one page at the player's size. If so the page with the replies is shown at once
    (``scene.watching`` set off), once for each thing said: Listen again (R) sets it on again."""
    view = scene.callview
    asked = (scene.round.index, len(view.call.path), view.call.node_id)
    if len(view.call.path) <= 1 or getattr(scene, "words_with_replies", None) == asked:
        return False
    scene.words_with_replies = asked   # (decided once: not again after Listen again)
    scene.reminder = True
    top = area.top + reminder_height(scene, area.width)
    column = scene.column_buttons(view.choices(), area.left, top, area.width)
    if not column or column[-1].rect.bottom > area.bottom:   # (the replies page leaves out the R button if need be)
        return False
    scene.watching = False
    return True


def reminder(scene) -> list[Section]:
    """Above the reply choices: the last thing said (unless it does not fit), then the question."""
    caption = scene.callview.caption() if scene.reminder else ""
    return [_said(caption), Section(scene.callview.heading(), "body", "text", True, 10)]


def _said(caption: str) -> Section:
    return Section(caption, "small", "muted", False, 6)


def said_height(scene, width: int) -> int:
    """The room kept for what is said: the longest of the lines of the thing being said (they
    follow each other in the same place, so the replies under them never move)."""
    if not scene.reminder:
        return 0
    view = scene.callview
    captions = [view.line_text(spoken) for spoken in view.last] + [view.caption()]
    return max(sections_height(scene.ctx.text, [_said(c)], width, scene.ctx.theme.body) for c in captions)


def reminder_height(scene, width: int) -> int:
    question = sections_height(scene.ctx.text, reminder(scene)[1:], width, scene.ctx.theme.body)
    return said_height(scene, width) + question + 10


def draw(scene, surface, area: pygame.Rect) -> None:
    ctx, view = scene.ctx, scene.callview
    caption = view.caption() or text_in(scene.round.scenario.clip.caption, ctx.lang)
    if not scene.stacked:
        clip_box, panel = side_by_side(area, scale=ctx.text.scale)
        draw_clip(scene, surface, clip_box)
        draw_sections(surface, ctx, [Section(caption, "body", "text")], under_clip(scene, area, clip_box))
        ctx.text.draw_block(surface, view.heading(), panel, ctx.theme.heading, ctx.theme.text, bold=True)
    elif view.call.ringing:
        draw_watch_page(scene, surface, area, [Section(view.heading(), "body", "text", True, 4),
                                               Section(caption, "small", "muted")])
    elif scene.watching:
        draw_watch_page(scene, surface, area, [Section(caption, "body", "text")])
    else:
        said, question = reminder(scene)
        height = said_height(scene, area.width)
        if said.text:
            draw_sections(surface, ctx, [said], pygame.Rect(area.left, area.top, area.width, height), shrink=False)
        draw_sections(surface, ctx, [question], pygame.Rect(area.left, area.top + height, area.width,
                                                            area.height - height), shrink=False)
