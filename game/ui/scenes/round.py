"""Playing a round: the clip, the real/fake call, confidence, actions, feedback, rights.

The round's state lives in ``game.core.round.Round``; this scene shows it and
passes the player's choices in. Each answer is stored the moment it is given.
At the end it finishes with the played ``Round``; leaving early finishes with None.
Where things go is in ``game.ui.roundlayout``; what the feedback says, in
``game.ui.roundtext``.
"""
from __future__ import annotations

import sys

import pygame

from game.core.models import text_in
from game.core.round import Round
from game.core.vocab import CONFIDENCE_LEVELS
from game.media.clips import open_clip
from game.ui import roundtext
from game.ui.callview import CallView
from game.ui.chrome import content_rect
from game.ui.roundlayout import STACKED_FROM, Page, picture_box, side_by_side
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections, paginate_snug, sections_height
from game.ui.widgets import Button, above, button_row, id_value

QUESTION_STEPS = ("judge", "confidence", "action")


class RoundScene(Scene):
    name = "round"

    def __init__(self, app, pack, scenarios, kind: str = "practice", round_id: int | None = None):
        """A round of ``scenarios``; with ``round_id``, the rest of a round left another day."""
        super().__init__(app)
        self.pack = pack
        self.kind = kind
        self.round = Round(pack.info.id, scenarios, with_feedback=not self.is_check,
                           order_key=f"player-{getattr(self.ctx.profile, 'id', self.ctx.profile)}")
        self.round_id = round_id   # a new round is recorded when the scene is shown (enter)
        self.attempt_id = None
        self.page = ""          # feedback has two parts: verdict, advice
        self.card = 0           # which rights card is shown
        self.pages: list[Page] = []
        self.page_no = 0        # which page of a long text is shown
        self.watching = True    # stacked layout: the clip (or call) on its own page
        self.reminder = True    # stacked call: what was said, repeated above the replies
        self.clip = None
        self.callview = None
        self.clip_error = ""
        self._asked = None      # the question last laid out: (scenario, step, question)

    def enter(self) -> None:
        """On screen now: record the round and start the first clip, so its sound starts at 0
        and the answer time counts from here, not from behind a 'preparing voices' screen."""
        if self.round_id is None:
            self.round_id = self.ctx.store.start_round(self.ctx.profile, self.pack.info.id, self.kind)
        self._open_clip()

    @property
    def is_check(self) -> bool:
        """A learning-check test: no feedback until the end, and its own results."""
        return self.kind in ("pre", "post")

    @property
    def stacked(self) -> bool:
        return self.ctx.text.scale >= STACKED_FROM

    # --- clip ---

    def _open_clip(self) -> None:
        self.close_clip()
        scenario = self.round.scenario
        self.clip_error = ""
        self.watching, self.page_no = True, 0
        if scenario.clip.kind == "call":
            self.callview = CallView(self.ctx, self.pack, scenario)
            self.round.begin(self.ctx.time)
            return
        try:
            self.clip = open_clip(self.pack.folder, scenario.clip, self.ctx.media, self.ctx.sound)
            start = getattr(self.clip, "start", None)
            if start:
                start()
        except Exception as err:  # a file damaged after validation: say so, keep playing
            print(f"clip {scenario.clip.file}: {err}", file=sys.stderr)
            self.clip = None
            self.clip_error = self.t("clip.missing", name=scenario.clip.file)
        self.round.begin(self.ctx.time)

    def close_clip(self) -> None:
        if self.callview is not None:
            self.callview.stop()
            self.callview = None
        if self.clip is not None:
            getattr(self.clip, "close", self.clip.stop)()
            self.clip = None

    def leave(self) -> None:
        self.close_clip()

    def replay(self) -> None:
        if self.callview is not None:
            self.callview.replay()
        if self.clip is not None:
            self.clip.replay()

    def pause(self) -> None:
        if self.clip is not None:
            self.clip.toggle_pause()

    def animating(self) -> bool:
        clip = self.clip is not None and self.clip.playing and bool(self.clip.seconds)
        return clip or (self.callview is not None and not self.callview.call.finished)

    def update(self, dt: float) -> None:
        if self.clip is not None:
            playing = self.clip.playing
            self.clip.update(dt)
            if playing != self.clip.playing:
                self.layout()   # the pause button says Play once the clip stops
        if self.callview is not None:
            self.callview.update(dt)

    # --- what is on screen ---

    def status_line(self) -> str:
        if self.round.finished:
            return ""
        key = "check.progress" if self.is_check else "round.progress"
        return self.t(key, i=self.round.index + 1, n=len(self.round.scenarios))

    def screen_key(self) -> str:
        key = f"round-{self.round.index:02d}-{self.round.step}{self.page}-q{self.round.question_index}-c{self.card}"
        if self.round.step == "call":
            call = self.callview.call
            key += "-ringing" if call.ringing else f"-{len(call.path)}-{call.node_id}"
        if self.stacked and self.watching and self._has_watch_page():
            key += "-watch"
        return key + (f"-p{self.page_no + 1}" if len(self.pages) > 1 else "")

    def _has_watch_page(self) -> bool:
        """Stacked, a clip is shown on a page of its own before its question."""
        step = self.round.step
        if step == "call":
            view = self.callview
            return not view.call.ringing and not view.call.finished
        return step in QUESTION_STEPS and self.clip is not None and self.callview is None

    def _question(self) -> tuple[str, list[tuple[str, str]]]:
        step, lang = self.round.step, self.ctx.lang
        if step == "judge":
            return self._judge_question(), [("real", self.t("judge.real")),
                                              ("manipulated", self.t("judge.manipulated"))]
        if step == "confidence":
            return self.t("confidence.question"), [(level, self.t(f"confidence.{level}")) for level in CONFIDENCE_LEVELS]
        question = self.round.scenario.actions[self.round.question_index]
        return text_in(question.prompt, lang), [(f"option:{i}", text_in(o.text, lang))
                                                for i, o in enumerate(question.options)]

    def _judge_question(self) -> str:
        """After a call that reached someone else (a call-back), the question names the first caller."""
        caller = self.callview.shown if self.callview is not None else None
        if caller is None:
            return self.t("judge.question")
        return self.t("judge.question_caller", name=text_in(caller.name, self.ctx.lang),
                      number=caller.number or self.t("call.unknown"))

    # --- layout ---

    def layout(self) -> None:
        if self.round.finished:
            return
        area = content_rect(self.ctx)
        step = self.round.step
        self.pages = []
        if step == "call":
            self._layout_call(area)
        elif step in QUESTION_STEPS:
            self._layout_question(area)
        else:
            self._layout_pages(area)

    def _question_size(self) -> int:
        """Stacked, the question is a little smaller than a heading, to leave room for its options."""
        return self.ctx.theme.body + 4 if self.stacked else self.ctx.theme.heading

    def _heading_height(self, text: str, width: int) -> int:
        return self.ctx.text.block_height(text, self._question_size(), width, True) + 16

    def _layout_question(self, area) -> None:
        heading, items = self._question()
        asked = (self.round.index, self.round.step, self.round.question_index, self.watching)
        if asked != self._asked:     # a new question: no answer is focused (issue: Enter gave answers)
            self._asked = asked
            self.clear_focus()
        if not self.stacked:
            clip_box, panel = side_by_side(area, scale=self.ctx.text.scale)
            top = panel.top + self._heading_height(heading, panel.width)
            buttons = self.fitted_column(items, panel.left, top, panel.width, panel.bottom)
            self.set_buttons(buttons + self._clip_buttons(clip_box, area))
            return
        if self.watching and self._has_watch_page():
            row = button_row(self.ctx, area, self._clip_items() + [("to_question", self.t("nav.continue"), "normal")])
            self.set_buttons(row, "to_question")
            return
        row = button_row(self.ctx, area, [("watch", self.t("round.play_again"), "quiet")]) if self._has_watch_page() else []
        top = area.top + self._heading_height(heading, area.width)
        if not self._fits(items, top, area.width, above(row, area, self.ctx.theme.gap)):
            row = []   # long options come first; R still plays the clip again
        buttons = self.fitted_column(items, area.left, top, area.width, above(row, area, self.ctx.theme.gap))
        self.set_buttons(buttons + row)

    def _fits(self, items, top: int, width: int, bottom: int) -> bool:
        smallest = self.ctx.theme.body * 3 // 4
        column = self.column_buttons(items, 0, top, width, size=smallest)
        return not column or column[-1].rect.bottom <= bottom

    def _clip_items(self) -> list[tuple[str, str, str]]:
        if self.clip is None or not self.clip.seconds:
            return []
        pause = self.t("clip.pause" if self.clip.playing else "clip.play")
        return [("replay", f"{self.t('clip.replay')} (R)", "quiet"), ("pause", f"{pause} (P)", "quiet")]

    def _clip_buttons(self, clip_box, area) -> list[Button]:
        """Replay and pause under the clip, side by side."""
        if self.round.step not in QUESTION_STEPS:
            return []
        below = pygame.Rect(clip_box.left, area.top, clip_box.width, area.height)
        return button_row(self.ctx, below, self._clip_items()) if self._clip_items() else []

    def _layout_call(self, area) -> None:
        view = self.callview
        call = view.call
        if call.finished:
            self._layout_pages(area)
            return
        if not self.stacked:
            clip_box, panel = side_by_side(area, scale=self.ctx.text.scale)
            top = panel.top + self._heading_height(view.heading(), panel.width)
            buttons = self.fitted_column(view.choices(), panel.left, top, panel.width, panel.bottom)
            if not call.ringing:
                buttons += button_row(self.ctx, pygame.Rect(clip_box.left, area.top, clip_box.width // 2, area.height),
                                   [("replay", self.t("call.replay_line"), "quiet")])
        elif call.ringing:
            buttons = button_row(self.ctx, area, [(i, label, "normal") for i, label in view.choices()], numbered=True)
        elif self.watching:
            buttons = button_row(self.ctx, area, [("replay", self.t("call.replay_line"), "quiet"),
                                               ("call:reply", self.t("call.reply"), "normal")])
        else:
            row = button_row(self.ctx, area, [("call:listen", self.t("call.replay_line"), "quiet")])
            self.reminder = True
            top = area.top + self._call_reminder_height(area.width)
            if not self._fits(view.choices(), top, area.width, above(row, area, self.ctx.theme.gap)):
                row = []   # R still says it again
            if not self._fits(view.choices(), top, area.width, area.bottom):
                self.reminder = False   # the listening page just showed what was said
                top = area.top + self._call_reminder_height(area.width)
            buttons = self.fitted_column(view.choices(), area.left, top, area.width, above(row, area, self.ctx.theme.gap))
            buttons += row
        for button in buttons:
            if button.id == "call:answer":
                button.style = "good"
            elif button.id == "call:decline":
                button.style = "bad"
        focus = "call:reply" if any(b.id == "call:reply" for b in buttons) else buttons[0].id
        self.set_buttons(buttons, focus)

    def _call_reminder(self) -> list[Section]:
        """Above the reply choices: the last thing said, then the question."""
        caption = self.callview.caption() if self.reminder else ""
        return [Section(caption, "small", "muted", False, 6), Section(self.callview.heading(), "body", "text", True, 10)]

    def _call_reminder_height(self, width: int) -> int:
        return sections_height(self.ctx.text, self._call_reminder(), width, self.ctx.theme.body) + 10

    # --- pages of feedback ---

    def _layout_pages(self, area) -> None:
        """Feedback, rights and a call's ending, split into pages that fit at the chosen size."""
        final = self._final_button()
        row = button_row(self.ctx, area, [("prev_page", self.t("nav.prev_page"), "quiet"), final])
        self.pages = self._pages(area, above(row, area, self.ctx.theme.gap + 6))
        self.page_no = min(self.page_no, len(self.pages) - 1)
        items = [("prev_page", self.t("nav.prev_page"), "quiet")] if self.page_no > 0 else []
        if self.page_no + 1 < len(self.pages):
            items.append(("more", self.t("nav.more", i=self.page_no + 1, n=len(self.pages)), "normal"))
        else:
            items.append(final)
        self.set_buttons(button_row(self.ctx, area, items), items[-1][0])

    def _final_button(self) -> tuple[str, str, str]:
        if self.round.step == "call":
            return "call:end", self.t("nav.continue"), "normal"
        return "continue", self._continue_label(), "normal"

    def _pages(self, area, bottom: int) -> list[Page]:
        step, text, body = self.round.step, self.ctx.text, self.ctx.theme.body
        full = pygame.Rect(area.left, area.top, area.width, bottom - area.top)
        if step == "rights":
            card = self.ctx.rights.get(self.round.scenario.rights[self.card])
            sections = roundtext.rights_sections(self.ctx, card, self.card, len(self.round.scenario.rights)) if card else []
            inner = full.inflate(-48, -36)
            pages, size = paginate_snug(text, sections, inner.width, inner.height, body)
            return [Page(p, inner, card=True, body=size) for p in pages]
        if step == "call":
            sections = roundtext.call_ending_sections(self.ctx, self.callview)
        elif self.page == "verdict":
            sections = roundtext.verdict_sections(self.ctx, self.round)
        else:
            sections = roundtext.advice_sections(self.ctx, self.round, self.callview)
        if self.stacked:
            pages, size = paginate_snug(text, sections, full.width, full.height, body)
            pages = [Page(p, full, body=size) for p in pages]
            if step == "feedback" and self.page == "verdict":
                pages += self._tell_pages(full)
            return pages
        clip_box, panel = side_by_side(area, bottom, self.ctx.text.scale)
        tells = step == "feedback" and self.page == "verdict"
        side = roundtext.tell_sections(self.ctx, self.round.scenario) if tells else []
        side_rect = pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width, bottom - clip_box.bottom - 10)
        if sections_height(text, side, side_rect.width, body) > side_rect.height:
            sections, side = sections + side, []   # too long to go under the clip: paged with the rest
        pages, size = paginate_snug(text, sections, panel.width, panel.height, body)
        return [Page(p, panel, clip_box, tells, side, side_rect, body=size) for p in pages]

    def _tell_pages(self, full: pygame.Rect) -> list[Page]:
        """Stacked: the clip at its tell moment, with what to notice listed under it."""
        sections = roundtext.tell_sections(self.ctx, self.round.scenario)
        has_picture = self.clip is not None or self.callview is not None
        box = picture_box(full, full.height * 45 // 100) if has_picture else None
        top = box.bottom + 12 if box else full.top
        rect = pygame.Rect(full.left, top, full.width, full.bottom - top)
        pages, size = paginate_snug(self.ctx.text, sections, rect.width, rect.height, self.ctx.theme.body)
        return [Page(p, rect, box, True, body=size) for p in pages]

    def _continue_label(self) -> str:
        if self.round.step == "feedback":
            return self.t("nav.continue")
        if self.card + 1 < len(self.round.scenario.rights):
            return self.t("nav.next_card")
        last = self.round.index + 1 >= len(self.round.scenarios)
        return self.t("nav.results") if last else self.t("nav.next")

    # --- choices ---

    def activate(self, button_id: str) -> None:
        step = self.round.step
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
        elif button_id in ("to_question", "call:reply"):
            self.watching = False
        elif button_id in ("watch", "call:listen"):
            self.watching = True
            self.replay()
        elif step == "call" and button_id == "call:end":
            self.callview.stop()
            self.callview.show_caller_judged()
            self.round.end_call(self.callview.call.outcome, self.callview.call.score)
        elif step == "call" and button_id.startswith("call:"):
            self.callview.activate(button_id)
            self.watching = True
        elif button_id == "replay":
            self.replay()
        elif button_id == "pause":
            self.pause()
        elif step == "judge":
            self.round.judge(button_id)
        elif step == "confidence":
            self._choose_confidence(button_id)
        elif step == "action":
            self._choose_action(int(id_value(button_id, "option") or 0))
        elif button_id == "continue":
            self._continue()
        self.layout()

    def _choose_confidence(self, level: str) -> None:
        answer = self.round.set_confidence(level, self.ctx.time)
        self._store_judgement()
        if answer is not None:   # a call with no follow-up question
            self.ctx.store.record_actions(self.attempt_id, [], [], True, self.round.elapsed(self.ctx.time),
                                          self.round.call_outcome, self._call_moves())
            self._to_feedback()

    def _store_judgement(self) -> None:
        scenario = self.round.scenario
        self.attempt_id = self.ctx.store.record_judgement(
            self.round_id, self.ctx.profile, self.pack.info.id, scenario.id, scenario.truth,
            self.round.judgement, self.round.confidence, self.round.elapsed(self.ctx.time))

    def _choose_action(self, option: int) -> None:
        answer = self.round.choose_action(option, self.ctx.time)
        self.ctx.store.record_actions(self.attempt_id, self.round.chosen_options, self.round.chosen_safe,
                                      answer is not None, self.round.elapsed(self.ctx.time),
                                      self.round.call_outcome, self._call_moves())
        if answer is not None:
            self._to_feedback()

    def _to_feedback(self) -> None:
        if self.is_check:
            self._next_scenario()
            return
        self.page, self.page_no = "verdict", 0
        self._show_tell_moment()

    def _call_moves(self) -> list[str]:
        return list(self.callview.call.moves) if self.callview is not None else []

    def _show_tell_moment(self) -> None:
        if self.clip is None:
            return
        moments = [tell.at[0] for tell in self.round.scenario.tells if tell.at]
        if moments:
            self.clip.show_moment(moments[0])
        else:
            self.clip.stop()

    def _continue(self) -> None:
        self.page_no = 0
        if self.round.step == "feedback" and self.page == "verdict":
            self.page = "advice"
        elif self.round.step == "feedback":
            self.page, self.card = "", 0
            self.round.show_rights()
        elif self.card + 1 < len(self.round.scenario.rights):
            self.card += 1
        else:
            self._next_scenario()

    def _next_scenario(self) -> None:
        self.card = 0
        self.round.next(self.ctx.time)
        if self.round.finished:
            self.ctx.store.finish_round(self.round_id)
            self.close_clip()
            self.finish(self.round)
            return
        self._open_clip()

    def back(self) -> None:
        """Esc asks first: leaving by accident must not end a round."""
        self.pause_for_overlay()
        self.app.ask("confirm.leave_round", "confirm.yes_leave", "confirm.no_stay", self._leave_if)

    def _leave_if(self, yes: bool) -> None:
        if yes:
            self.close_clip()
            self.finish(None)

    def pause_for_overlay(self) -> None:
        """Stop sound while another screen is on top."""
        if self.clip is not None and self.clip.playing:
            self.clip.toggle_pause()
        if self.callview is not None:
            self.callview.stop_sounds()

    # --- drawing ---

    def draw_content(self, surface) -> None:
        if self.round.finished:
            return
        area = content_rect(self.ctx)
        step = self.round.step
        if self.pages:
            self._draw_page(surface, self.pages[self.page_no])
        elif step == "call":
            self._draw_call(surface, area)
        else:
            self._draw_question_step(surface, area)

    def _draw_clip(self, surface, clip_box):
        """The clip (or the call's pane) in ``clip_box``; returns where the picture landed."""
        pygame.draw.rect(surface, (0, 0, 0), clip_box)
        if self.callview is not None:
            return self.callview.draw(surface, clip_box) and None
        if self.clip is not None:
            return self.clip.draw(surface, clip_box)
        self.ctx.text.draw_block(surface, self.clip_error, clip_box.inflate(-40, -40), self.ctx.theme.body,
                                 self.ctx.theme.bad, align="center")
        return None

    def _text_bottom(self, area, column: pygame.Rect | None = None) -> int:
        """How far text may go down: above the buttons (of ``column`` only, if given)."""
        buttons = [b for b in self.buttons if column is None or b.rect.right <= column.right + 1]
        return above(buttons, area, self.ctx.theme.gap)

    def _under_clip(self, area, clip_box) -> pygame.Rect:
        bottom = self._text_bottom(area, clip_box)
        return pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width, bottom - clip_box.bottom - 10)

    def _draw_question_step(self, surface, area) -> None:
        heading, _ = self._question()
        caption = text_in(self.round.scenario.clip.caption, self.ctx.lang)
        if not self.stacked:
            clip_box, panel = side_by_side(area, scale=self.ctx.text.scale)
            self._draw_clip(surface, clip_box)
            draw_sections(surface, self.ctx, [Section(caption, "small", "muted")], self._under_clip(area, clip_box))
            self.ctx.text.draw_block(surface, heading, panel, self.ctx.theme.heading, self.ctx.theme.text, bold=True)
        elif self.watching and self._has_watch_page():
            self._draw_watch_page(surface, area, [Section(self.status_line(), "small", "focus", False, 2),
                                                  Section(caption, "small", "muted")])
        else:
            self.ctx.text.draw_block(surface, heading, area, self._question_size(), self.ctx.theme.text, bold=True)

    def _draw_watch_page(self, surface, area, sections: list[Section]) -> None:
        """Stacked: the clip as large as fits, with its caption under it."""
        bottom = self._text_bottom(area)
        text_h = sections_height(self.ctx.text, sections, area.width, self.ctx.theme.body)
        room = bottom - area.top
        box = picture_box(area, max(room * 2 // 5, room - text_h - 10))
        self._draw_clip(surface, box)
        below = pygame.Rect(area.left, box.bottom + 10, area.width, bottom - box.bottom - 10)
        draw_sections(surface, self.ctx, sections, below)

    def _draw_call(self, surface, area) -> None:
        view = self.callview
        caption = view.caption() or text_in(self.round.scenario.clip.caption, self.ctx.lang)
        if not self.stacked:
            clip_box, panel = side_by_side(area, scale=self.ctx.text.scale)
            self._draw_clip(surface, clip_box)
            draw_sections(surface, self.ctx, [Section(caption, "body", "text")], self._under_clip(area, clip_box))
            self.ctx.text.draw_block(surface, view.heading(), panel, self.ctx.theme.heading, self.ctx.theme.text,
                                     bold=True)
        elif view.call.ringing:
            self._draw_watch_page(surface, area, [Section(view.heading(), "body", "text", True, 4),
                                                  Section(caption, "small", "muted")])
        elif self.watching:
            self._draw_watch_page(surface, area, [Section(caption, "body", "text")])
        else:
            draw_sections(surface, self.ctx, self._call_reminder(), area, shrink=False)

    def _draw_page(self, surface, page: Page) -> None:
        if page.card:
            pygame.draw.rect(surface, self.ctx.theme.panel, page.rect.inflate(48, 36), border_radius=14)
        if page.clip_box is not None:
            picture = self._draw_clip(surface, page.clip_box)
            if page.tells:
                self._outline_tells(surface, picture)
        if page.side and page.side_rect is not None:
            draw_sections(surface, self.ctx, page.side, page.side_rect)
        draw_sections(surface, self.ctx, page.sections, page.rect, body=page.body)

    def _outline_tells(self, surface, picture) -> None:
        """Numbered boxes around each tell's region on the picture."""
        if picture is None or self.clip is None:
            return
        theme = self.ctx.theme
        media_w, media_h = self.clip.size
        scale_x, scale_y = picture.width / media_w, picture.height / media_h
        badge_size = theme.body   # the numbers stay small enough not to cover the picture
        while badge_size > 10 and self.ctx.text.line_height(badge_size, True) > max(24, picture.height // 7):
            badge_size -= 2
        for number, tell in enumerate(self.round.scenario.tells, 1):
            if not tell.region:
                continue
            x, y, w, h = tell.region
            rect = pygame.Rect(picture.left + x * scale_x, picture.top + y * scale_y, w * scale_x, h * scale_y)
            pygame.draw.rect(surface, theme.tell, rect, width=4, border_radius=6)
            badge = self.ctx.text.line(str(number), badge_size, (0, 0, 0), bold=True)
            back = _badge_place(badge.get_rect().inflate(12, 4), rect, picture)
            pygame.draw.rect(surface, theme.tell, back, border_radius=6)
            surface.blit(badge, badge.get_rect(center=back.center))


def _badge_place(badge: pygame.Rect, region: pygame.Rect, picture: pygame.Rect) -> pygame.Rect:
    """Where a tell's number goes: just outside the region's top-left corner, so it never hides
    a small region, moved inside the picture where the corner is at its edge."""
    placed = badge.copy()
    placed.bottomright = (region.left + badge.width // 3, region.top + badge.height // 3)
    if placed.left < picture.left or placed.top < picture.top:
        placed.topright = (region.left, region.top) if region.left - badge.width >= picture.left else \
            (region.right + badge.width, region.top)
    return placed.clamp(picture)

