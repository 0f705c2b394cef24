"""Session plans for community educators (``assets/session-plans.yaml``), checked against the packs.

A plan names practice scenarios as ``pack-id/scenario-id`` and how many learning-check
pairs to ask before and after; ``plan_items`` turns it into the session's items.
"""
from __future__ import annotations

from pathlib import Path

from game.core.community import PlanItem
from game.core.models import PlanFile, SessionPlan
from game.core.problems import PackError, Problem
from game.core.shape import validate_shape
from game.core.yamlsafe import load_yaml_file


def load_plans(path: Path, packs: list, check_pack) -> tuple[list[SessionPlan], list[Problem]]:
    """The plans whose every scenario exists, and a problem (file:line) for each that does not."""
    try:
        loaded = load_yaml_file(path)
    except PackError as err:
        return [], err.problems
    found, problems = validate_shape(PlanFile, loaded)
    if found is None:
        return [], problems
    known = {f"{p.info.id}/{s.id}" for p in packs for s in p.scenarios}
    pairs = len(check_pack.info.pre) if check_pack else 0
    plans = []
    for index, plan in enumerate(found.plans):
        bad = [Problem(loaded.path, *loaded.where(("plans", index, "items", i)),
                       f"plans[{index}].items[{i}]: no scenario '{ref}'", "write pack-id/scenario-id")
               for i, ref in enumerate(plan.items) if ref not in known]
        if plan.check_pairs > pairs:
            bad.append(Problem(loaded.path, *loaded.where(("plans", index, "check_pairs")),
                               f"plans[{index}].check_pairs: {plan.check_pairs}, but the check pack has {pairs}",
                               "ask for fewer pairs"))
        problems += bad
        if not bad:
            plans.append(plan)
    return plans, problems


def plan_items(plan: SessionPlan, packs: list, check_pack) -> list[PlanItem]:
    """The items of a session: check items before, the practice scenarios, check items after."""
    by_ref = {f"{p.info.id}/{s.id}": (p.info.id, s) for p in packs for s in p.scenarios}
    items = []
    if check_pack and plan.check_pairs:
        check = {s.id: s for s in check_pack.scenarios}
        items += [PlanItem(check[i], check_pack.info.id, "pre") for i in check_pack.info.pre[:plan.check_pairs]]
    items += [PlanItem(by_ref[ref][1], by_ref[ref][0], "practice") for ref in plan.items]
    if check_pack and plan.check_pairs:
        items += [PlanItem(check[i], check_pack.info.id, "post") for i in check_pack.info.post[:plan.check_pairs]]
    return items
