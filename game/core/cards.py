"""Answer cards: everyone in the room answers by turning a printed card.

Each card has a square marker with its number in the middle and an answer on each edge:
A on top as printed, then B, C and D clockwise. The edge a person holds on top is their
answer. For "real or AI?" only two edges count, opposite each other so the two answers
are a half turn apart: A is 真的 Real, C is AI伪造 AI-made.

The camera side (``game.cards``) turns each frame into ``Reading``s; this module, pure
Python, decides what they mean: ``CardScan`` merges the frames of one answer step (a
card's answer is its last *stable* reading, so a card turned mid-way counts once, as
where it ended), flags a number seen twice at once (two people with the same card), and
gives the step's votes. Cards carry no names: ``CardRoom`` maps numbers to names or teams
only when the organiser typed them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

EDGES = ("A", "B", "C", "D")          # clockwise from the top of the card as printed
MAX_CARDS = 60
CARD_COUNTS = (10, 15, 20, 24, 30, 36, 40, 45, 50, 60)   # the numbers of cards a setup offers
MAX_ROOM_OPTIONS = 4                  # one option per edge
JUDGE_EDGES = {"A": "real", "C": "manipulated"}
STABLE_FRAMES = 2                     # the same edge in this many frames running makes an answer
DUPLICATE_APART = 2.0                 # two sightings of one number this many marker sizes apart: two cards
# A card still held up as it was for the step before is not yet an answer to this one: it
# counts once it is lowered or turned, or, held still this long, as meant.
CARRY_GRACE = 8.0


@dataclass(frozen=True)
class Reading:
    """One card seen in one frame: its number, the edge on top, where (pixels) and how big."""

    card: int
    edge: str
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0


@dataclass(frozen=True)
class CardVote:
    """A card's answer to one question: 'real' / 'manipulated', or an option index."""

    card: int
    answer: str | int
    at: float          # seconds into the answer step when the answer became stable


def edge_answer(edge: str, question: str, options: int = 0) -> str | int | None:
    """What holding ``edge`` on top means for a question ('judge', or 'action' with ``options``
    options shown); None when that edge is no answer to it (B on a real-or-AI question)."""
    if question == "judge":
        return JUDGE_EDGES.get(edge)
    if edge in EDGES and EDGES.index(edge) < min(options, MAX_ROOM_OPTIONS):
        return EDGES.index(edge)
    return None


def answer_edge(answer: str | int) -> str:
    """The edge to hold on top for ``answer`` (the inverse of ``edge_answer``)."""
    if isinstance(answer, int):
        return EDGES[answer]
    return next(edge for edge, meaning in JUDGE_EDGES.items() if meaning == answer)


@dataclass
class CardScan:
    """The readings of one answer step, merged frame by frame.

    ``question`` is 'judge' or 'action'; ``options`` the number of options shown (action);
    ``cards`` the number of cards printed: a number above it is a misreading and ignored.
    ``carried``: each card's edge as last seen in the step before (``still_up``), which does not
    answer this step until the card is lowered or turned, or ``CARRY_GRACE`` seconds pass."""

    question: str
    options: int = 0
    cards: int = MAX_CARDS
    answers: dict[int, CardVote] = field(default_factory=dict)
    duplicates: set[int] = field(default_factory=set)
    frames: int = 0
    carried: dict[int, str] = field(default_factory=dict)
    _running: dict[int, tuple[str, int]] = field(default_factory=dict)   # card -> (edge, frames in a row)

    def add_frame(self, readings: list[Reading], at: float) -> list[int]:
        """Take one frame's readings, ``at`` seconds into the step; the cards whose answer
        changed (became stable on a new answer) in this frame."""
        self.frames += 1
        seen: dict[int, list[Reading]] = {}
        for reading in readings:
            if 1 <= reading.card <= self.cards:
                seen.setdefault(reading.card, []).append(reading)
        changed = []
        for card, sightings in seen.items():
            if _apart(sightings):
                self.duplicates.add(card)
            edges = {s.edge for s in sightings}
            if len(edges) != 1:
                self._running.pop(card, None)   # two cards with one number disagree: no reading
                continue
            edge = edges.pop()
            if self.carried.get(card) == edge and at < CARRY_GRACE:
                continue                        # still held as for the question before
            self.carried.pop(card, None)
            if self._take(card, edge, at):
                changed.append(card)
        for card in set(self._running) - set(seen):
            del self._running[card]             # out of sight: the next sighting starts afresh
        for card in set(self.carried) - set(seen):
            del self.carried[card]              # lowered: its next sighting is an answer
        return sorted(changed)

    def still_up(self) -> dict[int, str]:
        """Each card in sight at the last frame with the edge it showed (for the next step's ``carried``)."""
        return {card: edge for card, (edge, _) in self._running.items()} | {
            card: edge for card, edge in self.carried.items() if card not in self._running}

    def _take(self, card: int, edge: str, at: float) -> bool:
        last_edge, count = self._running.get(card, ("", 0))
        count = count + 1 if edge == last_edge else 1
        self._running[card] = (edge, count)
        answer = edge_answer(edge, self.question, self.options)
        if count < STABLE_FRAMES or answer is None:
            return False
        previous = self.answers.get(card)
        if previous is not None and previous.answer == answer:
            return False
        self.answers[card] = CardVote(card, answer, round(at, 2))
        return True

    def read(self) -> list[int]:
        """The numbers of the cards with an answer so far (the grid lights these; never what)."""
        return sorted(self.answers)

    def votes(self) -> list[CardVote]:
        return [self.answers[card] for card in sorted(self.answers)]

    def counts(self) -> list[int]:
        """How many cards chose each answer: [real, AI] for 'judge', one per option for 'action'."""
        if self.question == "judge":
            return [sum(v.answer == meaning for v in self.answers.values()) for meaning in ("real", "manipulated")]
        return [sum(v.answer == index for v in self.answers.values()) for index in range(self.options)]


def _apart(sightings: list[Reading]) -> bool:
    """Whether sightings of one number are far enough apart to be two cards, not one seen twice."""
    for i, first in enumerate(sightings):
        for second in sightings[i + 1:]:
            size = max(first.size, second.size, 1.0)
            if ((first.x - second.x) ** 2 + (first.y - second.y) ** 2) ** 0.5 > DUPLICATE_APART * size:
                return True
    return False


@dataclass(frozen=True)
class CardRoom:
    """The cards handed out: how many, and (only if the organiser typed them) names and teams.

    With teams, the cards are shared out in runs: 24 cards and 4 teams give cards 1-6 to the
    first team, 7-12 to the second, and so on."""

    count: int
    teams: int = 0
    names: dict[int, str] = field(default_factory=dict)

    def __post_init__(self):
        if not 1 <= self.count <= MAX_CARDS:
            raise ValueError(f"{self.count} cards: choose 1 to {MAX_CARDS}")

    def team_of(self, card: int) -> int | None:
        """The team (from 0) that holds ``card``; None without teams."""
        if not self.teams or not 1 <= card <= self.count:
            return None
        return min(self.teams - 1, (card - 1) * self.teams // self.count)

    def cards_of(self, team: int) -> list[int]:
        return [card for card in range(1, self.count + 1) if self.team_of(card) == team]

    def runs(self) -> list[tuple[int, int]]:
        """(first card, last card) each team holds, team by team."""
        return [(cards[0], cards[-1]) for cards in (self.cards_of(team) for team in range(self.teams)) if cards]

    def name_of(self, card: int) -> str:
        """The organiser's name for ``card``, '' when none was typed."""
        return self.names.get(card, "")


def parse_names(text: str, count: int = MAX_CARDS) -> dict[int, str]:
    """Card names as an organiser types them, one per line: ``3 王阿姨`` or ``3: Mrs Wang``.
    Lines that do not start with a card number in range are left out."""
    names = {}
    for line in text.splitlines():
        number, _, name = line.strip().replace(":", " ", 1).replace("：", " ", 1).partition(" ")
        if number.isdigit() and 1 <= int(number) <= count and name.strip():
            names[int(number)] = name.strip()[:24]
    return names
