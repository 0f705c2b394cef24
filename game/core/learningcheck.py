"""The learning check: a test before practice and a matched test after it.

A pack with ``purpose: check`` holds the items of both tests; ``pre`` and
``post`` list them pair by pair, each pair the same kind of scam and the same
truth, so the two scores can be compared. Check items never appear in practice.
"""
from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass

from game.core.models import PackInfo, Scenario
from game.core.problems import Problem
from game.core.vocab import OUTCOMES

TEST_LENGTH = 10   # what the built-in check pack provides; other packs may be shorter


def check_tests(info: PackInfo, scenarios: dict[str, Scenario], shown: str, failed: Container[str] = (),
                where: Callable[[tuple], tuple[int, int]] | None = None) -> list[Problem]:
    """Problems with a pack's ``pre`` and ``post`` lists (none for a well-made pack). Ids in
    ``failed`` (scenario files that did not load, with problems of their own) count as present;
    ``where`` gives the line and column of a key path of pack.yaml."""
    def problem(message, hint, keypath=()):
        line, col = where(keypath) if where and keypath else (1, 1)
        return Problem(shown, line, col, message, hint)

    if info.purpose != "check":
        if info.pre or info.post:
            return [problem("pre: and post: are only for a pack with purpose: check", "add purpose: check")]
        return []
    problems = []
    if not info.pre or len(info.pre) != len(info.post):
        problems.append(problem(f"pre has {len(info.pre)} ids and post {len(info.post)}",
                                "list the same number of matched scenarios in each"))
    for name, ids in (("pre", info.pre), ("post", info.post)):
        for index, scenario_id in enumerate(ids):
            if scenario_id not in scenarios and scenario_id not in failed:
                problems.append(problem(f"{name}[{index}]: no scenario with id '{scenario_id}'", "check the id",
                                        (name, index)))
    listed = info.pre + info.post
    for scenario_id in sorted({i for i in listed if listed.count(i) > 1}):
        problems.append(problem(f"'{scenario_id}' is listed more than once in pre/post", "use each item once"))
    for scenario_id in sorted(set(scenarios) - set(listed)):
        problems.append(problem(f"'{scenario_id}' is in neither pre nor post", "add it to one of them"))
    for index, (before, after) in enumerate(zip(info.pre, info.post)):
        a, b = scenarios.get(before), scenarios.get(after)
        if a and b and (a.category, a.truth) != (b.category, b.truth):
            problems.append(problem(f"pair {index + 1}: '{before}' and '{after}' differ in category or truth",
                                    "pair items of the same category and truth"))
    return problems


@dataclass(frozen=True)
class CheckScore:
    """One sitting of a test: how many were judged right and how safe the actions were."""

    judged_right: int
    actions_safe: float
    played: int


def latest_scores(attempts: list[dict], pack_id: str) -> dict[str, CheckScore]:
    """The latest finished sitting of each test ('pre', 'post') of ``pack_id``."""
    by_round: dict[int, list[dict]] = {}
    kinds: dict[int, str] = {}
    for attempt in attempts:
        if attempt["pack_id"] == pack_id and attempt.get("kind") in ("pre", "post") and attempt["complete"]:
            by_round.setdefault(attempt["round_id"], []).append(attempt)
            kinds[attempt["round_id"]] = attempt["kind"]
    scores = {}
    for round_id in sorted(by_round):
        if by_round[round_id][0].get("round_finished"):
            scores[kinds[round_id]] = _score(by_round[round_id])
    return scores


def _score(attempts: list[dict]) -> CheckScore:
    right = sum(a["judgement"] == a["truth"] for a in attempts)
    safe = sum(_safe_fraction(a) for a in attempts)
    return CheckScore(right, round(safe, 2), len(attempts))


def _safe_fraction(attempt: dict) -> float:
    parts = [float(s) for s in attempt["actions_safe"]]
    if attempt.get("call_outcome"):
        parts.append(OUTCOMES.get(attempt["call_outcome"], {}).get("score", 0.0))
    return sum(parts) / len(parts) if parts else 0.0


def next_test(attempts: list[dict], pack_id: str) -> str:
    """'pre' until the player has finished the test before practice, then 'post'."""
    return "post" if "pre" in latest_scores(attempts, pack_id) else "pre"


def check_test_items(pack, kind: str) -> list:
    """The scenarios of the 'pre' or 'post' test of a check pack, in the order it lists them."""
    by_id = {s.id: s for s in pack.scenarios}
    return [by_id[i] for i in (pack.info.pre if kind == "pre" else pack.info.post)]
