"""Playing a round: the clip, the real/fake call, confidence, actions, feedback, rights.

The round's state lives in ``game.core.round.Round``; this scene shows it, passes the
player's choices in and stores each answer the moment it is given. At the end it finishes
with the played ``Round``; leaving early finishes with None. Each phase is laid out and
drawn by a module of its own: ``game.ui.roundquestion`` (judge, confidence, action),
``game.ui.roundcall`` (a call going on) and ``game.ui.roundpages`` (feedback and rights, kept
to a screen budget per scenario), on ``game.ui.roundlayout`` and ``game.ui.roundclip``.
"""
from __future__ import annotations

from game.core.cues import verdict
from game.core.round import Round
from game.ui import captions, roundcall, roundpages, roundquestion, roundtranscript
from game.ui.callview import CallView
from game.ui.captions import is_playing, transcript_of
from game.ui.chrome import content_rect
from game.ui.magnifier import Magnifier
from game.ui.roundclip import clip_shape, start_clip
from game.ui.roundlayout import QUESTION_STEPS, STACKED_FROM, Page, has_watch_page
from game.ui.scene import Scene
from game.ui.tells import numbered_regions
from game.ui.widgets import id_value


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
        self.plan = roundpages.Plan()   # how the feedback and rights are shown (roundpages)
        self.feedback: list[Page] = []  # the feedback's pages, as planned
        self.planned: tuple | None = None   # what they were planned for
        self.opened = ""        # a rights card (its id) or "full" (the explanation) opened from a line
        self.opened_from: list[tuple[str, int]] = []   # what was open, and its page, under it
        self.read_before: set[str] = set()   # rights cards the player had read when the feedback came
        self.marked: set[str] = set()        # rights cards marked read during this round
        self.screens = 0        # screens shown for the scenario on screen so far (see _count_screen)
        self.screens_before = 0   # ... before its feedback
        self.shown_key = ""
        self.pages: list[Page] = []
        self.page_no = 0        # which page of a long text is shown
        self.watching = True    # stacked layout: the clip (or call) on its own page
        self.reminder = True    # stacked call: what was said, repeated above the replies
        self.clip = None
        self.callview = None
        self.clip_error = ""
        self.asked = None       # the question last laid out: (scenario, step, question, watching)
        self.side_boxes = None  # side by side: that question's (clip box, panel), see roundquestion
        self.clip_shown = None  # where the clip was drawn in the last frame (a click there magnifies)
        self.transcript_open = False   # every word said, in place of the question (T)
        self.transcript_page = None   # the page of it on screen (game.ui.roundtranscript.Shown)

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
        self.watching, self.page_no, self.transcript_open, self.screens = True, 0, False, 0
        self.plan, self.planned = roundpages.Plan(), None
        if scenario.clip.kind == "call":
            self.callview, self.clip_error = CallView(self.ctx, self.pack, scenario), ""
        else:
            self.clip, self.clip_error = start_clip(self.ctx, self.pack, scenario)
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
            self.callview.replay(roundtranscript.chosen(self))
        if self.clip is not None:
            self.clip.replay()

    def pause(self) -> None:
        if self.clip is not None:
            self.clip.toggle_pause()

    def magnify(self) -> None:
        """The clip (or the call's pane) over the whole window, to zoom into. After the answer
        the tells are marked on it; during the question that would give the answer away."""
        if self.round.finished or (self.clip is None and self.callview is None):
            return
        answered = self.round.step in ("feedback", "rights")
        tells = numbered_regions(self.round.scenario.tells) if answered and self.clip is not None else []
        media = self.clip.size if self.clip is not None else None
        self.app.push(Magnifier(self.app, clip_shape(self), self.clip, self.callview, tells, media))

    def handle(self, intent) -> None:
        """Z, or a click on the clip (not on a button), magnifies; the rest as every screen."""
        if intent.kind == "magnify" or (intent.kind == "click" and self._on_clip(intent.value)):
            self.magnify()
        else:
            super().handle(intent)

    def _on_clip(self, pos) -> bool:
        """Whether ``pos`` is on the clip drawn last frame and not on a button over it."""
        return (self.clip_shown is not None and self.clip_shown.collidepoint(pos)
                and not any(b.rect.collidepoint(pos) for b in self.buttons))

    def transcript(self) -> None:
        roundtranscript.toggle(self)

    def undo(self) -> None:
        """Backspace works like "Change my answer", which at 200 % text may have no room."""
        if self.round.can_go_back and not roundtranscript.is_open(self):
            self.activate("change")

    def next_change(self) -> float | None:
        """The clip's next picture, the call's next step, or the clip's captions changing: the
        line said appears under the clip when it begins, not at the clip's next picture."""
        changes = [part.next_change() for part in (self.clip, self.callview) if part is not None]
        if not self.round.finished:
            changes.append(captions.next_change(self.clip, transcript_of(self.round.scenario)))
        return min((c for c in changes if c is not None), default=None)

    def update(self, dt: float) -> None:
        if self.clip is not None:
            playing = self.clip.playing
            self.clip.update(dt)
            if playing != self.clip.playing:
                self.layout()   # the pause button says Play once the clip stops
        if self.callview is not None:
            self.callview.update(dt)
        roundtranscript.follow_focus(self)

    # --- what is on screen ---

    def list_focus(self, pressed: str) -> int:
        """A new page of answers (or of the transcript): the focus stays on the page buttons, so
        a second Enter turns the page again rather than choose an answer the player has not read."""
        ids = [b.id for b in self.buttons]
        for wanted in (pressed, "list:prev", "list:next"):
            if wanted in ids:
                return ids.index(wanted)
        return 0

    def status_line(self) -> str:
        if self.round.finished:
            return ""
        key = "check.progress" if self.is_check else "round.progress"
        return self.t(key, i=self.round.index + 1, n=len(self.round.scenarios))

    def screen_key(self) -> str:
        key = self.place()
        if roundtranscript.is_open(self):
            return key + f"-transcript-p{self.list_page + 1}"
        if not self.round.finished and transcript_of(self.round.scenario) and not is_playing(self.clip):
            key += "-words"   # the clip has ended or paused: all its words are shown (and read)
        return key + self.page_part()

    def place(self) -> str:
        """Which screen of the round this is, without its page of text (``page_part``) and
        without what shows on it by itself (the words when the clip ends) or on request (T)."""
        key = f"round-{self.round.index:02d}-{self.round.step}-q{self.round.question_index}"
        if self.round.step == "call":
            call = self.callview.call
            key += "-ringing" if call.ringing else f"-{len(call.path)}-{call.node_id}"
        if self.stacked and self.watching and has_watch_page(self):
            key += "-watch"
        return key + (f"-open-{self.opened}" if self.opened else "")

    def page_part(self) -> str:
        if self.round.step in QUESTION_STEPS and self.list_page:   # a page of answers that did not fit on one
            return f"-a{self.list_page + 1}"
        return f"-p{self.page_no + 1}" if len(self.pages) > 1 else ""

    def counted_key(self) -> str:
        """The screen as counted towards the scenario's screen budget (roundpages.SCREEN_BUDGET):
        the words appearing when the clip ends and the transcript opened over it (T) are the
        same screen."""
        return self.place() + ("" if roundtranscript.is_open(self) else self.page_part())

    # --- layout and drawing: in the phase modules ---

    def layout(self) -> None:
        if self.round.finished:
            return
        area = content_rect(self.ctx)
        self.pages = []
        if roundtranscript.is_open(self):
            roundtranscript.layout(self, area)
        elif self.round.step == "call" and not self.callview.call.finished:
            roundcall.layout(self, area)
        elif self.round.step in QUESTION_STEPS:
            roundquestion.layout(self, area)
        else:   # feedback and rights
            roundpages.layout(self, area)
        self._count_screen()

    def _count_screen(self) -> None:
        """Each new screen of the scenario counts towards its budget (roundpages.SCREEN_BUDGET)."""
        key = self.counted_key()
        if key != self.shown_key:
            self.shown_key = key
            self.screens += 1

    def draw_content(self, surface) -> None:
        self.clip_shown = None   # set again where the clip is drawn (game.ui.roundclip.draw_clip)
        if self.round.finished:
            return
        area = content_rect(self.ctx)
        if self.pages:
            roundpages.draw(self, surface, self.pages[self.page_no])
        elif roundtranscript.is_open(self):
            roundtranscript.draw(self, surface, area)
        elif self.round.step == "call":
            roundcall.draw(self, surface, area)
        else:
            roundquestion.draw(self, surface, area)

    # --- choices ---

    def activate(self, button_id: str) -> None:
        step = self.round.step
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
        elif button_id in ("to_question", "call:reply"):
            self.watching = False
        elif button_id in ("watch", "call:listen"):
            self.watching, self.page_no = True, 0
            self.replay()
        elif button_id.startswith("call:said:") and self.callview is not None:
            self.callview.activate(button_id)   # a line chosen in the call's transcript, during or after it
            self.watching = self.watching or step == "call"
        elif step == "call" and button_id.startswith("call:"):
            self.callview.activate(button_id)
            self.watching = True
            if self.callview.call.finished:   # how it ended is told with the feedback
                self._end_call()
        elif button_id == "replay":
            self.replay()
        elif button_id == "pause":
            self.pause()
        elif button_id == "magnify":
            self.magnify()
        elif button_id == "change":
            self._change_answer()
        elif step == "judge":
            self.round.judge(button_id)
        elif step == "confidence":
            self._choose_confidence(button_id)
        elif step == "action":
            self._choose_action(int(id_value(button_id, "option") or 0))
        elif button_id == "continue":
            self._continue()
        elif button_id.startswith("card:") or button_id in ("list", "full", "close"):
            self._open(button_id)
        self.layout()

    def _end_call(self) -> None:
        self.callview.stop()
        self.callview.show_caller_judged()
        self.round.end_call(self.callview.call.outcome, self.callview.call.score)

    def _choose_confidence(self, level: str) -> None:
        answer = self.round.set_confidence(level, self.ctx.time)
        self._store_judgement()
        if answer is not None:   # a call with no follow-up question
            self._store_actions([], [], True)
            self._to_feedback()

    def _change_answer(self) -> None:
        """Change my answer: back to the previous question of this scenario. Its answer is
        dropped from the round and from the stored attempt, which the new answer completes."""
        self.round.back()
        if self.attempt_id is not None:
            self.ctx.store.change_judgement(self.attempt_id, self.round.judgement, self.round.confidence,
                                            self.round.elapsed(self.ctx.time))
            self._store_actions(self.round.chosen_options, self.round.chosen_safe, False)

    def _store_judgement(self) -> None:
        scenario = self.round.scenario
        if self.attempt_id is not None:   # answered again after "change my answer": the same attempt
            self.ctx.store.change_judgement(self.attempt_id, self.round.judgement, self.round.confidence,
                                            self.round.elapsed(self.ctx.time))
            return
        self.attempt_id = self.ctx.store.record_judgement(
            self.round_id, self.ctx.profile, self.pack.info.id, scenario.id, scenario.truth,
            self.round.judgement, self.round.confidence, self.round.elapsed(self.ctx.time))

    def _choose_action(self, option: int) -> None:
        answer = self.round.choose_action(option, self.ctx.time)
        self._store_actions(self.round.chosen_options, self.round.chosen_safe, answer is not None)
        if answer is not None:
            self._to_feedback()

    def _to_feedback(self) -> None:
        if self.is_check:
            self._next_scenario()
            return
        self.page_no, self.opened, self.opened_from, self.screens_before = 0, "", [], self.screens
        self.read_before = self.ctx.store.seen_rights(self.ctx.profile)
        roundpages.show_tell_moment(self)
        self.ctx.cue(verdict(self.round.current_answer))   # after the clip has stopped

    def _store_actions(self, options: list[int], safe: list[bool], done: bool) -> None:
        moves: list[str] = list(self.callview.call.moves) if self.callview is not None else []
        self.ctx.store.record_actions(self.attempt_id, options, safe, done, self.round.elapsed(self.ctx.time),
                                      self.round.call_outcome, moves)

    def _continue(self) -> None:
        """From the feedback to the rights screen, if it has one; from there, on."""
        self.page_no = 0
        if self.round.step == "feedback":
            self.round.show_rights()
            if roundpages.has_rights_screen(self):
                return
        self._next_scenario()

    def _open(self, button_id: str) -> None:
        """A rights card, the lines folded into one or the full explanation, opened from its line;
        Back returns to the page it was opened from."""
        if button_id == "close":
            self.opened, self.page_no = self.opened_from.pop() if self.opened_from else ("", 0)
        else:
            self.opened_from.append((self.opened, self.page_no))
            self.opened, self.page_no = id_value(button_id, "card") or button_id, 0

    def _next_scenario(self) -> None:
        self.attempt_id = None
        self.round.next(self.ctx.time)
        if self.round.finished:
            self.ctx.store.finish_round(self.round_id)
            self.close_clip()
            self.finish(self.round)
            return
        self._open_clip()

    def back(self) -> None:
        """Esc closes the transcript; otherwise it asks first: leaving by accident must not end a round."""
        if roundtranscript.is_open(self):
            self.transcript()
            return
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
