"""A call shown to a room: played up to the point of decision, then played out after the vote.

A room must answer before it sees what a move leads to: calling back on the saved number
brings the genuine relative, who says "that was a scammer" — the answer itself. So a
room's call is played only to its *point of decision* (the first node offering a real
move: a check, a call back, paying...); after the room has answered, the presenter plays
out what the room chose, and then the safe way, so the room sees each ending.
"""
from __future__ import annotations

from dataclasses import dataclass

from game.core.call import DECLINED, CallSession, play_path
from game.core.models import CallScript
from game.core.vocab import OUTCOMES

WAITING_MOVES = ("listen", "answer")   # moves that only let the call go on (a choice with no move may decide)
ROOM, SAFE = "room", "safe"                  # the play-out's two stages


def decision_path(script: CallScript) -> list[str]:
    """The node ids from the start to the point of decision (the first node whose choices
    include a move other than just listening); [] when the call never offers one."""
    path, seen = [script.start], {script.start}
    while path[-1] in script.nodes:
        node = script.nodes[path[-1]]
        if any(choice.move not in WAITING_MOVES for choice in node.choices):
            return path
        onward = [c.next for c in node.choices if c.next not in seen]
        if not onward:
            return []
        path.append(onward[0])
        seen.add(onward[0])
    return []


def decision_point(script: CallScript) -> str | None:
    """The node where the room must decide, or None."""
    path = decision_path(script)
    return path[-1] if path else None


def at_decision(call: CallSession) -> bool:
    """Whether ``call`` has reached its point of decision (or gone past it)."""
    point = decision_point(call.script)
    return point is not None and (call.finished or point in call.path)


def watch_moves(call: CallSession) -> list[int] | None:
    """The call's choices a room may be shown before it has answered: while ringing, None
    (answering only: declining is one of the things the room votes on); before the point
    of decision, every choice (they only listen on); from there on, none."""
    if call.ringing:
        return None
    if at_decision(call) or call.node is None:
        return []
    return list(range(len(call.node.choices)))


def rewound(script: CallScript) -> CallSession:
    """A new play of the call, answered and standing at its point of decision."""
    return play_path(script, decision_path(script))


def is_safe(outcome: str | None) -> bool:
    """An ending that teaches the safe way: nothing lost (declining is not shown as the way)."""
    return outcome is not None and outcome != DECLINED and OUTCOMES.get(outcome, {}).get("score", 0.0) >= 1.0


def safe_route(script: CallScript, node_id: str) -> list[int] | None:
    """Choice indexes from ``node_id`` along the shortest way to a safe ending (ties: the
    choice listed first; a "safe" ending before a "verified" one); None when there is none.
    A breadth-first walk that visits each node once, so a script of thousands of nodes is
    quick."""
    routes: dict[str, list[int]] = {node_id: []}
    frontier = [node_id]
    while frontier:
        ends = [here for here in frontier if is_safe(script.nodes[here].outcome)]
        if ends:
            return routes[min(ends, key=lambda here: script.nodes[here].outcome != "safe")]
        onward = []
        for here in frontier:
            for index, choice in enumerate(script.nodes[here].choices):
                if choice.next not in routes and choice.next in script.nodes:
                    routes[choice.next] = routes[here] + [index]
                    onward.append(choice.next)
        frontier = onward
    return None


def next_safe_choice(call: CallSession) -> int | None:
    """The choice to take now on the safe way; None once the call has ended (or has no safe way)."""
    if call.finished or call.node is None or call.node_id is None:
        return None
    route = safe_route(call.script, call.node_id)
    return route[0] if route else None


@dataclass
class PlayOut:
    """Where a room's play-out is: the room's choice played (``ROOM``), then the safe way (``SAFE``)."""

    stage: str = ROOM

    def way_on(self, call: CallSession) -> str | None:
        """What the presenter is offered next: None while the call goes on; once it has ended,
        "safe_way" after the room's own unsafe ending, else "reveal"."""
        if not call.finished:
            return None
        return "safe_way" if self.stage == ROOM and not is_safe(call.outcome) else "reveal"

    def to_safe_way(self) -> None:
        self.stage = SAFE


def has_playout(scenario) -> bool:
    """A scenario the room plays out after answering: a call with a point of decision."""
    return scenario.clip.kind == "call" and scenario.call is not None and decision_point(scenario.call) is not None
