"""How long a room takes: minutes for each item and a timed running order (the facilitator script).

The rule of thumb is the one ``assets/session-plans.yaml`` states and the library tests hold
the plans to: 2.5 minutes a clip and 4 a call, with the show of hands and the discussion;
1 minute a check item; 3 minutes to open and close the session (2 to open, 1 to close).
"""
from __future__ import annotations

from dataclasses import dataclass

OPEN_MINUTES, CLOSE_MINUTES = 2.0, 1.0
CLIP_MINUTES, CALL_MINUTES, CHECK_MINUTES = 2.5, 4.0, 1.0


@dataclass(frozen=True)
class Step:
    """One line of the running order: when it starts and how long it takes, in minutes."""

    start: float
    minutes: float
    kind: str            # open | pre | practice | post | close
    item: object = None  # the PlanItem (pre, practice, post); None to open and close


def item_minutes(scenario, part: str = "practice") -> float:
    """Minutes one item takes in a room."""
    if part != "practice":
        return CHECK_MINUTES
    return CALL_MINUTES if scenario.clip.kind == "call" else CLIP_MINUTES


def estimate_minutes(scenarios) -> int:
    """Whole minutes to play ``scenarios`` in a room, opening and closing included."""
    return round(OPEN_MINUTES + CLOSE_MINUTES + sum(item_minutes(s) for s in scenarios))


def running_order(items) -> list[Step]:
    """The session's steps with start times: open, each item (PlanItem) in order, close."""
    steps, clock = [Step(0.0, OPEN_MINUTES, "open")], OPEN_MINUTES
    for item in items:
        minutes = item_minutes(item.scenario, item.part)
        steps.append(Step(clock, minutes, item.part, item))
        clock += minutes
    steps.append(Step(clock, CLOSE_MINUTES, "close"))
    return steps


def clock_text(minutes: float) -> str:
    """Minutes from the start as m:ss (2.5 -> '2:30')."""
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"
