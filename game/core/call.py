"""The branching engine of simulated calls: where the call is, what was done, how it ended.

A call rings; the player answers or declines; each node says its lines and offers
choices; a choice leads to another node; a node with an outcome ends the call. A
node may start a new call (``new_call``), as when the player hangs up and calls back
on the saved number and the genuine person answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.models import CallNode, CallScript, Person
from game.core.vocab import OUTCOMES

DECLINED = "declined"


@dataclass
class CallSession:
    """One play of a call script."""

    script: CallScript
    node_id: str | None = None            # None while ringing
    person: Person | None = None          # who is on the line now
    moves: list[str] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    outcome: str | None = None

    def __post_init__(self):
        self.person = self.script.caller

    @property
    def ringing(self) -> bool:
        return self.node_id is None and self.outcome is None

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    @property
    def node(self) -> CallNode | None:
        return self.script.nodes.get(self.node_id) if self.node_id else None

    @property
    def score(self) -> float:
        return OUTCOMES.get(self.outcome, {}).get("score", 0.0) if self.outcome else 0.0

    def answer(self) -> None:
        self._expect_ringing()
        self.moves.append("answer")
        self._go(self.script.start)

    def decline(self) -> None:
        self._expect_ringing()
        self.moves.append("decline")
        if self.script.decline:
            self._go(self.script.decline)
        else:
            self.outcome = DECLINED

    def choose(self, index: int) -> None:
        """Take choice ``index`` of the current node."""
        if self.finished or self.node is None:
            raise RuntimeError("the call is not waiting for a choice")
        choice = self.node.choices[index]
        self.moves.append(choice.move or "other")
        self._go(choice.next)

    def _go(self, node_id: str) -> None:
        self.node_id = node_id
        self.path.append(node_id)
        node = self.script.nodes[node_id]
        if node.new_call:
            self.person = person_by_id(self.script, node.new_call)
        if node.outcome:
            self.outcome = node.outcome

    def _expect_ringing(self) -> None:
        if not self.ringing:
            raise RuntimeError("the call is no longer ringing")


def person_by_id(script: CallScript, person_id: str | None) -> Person:
    """The caller or one of the people; the caller when ``person_id`` is None."""
    if person_id is None:
        return script.caller
    for person in [script.caller, *script.people]:
        if person.id == person_id:
            return person
    raise KeyError(person_id)


def caller_judged(call: CallSession) -> Person | None:
    """The caller the real/fake question is about, when the call went on to someone else (a call
    back reached the genuine relative): the question must name the first caller, or a careful
    player who judges the person now on the line as real is marked wrong. None otherwise."""
    if call.person is not None and call.person.id != call.script.caller.id:
        return call.script.caller
    return None


def all_endings(script: CallScript, limit: int = 10_000) -> list[tuple[list[str], str]]:
    """Every path from the start (and from declining) to an ending, without repeating a node.

    Used by tests and the validator to walk each call to its outcome.
    """
    endings: list[tuple[list[str], str]] = []
    starts = [script.start] + ([script.decline] if script.decline else [])
    stack = [[node_id] for node_id in starts]
    while stack and len(endings) < limit:
        path = stack.pop()
        node = script.nodes[path[-1]]
        if node.outcome:
            endings.append((path, node.outcome))
            continue
        for choice in node.choices:
            if choice.next not in path:
                stack.append(path + [choice.next])
    if not script.decline:
        endings.append(([], DECLINED))
    return endings


def play_path(script: CallScript, path: list[str]) -> CallSession:
    """Play a call along ``path`` (node ids, as ``all_endings`` gives them; [] is declining)."""
    call = CallSession(script)
    if not path or path[0] == script.decline:
        call.decline()
    else:
        call.answer()
    for here, there in zip(path, path[1:]):
        choices = script.nodes[here].choices
        call.choose(next(i for i, choice in enumerate(choices) if choice.next == there))
    return call
