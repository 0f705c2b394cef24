"""Answers on phones: who joined, the question open now, each phone's answer, and what each
phone is told. Pure Python; ``game.phones.server`` puts it on the room's network.

A phone joins with the room code shown on the projector and a nickname (and, in a
classroom, a team). It keeps a device id it made itself (kept in the browser), so a phone
that slept or lost the Wi-Fi comes back as the same person with the same answers. Each
phone has one answer per question, the last one it sent, until the question closes;
nothing is kept beyond this session's nicknames and answers.

Everything a phone sends is checked here: the shape and size of the message, the room
code, the nickname (length, no control characters), the question it answers (only the
open one), the answer (one of the question's), and how often it sends (``RateLimit``).
"""
from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field

CODE_DIGITS = 4
MAX_MESSAGE = 1024          # bytes a phone's message may have
MAX_NICKNAME = 16           # characters
MAX_DEVICE = 64             # characters of a phone's own id
MAX_MEMBERS = 200
MAX_DEPTH = 3               # a phone's message is one object of plain values (an answer may nest once)
BURST, PER_SECOND = 12, 4.0  # a phone may send this many at once, then this many a second


def new_code(rng: random.Random) -> str:
    """A room code of ``CODE_DIGITS`` digits (never starting with 0: people drop it)."""
    return str(rng.randint(10 ** (CODE_DIGITS - 1), 10 ** CODE_DIGITS - 1))


def clean_nickname(text: object) -> str | None:
    """A nickname as shown everywhere: trimmed, no control or format characters, at most
    ``MAX_NICKNAME`` characters; None when nothing is left. (HTML escaping is the page's and
    the server's job: this keeps what was typed.)"""
    if not isinstance(text, str):
        return None
    kept = "".join(c for c in text if unicodedata.category(c)[0] != "C").strip()
    return " ".join(kept.split())[:MAX_NICKNAME] or None


@dataclass
class RateLimit:
    """A token bucket per phone: ``BURST`` messages at once, then ``PER_SECOND``."""

    tokens: float = BURST
    last: float = 0.0

    def allow(self, now: float) -> bool:
        self.tokens = min(BURST, self.tokens + (now - self.last) * PER_SECOND)
        self.last = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass
class Member:
    device: str
    nickname: str
    team: int | None
    joined_at: float
    connected: bool = True


@dataclass(frozen=True)
class PhoneQuestion:
    """The question open on the phones: ``key`` names it (a new key for each asking),
    ``kind`` is 'judge' or 'action', ``options`` the answers' labels by language."""

    key: str
    position: int
    part: str
    kind: str
    options: tuple[dict, ...] = ()
    prompt: dict = field(default_factory=dict)

    def valid(self, answer: object) -> bool:
        if self.kind == "judge":
            return answer in ("real", "manipulated")
        return isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(self.options)


@dataclass(frozen=True)
class PhoneVote:
    device: str
    nickname: str
    team: int | None
    answer: str | int
    at: float            # seconds into the question when the last answer came


@dataclass(frozen=True)
class Reveal:
    """What a closed question's answers meant: the truth (judge) or which options are safe."""

    key: str
    position: int
    kind: str
    truth: str = ""
    safe: tuple[bool, ...] = ()

    def right(self, answer: str | int) -> bool:
        if self.kind == "judge":
            return answer == self.truth
        return isinstance(answer, int) and 0 <= answer < len(self.safe) and self.safe[answer]


class Refused(Exception):
    """A phone's message was not taken; ``code`` says why in a word the page translates."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def parse_message(raw: str | bytes) -> dict:
    """A phone's message as a dict with a known ``type``; Refused('bad_message') otherwise."""
    if len(raw) > MAX_MESSAGE:
        raise Refused("too_long")
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Refused("bad_message") from None
    if not isinstance(message, dict) or message.get("type") not in ("hello", "join", "answer"):
        raise Refused("bad_message")
    if depth(message) > MAX_DEPTH:
        raise Refused("bad_message")
    device = message.get("device")
    if not isinstance(device, str) or not 8 <= len(device) <= MAX_DEVICE or not device.isprintable():
        raise Refused("bad_device")
    return message


def depth(value: object) -> int:
    """How deep lists and objects nest in a parsed JSON value (a plain value is 0)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, level = todo.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is not None:
            deepest = max(deepest, level)
            todo.extend((child, level + 1) for child in children)
    return deepest


@dataclass
class PhoneRoom:
    """The phones of one session. ``teams``: the team names a phone chooses from ([] for none)."""

    code: str
    teams: list[str] = field(default_factory=list)
    members: dict[str, Member] = field(default_factory=dict)
    question: PhoneQuestion | None = None
    opened_at: float = 0.0
    answers: dict[str, dict[str, tuple[str | int, float]]] = field(default_factory=dict)   # key -> device -> (answer, at)
    reveals: dict[str, Reveal] = field(default_factory=dict)
    version: int = 0                       # grows with every change the phones should see
    _limits: dict[str, RateLimit] = field(default_factory=dict)

    # --- what phones send ---

    def receive(self, raw: str | bytes, now: float) -> str:
        """Take one message from a phone; its device id. Refused with the reason otherwise."""
        message = parse_message(raw)
        device = message["device"]
        if not self._limit(device).allow(now):
            raise Refused("too_fast")
        if message["type"] == "join":
            self.join(device, message.get("code"), message.get("nickname"), message.get("team"), now)
        elif message["type"] == "hello":   # a page opened or came back: it is shown where it is
            if device in self.members:
                self.members[device].connected = True
        elif device not in self.members:
            raise Refused("not_joined")
        else:
            self.answer(device, message.get("question"), message.get("answer"), now)
        return device

    def _limit(self, device: str) -> RateLimit:
        if device not in self._limits:
            if len(self._limits) >= MAX_MEMBERS * 4:   # forget devices that never joined (made-up ids)
                self._limits = {known: limit for known, limit in self._limits.items() if known in self.members}
            if len(self._limits) >= MAX_MEMBERS * 4:
                raise Refused("room_full")
            self._limits[device] = RateLimit(last=0.0)
        return self._limits[device]

    def join(self, device: str, code: object, nickname: object, team: object, now: float) -> None:
        if code != self.code:
            raise Refused("wrong_code")
        name = clean_nickname(nickname)
        if name is None:
            raise Refused("no_nickname")
        chosen = team if isinstance(team, int) and not isinstance(team, bool) else None
        if self.teams and not (chosen is not None and 0 <= chosen < len(self.teams)):
            raise Refused("no_team")
        if device not in self.members and len(self.members) >= MAX_MEMBERS:
            raise Refused("room_full")
        old = self.members.get(device)
        self.members[device] = Member(device, name, chosen if self.teams else None,
                                      old.joined_at if old else now)
        self.version += 1

    def answer(self, device: str, key: object, answer: object, now: float) -> None:
        question = self.question
        if question is None or key != question.key:
            raise Refused("closed")
        if not question.valid(answer) or not isinstance(answer, (str, int)):
            raise Refused("bad_answer")
        self.answers.setdefault(question.key, {})[device] = (answer, round(now - self.opened_at, 2))
        self.version += 1

    def left(self, device: str) -> None:
        """The phone's connection closed (asleep, out of Wi-Fi): it stays a member."""
        if device in self.members:
            self.members[device].connected = False
            self.version += 1

    # --- what the game does ---

    def open(self, question: PhoneQuestion, now: float) -> None:
        self.question, self.opened_at = question, now
        self.answers.setdefault(question.key, {})
        self.version += 1

    def close(self) -> list[PhoneVote]:
        """Close the open question: each phone's last answer to it."""
        question, self.question = self.question, None
        self.version += 1
        if question is None:
            return []
        return self.votes(question.key)

    def votes(self, key: str) -> list[PhoneVote]:
        votes = []
        for device, (answer, at) in sorted(self.answers.get(key, {}).items(), key=lambda item: item[1][1]):
            member = self.members.get(device)
            if member is not None:
                votes.append(PhoneVote(device, member.nickname, member.team, answer, at))
        return votes

    def reveal(self, reveal: Reveal) -> None:
        self.reveals[reveal.key] = reveal
        self.version += 1

    def counts(self) -> tuple[int, int]:
        """(phones joined, phones that answered the open question): never what they answered."""
        answered = len(self.answers.get(self.question.key, {})) if self.question else 0
        return len(self.members), answered

    # --- what each phone is shown ---

    def view(self, device: str) -> dict:
        """Everything the phone ``device`` shows now, as plain JSON values."""
        member = self.members.get(device)
        view: dict = {"type": "state", "version": self.version, "teams": list(self.teams),
                      "joined": member is not None}
        if member is None:
            return view
        view["nickname"], view["team"] = member.nickname, member.team
        if self.question is not None:
            question = self.question
            mine = self.answers.get(question.key, {}).get(device)
            view["question"] = {"key": question.key, "kind": question.kind, "options": list(question.options),
                                "prompt": question.prompt, "mine": mine[0] if mine else None}
        if self.reveals and self.question is None:
            view["reveal"] = self._revealed(device)
        return view

    def _revealed(self, device: str) -> list[dict]:
        """The phone's own results for the scenario revealed last: each question, its answer,
        right (judge) or safe (action)."""
        position = list(self.reveals.values())[-1].position
        shown = []
        for reveal in self.reveals.values():
            if reveal.position != position:
                continue
            mine = self.answers.get(reveal.key, {}).get(device)
            shown.append({"key": reveal.key, "kind": reveal.kind, "truth": reveal.truth,
                          "answered": mine is not None, "mine": mine[0] if mine else None,
                          "right": mine is not None and reveal.right(mine[0])})
        return shown
