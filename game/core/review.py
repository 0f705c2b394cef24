"""Practise again: scenarios a player missed come back a day later, then after 3 and 7 days.

Spaced repetition, worked out from the answers already stored: a miss makes a
scenario due one day later; each right answer in review pushes it to the next
interval; after the last interval it is learnt and leaves the list. Only
practice answers count (the learning check is kept apart).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from game.core.vocab import OUTCOMES

INTERVAL_DAYS = (1, 3, 7)


@dataclass(frozen=True)
class ReviewItem:
    pack_id: str
    scenario_id: str
    due: datetime


def attempt_missed(attempt: dict) -> bool:
    """A complete attempt that was judged wrong, acted unsafely, or ended a call badly."""
    outcome = attempt.get("call_outcome") or ""
    return (attempt["judgement"] != attempt["truth"] or not all(attempt["actions_safe"])
            or (bool(outcome) and OUTCOMES.get(outcome, {}).get("score", 0) < 1))


def missed_keys(attempts: list[dict]) -> list[tuple[str, str]]:
    """(pack id, scenario id) whose latest complete practice attempt was wrong or unsafe
    (attempts in the order given): the mistakes left to review."""
    latest: dict[tuple[str, str], dict] = {}
    for attempt in attempts:
        if attempt["complete"] and attempt.get("kind") not in ("pre", "post"):
            latest[(attempt["pack_id"], attempt["scenario_id"])] = attempt
    return [key for key, a in latest.items() if attempt_missed(a)]


def schedule(attempts: list[dict]) -> list[ReviewItem]:
    """When each missed, not yet learnt scenario is next due (attempts in the order given)."""
    state: dict[tuple[str, str], tuple[int, datetime]] = {}   # -> (interval step, due)
    for attempt in attempts:
        if not attempt["complete"] or attempt.get("kind") in ("pre", "post"):
            continue
        key = (attempt["pack_id"], attempt["scenario_id"])
        when = datetime.fromisoformat(attempt["answered"])
        if attempt_missed(attempt):
            state[key] = (0, when + timedelta(days=INTERVAL_DAYS[0]))
        elif key in state:
            step = state[key][0] + 1
            if step >= len(INTERVAL_DAYS):
                del state[key]
            else:
                state[key] = (step, when + timedelta(days=INTERVAL_DAYS[step]))
    return [ReviewItem(pack, scenario, due) for (pack, scenario), (_, due) in state.items()]


def due_now(attempts: list[dict], now: datetime) -> list[ReviewItem]:
    """The scheduled items whose day has come."""
    return [item for item in schedule(attempts) if item.due <= now]


def review_selection(missed: list[tuple[str, str]], packs: list) -> tuple | None:
    """(pack, its missed scenarios in pack order) for the first pack holding any of ``missed``
    ((pack id, scenario id) pairs), or None when none of them is in a pack."""
    for pack in packs:
        wanted = {sid for pid, sid in missed if pid == pack.info.id}
        scenarios = [s for s in pack.scenarios if s.id in wanted]
        if scenarios:
            return pack, scenarios
    return None
