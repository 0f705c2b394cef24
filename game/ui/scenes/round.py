"""Playing a round: the clip, the real/fake call, confidence, actions, feedback, rights.

The round's state lives in ``game.core.round.Round``; this scene shows it and
passes the player's choices in. Each answer is stored the moment it is given.
"""
from __future__ import annotations

import sys

import pygame

from game.core.models import text_in
from game.core.round import Round
from game.core.vocab import CONFIDENCE_LEVELS, MOVES, OUTCOMES, RED_FLAGS
from game.media.clips import open_clip
from game.ui.callview import CallView
from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections
from game.ui.widgets import Button, fit_height


class RoundScene(Scene):
    name = "round"

    def __init__(self, app, pack, scenarios, kind: str = "practice", round_id: int | None = None):
        """A round of ``scenarios``; with ``round_id``, the rest of a round left another day."""
        super().__init__(app)
        self.pack = pack
        self.round = Round(pack.info.id, scenarios)
        self.kind = kind
        self.round_id = round_id or self.ctx.store.start_round(self.ctx.profile, pack.info.id, kind)
        self.attempt_id = None
        self.page = ""          # feedback has two pages: verdict, advice
        self.card = 0           # which rights card is shown
        self.clip = None
        self.callview = None
        self.clip_error = ""
        self._open_clip()

    # --- clip ---

    def _open_clip(self) -> None:
        self.close_clip()
        scenario = self.round.scenario
        self.clip_error = ""
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

    def update(self, dt: float) -> None:
        if self.clip is not None:
            self.clip.update(dt)
        if self.callview is not None:
            self.callview.update(dt)

    # --- layout ---

    def status_line(self) -> str:
        if self.round.finished:
            return ""
        return self.t("round.progress", i=self.round.index + 1, n=len(self.round.scenarios))

    def screen_key(self) -> str:
        key = f"round-{self.round.index:02d}-{self.round.step}{self.page}-q{self.round.question_index}-c{self.card}"
        if self.round.step == "call":
            call = self.callview.call
            key += "-ringing" if call.ringing else f"-{len(call.path)}-{call.node_id}"
        return key

    def _areas(self):
        area = content_rect(self.ctx)
        clip_w = int(area.width * 0.55)
        clip_box = pygame.Rect(area.left, area.top, clip_w, int(clip_w * 9 / 16))
        panel = pygame.Rect(clip_box.right + 28, area.top, area.right - clip_box.right - 28, area.height)
        return area, clip_box, panel

    def layout(self) -> None:
        if self.round.finished:
            return
        area, clip_box, panel = self._areas()
        step = self.round.step
        scenario = self.round.scenario
        lang = self.ctx.lang
        focus_id = None
        if step == "call":
            self._layout_call(area, clip_box, panel)
            return
        if step == "judge":
            items = [("real", self.t("judge.real")), ("manipulated", self.t("judge.manipulated"))]
            top = panel.top + self._heading_height(self.t("judge.question"), panel)
        elif step == "confidence":
            items = [(level, self.t(f"confidence.{level}")) for level in CONFIDENCE_LEVELS]
            top = panel.top + self._heading_height(self.t("confidence.question"), panel)
        elif step == "action":
            question = scenario.actions[self.round.question_index]
            items = [(f"option:{i}", text_in(o.text, lang)) for i, o in enumerate(question.options)]
            top = panel.top + self._heading_height(text_in(question.prompt, lang), panel)
        else:
            items = [("continue", self._continue_label())]
            top = area.bottom - self.ctx.theme.button_min_height
            focus_id = "continue"
        width = panel.width if step in ("judge", "confidence", "action") else min(420, panel.width)
        left = panel.left if step in ("judge", "confidence", "action") else area.right - width
        buttons = self.column_buttons(items, left, top, width, numbered=step in ("judge", "confidence", "action"))
        buttons += self._clip_buttons(clip_box, area)
        self.set_buttons(buttons, focus_id)

    def _layout_call(self, area, clip_box, panel) -> None:
        view = self.callview
        items = view.choices() or [("call:end", self.t("nav.continue"))]
        top = panel.top + self._heading_height(view.heading(), panel)
        if view.call.finished:
            top = area.bottom - self.ctx.theme.button_min_height
        buttons = self.column_buttons(items, panel.left, top, panel.width, numbered=True)
        if not view.call.ringing:
            size = self.ctx.theme.small + 2
            label = self.t("call.replay_line")
            width = clip_box.width // 2
            height = fit_height(self.ctx.text, label, width, size, False, self.ctx.theme.button_min_height)
            buttons.append(Button("replay", label, pygame.Rect(clip_box.left, area.bottom - height, width, height),
                                  None, "quiet", size))
        for button in buttons:
            if button.id == "call:answer":
                button.style = "good"
            elif button.id == "call:decline":
                button.style = "bad"
        self.set_buttons(buttons, "call:end" if view.call.finished else buttons[0].id)

    def _heading_height(self, text: str, panel: pygame.Rect) -> int:
        size = self.ctx.theme.heading
        return self.ctx.text.block_height(text, size, panel.width, True) + 20

    def _clip_buttons(self, clip_box, area) -> list[Button]:
        if self.round.step not in ("judge", "confidence", "action") or self.clip is None or not self.clip.seconds:
            return []
        labels = [("replay", f"{self.t('clip.replay')} (R)"),
                  ("pause", f"{self.t('clip.pause')}/{self.t('clip.play')} (P)")]
        size, left, buttons = self.ctx.theme.small + 2, clip_box.left, []
        width = (clip_box.width - self.ctx.theme.gap) // 2
        for button_id, label in labels:
            height = fit_height(self.ctx.text, label, width, size, False, self.ctx.theme.button_min_height)
            buttons.append(Button(button_id, label, pygame.Rect(left, area.bottom - height, width, height),
                                  None, "quiet", size))
            left += width + self.ctx.theme.gap
        return buttons

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
        if step == "call" and button_id == "call:end":
            self.callview.stop()
            self.round.end_call(self.callview.call.outcome, self.callview.call.score)
        elif step == "call" and button_id.startswith("call:"):
            self.callview.activate(button_id)
        elif button_id == "replay":
            self.replay()
        elif button_id == "pause":
            self.pause()
        elif step == "judge":
            self.round.judge(button_id)
        elif step == "confidence":
            answer = self.round.set_confidence(button_id, self.ctx.time)
            self._store_judgement()
            if answer is not None:   # a call with no follow-up question
                self.ctx.store.record_actions(self.attempt_id, [], [], True, self.round.elapsed(self.ctx.time),
                                              self.round.call_outcome, self._call_moves())
                self.page = "verdict"
        elif step == "action":
            self._choose_action(int(button_id.split(":")[1]))
        elif button_id == "continue":
            self._continue()
        self.layout()

    def _store_judgement(self) -> None:
        scenario = self.round.scenario
        self.attempt_id = self.ctx.store.record_judgement(
            self.round_id, self.ctx.profile, self.pack.info.id, scenario.id, scenario.truth,
            self.round.judgement, self.round.confidence, self.round.elapsed(self.ctx.time))

    def _choose_action(self, option: int) -> None:
        answer = self.round.choose_action(option, self.ctx.time)
        chosen = self.round.chosen_options
        questions = self.round.scenario.actions
        safe = [questions[i].options[o].safe for i, o in enumerate(chosen)]
        self.ctx.store.record_actions(self.attempt_id, chosen, safe, answer is not None,
                                      self.round.elapsed(self.ctx.time), self.round.call_outcome, self._call_moves())
        if answer is not None:
            self.page = "verdict"
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
            from game.ui.scenes.results import ResultsScene

            self.ctx.store.finish_round(self.round_id)
            self.close_clip()
            self.app.replace(ResultsScene(self.app, self.pack, self.round))
            return
        self._open_clip()

    def back(self) -> None:
        """Esc asks first: leaving by accident must not end a round."""
        from game.ui.scenes.confirm import ConfirmScene

        self.pause_for_overlay()
        self.app.push(ConfirmScene(self.app, "confirm.leave_round", "confirm.yes_leave", "confirm.no_stay"))

    def pause_for_overlay(self) -> None:
        """Stop sound while another screen is on top."""
        if self.clip is not None and self.clip.playing:
            self.clip.toggle_pause()
        if self.callview is not None:
            self.callview.stop_sounds()

    def resume(self, result) -> None:
        if result == "yes":
            self.close_clip()
            self.app.pop(None)
            return
        self.layout()

    def demo_choice(self, rng):
        step = self.round.step
        if step == "call" and self.callview.call.finished:
            return "call:end"
        if step in ("judge", "confidence", "action", "call"):
            numbered = self.numbered()
            return rng.choice(numbered).id if numbered else None
        return "continue"

    # --- drawing ---

    def draw_content(self, surface) -> None:
        if self.round.finished:
            return
        area, clip_box, panel = self._areas()
        step = self.round.step
        if step == "rights":
            self._draw_rights(surface, area)
            return
        picture = self._draw_clip(surface, clip_box)
        if step == "call":
            self._draw_call(surface, clip_box, panel, area)
        elif step == "feedback" and self.page == "verdict":
            self._draw_tells(surface, picture, clip_box, area)
            draw_sections(surface, self.ctx, self._verdict_sections(), panel.inflate(0, -70).move(0, -35))
        elif step == "feedback":
            draw_sections(surface, self.ctx, self._advice_sections(), panel.inflate(0, -70).move(0, -35))
        else:
            self._draw_caption(surface, clip_box, area)
            self._draw_question(surface, panel)

    def _draw_clip(self, surface, clip_box):
        pygame.draw.rect(surface, (0, 0, 0), clip_box)
        if self.callview is not None:
            return self.callview.draw(surface, clip_box) and None
        if self.clip is not None:
            return self.clip.draw(surface, clip_box)
        self.ctx.text.draw_block(surface, self.clip_error, clip_box.inflate(-40, -40), self.ctx.theme.body,
                                 self.ctx.theme.bad, align="center")
        return None

    def _draw_call(self, surface, clip_box, panel, area) -> None:
        view = self.callview
        box = pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width,
                          area.bottom - clip_box.bottom - 20 - self.ctx.theme.button_min_height)
        caption = view.caption() or text_in(self.round.scenario.clip.caption, self.ctx.lang)
        draw_sections(surface, self.ctx, [Section(caption, "body", "text")], box)
        if view.call.finished:
            label, why = view.ending()
            good = view.call.score >= 1.0
            sections = [Section(self.t("call.ended"), "heading", "text", True),
                        Section(label, "heading", "good" if good else "bad", True), Section(why, "body")]
            draw_sections(surface, self.ctx, sections, pygame.Rect(panel.left, panel.top, panel.width,
                          panel.height - self.ctx.theme.button_min_height - 20))
        else:
            self.ctx.text.draw_block(surface, view.heading(), panel, self.ctx.theme.heading, self.ctx.theme.text, bold=True)

    def _draw_caption(self, surface, clip_box, area) -> None:
        caption = text_in(self.round.scenario.clip.caption, self.ctx.lang)
        if caption:
            box = pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width,
                              area.bottom - clip_box.bottom - 20 - self.ctx.theme.button_min_height)
            draw_sections(surface, self.ctx, [Section(caption, "small", "muted")], box)

    def _draw_question(self, surface, panel) -> None:
        step = self.round.step
        if step == "judge":
            heading = self.t("judge.question")
        elif step == "confidence":
            heading = self.t("confidence.question")
        else:
            heading = text_in(self.round.scenario.actions[self.round.question_index].prompt, self.ctx.lang)
        self.ctx.text.draw_block(surface, heading, pygame.Rect(panel.left, panel.top, panel.width, panel.height),
                                 self.ctx.theme.heading, self.ctx.theme.text, bold=True)
        if self.buttons and self.buttons[-1].rect.bottom > panel.bottom + 4:
            self.ctx.text.note_overflow(f"buttons below panel: {heading[:30]}")

    def _draw_tells(self, surface, picture, clip_box, area) -> None:
        scenario, theme = self.round.scenario, self.ctx.theme
        if picture is not None and self.clip is not None:
            media_w, media_h = self.clip.size
            scale_x, scale_y = picture.width / media_w, picture.height / media_h
            for number, tell in enumerate(scenario.tells, 1):
                if tell.region:
                    x, y, w, h = tell.region
                    rect = pygame.Rect(picture.left + x * scale_x, picture.top + y * scale_y, w * scale_x, h * scale_y)
                    pygame.draw.rect(surface, theme.tell, rect, width=4, border_radius=6)
                    badge = self.ctx.text.line(str(number), theme.body, (0, 0, 0), bold=True)
                    back = badge.get_rect(topleft=(rect.left + 4, rect.top + 4)).inflate(12, 4)
                    pygame.draw.rect(surface, theme.tell, back, border_radius=6)
                    surface.blit(badge, badge.get_rect(center=back.center))
        heading = self.t(f"feedback.tells.{scenario.truth}")
        sections = [Section(heading, "body", "focus", True, 6)]
        for number, tell in enumerate(scenario.tells, 1):
            moment = f" ({tell.at[0]:.1f}s)" if tell.at else ""
            sections.append(Section(f"{number}. {text_in(tell.text, self.ctx.lang)}{moment}", "small", "text", False, 4))
        box = pygame.Rect(clip_box.left, clip_box.bottom + 10, clip_box.width,
                          area.bottom - clip_box.bottom - self.ctx.theme.button_min_height - 20)
        draw_sections(surface, self.ctx, sections, box)

    def _verdict_sections(self) -> list[Section]:
        answer, scenario, lang = self.round.current_answer, self.round.scenario, self.ctx.lang
        right = answer.judged_right
        flags = [text_in_dict(RED_FLAGS.get(f, {}), lang) or f for f in scenario.pattern]
        ended = []
        if answer.call_outcome:
            label = text_in_dict(OUTCOMES.get(answer.call_outcome, {}), lang)
            ended = [Section(f"{self.t('call.ended')}: {label}", "body", "good" if answer.call_score >= 1 else "bad", True)]
        return ended + [
            Section(self.t("feedback.right" if right else "feedback.wrong"), "heading", "good" if right else "bad", True),
            Section(self.t(f"feedback.truth.{scenario.truth}"), "body", "text", True),
            Section(text_in(scenario.explanation, lang), "body"),
            Section(self.t("feedback.pattern"), "body", "focus", True, 4),
            Section("、".join(flags) if lang == "zh" else "; ".join(flags), "body") if flags
            else Section(self.t("feedback.no_pattern"), "body"),
        ]

    def _advice_sections(self) -> list[Section]:
        scenario, lang = self.round.scenario, self.ctx.lang
        sections = self._call_advice() if self.callview is not None else []
        for question, chosen in zip(scenario.actions, self.round.chosen_options):
            option = question.options[chosen]
            sections.append(Section(text_in(question.prompt, lang), "body", "muted", True, 4))
            key = "feedback.your_action.safe" if option.safe else "feedback.your_action.unsafe"
            sections.append(Section(self.t(key), "body", "good" if option.safe else "bad", True, 2))
            sections.append(Section(f"{text_in(option.text, lang)} — {text_in(option.why, lang)}", "body"))
            if not option.safe:
                best = next(o for o in question.options if o.safe)
                sections.append(Section(self.t("feedback.safe_action"), "body", "good", True, 2))
                sections.append(Section(f"{text_in(best.text, lang)} — {text_in(best.why, lang)}", "body"))
        return sections

    def _call_advice(self) -> list[Section]:
        """What the player did on the call, and what that ending teaches."""
        call, lang = self.callview.call, self.ctx.lang
        moves = [text_in_dict(MOVES.get(m, {}), lang) for m in call.moves if m in MOVES]
        label, why = self.callview.ending()
        good = call.score >= 1.0
        joined = " → ".join(moves) if moves else self.t("call.decline")
        sections = [Section(self.t("call.your_moves"), "body", "muted", True, 2), Section(joined, "body"),
                    Section(label, "body", "good" if good else "bad", True, 2), Section(why, "body")]
        if not good:
            sections.append(Section(self.t("results.habit"), "body", "focus"))
        return sections

    def _draw_rights(self, surface, area) -> None:
        scenario, lang = self.round.scenario, self.ctx.lang
        card = self.ctx.rights.get(scenario.rights[self.card])
        if card is None:
            return
        box = pygame.Rect(area.left, area.top, area.width, area.height - self.ctx.theme.button_min_height - 16)
        pygame.draw.rect(surface, self.ctx.theme.panel, box, border_radius=14)
        count = self.t("rights.more", i=self.card + 1, n=len(scenario.rights))
        sections = [
            Section(f"{self.t('rights.heading')} · {count}", "small", "muted", False, 4),
            Section(text_in(card.title, lang), "heading", "focus", True, 4),
            Section(f"{text_in(card.law, lang)} {text_in(card.article, lang)}", "small", "muted", False, 10),
            Section(text_in(card.summary, lang), "body"),
            Section(self.t("rights.you_can"), "body", "good", True, 2),
            Section(text_in(card.you_can, lang), "body"),
            Section(self.t("rights.report"), "body", "good", True, 2),
            Section(text_in(card.report, lang), "body"),
            Section(f"{self.t('rights.source', source=card.source)} · {self.t('rights.status.' + card.status)}",
                    "small", "muted", False, 0),
        ]
        draw_sections(surface, self.ctx, sections, box.inflate(-48, -36))


def text_in_dict(labels: dict, lang: str) -> str:
    return labels.get(lang) or labels.get("en", "")


def review_round(app):
    """A round of the scenarios this player last got wrong, or None if there are none."""
    ctx = app.ctx
    missed = ctx.store.missed(ctx.profile)
    for pack in ctx.packs():
        wanted = {sid for pid, sid in missed if pid == pack.info.id}
        scenarios = [s for s in pack.scenarios if s.id in wanted]
        if scenarios:
            return RoundScene(app, pack, scenarios, kind="review")
    ctx.notify("review.none")
    return None
