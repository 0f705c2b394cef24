"""The presenter's view of a community session: the clip for the room, show-of-hands counts,
the reveal, a question to talk about, and at the end the room's before and after.

The presenter steers with single keys: Enter goes on, B back, S skip (after asking),
Space reveals, P pauses the clip, R replays it, number keys choose a call's reply. While
hands are counted, digits type the number into the chosen line (Tab or the arrows choose
it), Backspace or Delete takes the last digit off, and + (or =) and - add or take one.
With a room size given, the screen says how many are not counted yet, and warns when
more hands were counted than there are people.

With answer cards (``StartSession.cards``), each vote step reads the room through the
camera instead (``game.ui.roomcards``): the screen says which edge means what and lights
each card number as it is read, never what it says; Enter ends the step and the cards'
answers fill the step's tally, so the reveal shows the room's shares as with hands. Every
action question is cut to the four edges for the whole session. If the camera fails, the
presenter is told once and types the counts as with hands for the rest of the session.

With answers on phones (``StartSession.phones``) the session serves the room a page on its
Wi-Fi (``game.ui.roomphones``): a join screen with a QR code comes before the first clip
(and again with J or its button); each vote step is asked on the phones, the screen says
how many joined and answered (never what), and closing the step adds the phones' answers
to its tally beside the hands typed and the cards read. The reveal tells each phone its own
result.
"""
from __future__ import annotations

from dataclasses import replace

import pygame

from game.core.cards import EDGES, MAX_ROOM_OPTIONS, CardScan
from game.core.community import CommunitySession, add_counts, answer_counts, clamp_hands
from game.core.models import text_in
from game.core.order import at_most
from game.core.vocab import DISCUSSION
from game.ui import roomphones, roomplayout, roomreveal, roomtranscript
from game.ui.cardsetup import CardConfig, short_reason, tell
from game.ui.phonesetup import PhoneConfig
from game.ui.roomcards import RoomCards, draw_grid
from game.ui.roomscene import RoomScene, SessionChoice
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.input import Intent
from game.ui.widgets import Button, above, button_row, id_value

VOTE_STEPS = ("vote_judge", "vote_action")
HEADING_BODY = 26   # the show-of-hands question: a heading of 34 and its hint of 26 at 720 px
ROOM_TEXT = 24      # the least room size (game.ui.teamdraw.room_size): 36 px at 1080 px high
COUNT_LINES = 36    # the lines where hands are counted (smaller down to ROOM_TEXT when many)
TALK_TEXT = 60      # the discussion question and the end screen start this large and fill their screen
CARD_TEXT = 40      # which edge means what: as large as fits from this, read from the back of a hall
GRID_SHARE = 42     # the grid of card numbers takes this share of the width (%)


class PresenterScene(RoomScene):
    name = "presenter"
    raw_keys = True

    def __init__(self, app, items, plan_id: str, room_size: int = 0, cards: CardConfig | None = None,
                 phones: PhoneConfig | None = None):
        super().__init__(app)
        self.records = self.ctx.store.sessions
        self.plan_id = plan_id
        self.session_id = None   # recorded when the room sees the first clip (enter)
        # One option order for the whole room, drawn from when and what it plays.
        self.session = CommunitySession(items, order_key=f"room-{plan_id}-{self.ctx.store.now()}",
                                        room_size=room_size)
        self.step_started = 0.0
        self.typing = False     # the next digit replaces the count rather than adding to it
        # Answer cards: the room's reading per vote step (None: show of hands, or the camera failed).
        self.cards = RoomCards(self.ctx, cards.room()) if cards is not None else None
        self.card_mode = cards is not None   # stays when the camera fails (the options stay cut to four)
        # Answers on phones: the room's page (started in enter; None: off, or it could not start).
        self.phones = roomphones.RoomPhones(self.ctx, phones, []) if phones is not None and phones.on else None
        self.joining = False                       # the join screen is up
        self.phone_added: dict = {}                # (position, step) -> the phone counts in its tally
        self.phone_where = True                    # the address under the counts (left out when no room)
        if self.card_mode:   # one option per edge: reveal, records and scores use the same four
            self.session.items = [replace(item, scenario=at_most(item.scenario, MAX_ROOM_OPTIONS))
                                  for item in self.session.items]

    def enter(self) -> None:
        self.session_id = self.records.start("community", self.ctx.lang, plan_id=self.plan_id)
        if self.cards is not None:
            self.records.cards(self.session_id, self.cards.room)
        if self.phones is not None and not self.phones.start():
            self.phones = None   # (told in a notice: the session goes on without phones)
        if self.phones is not None:
            self.joining = True   # the first clip opens when the join screen closes
            self.layout()
        else:
            self.open_clip()

    # --- answers on phones ---

    def _phone_kind(self) -> str:
        return "judge" if self.session.step == "vote_judge" else "action"

    def _begin_phones(self) -> None:
        """A vote step opened: the phones' earlier answers to it leave its tally, and it is asked anew."""
        session = self.session
        if self.phones is None or session.finished or session.step not in VOTE_STEPS:
            return
        kind = self._phone_kind()
        earlier = self.phone_added.pop((session.index, session.step), None)
        if earlier is not None:
            add_counts(session.tally(), kind, earlier, -1)
        scenario = session.item.scenario
        if kind == "judge":
            options, prompt = roomphones.judge_options(), roomphones.both("class.judge")
        else:
            action = scenario.actions[0]
            options = roomphones.action_options(action.options)
            prompt = {lang: text_in(action.prompt, lang) for lang in ("zh", "en")}
        self.phones.open(session.index, session.item.part, kind, options, prompt)

    def _end_phones(self) -> None:
        """The vote step closes: the phones' answers are recorded and added to its tally."""
        session = self.session
        if self.phones is None or session.finished or session.step not in VOTE_STEPS:
            return
        kind, tally = self._phone_kind(), session.tally()
        votes = self.phones.close(self.records, self.session_id, session.index, session.item.part,
                                  session.item.scenario, kind)
        counts = answer_counts(kind, [v.answer for v in votes], len(tally.actions))
        add_counts(tally, kind, counts)
        self.phone_added[(session.index, session.step)] = counts

    def _reveal_phones(self) -> None:
        if self.phones is not None and self.on_reveal:
            item = self.session.item
            options = len(item.scenario.actions[0].options) if item.scenario.actions else 0
            self.phones.reveal(self.session.index, item.scenario, options)

    # --- answer cards ---

    @property
    def reading_cards(self) -> bool:
        """The room answers this step with cards (the camera is read)."""
        return self.cards is not None and not self.session.finished and self.session.step in VOTE_STEPS

    def _begin_cards(self) -> None:
        """A vote step opened (or was come back to): a fresh reading of the room."""
        if self.reading_cards:
            step = self.session.step
            options = len(self.session.item.scenario.actions[0].options) if step == "vote_action" else 0
            self.cards.begin("judge" if step == "vote_judge" else "action", options)

    def _end_cards(self) -> None:
        """The vote step closes: the cards' answers become its tally, and are recorded card by card."""
        if not self.reading_cards or self.cards.scan is None:
            return
        scan = self.cards.scan
        votes = self.cards.end()
        item, tally = self.session.item, self.session.tally()
        if scan.question == "judge":
            tally.real, tally.manipulated = scan.counts()
        else:
            tally.actions = scan.counts() + [0] * (len(tally.actions) - scan.options)
        self.records.card_votes(self.session_id, self.session.index, item.part, item.scenario, scan.question, votes)
        self.records.votes(self.session_id, self.session.index, item, tally)
        self.cards.scan = None

    def _camera_lost(self) -> None:
        """The camera failed: what was read counts, the presenter is told why once, and types
        the counts as with hands from now on."""
        why = short_reason(self.t, self.cards.error or "")
        self._end_cards()
        self.cards.close()
        self.cards = None
        tell(self.ctx, "card.camera_lost", why=why)
        self.layout()

    def card_scan(self) -> CardScan | None:
        """The reading of this vote step so far (None without cards)."""
        return self.cards.scan if self.reading_cards else None

    # --- state ---

    @property
    def finished(self) -> bool:
        return self.session.finished

    def current(self):
        if self.session.finished:
            return None
        item = self.session.item
        return next(s.pack for s in self.ctx.statuses if s.ok and s.pack.info.id == item.pack_id), item.scenario

    @property
    def watching(self) -> bool:
        return not self.session.finished and self.session.step == "watch"

    @property
    def playing_out(self) -> bool:
        return not self.session.finished and self.session.step == "playout"

    @property
    def on_reveal(self) -> bool:
        return not self.session.finished and self.session.step == "reveal"

    def screen_key(self) -> str:
        if self.session.finished:
            return "finished"
        if self.joining:
            return "join"
        key = f"comm-{self.session.index:02d}-{self.session.step}"
        if self.callview is not None and self.session.step == "watch":
            key += "-ring" if self.callview.call.ringing else f"-{len(self.callview.call.path)}"
        return key + roomplayout.key_of(self) + roomtranscript.key_of(self) + roomreveal.key_of(self)

    def status_line(self) -> str:
        if self.session.finished:
            return self.t("comm.finished")
        part = self.session.item.part
        same = [i for i, item in enumerate(self.session.items) if item.part == part]
        return self.t(f"comm.part.{part}", i=same.index(self.session.index) + 1, n=len(same))

    def next_change(self) -> float | None:
        """The clip's changes, and while the room answers with cards, each reading of the camera."""
        changes = [super().next_change(), self.cards.next_change() if self.reading_cards else None,
                   self.phones.next_change() if self.phones is not None and self._phones_shown() else None]
        return min((c for c in changes if c is not None), default=None)

    def _phones_shown(self) -> bool:
        """The screen shows the phones' counts (the join screen, or a vote step)."""
        return self.joining or (not self.session.finished and self.session.step in VOTE_STEPS)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.phones is not None:
            self.phones.sync(self.records, self.session_id)
        if self.reading_cards:
            self.cards.poll()
            if self.cards.error:
                self._camera_lost()

    # --- layout ---

    def layout(self) -> None:
        area = self.area()
        size = self.size(ROOM_TEXT)
        if self.session.finished:
            row = button_row(self.ctx, area, [("menu", self.t("nav.menu"), "quiet"),
                                              ("export", self.t("export.button"), "normal")], size=size)
            self.set_buttons(row, "export")
            return
        if self.joining:
            self.set_buttons(button_row(self.ctx, area, [("join_close", self.t("phone.join_close"), "normal")],
                                        size=size), "join_close")
            return
        if self.transcript_layout(area):
            return
        step = self.session.step
        items = [("back", f"{self.t('nav.back')} (B)", "quiet")]
        if step == "reveal":
            roomreveal.lay_out(self, area, self._reveal(), items, ("forward", self.t("comm.go_on"), "normal"))
            return
        if step == "playout":
            roomplayout.lay_out(self, area, size, items)
            return
        if step == "watch":
            items.append(("replay", f"{self.t('clip.replay')} (R)", "quiet"))
            items += self.transcript_button()
            if self.phones is not None:
                items.append(("join", self.t("phone.join_button"), "quiet"))
        if "reveal" in self.session.steps() and step in VOTE_STEPS:
            items.append(("reveal", self.t("comm.reveal"), "quiet"))
        choices = self.call_choices()
        if not choices:
            items.append(("forward", self.t("comm.go_on"), "normal"))
        row = button_row(self.ctx, area, items, size=size)
        self.phone_where = True
        bottom = above(row, area, 14) - self._notes_height()
        extra = self.call_buttons(area, choices) if choices else self._vote_buttons(area, bottom)
        if self.phones is not None and extra and not choices and extra[-1].rect.bottom > bottom:
            self.phone_where = False   # the vote lines need the room: the address is on the join screen (J)
            bottom = above(row, area, 14) - self._notes_height()
            extra = self._vote_buttons(area, bottom)
        focus = self.buttons[self.focus].id if self.buttons and self.focus < len(self.buttons) else None
        keep = focus if focus and focus.startswith("vote:") and any(b.id == focus for b in extra) else None
        self.set_buttons(extra + row, keep or (extra[0].id if extra else "forward"))

    def _vote_lines(self) -> list[tuple[str, str, int]]:
        """(id, label, hands) of the lines where counts are entered in this step."""
        tally, step = self.session.tally(), self.session.step
        if step == "vote_judge":
            return [("vote:real", self.t("judge.real"), tally.real),
                    ("vote:manipulated", self.t("judge.manipulated"), tally.manipulated)]
        if step == "vote_action":
            options = self.session.item.scenario.actions[0].options
            return [(f"vote:{i}", f"{i + 1}. {text_in(o.text, self.ctx.lang)}", tally.actions[i])
                    for i, o in enumerate(options)]
        return []

    def _vote_buttons(self, area, bottom: int) -> list[Button]:
        lines = self._vote_lines()
        if not lines or self.reading_cards:
            return []
        top = area.top + self._heading_height(area)
        items = [(i, self.t("comm.hands", label=label, n=hands)) for i, label, hands in lines]
        buttons = self.column_buttons(items, area.left, top, area.width, numbered=False, size=self.size(COUNT_LINES))
        while buttons and buttons[-1].rect.bottom > bottom and buttons[0].size > self.least():
            buttons = self.column_buttons(items, area.left, top, area.width, numbered=False, size=buttons[0].size - 2)
        return buttons

    def _heading_height(self, area) -> int:
        return sections_height(self.ctx.text, self._heading(), area.width, self.size(HEADING_BODY)) + 8

    def _heading(self) -> list[Section]:
        step = self.session.step
        if step == "vote_judge":
            return [Section(self.judge_question("comm.vote_judge"), "heading", "text", True, 6),
                    Section(self.t("comm.vote_hint"), "body", "muted", False, 6)]
        prompt = text_in(self.session.item.scenario.actions[0].prompt, self.ctx.lang)
        return [Section(f"{self.t('comm.vote_action')} {prompt}", "heading", "text", True, 6),
                Section(self.t("comm.vote_hint"), "body", "muted", False, 6)]

    def footer_hint(self) -> str:
        """Every key the presenter has on this screen."""
        if self.session.finished or self.joining:
            return ""
        if self.reading_cards:
            return self.t("card.keys_vote")
        return self.t("comm.keys_vote" if self.session.step in VOTE_STEPS else "comm.keys")

    def _notes(self) -> list[tuple[str, str]]:
        """(words, colour name) under the vote lines: the count against the room, and that a
        check question's answer is not shown now."""
        notes = []
        left, room = self.session.remaining(), self.session.room_size
        scan = self.card_scan()
        if scan is not None and scan.duplicates:
            notes.append((self.t("card.duplicate", cards=", ".join(map(str, sorted(scan.duplicates)))), "bad"))
        elif left is not None and not self.reading_cards:
            notes.append((self.t("comm.over", room=room, n=-left), "bad") if left < 0 else
                         (self.t("comm.remaining", room=room, n=left) if left else
                          self.t("comm.all_counted", room=room), "focus"))
        if self.session.step in VOTE_STEPS and self.session.item.part != "practice":
            notes.append((self.t("comm.check_saved"), "muted"))
        if self.session.step in VOTE_STEPS and self.phones is not None:
            lines = roomphones.counts_sections(self, self.phones)[:2 if self.phone_where else 1]
            notes += [(section.text, section.colour) for section in lines]
        return notes

    def _notes_height(self) -> int:
        if self.session.finished or self.session.step not in VOTE_STEPS:
            return 0
        return sum(self.ctx.text.line_height(self.size(ROOM_TEXT), True) + 6 for _ in self._notes())

    # --- what the presenter does ---

    def handle(self, intent) -> None:
        if intent.kind == "key":
            self._key(intent.value)
            return
        if intent.kind == "undo":   # Backspace or Delete: the last digit of the count goes
            self._count("\b")
            return
        if intent.kind in ("next", "prev"):
            self.typing = False
        focused = self.buttons[self.focus].id if self.buttons else ""
        if intent.kind == "confirm" and focused.startswith("vote:"):
            self.activate("forward")   # Enter always goes on; the lines take digits
            return
        super().handle(intent)

    def _key(self, char: str) -> None:
        if roomtranscript.is_open(self):   # over the transcript: its own keys, the session waits
            if char in "tb":
                self.transcript()
            elif char == "r":
                self.replay()
            elif char.isdigit():
                roomtranscript.choose_number(self, int(char))
            return
        if char == "t":
            self.transcript()
            return
        if char == "j" and self.phones is not None and not self.session.finished:
            self.show_join(not self.joining)
            self.layout()
            return
        if self.joining:
            return   # the join screen: Enter or J closes it
        action = {"b": "back", "s": "skip", " ": "reveal", "r": "replay", "p": "pause"}.get(char)
        if action:
            self.activate(action)
        elif char.isdigit() and not self._counting():
            super().handle(Intent("choose", int(char)))   # a call's reply, by its number
        elif char.isdigit() or char in "+=-":
            self._count(char)

    def _counting(self) -> bool:
        """A vote line is chosen: digits type its count."""
        return bool(self.buttons) and id_value(self.buttons[self.focus].id, "vote") is not None

    def _count(self, char: str) -> None:
        """Type into the chosen line: digits make the number, + and - add or take one."""
        what = id_value(self.buttons[self.focus].id, "vote") if self.buttons else None
        if what is None:
            return
        current = self._hands(what)
        if char in "+=":
            value = current + 1
        elif char == "-":
            value = current - 1
        elif char == "\b":
            value, self.typing = current // 10, True   # the next digit goes after what is left
        else:
            value = int(char) if not self.typing else current * 10 + int(char)
            self.typing = True
        self._set_hands(what, clamp_hands(value))
        self.records.votes(self.session_id, self.session.index, self.session.item, self.session.tally())
        self.layout()

    def _hands(self, what: str) -> int:
        tally = self.session.tally()
        return getattr(tally, what) if what in ("real", "manipulated") else tally.actions[int(what)]

    def _set_hands(self, what: str, value: int) -> None:
        tally = self.session.tally()
        if what in ("real", "manipulated"):
            setattr(tally, what, value)
        else:
            tally.actions[int(what)] = value

    def activate(self, button_id: str) -> None:
        session = self.session
        if button_id.startswith("call:") and self.clip is not None:
            self.clip.activate(button_id)
        elif roomplayout.activate(self, button_id):
            pass   # the safe way: the call back at its point of decision
        elif button_id in ("join", "join_close"):
            self.show_join(button_id == "join")
        elif button_id == "playout:on" and not session.finished:
            self._move("forward")
        elif button_id.startswith("vote:"):
            self._focus_line(button_id)
            return
        elif button_id == "replay" and self.clip is not None:
            self.replay()
        elif button_id == "pause" and self.clip is not None:
            self.clip.toggle_pause()
        elif button_id == "skip" and not session.finished:
            self.pause_for_overlay()
            self.app.ask("comm.skip_ask", "comm.skip_yes", "comm.skip_no", self._skip_if)
            return
        elif button_id in ("forward", "back", "reveal") and not session.finished:
            self._move(button_id)
        elif button_id in ("export", "menu"):
            self.finish(SessionChoice(button_id))
            return
        self.layout()

    def _skip_if(self, yes: bool) -> None:
        """S was answered: skip (recorded as skipped, with what was counted), or stay."""
        if yes and not self.session.finished:
            session = self.session
            self.records.votes(self.session_id, session.index, session.item, session.tally())
            self.records.skipped(self.session_id, session.index, session.item)
            self._move("skip")
        self.layout()

    def end_early(self) -> bool:
        """Left during the session: the end screen for what was played, with its export."""
        session = self.session
        if session.finished or not session.started:
            return False
        self._end_cards()
        self._end_phones()
        if session.step in VOTE_STEPS:
            self.records.votes(self.session_id, session.index, session.item, session.tally())
        session.stop()
        self.records.finish(self.session_id)
        if self.phones is not None:
            self.phones.stop()
        self.joining = False
        self.typing = False
        return True

    def _focus_line(self, button_id: str) -> None:
        self.focus = next(i for i, b in enumerate(self.buttons) if b.id == button_id)
        self.typing = False

    def _move(self, how: str) -> None:
        """Forward, back, skip or reveal; record the step's time and the votes; open the next clip."""
        session = self.session
        index, step = session.index, session.step
        self._end_cards()
        self._end_phones()
        if step in VOTE_STEPS:
            self.records.votes(self.session_id, index, session.item, session.tally())
        self.records.timing(self.session_id, index, session.item.scenario.id, step, self.ctx.time - self.step_started)
        self.step_started = self.ctx.time
        was_skipped = session.skipped.copy()
        {"forward": session.forward, "back": session.back, "skip": session.skip, "reveal": session.reveal}[how]()
        for position in was_skipped - session.skipped:   # back on a skipped item: played after all
            self.records.skipped(self.session_id, position, session.items[position], skipped=False)
        self.typing = False
        if session.index != index or session.finished:
            if session.finished:
                self.records.finish(self.session_id)
                self.close_clip()
                if self.phones is not None:
                    self.phones.stop()
            else:
                self.open_clip()
        else:
            if step in ("watch", "playout") and self.clip is not None:
                self.clip.quiet()
            if session.step == "playout":
                roomplayout.begin(self)   # the votes are in: the call is played out
        self._begin_cards()
        self._begin_phones()
        self._reveal_phones()

    # --- drawing ---

    def draw_content(self, surface) -> None:
        area = self.area()
        row = [b for b in self.buttons if not b.id.startswith(("call:", "vote:"))]
        bottom = above(row, area, self.ctx.theme.gap)
        if self.session.finished:
            self._draw_end(surface, area, bottom)
            return
        step = self.session.step
        if self.joining:
            roomphones.draw_join(self, surface, pygame.Rect(area.left, area.top, area.width, bottom - area.top),
                                 self.phones)
        elif step in ("watch", "playout"):
            self.draw_watch(surface, area, bottom)
        elif step in VOTE_STEPS and self.reading_cards:
            self._draw_notes(surface, area, bottom)
            self._draw_cards(surface, area, bottom - self._notes_height())
        elif step in VOTE_STEPS:
            draw_sections(surface, self.ctx, self._heading(), area, body=self.size(HEADING_BODY))
            self._draw_notes(surface, area, bottom)
        elif step == "reveal":
            roomreveal.draw(self, surface)
        else:
            self._draw_text(surface, area, bottom, self._discuss())

    def _draw_notes(self, surface, area, bottom) -> None:
        """The count against the room (a warning on a band when over) and the check note, from
        the bottom up."""
        size = self.size(ROOM_TEXT)
        height = self.ctx.text.line_height(size, True)
        for words, colour in reversed(self._notes()):
            box = pygame.Rect(area.left, bottom - height, area.width, height)
            if colour == "bad":
                pygame.draw.rect(surface, self.ctx.theme.button_bad, box.inflate(16, 6), border_radius=8)
            self.ctx.text.draw_block(surface, words, box, size,
                                     self.ctx.theme.text if colour == "bad" else getattr(self.ctx.theme, colour),
                                     bold=colour != "muted")
            bottom -= height + 6

    def _card_sections(self) -> list[Section]:
        """The question and which edge means what, for the whole room: never what was read."""
        if self.session.step == "vote_judge":
            return [Section(self.judge_question("card.vote_judge"), "heading", "text", True, 12),
                    Section(self.t("card.judge_edges"), "heading", "focus", True, 12),
                    Section(self.t("card.hint"), "body", "muted", False)]
        action = self.session.item.scenario.actions[0]
        space = "" if self.ctx.lang == "zh" else " "
        sections = [Section(f"{self.t('card.vote_action')}{space}{text_in(action.prompt, self.ctx.lang)}",
                            "heading", "text", True, 12)]
        sections += [Section(self.t("card.option", edge=edge, text=text_in(option.text, self.ctx.lang)),
                             "body", "focus", True, 8) for edge, option in zip(EDGES, action.options)]
        return sections + [Section(self.t("card.hint"), "body", "muted", False)]

    def _draw_cards(self, surface, area, bottom: int) -> None:
        """The question and its edges on the left; on the right how many cards were read and
        the grid of card numbers, lit as each is read."""
        gap = self.ctx.theme.gap
        grid_w = area.width * GRID_SHARE // 100
        words = pygame.Rect(area.left, area.top, area.width - grid_w - gap * 2, bottom - area.top - gap)
        self.draw_fitted(surface, words, self._card_sections(), start=CARD_TEXT)
        scan = self.cards.scan
        count = self.t("card.read_count", n=len(scan.answers) if scan else 0, count=self.cards.room.count)
        right = pygame.Rect(area.right - grid_w, area.top, grid_w, bottom - area.top - gap)
        used = self.draw_fitted(surface, right, [Section(count, "heading", "good", True)], start=HEADING_BODY)
        grid = pygame.Rect(right.left, right.top + used + gap, right.width, right.height - used - gap)
        if grid.height > 20:
            draw_grid(surface, self.ctx, grid, self.cards.room, scan)
            self.ctx.text.note_box("picture", grid, "cards")

    def _draw_text(self, surface, area, bottom, sections) -> None:
        """Words for the whole room to talk about, as large as fill the screen."""
        self.draw_fitted(surface, pygame.Rect(area.left, area.top, area.width, bottom - area.top), sections,
                         start=TALK_TEXT, middle=True)

    def _reveal(self) -> roomreveal.Reveal:
        """What the reveal shows: the hands counted for each answer, and the share that was right."""
        ctx = self.ctx
        scenario, tally = self.session.item.scenario, self.session.tally()
        right, safe = tally.share_right(scenario.truth), tally.share_safe(scenario)
        right_note = self.t("comm.room_right", share=f"{round(right * 100)}%") if right is not None else ""
        safe_note = self.t("comm.room_safe", share=f"{round(safe * 100)}%") if safe is not None else ""
        by = "card" if self.card_mode else "reveal"   # counted from cards, or hands (and phones)
        if self.phones is not None:
            by = "phone.card" if self.card_mode else "phone"
        charts = [roomreveal.judge_chart(ctx, self.t(f"{by}.room_judge"), scenario, tally.real, tally.manipulated,
                                         right_note),
                  roomreveal.action_chart(ctx, self.t(f"{by}.room_action"), scenario, tally.actions, safe_note)]
        if self.card_mode and charts[1] is not None:   # options were answered by edge: A, B, C, D
            bars = [replace(bar, label=f"{edge} · {bar.label.partition('. ')[2]}")
                    for edge, bar in zip(EDGES, charts[1].bars)]
            charts[1] = replace(charts[1], bars=bars)
        return roomreveal.Reveal(scenario, [c for c in charts if c is not None])

    def _discuss(self) -> list[Section]:
        scenario = self.session.item.scenario
        prompt = text_in(scenario.discuss, self.ctx.lang) if scenario.discuss else \
            DISCUSSION.get(scenario.category, {}).get(self.ctx.lang, "")
        return [Section(self.t("comm.discuss"), "heading", "focus", True, 16), Section(prompt, "heading", "text", True)]

    def _draw_end(self, surface, area, bottom) -> None:
        before, after = self.session.part_scores("pre"), self.session.part_scores("post")
        sections = [Section(self.t("comm.finished"), "heading", "focus", True, 16)]
        if before and after:
            sections.append(Section(self.t("comm.before_after", before=f"{round(before[1] * 100)}%",
                                           after=f"{round(after[1] * 100)}%"), "body", "good", True, 12))
        sections.append(Section(self.t("results.habit"), "body", "text", True))
        self._draw_text(surface, area, bottom, sections)
