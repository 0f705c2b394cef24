"""Answers on phones in a room scene: the answer server for the session, a question opened on
the phones when an answer step opens and closed when it closes, what each phone is told at
the reveal, and the join screen with its QR code.

A scene holds one ``RoomPhones`` for its session: ``start`` in ``enter`` (a port taken or
no such address: one notice with the reason, and the session goes on without phones),
``sync`` every frame (records new phones), ``open`` / ``close`` around each answer step,
``reveal`` on the reveal, ``stop`` when the session ends or the scene leaves (no thread is
left behind). The projector shows how many phones joined and answered, never what.
"""
from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING

import pygame

from game.core.models import text_in
from game.core.strings import t as translate
from game.core.phones import PhoneQuestion, PhoneRoom, PhoneVote, Reveal, new_code
from game.ui.cardsetup import tell
from game.ui.phonesetup import PhoneConfig
from game.ui.sections import Section, sections_height

if TYPE_CHECKING:
    from game.phones.server import PhoneServer

QUIET_ZONE = 4      # white modules around the QR code (the standard's quiet zone)
POLL = 0.5          # seconds between looks at the counts while phones may answer


class RoomPhones:
    def __init__(self, ctx, config: PhoneConfig, teams: list[str]):
        self.ctx, self.config = ctx, config
        self.room = PhoneRoom(new_code(random.Random()), list(teams))
        self.server: PhoneServer | None = None
        self.persons: dict[str, int] = {}      # device -> its number in the order it joined
        self.nicknames: dict[str, str] = {}
        self.asked = 0                         # questions opened so far (each asking a new key)
        self.keys: dict[tuple[int, str], str] = {}   # (position, kind) -> the key last asked
        self.seen_version = -1

    @property
    def active(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def start(self) -> bool:
        """Serve the room on the chosen address and port; a notice and False when it cannot."""
        from game.phones.server import PhoneServer

        server = PhoneServer(self.room, self.config.address(), self.config.port, per_address=self.config.per_address)
        try:
            server.start()
        except (OSError, RuntimeError) as err:   # (its thread has ended: nothing to stop)
            tell(self.ctx, "phone.no_server", why=self._why(err))
            return False
        self.server = server
        return True

    def _why(self, err: BaseException) -> str:
        if isinstance(err, OSError) and err.errno in (98, 48, 10048):   # address in use (Linux, macOS, Windows)
            return self.ctx.t("phone.why.port", port=self.config.port)
        return self.ctx.t("phone.why.other", why=(str(err) or type(err).__name__)[:80])

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def next_change(self) -> float | None:
        return POLL if self.active else None

    # --- the room ---

    def sync(self, records, session_id) -> bool:
        """Record phones that joined (or changed nickname) since the last look; True when the
        counts may have changed (the screen is drawn again)."""
        if self.server is None:
            return False
        with self.server.lock:
            version = self.room.version
            members = sorted(self.room.members.values(), key=lambda m: m.joined_at)
        if version == self.seen_version:
            return False
        self.seen_version = version
        for member in members:
            if member.device not in self.persons:
                self.persons[member.device] = len(self.persons) + 1
            if self.nicknames.get(member.device) != member.nickname and session_id is not None:
                records.phone_person(session_id, self.persons[member.device], member.nickname, member.team)
            self.nicknames[member.device] = member.nickname
        return True

    def counts(self) -> tuple[int, int]:
        if self.server is None:
            return 0, 0
        with self.server.lock:
            return self.room.counts()

    def names(self) -> list[str]:
        if self.server is None:
            return []
        with self.server.lock:
            return [m.nickname for m in sorted(self.room.members.values(), key=lambda m: m.joined_at)]

    def open(self, position: int, part: str, kind: str, options: list[dict], prompt: dict) -> None:
        """An answer step opened: the phones are asked it (a new key each time it is asked)."""
        if self.server is None:
            return
        self.asked += 1
        key = f"{position}-{kind}-{self.asked}"
        self.keys[(position, kind)] = key
        question = PhoneQuestion(key, position, part, kind, tuple(options), prompt)
        with self.server.lock:
            self.room.open(question, time.monotonic())
        self.server.changed()

    def current(self) -> list[PhoneVote]:
        """The answers to the open question so far (a classroom counts them as they come)."""
        if self.server is None:
            return []
        with self.server.lock:
            question = self.room.question
            return self.room.votes(question.key) if question is not None else []

    def close(self, records, session_id, position: int, part: str, scenario, kind: str) -> list[PhoneVote]:
        """The answer step closed: each phone's last answer, recorded by person."""
        if self.server is None:
            return []
        with self.server.lock:
            votes = self.room.close() if self.room.question is not None else []
        self.server.changed()
        self.sync(records, session_id)
        rows = [(self.persons.get(v.device, 0), v.answer, v.at) for v in votes]
        if session_id is not None:
            records.phone_votes(session_id, position, part, scenario, kind, rows)
        return votes

    def reveal(self, position: int, scenario, options: int) -> None:
        """The scenario is revealed: each phone is shown its own result."""
        if self.server is None:
            return
        with self.server.lock:
            if (position, "judge") in self.keys:
                self.room.reveal(Reveal(self.keys[(position, "judge")], position, "judge", truth=scenario.truth))
            if scenario.actions and (position, "action") in self.keys:
                safe = tuple(o.safe for o in scenario.actions[0].options[:options])
                self.room.reveal(Reveal(self.keys[(position, "action")], position, "action", safe=safe))
        self.server.changed()


def both(key: str) -> dict:
    """A string in both languages, as the phones show it."""
    return {lang: translate(key, lang) for lang in ("zh", "en")}


def judge_options() -> list[dict]:
    return [both("judge.real"), both("judge.manipulated")]


def action_options(options) -> list[dict]:
    return [{"zh": text_in(o.text, "zh"), "en": text_in(o.text, "en")} for o in options]


# --- drawing ---

def draw_qr(surface, box: pygame.Rect, url: str) -> pygame.Rect:
    """The QR code of ``url`` as large as fits ``box`` (whole pixels a module, its quiet zone
    white); the square drawn."""
    import segno

    matrix = segno.make(url, error="m").matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    side = max(1, min(box.width, box.height) // modules)
    square = pygame.Rect(0, 0, side * modules, side * modules)
    square.center = box.center
    surface.fill((255, 255, 255), square)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                surface.fill((0, 0, 0), (square.left + (x + QUIET_ZONE) * side,
                                         square.top + (y + QUIET_ZONE) * side, side, side))
    return square


def join_sections(scene, phones: RoomPhones) -> list[Section]:
    """Above the room code on the join screen: the title and where to go."""
    t = scene.t
    return [Section(t("phone.join_title"), "heading", "text", True, 8),
            Section(t("phone.join_scan"), "body", "muted", False, 4),
            Section(phones.url.rstrip("/"), "heading", "focus", True, 4),
            Section(t("phone.join_wifi"), "body", "muted", False, 0)]


def names_line(scene, phones: RoomPhones, width: int, size: int) -> str:
    """As many nicknames as fit one line of ``width``, "and more" when some are left out."""
    names = phones.names()
    font = scene.ctx.text.font(size)
    sep = "、" if scene.ctx.lang == "zh" else ", "
    for count in range(len(names), 0, -1):
        words = sep.join(names[:count])
        if count < len(names):
            words = scene.t("phone.join_names", names=words)
        if font.size(words)[0] <= width:
            return words
    return ""


def draw_join(scene, surface, box: pygame.Rect, phones: RoomPhones) -> None:
    """The join screen: the QR code on the left, as large as the height allows; on the right
    where to go, the room code huge and how many joined."""
    ctx = scene.ctx
    gap = ctx.theme.gap
    qr_side = min(box.height, box.width * 45 // 100)
    square = draw_qr(surface, pygame.Rect(box.left, box.top, qr_side, qr_side), phones.url)
    ctx.text.note_box("picture", square, "qr")
    right = pygame.Rect(square.right + gap * 2, box.top, box.right - square.right - gap * 2, box.height)
    upper = pygame.Rect(right.left, right.top, right.width, right.height * 45 // 100)
    sections = join_sections(scene, phones)
    if sections_height(ctx.text, sections, upper.width, scene.least()) > upper.height:
        sections = sections[:-1]   # the Wi-Fi note gives way to the room code
    used = scene.draw_fitted(surface, upper, sections, start=26)
    label_size = scene.size(24)
    top = right.top + used + gap
    top += ctx.text.draw_block(surface, scene.t("phone.join_code"), pygame.Rect(right.left, top, right.width,
                                                                                ctx.text.line_height(label_size)),
                               label_size, ctx.theme.muted)
    under_h = ctx.text.line_height(scene.size(24), True) + ctx.text.line_height(scene.least()) + gap
    code_h = max(20, right.bottom - under_h - top - gap)
    words = " ".join(phones.room.code)
    size = code_size(ctx, words, right.width, code_h)
    spot = pygame.Rect(right.left, top, right.width, ctx.text.line_height(size, True))
    ctx.text.draw_block(surface, words, spot, size, ctx.theme.text, bold=True)
    size = scene.size(24)
    line = pygame.Rect(right.left, spot.bottom + gap, right.width, ctx.text.line_height(size, True))
    joined, _ = phones.counts()
    ctx.text.draw_block(surface, scene.t("phone.joined", n=joined), line, size, ctx.theme.good, bold=True)
    names = names_line(scene, phones, right.width, scene.least())
    if names:
        line = pygame.Rect(right.left, line.bottom, right.width, ctx.text.line_height(scene.least()))
        ctx.text.draw_block(surface, names, line, scene.least(), ctx.theme.muted)


def code_size(ctx, words: str, width: int, height: int) -> int:
    """The largest text size (before the text-size setting) at which ``words`` fit one line
    of ``width`` and ``height``."""
    probe = 40   # one measurement scales: text grows in step with its size
    font = ctx.text.font(probe, True)
    size = max(8, int(probe * min(width / max(1, font.size(words)[0]), height / font.get_linesize())) - 1)
    while size > 8 and (ctx.text.font(size, True).size(words)[0] > width or ctx.text.line_height(size, True) > height):
        size -= 1
    return size


def counts_sections(scene, phones: RoomPhones) -> list[Section]:
    """While the room answers: how many phones joined and answered (never what), and where to join."""
    joined, answered = phones.counts()
    return [Section(scene.t("phone.counts", joined=joined, answered=answered), "body", "good", True, 2),
            Section(scene.t("phone.where", url=phones.url.rstrip("/"), code=phones.room.code), "body", "muted",
                    False, 0)]
