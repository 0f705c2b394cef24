"""Warnings about a whole pack that validated clean: its balance, not its correctness.

A pack where almost everything is fake teaches "say fake" rather than "look"; a pack whose
safe answer is always pinned as the first option teaches "press 1". Neither is an error (a themed pack
may lean one way), so ``validate`` prints them as warnings.
"""
from __future__ import annotations

from game.core.packs import PACK_FILE, Pack, shown_path
from game.core.problems import Problem

MIN_REAL_SHARE = 0.30
MIN_SCENARIOS_FOR_SHARE = 5      # a pack of two fakes made to show one trick is not out of balance
MIN_QUESTIONS_FOR_POSITION = 3   # with one or two questions, one place for the safe answer is chance


def balance_warnings(pack: Pack) -> list[Problem]:
    """Warnings at pack.yaml line 1 about the share of real scenarios and where safe answers sit."""
    where = shown_path(pack.folder / PACK_FILE)
    warnings = []
    share = real_share(pack)
    if len(pack.scenarios) >= MIN_SCENARIOS_FOR_SHARE and share < MIN_REAL_SHARE:
        real = round(share * len(pack.scenarios))
        warnings.append(Problem(where, 1, 1, f"only {real} of {len(pack.scenarios)} scenarios are real "
                                f"({share:.0%}, less than {MIN_REAL_SHARE:.0%})",
                                "add real clips that only look odd, so that players learn to look, not to say 'fake'"))
    place = same_safe_place(pack)
    if place is not None:
        warnings.append(Problem(where, 1, 1, f"the safe answer is pinned as option {place + 1} in every "
                                "action question that pins it", "pin it at other places in some questions, or "
                                "leave it unpinned so play shuffles it"))
    return warnings


def real_share(pack: Pack) -> float:
    """The share of the pack's scenarios whose truth is real (0.0 for an empty pack)."""
    if not pack.scenarios:
        return 0.0
    return sum(s.truth == "real" for s in pack.scenarios) / len(pack.scenarios)


def same_safe_place(pack: Pack) -> int | None:
    """The option index where the safe answer stays in every action question whose safe answer
    is pinned, if it is always the same one (and there are enough such questions to tell).

    Play shuffles options per player (``game.core.order``), so only a pinned option keeps its
    place: a pack that pins its safe answer first in every question teaches "press 1".
    """
    places = set()
    count = 0
    for scenario in pack.scenarios:
        for question in scenario.actions:
            safe = [i for i, option in enumerate(question.options) if option.safe]
            if not all(question.options[i].pin for i in safe):
                continue   # shuffled in play: its place in the file tells nothing
            places.add(tuple(safe))
            count += 1
    if count < MIN_QUESTIONS_FOR_POSITION or len(places) != 1:
        return None
    only = places.pop()
    return only[0] if len(only) == 1 else None
