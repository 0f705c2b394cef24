"""A call on screen: ringing, the caller's pane, spoken lines with captions, choices, the ending.

The branching lives in ``game.core.call.CallSession``; this view plays the lines
(pre-rendered speech from the cache, or captions alone) and draws the panes. It keeps the
call's transcript (``said``): every line said so far, the player's replies and the calls they
made, so a player who could not hear or read a line in time finds it again and hears any line
once more (``replay(index)``).
"""
from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pygame

from game.core.call import CallSession, caller_judged
from game.core.callspeech import line_request, speaker_of
from game.core.cues import ringtone
from game.core.models import Line, Person, Text, text_in
from game.core.vocab import OUTCOMES
from game.media.avatar import STEP, draw_face, draw_picture_face, envelope, mouth_at
from game.media.castface import CastFaces, draw_cast_face
from game.media.silhouette import draw_silhouette
from game.ui.theme import on_dark
from game.ui.widgets import id_value

LIP_LAG = 0.35   # seconds the mouth trails the voice in a lip-sync-lag effect
RING_STEP = 1 / 10   # the ringing pulse moves on ten times a second: smooth enough, and cheap
RING_SECONDS = 1.5   # one slow ring


@dataclass
class Spoken:
    """One line being played: who says it, its sound, loudness and length."""

    line: Line
    speaker: Person
    sound: object
    levels: list
    seconds: float
    on_video: bool = False   # said on a video call: its effect is shown (and put in words)
    said: bool = False       # in the transcript already (a line is written down once, replays or not)


@dataclass
class Said:
    """One entry of a call's transcript: a ``line`` someone said, the player's ``reply`` (the
    words of the choice taken), a ``new_call`` the player made to ``person``, or ``again``: a
    room's call taken back to its point of decision to be played another way."""

    kind: str
    spoken: Spoken | None = None
    text: Text | None = None
    person: Person | None = None


class CallView:
    def __init__(self, ctx, pack, scenario):
        self.ctx, self.pack, self.scenario = ctx, pack, scenario
        self.call = CallSession(scenario.call)
        self.queue: list[Spoken] = []
        self.current: Spoken | None = None
        self.last: list[Spoken] = []
        self.said: list[Said] = []  # the transcript so far, in order
        self.chosen: int | None = None   # the entry of ``said`` last chosen to hear again
        self.clock = 0.0            # seconds into the current line
        self.time = 0.0             # seconds since the call view opened
        self.channel = None
        self.mouth_hold = 0.0
        self.called_back = False    # after a new_call the player is on an ordinary phone call
        self.shown: Person | None = None   # who the pane shows when not the person on the line
        # On a room's screen, what gives (size of the caller's name, of their number, the least
        # either may shrink to) for the window now, read from the back of the room
        # (game.ui.roomclip sets it); else the solo sizes.
        self.room_text: Callable[[], tuple[int, int, int]] | None = None
        self.faces = self._open_faces()
        self.cast = CastFaces(ctx.install.assets / "cast")   # portraits read once for the call
        ring = ringtone(scenario.call.channel)   # a phone's ring, or a video or meeting app's chime
        self.ring = ctx.sound.load(ctx.install.assets / "sounds" / f"{ring}.wav")
        self.ring_channel = ctx.sound.play(self.ring, loops=-1)   # at the voices' volume

    def _open_faces(self) -> dict:
        """Faces the pack brings (pictures, or silent looping videos), by person id."""
        from game.media.clips import VideoClip
        from game.media.sound import SoundOutput

        faces = {}
        script = self.scenario.call
        for person in [script.caller, *script.people]:
            if not person.face:
                continue
            path = self.pack.folder / person.face
            try:
                if path.suffix.lower() in (".mp4", ".webm"):
                    faces[person.id] = VideoClip(path, self.ctx.media, SoundOutput())  # the voice comes from the lines
                    faces[person.id].start()
                else:
                    faces[person.id] = self.ctx.media.frames(path)[0][0]
            except Exception as err:  # a damaged face file: the drawn face stands in
                print(f"face {person.face}: {err}")
        return faces

    # --- what the scene asks ---

    def choices(self) -> list[tuple[str, str]]:
        t = self.ctx.t
        if self.call.ringing:
            return [("call:answer", t("call.answer")), ("call:decline", t("call.decline"))]
        if self.call.finished:
            return []
        return [(f"call:{i}", text_in(c.text, self.ctx.lang)) for i, c in enumerate(self.call.node.choices)]

    def heading(self) -> str:
        if self.call.ringing:
            key = {"phone": "call.incoming", "video": "call.incoming_video"}.get(self.scenario.call.channel,
                                                                                 "call.incoming_conference")
            return self.ctx.t(key)
        if self.call.finished:
            return self.ctx.t("call.ended")
        return self.ctx.t("call.what_now")

    def activate(self, button_id: str) -> None:
        what = id_value(button_id, "call") or ""
        said = id_value(what, "said")
        if said is not None:   # a line chosen in the transcript: hear it again
            self.replay(int(said))
            return
        self._stop_ring()
        if what == "answer":
            self.call.answer()
        elif what == "decline":
            self.call.decline()
        else:
            choice = self.call.node.choices[int(what)]
            self._write_down_rest()
            self.said.append(Said("reply", text=choice.text))
            self.call.choose(int(what))
        self._enter_node()

    def rewind(self, call: CallSession) -> None:
        """Go on with ``call`` (a new play standing at the point of decision: see
        game.core.callplay.rewound), keeping the transcript: the lines of that point are not
        said again (R says them), only captioned."""
        self.stop_sounds()
        self._write_down_rest()
        self.call, self.called_back, self.shown = call, False, None
        self.said.append(Said("again"))
        self.queue, self.current = [], None
        self.last = [self._prepare(line) for line in (call.node.say if call.node else [])]
        for spoken in self.last:
            spoken.said = True   # written down when first said

    def replay(self, index: int | None = None) -> None:
        """Say the last lines again; with ``index``, that line of the transcript (``said``)."""
        if index is not None and 0 <= index < len(self.said) and self.said[index].spoken is not None:
            self.chosen = index
            self._stop_voice()
            self.queue, self.current = [self.said[index].spoken], None
        elif self.last:
            self._stop_voice()
            self.queue = list(self.last)
            self.current = None

    def stop_sounds(self) -> None:
        self._stop_ring()
        self._stop_voice()

    def stop(self) -> None:
        self.stop_sounds()
        for face in self.faces.values():
            close = getattr(face, "close", None)
            if close:
                close()
        self.faces = {}

    # --- playing lines ---

    def _enter_node(self) -> None:
        self._stop_voice()
        node = self.call.node
        if node is not None and node.new_call:
            self.called_back = True
            self.said.append(Said("new_call", person=self.call.person))
        self.queue = [self._prepare(line) for line in (node.say if node else [])]
        self.last = list(self.queue)
        self.current = None

    def _prepare(self, line: Line) -> Spoken:
        speaker = speaker_of(self.scenario.call, line, self.call.person)
        path = self._sound_path(line, speaker)
        sound = self.ctx.sound.load(path) if path else None
        levels, seconds = ([], 0.0)
        if path:
            levels, seconds = envelope(path), _wav_seconds(path)
        if not seconds:  # captions only: time to read the line
            seconds = 1.5 + 0.12 * len(text_in(line.text, self.ctx.lang))
        on_video = self.scenario.call.channel != "phone" and not self.called_back
        return Spoken(line, speaker, sound, levels, seconds, on_video)

    def _sound_path(self, line: Line, speaker: Person) -> Path | None:
        if line.audio:
            return self.pack.folder / line.audio
        speech = self.ctx.speech
        request = line_request(line, speaker, self.ctx.lang, self.ctx.effective.voice_speed)
        return speech.cached(request) if speech else None

    def update(self, dt: float) -> None:
        self.time += dt
        for face in self.faces.values():
            if hasattr(face, "update"):
                face.update(dt)
                if not face.playing:
                    face.replay()   # face videos loop
        if self.current is None and self.queue:
            self.current, self.clock = self.queue.pop(0), 0.0
            self._write_down(self.current)
            self.channel = self.ctx.sound.play(self.current.sound)
        elif self.current is not None:
            self.clock += dt
            if self.clock >= self.current.seconds + 0.3:
                self.current = None

    def _write_down(self, spoken: Spoken) -> None:
        """Add a line to the transcript the first time it is said."""
        if not spoken.said:
            spoken.said = True
            self.said.append(Said("line", spoken))

    def _write_down_rest(self) -> None:
        """The player moves on before every line was said: the rest is written down all the same
        (its caption was on screen), so the transcript misses no word."""
        for spoken in self.last:
            self._write_down(spoken)

    @property
    def speaking(self) -> bool:
        return self.current is not None or bool(self.queue)

    def next_change(self) -> float | None:
        """Seconds until the call's pane or caption next changes; None while it waits for the
        player. Ringing, the pulse moves ten times a second (not at all with reduced motion);
        speaking, the mouth and voice meter follow the voice's loudness (30 steps a second)
        until the line ends; a face video, its next picture."""
        changes = [face.next_change() for face in self.faces.values() if hasattr(face, "next_change")]
        if self.current is None and self.queue:
            changes.append(0.0)   # the next line starts at the next update
        elif self.current is not None:
            step = STEP - (self.clock % STEP)
            changes.append(max(0.0, min(step, self.current.seconds + 0.3 - self.clock)))
        elif self.call.ringing and not self.ctx.effective.reduced_motion:
            changes.append(RING_STEP - (self.time % RING_STEP))
        return min((c for c in changes if c is not None), default=None)

    def _stop_voice(self) -> None:
        if self.channel is not None:
            self.channel.stop()
            self.channel = None

    def _stop_ring(self) -> None:
        if self.ring_channel is not None:
            self.ring_channel.stop()
            self.ring_channel = None

    # --- drawing ---

    def caption(self) -> str:
        """The words on screen now: the current line, else the last one said."""
        spoken = self.current or (self.last[-1] if self.last else None)
        return self.line_text(spoken) if spoken is not None else ""

    def last_said(self) -> str:
        """The newest line of the transcript, as captioned ("" before anything was said): after
        an ending that says nothing, the room still reads who spoke last."""
        spoken = next((entry.spoken for entry in reversed(self.said) if entry.spoken is not None), None)
        return self.line_text(spoken) if spoken is not None else ""

    def line_text(self, spoken: Spoken) -> str:
        """A line as captioned: who says it, the very words the voice says, and what the picture
        does meanwhile (a video effect, in words)."""
        lang = self.ctx.lang
        name = text_in(spoken.speaker.name, lang)
        words = text_in(spoken.line.text, lang)
        text = f"{name}：{words}" if lang == "zh" else f"{name}: {words}"
        effect = spoken.line.effect
        if effect and effect != "none" and spoken.on_video:
            text += " " + self.ctx.t(f"call.effect.{effect}")
        return text

    def said_text(self, entry: Said) -> str:
        """One entry of the transcript as shown, in the player's language now."""
        lang, t = self.ctx.lang, self.ctx.t
        if entry.kind == "line" and entry.spoken is not None:
            return self.line_text(entry.spoken)
        if entry.kind == "reply":
            sep = "：" if lang == "zh" else ": "
            return f"{t('transcript.you')}{sep}{text_in(entry.text, lang)}"
        if entry.kind == "again":
            return t("call.again")
        return t("call.new_call", name=text_in(entry.person.name, lang)) if entry.person is not None else ""

    def ending(self) -> tuple[str, str]:
        """The outcome's label and what it teaches."""
        outcome = OUTCOMES.get(self.call.outcome, {})
        node = self.call.node
        why = text_in(node.why, self.ctx.lang) if node is not None and node.why else ""
        return outcome.get(self.ctx.lang, self.call.outcome or ""), why

    def show_caller_judged(self) -> Person | None:
        """After the call: show the first caller again when the question is about them."""
        self.shown = caller_judged(self.call)
        return self.shown

    def draw(self, surface: pygame.Surface, box: pygame.Rect) -> pygame.Rect:
        pygame.draw.rect(surface, (20, 24, 32), box)
        if self.call.ringing:
            self._draw_ringing(surface, box)
        elif self.shown is not None and self.scenario.call.channel != "phone":
            self._draw_video(surface, box, self.shown)
        elif self.scenario.call.channel == "phone" or self.called_back:
            self._draw_phone(surface, box)
        elif self.scenario.call.channel == "video":
            self._draw_video(surface, box, self.call.person)
        else:
            self._draw_conference(surface, box)
        return box

    def _mouth(self, person: Person) -> float:
        spoken = self.current
        if spoken is None or spoken.speaker.id != person.id:
            return 0.0
        effect = spoken.line.effect
        if effect == "freeze":
            return self.mouth_hold
        moment = self.clock - (LIP_LAG if effect == "lip_lag" else 0.0)
        value = mouth_at(spoken.levels, moment) if spoken.levels else (0.5 + 0.5 * ((self.clock * 4) % 1 > 0.5))
        self.mouth_hold = value
        return value

    def _effect(self, person: Person) -> str | None:
        if self.ctx.effective.reduced_motion:
            return None   # the caption still says in words what the effect would show
        spoken = self.current
        if spoken is not None and spoken.speaker.id == person.id and spoken.line.effect in ("shimmer", "blocky", "smear"):
            return spoken.line.effect
        return None

    def _person_lines(self, surface, box, person: Person, top: int) -> int:
        """The caller's name and number under their face, small enough to stay inside ``box``;
        returns the y just below them."""
        theme = on_dark(self.ctx.theme)   # the call's screen is dark in every theme
        big, small_size, least = self.room_text() if self.room_text else (theme.heading, theme.small, 8)
        name = self._fitting(text_in(person.name, self.ctx.lang), big, box, 0.17, theme.text, True, least)
        placed = surface.blit(name, name.get_rect(midtop=(box.centerx, top)))
        self.ctx.text.note_box("text", placed, "caller's name")
        detail = person.number or ""
        status = self.ctx.t("call.saved" if person.saved else "call.unknown")
        small = self._fitting(f"{detail}  ·  {status}" if detail else status, small_size, box, 0.11, theme.muted,
                              least=least)
        placed = surface.blit(small, small.get_rect(midtop=(box.centerx, top + name.get_height() + 4)))
        self.ctx.text.note_box("text", placed, "caller's number")
        return top + name.get_height() + 4 + small.get_height()

    def _fitting(self, words: str, size: int, box, share: float, colour, bold: bool = False, least: int = 8):
        """``words`` as one line no wider than ``box`` and no taller than ``share`` of its height,
        shrinking no further than ``least``."""
        text = self.ctx.text
        while size > least:
            image = text.line(words, size, colour, bold)
            if image.get_width() <= box.width - 16 and image.get_height() <= box.height * share:
                return image
            size -= 2
        return text.line(words, size, colour, bold)

    def _draw_ringing(self, surface, box) -> None:
        person = self.call.person
        centre = (box.centerx, box.top + box.height * 0.38)
        ring_time = self.time - self.time % RING_STEP   # drawn in steps: see next_change
        pulse = 0.0 if self.ctx.effective.reduced_motion else (ring_time % RING_SECONDS) / RING_SECONDS
        for step in range(3):
            radius = int(box.height * (0.12 + 0.08 * ((pulse + step / 3) % 1)))
            pygame.draw.circle(surface, (70, 110, 90), centre, radius, width=3)
        face = pygame.Rect(0, 0, int(box.height * 0.22), int(box.height * 0.22))
        face.center = centre
        if person.saved or self.scenario.call.channel != "phone":   # a video call always shows the face
            self._draw_person(surface, face, person, 0.0, round_=True)
        else:
            draw_silhouette(surface, face, round_=True)   # an unknown number has no photo, real or fake
        self._person_lines(surface, box, person, int(box.top + box.height * 0.62))

    def _draw_phone(self, surface, box) -> None:
        person = self.shown or self.call.person
        face = pygame.Rect(0, 0, int(box.height * 0.36), int(box.height * 0.36))
        face.center = (box.centerx, int(box.top + box.height * 0.32))
        if person.saved:
            self._draw_person(surface, face, person, 0.0, round_=True)
        else:
            draw_silhouette(surface, face, round_=True)   # an unknown number has no photo, real or fake
        below = self._person_lines(surface, box, person, int(box.top + box.height * 0.56))
        self._draw_level(surface, box, self._mouth(person), below + 4)

    def _draw_level(self, surface, box, level: float, top: int) -> None:
        """A voice meter under the phone screen, as a call app shows; it never rises above ``top``
        (the caller's number), which a short pane at large text would otherwise cover."""
        bars = 12
        width = box.width * 0.5 / bars
        bottom = int(box.bottom - box.height * 0.06)
        tallest = max(2, min(6 + box.height * 0.14, bottom - top))
        for index in range(bars):
            height = min(tallest, 6 + level * box.height * 0.14 * (1 - abs(index - bars / 2) / bars))
            rect = pygame.Rect(box.centerx - box.width * 0.25 + index * width, 0, width * 0.6, height)
            rect.bottom = bottom
            pygame.draw.rect(surface, (92, 204, 128), rect, border_radius=3)
            self.ctx.text.note_box("shape", rect, "voice bars")

    def _draw_video(self, surface, box, person: Person, self_view: bool = True) -> None:
        face = self.faces.get(person.id)
        if face is None:
            self._draw_person(surface, box, person, self._mouth(person), self._effect(person))
        else:
            picture = getattr(face, "picture", face)
            draw_picture_face(surface, box, picture, self._effect(person), self.time)
        _, small_size, least = self.room_text() if self.room_text else (0, self.ctx.theme.small, 8)
        label = self._fitting(text_in(person.name, self.ctx.lang), small_size, box, 0.2, (255, 255, 255), least=least)
        plate = pygame.Surface((label.get_width() + 12, label.get_height() + 4), pygame.SRCALPHA)
        plate.fill((0, 0, 0, 130))   # the name stays readable on a light backdrop
        surface.blit(plate, (box.left + 2, box.top + 4))
        surface.blit(label, (box.left + 8, box.top + 6))
        if not self_view:
            return
        me = pygame.Rect(0, 0, box.width // 5, box.height // 5)
        me.bottomright = (box.right - 10, box.bottom - 10)
        pygame.draw.rect(surface, (90, 100, 120), me)
        pygame.draw.rect(surface, (200, 200, 210), me, width=2)

    def _draw_person(self, surface, box, person: Person, mouth: float, effect: str | None = None,
                     round_: bool = False) -> None:
        """The person's cast portrait (``round_``: in a circle) when they have one, else their drawn face."""
        if not draw_cast_face(surface, box, self.cast, person.cast, mouth, effect, self.time, round_):
            draw_face(surface, box, person.id, mouth, effect, self.time, person.look)

    def _draw_conference(self, surface, box) -> None:
        script = self.scenario.call
        called = {node.new_call for node in script.nodes.values() if node.new_call}
        people = [script.caller, *[p for p in script.people if p.id not in called]]  # not who you call back
        columns = 2
        rows = (len(people) + 1) // 2
        cell_w, cell_h = box.width // columns, box.height // rows
        for index, person in enumerate(people):
            cell = pygame.Rect(box.left + (index % columns) * cell_w, box.top + (index // columns) * cell_h,
                               cell_w - 4, cell_h - 4)
            self._draw_video(surface, cell, person, self_view=False)
            if self.current is not None and self.current.speaker.id == person.id:
                pygame.draw.rect(surface, on_dark(self.ctx.theme).focus, cell, width=4)


def caller_question(t, lang: str, caller: Person) -> str:
    """The real-or-AI question naming ``caller`` as the ringing screen showed them: their number,
    else whether they were a saved contact (a WeChat video call from a saved contact has no
    number; calling it "unknown" would contradict the screen the player judged)."""
    shown = caller.number or t("call.saved" if caller.saved else "call.unknown")
    return t("judge.question_caller", name=text_in(caller.name, lang), number=shown)


def _wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path)) as sound:
            return sound.getnframes() / sound.getframerate()
    except (OSError, wave.Error, EOFError):
        return 0.0
