"""Community sessions: a presenter steers the pace, the room votes by show of hands.

A session follows a plan (about 20 or 45 minutes, from ``assets/session-plans.yaml``):
optionally a few learning-check items first, then scenarios with a reveal and a
discussion prompt each, then the matched check items. The presenter enters how many
hands went up for each answer; check items are voted on but not revealed, so the
before/after share of safe answers can be compared on the handout.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from game.core.callplay import has_playout
from game.core.order import in_display_order

from game.core.models import Scenario

# What the presenter sees for one item, in order; check items skip the reveal and discussion
# (and the play-out of a call, which would show the answer). A call is played out only after
# the room has voted.
STEPS = ("watch", "vote_judge", "vote_action", "playout", "reveal", "discuss")
CHECK_STEPS = ("watch", "vote_judge", "vote_action")
MAX_HANDS = 999


@dataclass(frozen=True)
class PlanItem:
    scenario: Scenario
    pack_id: str
    part: str          # 'pre', 'practice' or 'post'


@dataclass
class Tally:
    """Hands raised for one item: for real, for AI, and for each action option."""

    real: int = 0
    manipulated: int = 0
    actions: list[int] = field(default_factory=list)

    @property
    def voters(self) -> int:
        return max(self.real + self.manipulated, sum(self.actions))

    def share_right(self, truth: str) -> float | None:
        total = self.real + self.manipulated
        return (self.real if truth == "real" else self.manipulated) / total if total else None

    def share_safe(self, scenario: Scenario) -> float | None:
        total = sum(self.actions)
        if not total or not scenario.actions:
            return None
        options = scenario.actions[0].options
        return sum(n for n, o in zip(self.actions, options) if o.safe) / total


def clamp_hands(value: int) -> int:
    return max(0, min(MAX_HANDS, value))


def answer_counts(kind: str, answers: list, options: int) -> list[int]:
    """How many ``answers`` (from phones) gave each answer: [real, AI] for 'judge', one per
    option (``options`` of them) for 'action'; answers out of range are not counted."""
    if kind == "judge":
        return [sum(a == side for a in answers) for side in ("real", "manipulated")]
    return [sum(a == i for a in answers) for i in range(options)]


def add_counts(tally: Tally, kind: str, counts: list[int], sign: int = 1) -> None:
    """Add (``sign`` 1) or take back (-1) ``counts`` from another source (phones) to ``tally``:
    sources add up, with hands typed for the people who have neither."""
    if kind == "judge":
        tally.real = clamp_hands(tally.real + sign * counts[0])
        tally.manipulated = clamp_hands(tally.manipulated + sign * counts[1])
    else:
        tally.actions = [clamp_hands(n + sign * (counts[i] if i < len(counts) else 0))
                         for i, n in enumerate(tally.actions)]


@dataclass
class CommunitySession:
    """Which item and step the presenter is on, and the tallies entered so far."""

    items: list[PlanItem]
    index: int = 0
    step: str = "watch"
    tallies: dict = field(default_factory=dict)   # item index -> Tally
    order_key: str = ""                           # the session: one option order for the whole room
    room_size: int = 0                            # people in the room (0: not given)
    skipped: set = field(default_factory=set)     # indexes of the items the presenter skipped (S)

    def __post_init__(self):
        if self.order_key:
            self.items = [replace(item, scenario=in_display_order(item.scenario, self.order_key))
                          for item in self.items]

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def item(self) -> PlanItem:
        return self.items[self.index]

    def steps(self) -> tuple[str, ...]:
        steps = CHECK_STEPS if self.item.part != "practice" else STEPS
        scenario = self.item.scenario
        return tuple(s for s in steps if (s != "vote_action" or scenario.actions)
                     and (s != "playout" or has_playout(scenario)))

    def tally(self) -> Tally:
        if self.index not in self.tallies:
            options = self.item.scenario.actions[0].options if self.item.scenario.actions else []
            self.tallies[self.index] = Tally(actions=[0] * len(options))
        return self.tallies[self.index]

    def forward(self) -> None:
        """The next step, or the next item after the last step."""
        steps = self.steps()
        position = steps.index(self.step)
        if position + 1 < len(steps):
            self.step = steps[position + 1]
        else:
            self._next_item()

    def back(self) -> None:
        """One step back, or to the last step of the item before."""
        steps = self.steps()
        position = steps.index(self.step)
        if position > 0:
            self.step = steps[position - 1]
        elif self.index > 0:
            self.index -= 1
            self.step = self.steps()[-1]
            self.skipped.discard(self.index)   # back on it: it is played after all

    def skip(self) -> None:
        """Skip this item: it is marked skipped, and on to the next (what was voted is kept)."""
        self.skipped.add(self.index)
        self._next_item()

    def _next_item(self) -> None:
        self.index += 1
        self.step = "watch"

    def stop(self) -> None:
        """The presenter ends the session early: what was voted stays, the rest is not played."""
        self.index, self.step = len(self.items), "watch"

    @property
    def started(self) -> bool:
        """Whether anything was played beyond the first clip (an early end then has something to show)."""
        return self.index > 0 or self.step != "watch"

    def counted(self) -> int | None:
        """Hands counted on this vote step so far (None on a step with no vote)."""
        tally = self.tally()
        if self.step == "vote_judge":
            return tally.real + tally.manipulated
        return sum(tally.actions) if self.step == "vote_action" else None

    def remaining(self) -> int | None:
        """People in the room not yet counted on this vote step: negative when more hands were
        counted than there are people (a miscount). None without a room size or a vote."""
        counted = self.counted()
        return None if counted is None or not self.room_size else self.room_size - counted

    def reveal(self) -> None:
        """Straight to the answer (practice items only); a call is played out first, so its
        endings are seen (from the play-out, on to the answer)."""
        steps = self.steps()
        if "reveal" not in steps:
            return
        before_playout = "playout" in steps and steps.index(self.step) < steps.index("playout")
        self.step = "playout" if before_playout else "reveal"

    def part_scores(self, part: str) -> tuple[float, float] | None:
        """(share judged right, share of safe actions) over the voted items of ``part`` (not
        those skipped)."""
        right, safe = [], []
        for index, item in enumerate(self.items):
            tally = self.tallies.get(index)
            if item.part != part or tally is None or index in self.skipped:
                continue
            if tally.share_right(item.scenario.truth) is not None:
                right.append(tally.share_right(item.scenario.truth))
            if tally.share_safe(item.scenario) is not None:
                safe.append(tally.share_safe(item.scenario))
        if not right and not safe:
            return None
        return (sum(right) / len(right) if right else 0.0, sum(safe) / len(safe) if safe else 0.0)
