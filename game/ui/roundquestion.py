"""The question phase of a round: real or fake, how sure, and what the player would do.

Side by side, the clip is on the left (replay, pause and its transcript under it, then its
caption and its words: the line said now, or all of them once it has ended) and the
question with its answers on the right. Stacked, the clip first has a page of its own, then
the question fills the screen. The functions take the ``RoundScene`` being shown.
"""
from __future__ import annotations

import pygame

from game.core.models import text_in
from game.core.vocab import CONFIDENCE_LEVELS
from game.ui.callview import caller_question
from game.ui.captions import clip_words, description, transcript_of, under
from game.ui.roundclip import draw_clip, draw_watch_page, under_clip
from game.ui.roundlayout import SIDE_CLIP_MIN, has_watch_page, side_by_side
from game.ui.sections import Section, draw_sections
from game.ui.widgets import above, button_row


def question(scene) -> tuple[str, list[tuple[str, str]]]:
    """The question of this step, and its answers as (button id, label)."""
    step, lang, t = scene.round.step, scene.ctx.lang, scene.t
    if step == "judge":
        return judge_question(scene), [("real", t("judge.real")), ("manipulated", t("judge.manipulated"))]
    if step == "confidence":
        return t("confidence.question"), [(level, t(f"confidence.{level}")) for level in CONFIDENCE_LEVELS]
    asked = scene.round.scenario.actions[scene.round.question_index]
    return text_in(asked.prompt, lang), [(f"option:{i}", text_in(o.text, lang))
                                         for i, o in enumerate(asked.options)]


def judge_question(scene) -> str:
    """After a call that reached someone else (a call-back), the question names the first caller."""
    caller = scene.callview.shown if scene.callview is not None else None
    if caller is None:
        return scene.t("judge.question")
    return caller_question(scene.t, scene.ctx.lang, caller)


def question_size(scene) -> int:
    """Stacked, the question is a little smaller than a heading, to leave room for its options."""
    return scene.ctx.theme.body + 4 if scene.stacked else scene.ctx.theme.heading


def heading_height(scene, text: str, width: int) -> int:
    return scene.ctx.text.block_height(text, question_size(scene), width, True) + 16


def status_height(scene, width: int) -> int:
    """Stacked, on a later page of answers: the small line saying they go on from the question."""
    return scene.ctx.text.block_height(scene.t("round.answers_continued"), scene.ctx.theme.small, width) + 8


def fits(scene, items, top: int, width: int, bottom: int) -> bool:
    """Whether ``items`` fit above ``bottom`` as buttons at the chosen text size."""
    column = scene.column_buttons(items, 0, top, width)
    return not column or column[-1].rect.bottom <= bottom


def clip_items(scene) -> list[tuple[str, str, str]]:
    """Replay and pause, for a clip that plays over time, its transcript where it has words,
    and Enlarge (the magnifier, Z) for every clip that opened. Stacked, the transcript button
    takes the place of Play once the clip has ended (R plays it again), so the row stays short
    at 200 %."""
    clip, t = scene.clip, scene.t
    words = ("transcript", t("transcript.button"), "quiet") if transcript_of(scene.round.scenario) else None
    magnify = [("magnify", t("clip.magnify"), "quiet")] if clip is not None else []
    if clip is None or not clip.seconds:
        return ([words] if words else []) + magnify
    items = [("replay", f"{t('clip.replay')} (R)", "quiet")]
    ended = clip.position >= clip.seconds
    if not (scene.stacked and ended and words):
        items.append(("pause", f"{t('clip.pause' if clip.playing else 'clip.play')} (P)", "quiet"))
    if words and (ended or not scene.stacked):
        items.append(words)
    return items + magnify


def clip_row(scene, rect: pygame.Rect, items) -> list:
    """The clip's buttons along the bottom of ``rect``; the transcript's says "(T)" only where
    that leaves its label one line high (the key is named in the note under the clip too)."""
    if not items:
        return []
    ctx = scene.ctx
    row = button_row(ctx, rect, items)
    words = next((b for b in row if b.id == "transcript"), None)
    if words is not None and len(ctx.text.wrap(words.label, words.size, words.label_width(ctx.text))) > 1:
        short = scene.t("transcript.button_short")
        row = button_row(ctx, rect, [(i, short if i == "transcript" else label, style) for i, label, style in items])
    return row


def change_items(scene) -> list[tuple[str, str, str]]:
    """The button that goes back a question, once one of this scenario is answered, until its feedback."""
    if not scene.round.can_go_back:
        return []
    return [("change", scene.t("round.change_answer"), "quiet")]


def layout(scene, area: pygame.Rect) -> None:
    heading, items = question(scene)
    ctx, gap = scene.ctx, scene.ctx.theme.gap
    asked = (scene.round.index, scene.round.step, scene.round.question_index, scene.watching)
    if asked != scene.asked:     # a new question: no answer is focused (issue: Enter gave answers)
        scene.asked = asked
        scene.clear_focus()
        scene.list_page = 0
    change = change_items(scene)
    if not scene.stacked:
        clip_box, panel = scene.side_boxes = side_boxes(scene, area, heading, items, change)
        top = panel.top + heading_height(scene, heading, panel.width)
        if change and not fits(scene, items, top, panel.width, above(button_row(ctx, panel, change), panel, gap)):
            change = []   # paged: the page buttons alone fit the narrow panel (Backspace still changes)
        buttons = scene.answer_column(items, panel.left, top, panel.width, panel.bottom, extra=change,
                                      page_top=panel.top + status_height(scene, panel.width))
        below_clip = pygame.Rect(clip_box.left, area.top, clip_box.width, area.height)
        row = clip_row(scene, below_clip, clip_items(scene))
        scene.set_buttons(buttons + row)
        return
    if scene.watching and has_watch_page(scene):
        row = clip_row(scene, area, clip_items(scene) + [("to_question", scene.t("nav.continue"), "normal")])
        scene.set_buttons(row, "to_question")
        return
    watch = [("watch", scene.t("round.play_again"), "quiet")] if has_watch_page(scene) else []
    top = area.top + heading_height(scene, heading, area.width)
    for choice in (watch + change, change, []):   # long options come first; R still plays the clip
        row = button_row(ctx, area, choice) if choice else []  # again, Backspace still changes the answer
        if fits(scene, items, top, area.width, above(row, area, gap)):
            break
    # Answers that do not fit at the chosen size go on pages (never smaller text, never off the
    # screen), with only the page buttons under them: more buttons in that row would wrap their
    # labels at 200 % and leave no room for an answer
    scene.set_buttons(scene.answer_column(items, area.left, top, area.width, area.bottom, extra=choice,
                                          page_top=area.top + status_height(scene, area.width)))


def side_boxes(scene, area: pygame.Rect, heading: str, items, change) -> tuple[pygame.Rect, pygame.Rect]:
    """Side by side: the clip box and the panel for the question. Answers too long to fit beside
    the clip at its usual size get a wider panel, the clip narrowing down to the least the
    feedback shows it at (it can be magnified), before they go on pages of their own."""
    ctx, gap = scene.ctx, scene.ctx.theme.gap
    clip_box, panel = side_by_side(area, scale=ctx.text.scale)
    smallest = area.width * SIDE_CLIP_MIN // 100
    for width in [clip_box.width, *range(clip_box.width - 24, smallest, -24), smallest]:
        narrower = pygame.Rect(clip_box.left, clip_box.top, width, width * 9 // 16)
        wider = pygame.Rect(narrower.right + panel.left - clip_box.right, panel.top,
                            panel.right - narrower.right - (panel.left - clip_box.right), panel.height)
        if not one_line(scene, clip_row(scene, pygame.Rect(narrower.left, area.top, width, area.height),
                                        clip_items(scene))):
            break   # (the clip's own buttons under it would wrap their labels)
        top = wider.top + heading_height(scene, heading, wider.width)
        row = button_row(ctx, wider, change) if change else []
        if fits(scene, items, top, wider.width, above(row, wider, gap)):
            return narrower, wider
    return clip_box, panel


def one_line(scene, buttons) -> bool:
    """Whether every button's label fits on one line."""
    text = scene.ctx.text
    return all(len(text.wrap(b.label, b.size, b.label_width(text))) == 1 for b in buttons)


def draw(scene, surface, area: pygame.Rect) -> None:
    ctx = scene.ctx
    heading, _ = question(scene)
    caption = text_in(scene.round.scenario.clip.caption, ctx.lang)
    if not scene.stacked:
        clip_box, panel = scene.side_boxes or side_by_side(area, scale=ctx.text.scale)
        draw_clip(scene, surface, clip_box)
        draw_under_clip(scene, surface, under_clip(scene, area, clip_box))
        if scene.list_page == 0:   # (later pages of answers that did not fit: the answers alone)
            ctx.text.draw_block(surface, heading, panel, ctx.theme.heading, ctx.theme.text, bold=True)
        else:
            ctx.text.draw_block(surface, scene.t("round.answers_continued"), panel, ctx.theme.small, ctx.theme.muted)
    elif scene.watching and has_watch_page(scene):
        draw_watch_page(scene, surface, area, [Section(scene.status_line(), "small", "focus", False, 2),
                                               Section(caption, "small", "muted")],
                        clip_words(ctx, scene.round.scenario, scene.clip))
    elif scene.list_page == 0:   # (later pages of answers that did not fit: the answers alone)
        ctx.text.draw_block(surface, heading, area, question_size(scene), ctx.theme.text, bold=True)
    else:
        ctx.text.draw_block(surface, scene.t("round.answers_continued"), area, ctx.theme.small, ctx.theme.muted)


def draw_under_clip(scene, surface, rect: pygame.Rect) -> None:
    """Side by side, under the clip: what the clip is, then its words (the line said now; all of
    them, as far as they fit, once it has ended or is paused)."""
    ctx, scenario = scene.ctx, scene.round.scenario
    words = clip_words(ctx, scenario, scene.clip)
    draw_sections(surface, ctx, under(ctx, [description(ctx, scenario)], words, rect.width, rect.height), rect)
