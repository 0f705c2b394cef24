"""What the classroom and community screens share: a clip or call shown to the room,
steered from the keyboard, and leaving only after asking.

A subclass says which scenario is on screen (``current``) and whether the room is
watching it (``watching``); this base opens and closes its clip, replays and pauses
it, offers a call's choices, draws it with its caption, and tells the demo how long
to watch.
"""
from __future__ import annotations

from enum import Enum

import pygame

from game.core.models import text_in
from game.ui import roomplayout, roomreveal, roomtranscript
from game.ui.callview import caller_question
from game.ui.chrome import room_content_rect
from game.ui.roomclip import RoomClip
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections, sections_height
from game.ui.teamdraw import room_floor, room_size

ROOM_TEXT = 24    # the least room size (game.ui.teamdraw.room_size): 36 px at 1080 px high, read from the back
CALL_WIDTH = 55   # percent of the width the picture keeps while a call's choices are beside it


class SessionChoice(Enum):
    """What a classroom round or community session asks for at its end (it stays on screen)."""
    EXPORT = "export"   # the session's CSV and PDF files
    MENU = "menu"


class RoomScene(Scene):
    clip: RoomClip | None = None
    room_chrome = True   # game.ui.chrome draws the status and the keys at room size
    room_transcript = None   # every word said, over the watching screen (T): game.ui.roomtranscript
    playout = None           # a call played out after the answers: game.ui.roomplayout
    playout_wait = 0.0       # seconds since the safe way's last line ended
    cards = None             # answer cards read while the room answers: game.ui.roomcards.RoomCards
    phones = None            # answers on phones: game.ui.roomphones.RoomPhones
    joining = False          # the phones' join screen is up

    # --- what subclasses provide ---

    def current(self):
        """(pack, scenario) on screen now, or None at the end."""
        return None

    @property
    def watching(self) -> bool:
        return False

    @property
    def playing_out(self) -> bool:
        """Whether a call is being played out for the room after its answers (game.ui.roomplayout)."""
        return False

    @property
    def on_reveal(self) -> bool:
        """Whether the answer is being revealed (``game.ui.roomreveal`` pages it)."""
        return False

    # --- the clip ---

    @property
    def callview(self):
        """The call being played for the room, if any (narration waits while it speaks)."""
        return self.clip.callview if self.clip is not None else None

    def judge_question(self, key: str) -> str:
        """The real-or-AI question; after a call that reached someone else it names (and shows
        again) the first caller, whom the question is about."""
        view = self.callview
        caller = view.show_caller_judged() if view is not None and view.call.finished else None
        if caller is None:
            return self.t(key)
        return caller_question(self.t, self.ctx.lang, caller)

    def open_clip(self) -> None:
        self.close_clip()
        self.room_transcript = self.playout = None
        found = self.current()
        if found is not None:
            self.clip = RoomClip(self.ctx, *found)

    def close_clip(self) -> None:
        if self.clip is not None:
            self.clip.close()
            self.clip = None

    def leave(self) -> None:
        self.close_clip()
        if self.cards is not None:
            self.cards.close()   # no reading thread outlives the session
        if self.phones is not None:
            self.phones.stop()   # nor the answer server

    def show_join(self, shown: bool) -> None:
        """The phones' join screen up (the clip quiet) or closed (the first clip opens if not yet)."""
        self.joining = shown and self.phones is not None
        if self.joining:
            self.pause_for_overlay()
        elif self.clip is None and self.watching:
            self.open_clip()

    def replay(self) -> None:
        """R: the clip again, or on a call the lines just said (the line chosen in its transcript)."""
        chosen = roomtranscript.chosen(self)
        if chosen is not None:
            self.callview.replay(chosen)
        elif self.clip is not None:
            self.clip.replay()

    def transcript(self) -> None:
        """T, or the Transcript button: every word said, large and paged, for the back row."""
        roomtranscript.toggle(self)

    def transcript_layout(self, area) -> bool:
        """Lay out the open transcript (True), or say it is not open (a subclass lays out its own)."""
        if roomtranscript.is_open(self):
            roomtranscript.layout(self, area)
            return True
        self.room_transcript = None
        return False

    def transcript_button(self) -> list[tuple[str, str, str]]:
        """The Transcript button for a watching screen's row, when there are words to read."""
        return [("transcript", self.t("transcript.button_short"), "quiet")] if roomtranscript.can_open(self) else []

    def pause(self) -> None:
        if self.clip is not None:
            self.clip.toggle_pause()

    def pause_for_overlay(self) -> None:
        if self.clip is not None:
            self.clip.quiet()

    def call_choices(self) -> list[tuple[str, str]]:
        """The call's buttons: while watching only up to its point of decision; in the play-out
        the room's choice (see game.ui.roomplayout)."""
        if self.clip is None:
            return []
        if self.watching:
            return roomplayout.watch_choices(self)
        return roomplayout.choices(self) if self.playing_out else []

    def next_change(self) -> float | None:
        """The clip's next change while the room watches it (or a call is played out); None on
        the other screens (the votes, answers, reveal, scores), where the clip is not drawn and
        nothing moves by itself."""
        if self.clip is None or not (self.watching or self.playing_out):
            return None
        changes = [self.clip.next_change(), roomplayout.next_change(self) if self.playing_out else None]
        return min((c for c in changes if c is not None), default=None)

    def update(self, dt: float) -> None:
        if self.clip is None:
            return
        self.clip.update(dt)
        if roomtranscript.is_open(self):
            roomtranscript.follow_focus(self)
            if roomtranscript.stale(self):
                self.layout()   # a new line said on the call: it joins the transcript
            return
        showing = self.watching or self.playing_out
        if showing and roomtranscript.can_open(self) != any(b.id == "transcript" for b in self.buttons):
            self.layout()   # the call was answered: its transcript can be opened
            return
        moved = self.playing_out and roomplayout.update(self, dt)
        shown = [b.id for b in self.buttons if b.id.startswith("call:")]
        if moved or (showing and shown != [i for i, _ in self.call_choices()]):
            self.layout()   # the call moved on: its new choices (or the way on)

    # --- leaving asks first ---

    def back(self) -> None:
        if roomtranscript.is_open(self):   # Esc closes the transcript first
            self.transcript()
            return
        self.pause_for_overlay()
        self.app.ask("confirm.leave_round", "confirm.yes_leave", "confirm.no_stay", self._leave_if)

    def _leave_if(self, yes: bool) -> None:
        """Leaving early: what was played ends on the podium or end screen, with its export;
        with nothing played yet (or from that last screen) back to the menu."""
        if yes:
            self.close_clip()
            if self.end_early():
                self.layout()
            else:
                self.finish(None)

    def end_early(self) -> bool:
        """Show the last screen for what was played so far; False when there is nothing to show."""
        return False

    # --- layout and drawing ---

    def status_line(self) -> str:
        return ""

    def area(self) -> pygame.Rect:
        """Where this screen draws: between the room-sized top bar and footer (game.ui.chrome)."""
        return room_content_rect(self.ctx, self.status_line(), self.footer_hint())

    def size(self, base: int) -> int:
        return room_size(self.ctx, base)

    def fitting(self, sections: list[Section], box: pygame.Rect, start: int) -> int:
        """The largest body size from the room size ``start`` down to the least (``least``) at
        which ``sections`` fit ``box`` (the least when none does: the renderer notes it)."""
        for body in range(self.size(start), self.least() - 1, -1):
            if sections_height(self.ctx.text, sections, box.width, body) <= box.height:
                return body
        return self.least()

    def least(self) -> int:
        """The least size text that must fit may shrink to (36 px at 1080 px high, any text setting)."""
        return room_floor(self.ctx, ROOM_TEXT)

    def list_focus(self, pressed: str) -> int:
        """A reveal's page turned: Enter goes on forward (Next page, then the way on)."""
        if self.on_reveal and not roomtranscript.is_open(self):
            return roomreveal.focus_after(self.buttons, pressed)
        return super().list_focus(pressed)

    def call_buttons(self, area, choices) -> list:
        """The call's choices beside the picture: the teacher or presenter steers it for the room."""
        left = area.left + area.width * (CALL_WIDTH + 3) // 100
        buttons = self.column_buttons(choices, left, area.top, area.right - left, size=self.size(24))
        for button in buttons:
            button.style = {"call:answer": "good", "call:decline": "bad"}.get(button.id, "normal")
        return buttons

    def draw_watch(self, surface, area, bottom: int) -> None:
        """The clip as large as the caption under it allows (at least half the height), then the
        line being said in an audio or video clip (room is kept for its longest line); long
        words get a little smaller rather than squeeze the picture. The open transcript (T)
        takes the whole screen instead."""
        if roomtranscript.is_open(self):
            roomtranscript.draw(self, surface, area)
            return
        calls = any(b.id.startswith("call:") for b in self.buttons)
        width = area.width * CALL_WIDTH // 100 if calls else area.width
        caption = self.clip.caption() if self.clip is not None else ""
        live, longest = self.clip.words() if self.clip is not None else ([], "")
        notes = roomplayout.notes(self)   # the point of decision, or the play-out's ending
        room = bottom - area.top
        text = self.ctx.text
        caption_h = text.block_height(caption, self.size(24), width) + 6 if caption else 0   # (and its space)
        caption_h += sections_height(text, notes, width, self.size(24)) + 6 if notes else 0
        words_h = text.block_height(longest, self.size(24), width, True) + 6 if longest else 0
        box = pygame.Rect(area.left, area.top, width, max(room // 2, room - caption_h - words_h - 10))
        if self.clip is not None:
            self.clip.draw(surface, box)
        sections = [Section(caption, "body", "muted" if longest else "text", False, 6)]
        sections += [Section(words, "body", "text", True, 0) for words in live] + notes
        self.draw_fitted(surface, pygame.Rect(area.left, box.bottom + 8, width, bottom - box.bottom - 8),
                         sections, start=24)

    def draw_fitted(self, surface, box: pygame.Rect, sections: list[Section], start: int = 32,
                    middle: bool = False) -> int:
        """``sections`` as large as fits ``box``, from a room size of ``start`` down to the room's
        least (ROOM_TEXT: 36 px at 1080 px high; a room screen's sections are "body" or "heading":
        "small" would be under it); with ``middle``, centred up and down in ``box``.
        Returns the height used."""
        body = self.fitting(sections, box, start)
        if middle:
            height = sections_height(self.ctx.text, sections, box.width, body)
            box = box.inflate(0, -(max(0, box.height - height) // 2 * 2))
        return draw_sections(surface, self.ctx, sections, box, body=body)
