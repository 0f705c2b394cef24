"""A classroom round on the projector: the clip for the room, every team answers, reveal,
scoreboard, and a podium at the end.

The round's state is ``game.core.classroom.TeamRound``; this scene draws it and turns
keys into team answers. In team-keys mode each team answers on its own keys (team 1:
1 2 3 4 5, team 2: 6 7 8 9 0, team 3: Q W E R T ...); the last press counts and stays
hidden until the reveal. In teacher mode the teacher picks a team and types its answer.
With answer cards every pupil turns a printed card and the camera reads the room
(``game.ui.roomcards``): the grid lights each card number as it is read, with each team's
count, never what it says until the reveal; a team's points are its cards' mean (the
core's rule). If the camera stops, the teacher may type the answers for the rest of the round.

With answers on phones (``game.ui.roomphones``) a join screen with a QR code comes before
the first clip (and again with its button, or J outside the answer steps); each phone joins
a team and answers every answer step; the screen says how many joined and answered (never
what). Each phone is a member of its team: a team's points are the mean over its present
cards and phones (``TeamRound.take_phones``); a team with none keeps its own answer.
"""
from __future__ import annotations

from dataclasses import replace

import pygame

from game.core.cards import EDGES
from game.core.classroom import EXTEND_SECONDS, TeamRound
from game.core.models import text_in
from game.ui import roomphones, roomplayout, roomreveal, roomtranscript
from game.ui.cardsetup import short_reason
from game.ui.roomcards import RoomCards, draw_grid
from game.ui.roomscene import RoomScene, SessionChoice
from game.ui.sections import Section, draw_sections
from game.ui.teambutton import TeamButton
from game.ui.teamdraw import draw_badge, draw_mark, draw_name, draw_podium, draw_scoreboard, podium_rest
from game.ui.widgets import above, button_row, id_value

ANSWER_PHASES = ("judge", "action")
FLASH_SECONDS = {"class.times_up": 3.0, "class.extended": 2.0}   # how long a short message stays
# Room sizes (game.ui.teamdraw.room_size: 24 is 36 px at 1080 px high, the least the back row reads)
ROOM_TEXT = 24
TEAM_NAME = 28    # a team's name on the answer screens (smaller, down to the least room size, when long)
TITLE = 40        # the scoreboard's and the podium's titles
SCORES = 36       # the scoreboard's names and points
PODIUM = 34       # the podium's names and points
TEAM_PANEL = 54   # percent of the width the teams take while they answer (the question has the rest)


class ClassroomScene(RoomScene):
    name = "classroom"

    def __init__(self, app, pack, teams, timer_seconds: int = 0, entry: str = "keys", cards=None, phones=None):
        super().__init__(app)
        self.pack, self.entry, self.teams, self.timer_seconds = pack, entry, teams, timer_seconds
        self.records = self.ctx.store.sessions
        self.session_id = None   # recorded when the room sees the first clip (enter)
        # Answer cards (``cards``: a ``game.ui.cardsetup.CardConfig``) shared among the teams in runs.
        self.room = cards.room(len(teams)) if cards is not None and entry == "cards" else None
        self.cards: RoomCards | None = None   # the camera read while the room answers (see enter)
        self.camera_failed = ""                # why the camera stopped, until the teacher types instead
        self.grid_box: pygame.Rect | None = None   # where the card numbers were last drawn
        # One option order for the whole room, drawn from when and what it plays.
        self.game = TeamRound(teams, list(pack.scenarios), timer_seconds,
                              order_key=f"room-{pack.info.id}-{self.ctx.store.now()}", cards=self.room)
        self.phase_started = 0.0
        self.podium = False
        self.flash: tuple[str, float] | None = None   # (string key, seconds left): time's up, +15 s
        # Answers on phones (``phones``: a PhoneConfig): started in enter; None when off or it could not start.
        self.phones = roomphones.RoomPhones(self.ctx, phones, [t.name for t in teams]) \
            if phones is not None and phones.on else None
        self.joining = False
        self.phones_version = -1   # the room's answers last taken into the teams' points

    def enter(self) -> None:
        self.session_id = self.records.start("classroom", self.ctx.lang, pack_id=self.pack.info.id,
                                             timer_seconds=self.timer_seconds, teams=self.teams)
        if self.room is not None:
            self.records.cards(self.session_id, self.room)
            self.cards = RoomCards(self.ctx, self.room)
        if self.phones is not None and not self.phones.start():
            self.phones = None   # (told in a notice: the round goes on without phones)
        if self.phones is not None:
            self.joining = True   # the first clip opens when the join screen closes
            self.layout()
        else:
            self.open_clip()

    # --- answers on phones ---

    def _ask_phones(self) -> None:
        """An answer step has opened: the phones are asked it."""
        game = self.game
        if self.phones is None or game.phase not in ANSWER_PHASES or self.podium:
            return
        if game.phase == "judge":
            options, prompt = roomphones.judge_options(), roomphones.both("class.judge")
        else:
            action = game.scenario.actions[0]
            options = roomphones.action_options(action.options[:len(game.options())])
            prompt = {lang: text_in(action.prompt, lang) for lang in ("zh", "en")}
        self.phones.open(game.index, "practice", game.phase, options, prompt)

    def _take_phones(self, votes) -> None:
        self.game.take_phones([(v.device, v.team, v.answer) for v in votes])

    def _poll_phones(self) -> None:
        """The phones' answers so far count for their teams as they come (as cards do)."""
        if self.phones is None or self.game.phase not in ANSWER_PHASES:
            return
        version = self.phones.room.version
        if version != self.phones_version:
            self.phones_version = version
            self._take_phones(self.phones.current())

    def _phones_in(self, question: str, index: int) -> None:
        """An answer step closed: the phones' answers recorded (and taken, if still in the step)."""
        if self.phones is None:
            return
        votes = self.phones.close(self.records, self.session_id, index, "practice", self.game.scenario, question)
        if self.game.phase == question:
            self._take_phones(votes)

    @property
    def on_cards(self) -> bool:
        """Whether the room answers on cards now (not after the camera failed)."""
        return self.game.cards is not None and self.cards is not None

    # --- state ---

    def current(self):
        return None if self.game.finished else (self.pack, self.game.scenario)

    @property
    def watching(self) -> bool:
        return self.game.phase == "watch" and not self.podium

    @property
    def playing_out(self) -> bool:
        return self.game.phase == "playout" and not self.podium and not self.game.finished

    @property
    def on_reveal(self) -> bool:
        return self.game.phase == "reveal" and not self.podium and not self.game.finished

    @property
    def raw_keys(self) -> bool:
        """While teams answer every printable key is the room's: the teams' own keys (or the
        teacher's number keys), Space to pause the timer and = to add time, in either mode."""
        return self.game.phase in ANSWER_PHASES and not self.podium

    def screen_key(self) -> str:
        if self.podium:
            return "podium"
        if self.joining:
            return "join"
        key = f"class-{self.game.index:02d}-{self.game.phase}"
        if self.clip is not None and self.clip.callview is not None and self.game.phase == "watch":
            call = self.clip.callview.call
            key += "-ring" if call.ringing else f"-{len(call.path)}"
        return key + roomplayout.key_of(self) + roomtranscript.key_of(self) + roomreveal.key_of(self)

    def status_line(self) -> str:
        if self.podium or self.game.finished:
            return self.t("class.podium")
        return self.t("class.question", i=self.game.index + 1, n=len(self.game.scenarios))

    # --- layout ---

    def layout(self) -> None:
        area = self.area()
        if self.podium:
            items = [("export", self.t("export.button"), "normal"), ("menu", self.t("nav.menu"), "quiet")]
            self.set_buttons(button_row(self.ctx, area, items, size=self.size(26)), "export")
            return
        phase = self.game.phase
        size = self.size(26)
        if self.joining:
            self.set_buttons(button_row(self.ctx, area, [("join_close", self.t("phone.join_close"), "normal")],
                                        size=size), "join_close")
            return
        if self.transcript_layout(area):
            return
        if phase == "watch":
            items = [("replay", f"{self.t('clip.replay')} (R)", "quiet")]
            if self.phones is not None:
                items.append(("join", self.t("phone.join_button"), "quiet"))
            if self.clip is not None and self.clip.clip is not None and self.clip.clip.seconds:
                items.append(("pause", f"{self.t('clip.pause')} (P)", "quiet"))
            items += self.transcript_button()
            choices = self.call_choices()
            if not choices:
                items.append(("answers", self.t("class.to_answers"), "normal"))
            row = button_row(self.ctx, area, items, size=size)
            column = self.call_buttons(area, choices) if choices else []
            self.set_buttons(column + row, column[0].id if column else "answers")
        elif phase in ANSWER_PHASES:
            items = []
            if self.game.timer.limit:
                items += [("pause_timer", self.t("class.pause_timer"), "quiet"), ("extend", self.t("class.extend"), "quiet")]
            if self.camera_failed:
                items.append(("to_teacher", self.t("class.cards.to_teacher"), "normal"))
            items.append(("reveal", self._go_label(), "normal"))
            row = button_row(self.ctx, area, items, size=self.size(ROOM_TEXT))
            teams = self._team_buttons(area, above(row, area, self.ctx.theme.gap)) if self.entry == "teacher" else []
            focus = self.buttons[self.focus].id if self.buttons and self.buttons[self.focus].id.startswith("team:") else None
            self.set_buttons(teams + row, focus or (teams[0].id if teams else "reveal"))
        elif phase == "playout":
            roomplayout.lay_out(self, area, size, [])
        elif phase == "reveal":
            final = ("go", self.t("class.scoreboard") + " (Enter)", "normal")
            roomreveal.lay_out(self, area, self._reveal(), [], final)
        else:
            last = self.game.index + 1 >= len(self.game.scenarios)
            label = self.t("class.to_podium" if last else "class.next")
            self.set_buttons(button_row(self.ctx, area, [("go", label, "normal")], size=size), "go")

    def _go_label(self) -> str:
        """What Enter does on an answer step: the action question next, or the reveal."""
        if self.game.phase == "judge" and self.game.scenario.actions:
            return self.t("class.to_action")
        return self.t("class.reveal")

    def footer_hint(self) -> str:
        """The keys of this screen, in the footer."""
        if self.podium or self.game.phase not in ANSWER_PHASES:
            return ""
        timer = self.t("class.timer_keys") if self.game.timer.limit else ""
        what = {"keys": "class.keys_footer", "cards": "class.cards.footer"}.get(self.entry, "class.teacher_footer")
        return " · ".join(part for part in (self.t(what), timer) if part)

    def _team_buttons(self, area, bottom: int) -> list:
        """Teacher mode: one button per team, to pick the team whose answer is typed next."""
        panel = self._team_panel(area, bottom)
        rows = self._team_rows(panel)
        return [self._team_button(team, rect) for team, rect in rows]

    def _team_button(self, team, rect):
        """The team's button in its colour and shape, marked once its answer is in."""
        done = self.game.answered(team.index)
        status = self.t("class.answered") if done else self.t("class.waiting")
        return TeamButton(f"team:{team.index}", team.name, rect, None, "quiet", self.size(TEAM_NAME),
                          team=team, status=status, answered=done, floor=self.least())

    def _team_panel(self, area, bottom: int) -> pygame.Rect:
        left = area.left + area.width * (100 - TEAM_PANEL) // 100
        return pygame.Rect(left, area.top, area.right - left, bottom - area.top)

    def _team_rows(self, panel: pygame.Rect) -> list:
        teams = self.game.teams
        timer_h = self._timer_height() if self.game.timer.limit else 0
        two_lines = 2 * self.ctx.text.line_height(self.size(TEAM_NAME), True) + 16   # a long name wraps
        row_h = min((panel.height - timer_h) // len(teams), two_lines)
        return [(team, pygame.Rect(panel.left, panel.top + timer_h + i * row_h, panel.width, row_h - 6))
                for i, team in enumerate(teams)]

    def _timer_height(self) -> int:
        """The countdown's words and its bar, above the teams."""
        return self.ctx.text.line_height(self.size(30), True) + self._bar_height() + 16

    def _bar_height(self) -> int:
        return self.size(12)

    # --- what the teacher and the teams do ---

    def handle(self, intent) -> None:
        kind = intent.kind
        if kind == "key":
            self._key(intent.value)
        elif kind == "choose" and self.entry == "teacher" and self.game.phase in ANSWER_PHASES:
            self._teacher_answer(intent.value - 1)
        elif kind == "confirm" and (self.focused_id() or "").startswith("team:"):
            self.activate("reveal")   # a team picked: Enter does what the (Enter) button says
        elif kind == "join" and self.phones is not None and not self.podium:
            self.show_join(not self.joining)
            self.layout()
        else:
            super().handle(intent)

    def _key(self, char: str) -> None:
        from game.core.classroom import key_answer

        if char == " ":
            self._pause_timer()
        elif char in "=+":
            self._extend()
        elif self.entry == "teacher":
            if char.isdigit() and char != "0":
                self._teacher_answer(int(char) - 1)
        elif self.entry == "keys":
            found = key_answer(self.game.teams, char)
            if found:
                self.game.choose(*found)

    def _teacher_answer(self, option: int) -> None:
        team = id_value(self.buttons[self.focus].id, "team") if self.buttons else None
        if team is None:
            return
        if self.game.choose(int(team), option):
            teams = [i for i, b in enumerate(self.buttons) if b.id.startswith("team:")]
            self.focus = teams[(teams.index(self.focus) + 1) % len(teams)]   # on to the next team
            self.layout()   # its button now says answered

    def _pause_timer(self) -> None:
        self.game.timer.toggle_pause()   # the countdown says "paused" while it is

    def _extend(self) -> None:
        if self.game.timer.extend():
            self.flash = ("class.extended", FLASH_SECONDS["class.extended"])

    def activate(self, button_id: str) -> None:
        if button_id.startswith("call:"):
            self.clip.activate(button_id)
        elif roomplayout.activate(self, button_id):
            pass   # the safe way: the call back at its point of decision
        elif button_id in ("join", "join_close"):
            self.show_join(button_id == "join")
        elif button_id == "replay" and self.clip is not None:
            self.replay()
        elif button_id == "pause" and self.clip is not None:
            self.clip.toggle_pause()
        elif button_id == "pause_timer":
            self._pause_timer()
        elif button_id == "extend":
            self._extend()
        elif button_id == "to_teacher":
            self._type_instead()
        elif button_id.startswith("team:"):
            return   # focused: the next number typed is this team's answer
        elif button_id in ("answers", "reveal", "go", "playout:on"):
            self._advance()
        elif button_id in ("export", "menu"):
            self.finish(SessionChoice(button_id))
            return
        self.layout()

    def end_early(self) -> bool:
        """Left during the round: the podium for the questions revealed so far, with their export."""
        if self.podium or not self.game.answers:
            return False
        self.game.timer.stop()   # (answers not revealed yet are not counted)
        if self.cards is not None:
            self.cards.close()
        if self.phones is not None:
            self.phones.stop()
        self.records.finish(self.session_id)
        self.podium, self.flash, self.joining = True, None, False
        return True

    def _advance(self) -> None:
        """On to the next phase, recording what was answered and how long the phase took."""
        game = self.game
        before, index = game.phase, game.index
        self.records.timing(self.session_id, index, game.scenario.id, before, self.ctx.time - self.phase_started)
        self.phase_started = self.ctx.time
        self.flash = None
        if before in ("watch", "playout") and self.clip is not None:
            self.clip.quiet()
        if before in ANSWER_PHASES:
            self._cards_in(before, index)
            self._phones_in(before, index)
        game.advance()
        self._read_cards()
        self._ask_phones()
        if before in ANSWER_PHASES and game.phase not in ANSWER_PHASES:
            self._answers_in(index)
        if game.index != index:
            if game.finished:
                self.records.finish(self.session_id)
                self.close_clip()
                self.podium = True
                if self.phones is not None:
                    self.phones.stop()
            else:
                self.open_clip()

    def next_change(self) -> float | None:
        """The clip's next change while the room watches; while teams answer, the countdown's
        next whole second (its words and its bar show whole seconds); a short message going.
        None on the reveal, the scoreboard and the podium: nothing there moves by itself."""
        changes = [super().next_change(), self.game.timer.until_shown_change(),
                   self.flash[1] if self.flash else None, self.cards.next_change() if self.cards else None,
                   self.phones.next_change() if self.phones is not None and (
                       self.joining or self.game.phase in ANSWER_PHASES) else None]
        return min((c for c in changes if c is not None), default=None)

    def update(self, dt: float) -> None:
        phase = self.game.phase
        super().update(dt)
        self._poll_cards()
        if self.phones is not None:
            self.phones.sync(self.records, self.session_id)
            self._poll_phones()
        self.game.tick(dt)
        if self.flash:
            self.flash = (self.flash[0], self.flash[1] - dt) if self.flash[1] > dt else None
        if self.game.phase != phase:   # the timer ran out
            self.flash = ("class.times_up", FLASH_SECONDS["class.times_up"])
            self._cards_in(phase, self.game.index)
            self._phones_in(phase, self.game.index)
            self._read_cards()
            self._ask_phones()
            if self.game.phase not in ANSWER_PHASES:
                self._answers_in(self.game.index)
            self.layout()

    # --- answer cards ---

    def _read_cards(self) -> None:
        """An answer step has opened: the camera reads the room for it."""
        if self.on_cards and self.game.phase in ANSWER_PHASES and not self.podium:
            try:
                self.cards.begin(self.game.phase, len(self.game.options()))
            except Exception as err:   # no frames to be had at all: told once, the teacher may type
                self.cards.stop()
                self._camera_stopped(str(err) or type(err).__name__)

    def _camera_stopped(self, reason: str) -> None:
        """The camera gives no more pictures: one notice with the reason, and a button to type instead."""
        if self.camera_failed:
            return
        self.camera_failed = reason
        self.ctx.notify("class.cards.camera_failed", reason=short_reason(self.t, reason))
        self.layout()

    def _poll_cards(self) -> None:
        """What the camera read since the last frame becomes each team's choice so far; a card
        number seen twice, or the camera stopping, is told once."""
        cards = self.cards
        if cards is None or not cards.scanning or not cards.poll():
            return
        if self.on_cards:
            self.game.take_cards(cards.scan.votes())
        cards.new_duplicates()   # (shown on the screen itself for the whole step: see _draw_card_question)
        if cards.error and not self.camera_failed:
            cards.stop()
            self._camera_stopped(cards.error)

    def _cards_in(self, question: str, index: int) -> None:
        """An answer step closed: its card answers kept for the team answers and the records."""
        cards = self.cards
        if cards is None or cards.scan is None or cards.scan.question != question:
            return
        votes = cards.end()
        if self.on_cards and self.game.phase == question:
            self.game.take_cards(votes)
        self.records.card_votes(self.session_id, index, "practice", self.game.scenario, question,
                                self.game.card_votes.get(question, votes))
        cards.scan = None

    def _type_instead(self) -> None:
        """The camera failed: the teacher types the answers for the rest of the round; what the
        cards said in this step is kept (in the records, and as each team's choice so far)."""
        if self.game.phase in ANSWER_PHASES:
            self._cards_in(self.game.phase, self.game.index)
        if self.cards is not None:
            self.cards.close()
        self.game.stop_cards()
        self.entry, self.camera_failed = "teacher", ""

    def _answers_in(self, index: int) -> None:
        """Every team has answered (or the time is up): record the answers; a call is now played
        out for the room (it stopped at its point of decision while they watched)."""
        for answer in self.game.scenario_answers():
            self.records.team_answer(self.session_id, index, self.pack.info.id, answer)
        if self.phones is not None:   # each phone is shown its own result
            scenario = self.game.scenario
            shown = min(self.game.option_limit, len(scenario.actions[0].options)) if scenario.actions else 0
            self.phones.reveal(index, scenario, shown)
        if self.game.phase == "playout":
            roomplayout.begin(self)

    # --- drawing ---

    def draw_content(self, surface) -> None:
        area = self.area()
        row = [b for b in self.buttons if not b.id.startswith(("call:", "team:"))]   # the row along the bottom
        bottom = above(row, area, self.ctx.theme.gap)
        if self.podium:
            self._draw_podium(surface, area, bottom)
        elif self.joining:
            roomphones.draw_join(self, surface, pygame.Rect(area.left, area.top, area.width, bottom - area.top),
                                 self.phones)
        elif self.game.phase in ("watch", "playout"):
            self.draw_watch(surface, area, bottom)
        elif self.game.phase in ANSWER_PHASES and self.entry == "cards":
            self._draw_card_question(surface, area, bottom)
        elif self.game.phase in ANSWER_PHASES:
            self._draw_question(surface, area, bottom)
        elif self.game.phase == "reveal":
            roomreveal.draw(self, surface)
            self._draw_flash_beside(surface, row)
        else:
            self._draw_scores(surface, area, bottom)

    def _question_text(self) -> tuple[str, list[str]]:
        scenario = self.game.scenario
        if self.game.phase == "judge":
            return self.judge_question("class.judge"), [self.t("judge.real"), self.t("judge.manipulated")]
        question = scenario.actions[0]
        options = [text_in(o.text, self.ctx.lang) for o in question.options][:len(self.game.options())]
        return text_in(question.prompt, self.ctx.lang), options

    def _draw_question(self, surface, area, bottom) -> None:
        """The question and its answers as large as fit beside the teams, never under room size;
        the clip's picture under them where room is left, to remind the room what it saw."""
        heading, options = self._question_text()
        width = area.width * (100 - TEAM_PANEL - 3) // 100
        sections = [Section(heading, "heading", "text", True, 12)]
        sections += [Section(f"{i}. {label}", "body", "text", False, 8) for i, label in enumerate(options, 1)]
        hint = self.t("class.keys_hint" if self.entry == "keys" else "class.teacher_hint")
        sections.append(Section(hint, "body", "muted", False, 8))
        if self.phones is not None:
            sections += roomphones.counts_sections(self, self.phones)
        box = pygame.Rect(area.left, area.top, width, bottom - area.top)
        body = self.fitting(sections, box, 36)
        used = draw_sections(surface, self.ctx, sections, box, body=body)
        self._draw_still(surface, pygame.Rect(box.left, box.top + used + 16, width, box.height - used - 16))
        panel = self._team_panel(area, bottom)
        if self.game.timer.limit:
            self._draw_timer(surface, panel)
        if self.entry == "keys":   # the teacher's buttons draw their own rows
            for team, rect in self._team_rows(panel):
                self._draw_team_row(surface, team, rect)

    def _edge_lines(self) -> list[str]:
        """What each edge of the card means for the question on screen."""
        t = self.t
        if self.game.phase == "judge":
            return [t("class.cards.edge", edge="A", text=t("class.cards.real")),
                    t("class.cards.edge", edge="C", text=t("class.cards.ai"))]
        _, options = self._question_text()
        return [t("class.cards.edge", edge=EDGES[i], text=label) for i, label in enumerate(options)]

    def _draw_card_question(self, surface, area, bottom) -> None:
        """The question and what each edge means, beside the grid of card numbers (lit as each
        is read) under each team's count; never what a card says until the reveal."""
        heading, _ = self._question_text()
        width = area.width * (100 - TEAM_PANEL - 3) // 100
        sections = [Section(heading, "heading", "text", True, 12)]
        sections += [Section(line, "body", "text", True, 8) for line in self._edge_lines()]
        sections.append(Section(self.t("class.cards.hint"), "body", "muted", False, 8))
        if self.phones is not None:
            sections += roomphones.counts_sections(self, self.phones)
        box = pygame.Rect(area.left, area.top, width, bottom - area.top)
        draw_sections(surface, self.ctx, sections, box, body=self.fitting(sections, box, 36))
        panel = self._team_panel(area, bottom)
        top = panel.top
        if self.game.timer.limit:
            self._draw_timer(surface, panel)
            top += self._timer_height()
        top += self._draw_team_counts(surface, pygame.Rect(panel.left, top, panel.width, panel.bottom - top))
        scan = self.cards.scan if self.cards is not None else None
        if scan is not None and scan.duplicates:
            joined = "、".join if self.ctx.lang == "zh" else ", ".join
            words = self.t("class.cards.duplicate", cards=joined(str(card) for card in sorted(scan.duplicates)))
            top += 4 + self.ctx.text.draw_block(surface, words, pygame.Rect(panel.left, top + 4, panel.width,
                                                                            panel.bottom - top), self.least(),
                                                self.ctx.theme.focus, bold=True)
        grid = pygame.Rect(panel.left, top + 8, panel.width, panel.bottom - top - 8)
        self.grid_box = grid   # (where the numbers are: tests look at them)
        draw_grid(surface, self.ctx, grid, self.room, scan)

    def _team_counts(self) -> list[tuple[object, str]]:
        """(team, "Orange 5/6 read") for each team: how many of its cards the camera has read."""
        scan = self.cards.scan if self.cards is not None else None
        read = set(scan.read()) if scan is not None else set()
        counts = []
        for team in self.game.teams:
            cards = self.room.cards_of(team.index)
            counts.append((team, self.t("class.cards.team_read", team=team.name, n=len(read & set(cards)),
                                        total=len(cards))))
        return counts

    def _draw_team_counts(self, surface, box) -> int:
        """Each team's count in two columns, its badge before it; the height used."""
        ctx, size = self.ctx, self.size(ROOM_TEXT)
        line_h = ctx.text.line_height(size, True)
        counts = self._team_counts()
        columns = 2 if len(counts) > 2 else len(counts)
        column_w = box.width // columns
        y = box.top
        for i, (team, words) in enumerate(counts):
            left = box.left + (i % columns) * column_w
            top = box.top + (i // columns) * (line_h + 6)
            draw_badge(surface, team, (left + line_h // 2, top + line_h // 2), line_h * 0.4)
            label = pygame.Rect(left + line_h + 8, top, column_w - line_h - 16, line_h)
            fitted = size
            while fitted > 8 and ctx.text.font(fitted, True).size(words)[0] > label.width:
                fitted -= 1
            ctx.text.draw_block(surface, words, label, fitted, ctx.theme.text, bold=True)
            y = top + line_h + 6
        return y - box.top

    def _draw_still(self, surface, box) -> None:
        """The clip as it stopped, in ``box`` if it is a picture worth the room (a call's pane is not)."""
        if self.clip is None or self.clip.callview is not None or box.height < self.area().height // 4:
            return
        self.ctx.text.note_box("picture", box, "clip")
        self.clip.draw(surface, box)

    def _draw_timer(self, surface, panel) -> None:
        """The seconds left in words and as a bar that shrinks each second; paused, the bar
        is grey and the words say so; "+15 s" and "time's up" show for a moment."""
        theme, timer = self.ctx.theme, self.game.timer
        shown = timer.shown_seconds()
        words = self.t("class.time_paused") if timer.paused else self.t("class.time_left", n=shown)
        colour = theme.muted if timer.paused else theme.bad if shown <= 5 else theme.focus
        if timer.paused or not self._draw_flash(surface, panel):   # paused: that is what matters
            self._timer_words(surface, panel, words, colour)
        top = panel.top + self.ctx.text.line_height(self.size(30), True) + 4
        bar = pygame.Rect(panel.left, top, panel.width, self._bar_height())
        pygame.draw.rect(surface, theme.panel, bar, border_radius=bar.height // 2)
        filled = round(bar.width * shown / timer.span) if timer.span else 0
        pygame.draw.rect(surface, colour, (bar.left, bar.top, min(bar.width, filled), bar.height),
                         border_radius=bar.height // 2)

    def _draw_flash(self, surface, panel) -> bool:
        """A short message (time's up, +15 s) in the countdown's place; False when there is none."""
        if not self.flash:
            return False
        key = self.flash[0]
        words = self.t(key, n=EXTEND_SECONDS) if key == "class.extended" else self.t(key)
        colour = self.ctx.theme.bad if key == "class.times_up" else self.ctx.theme.good
        self._timer_words(surface, panel, words, colour)
        return True

    def _draw_flash_beside(self, surface, row) -> None:
        """On the reveal, time's up where the row of buttons leaves room on its left (the first
        page has no Previous page there): the reveal's own pages fill the rest."""
        if not self.flash or not row:
            return
        first = min(row, key=lambda button: button.rect.left)
        area = self.area()
        room = pygame.Rect(area.left, first.rect.top, first.rect.left - self.ctx.theme.gap - area.left,
                           first.rect.height)
        words = self.ctx.text.wrap(self.t(self.flash[0], n=EXTEND_SECONDS), self.size(30), room.width, True)
        if room.width > 0 and len(words) == 1:
            self._draw_flash(surface, room.move(0, (room.height - self.ctx.text.line_height(self.size(30), True)) // 2))

    def _timer_words(self, surface, panel, words: str, colour) -> None:
        size = self.size(30)
        box = pygame.Rect(panel.left, panel.top, panel.width, self.ctx.text.line_height(size, True))
        self.ctx.text.draw_block(surface, words, box, size, colour, bold=True)

    def _draw_team_row(self, surface, team, rect) -> None:
        """A team's badge, its name (wrapped, or smaller, in the room its status leaves) and on
        the right its keys and whether it has answered."""
        ctx, theme = self.ctx, self.ctx.theme
        pygame.draw.rect(surface, theme.panel, rect, border_radius=10)
        size = self.size(ROOM_TEXT)
        line_h = ctx.text.line_height(size, True)
        badge = min(rect.height, line_h + 8)
        draw_badge(surface, team, (rect.left + 6 + badge // 2, rect.centery), badge * 0.4)
        done = self.game.answered(team.index)
        name_left, right = rect.left + badge + 18, rect.right - 14
        words, tick = self._team_status(team, rect, name_left, right, size, done)
        if tick:
            draw_mark(ctx, surface, True, pygame.Rect(right - tick, rect.centery - tick // 2, tick, tick), team.name)
            right -= tick + 6
        width = ctx.text.font(size, done).size(words)[0] + 2
        ctx.text.draw_block(surface, words, pygame.Rect(right - width, rect.centery - line_h // 2, width, line_h),
                            size, theme.good if done else theme.muted, bold=done)
        name = pygame.Rect(name_left, rect.top + 4, right - width - 18 - name_left, rect.height - 8)
        draw_name(ctx, surface, team.name, name, self.size(TEAM_NAME), self.least())

    def _team_status(self, team, rect, name_left: int, right: int, size: int, done: bool) -> tuple[str, int]:
        """(words, side of a drawn tick) on a team's row: its keys and answered or waiting; where
        that leaves a long name too little room (many teams on a small window), its keys and,
        once it has answered, a tick (drawn: the font has none; a shape, not colour alone)."""
        text = self.ctx.text
        keys = " ".join(team.keys[:len(self.game.options())]).upper()
        words = f"{keys}  ·  {self.t('class.answered') if done else self.t('class.waiting')}"
        room = right - text.font(size, done).size(words)[0] - 20 - name_left
        if text.block_height(team.name, size, room, True) <= rect.height - 8:
            return words, 0
        return keys, (text.line_height(size, True) * 3 // 4 if done else 0)

    def _reveal(self) -> roomreveal.Reveal:
        """What the reveal shows: how many teams chose each answer, and each team's result."""
        ctx, scenario = self.ctx, self.game.scenario
        if self.room is not None or any(self.game.tally(t.index) is not None for t in self.game.teams):
            return self._card_reveal()
        answers = self.game.scenario_answers()
        judged = [sum(a.judgement == side for a in answers) for side in ("real", "manipulated")]
        options = len(scenario.actions[0].options) if scenario.actions else 0
        chosen = [sum(a.action == i for a in answers) for i in range(options)]
        charts = [roomreveal.judge_chart(ctx, self.t("reveal.class_judge"), scenario, *judged),
                  roomreveal.action_chart(ctx, self.t("reveal.class_action"), scenario, chosen)]
        results = {a.team: a for a in answers}
        return roomreveal.Reveal(scenario, [c for c in charts if c is not None],
                                 [(team, results.get(team.index)) for team in self.game.teams])

    def _card_reveal(self) -> roomreveal.Reveal:
        """On cards: how many cards gave each answer with its share of them all, and each team's
        cards (how many right, how many safe) with its points."""
        ctx, game, scenario = self.ctx, self.game, self.game.scenario
        judged, chosen = game.card_counts("judge"), game.card_counts("action")
        words = "phone" if self.phones is not None else "class.cards"
        judge = roomreveal.judge_chart(ctx, self.t(f"{words}.judge_heading"), scenario, *judged)
        charts = [replace(judge, note=self._shares([bar.label for bar in judge.bars], judged))]
        if scenario.actions:
            options = scenario.actions[0].options[:len(chosen)]
            marks = list(EDGES) if self.room is not None else [str(i + 1) for i in range(len(chosen))]
            bars = [roomreveal.Bar(f"{marks[i]}. {text_in(o.text, ctx.lang)}", count, o.safe)
                    for i, (o, count) in enumerate(zip(options, chosen))]
            charts.append(roomreveal.Chart(self.t(f"{words}.action_heading"), bars,
                                           self._shares(marks[:len(chosen)], chosen)))
        answers = {a.team: a for a in game.scenario_answers()}   # a team with no card or phone: its own answer
        return roomreveal.Reveal(scenario, charts, [(team, game.tally(team.index) or answers.get(team.index))
                                                    for team in game.teams])

    def _shares(self, labels: list[str], counts: list[int]) -> str:
        """"9 cards answered: Real 22% · AI 78%" (each answer's share of the cards that answered)."""
        total = sum(counts)
        if not total:
            return ""
        shares = " · ".join(self.t("class.cards.share", label=label, p=round(100 * count / total))
                            for label, count in zip(labels, counts))
        return self.t("phone.share_note" if self.phones is not None else "class.cards.share_note", n=total,
                      shares=shares)

    def _draw_scores(self, surface, area, bottom) -> None:
        """The scoreboard fills the screen: large rows, each name wrapped (or smaller) in its column."""
        ctx = self.ctx
        used = ctx.text.draw_block(surface, self.t("class.scoreboard"), area, self.size(TITLE), ctx.theme.text, bold=True)
        note_size = self.size(ROOM_TEXT)
        scoring = self.t("phone.scoring" if self.phones is not None else
                         "class.cards.scoring" if self.room is not None else "class.scoring")
        note_h = ctx.text.block_height(scoring, note_size, area.width)
        box = pygame.Rect(area.left, area.top + used + 12, area.width, bottom - area.top - used - 24 - note_h)
        draw_scoreboard(surface, ctx, self.game.totals(), box, max(1, self.game.max_points()), self.size(SCORES),
                        self.least())
        ctx.text.draw_block(surface, scoring, pygame.Rect(area.left, bottom - note_h, area.width, note_h),
                            note_size, ctx.theme.muted)

    def _draw_podium(self, surface, area, bottom) -> None:
        """The podium across the screen; teams after the third listed beside it."""
        ctx = self.ctx
        used = ctx.text.draw_block(surface, self.t("class.podium"), area, self.size(TITLE), ctx.theme.text, bold=True)
        totals = self.game.totals()
        rest = podium_rest(totals)
        share = 68 if rest else 100
        box = pygame.Rect(area.left, area.top + used + 12, area.width * share // 100, bottom - area.top - used - 12)
        draw_podium(surface, ctx, totals, box, self.size(PODIUM), self.least())
        if rest:
            side = pygame.Rect(box.right + 24, box.top, area.right - box.right - 24, box.height)
            draw_scoreboard(surface, ctx, rest, side, 1, self.size(ROOM_TEXT), self.least(), bars=False)
