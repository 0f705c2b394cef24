"""The audit of a set of scenarios: each strategy's result, the pack's figures, plain warnings.

Thresholds: a strategy that never judges must stay under 55 % of the maximum score, and a
leak rule must judge under 65 % of the items it applies to right — and over 35 %, since a rule
that is mostly wrong teaches its opposite. The figures say how a pack
is built (real share, fakes with no glitch, real items that ask for something) so an author
sees what to change.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from game.core.audit import makes_request, rings_again, run_strategy, shows_glitch, strategies
from game.core.models import Scenario

MAX_SCORE_SHARE = 0.55     # no strategy without judgement may reach this share of the maximum
MAX_RULE_ACCURACY = 0.65   # no leak rule may judge this share of its items right
MIN_RULE_ITEMS = 4         # a rule that applies to fewer items is reported, not judged
REAL_SHARE = (0.40, 0.50)
MIN_REAL_REQUESTS = 1 / 3
MIN_CLEAN_FAKES = 1 / 2


@dataclass
class StrategyLine:
    name: str
    share: float                 # of the maximum score
    accuracy: float | None       # judgements right, of the items the strategy judged
    judged: int
    judges: bool                 # a leak rule (judged by accuracy) rather than a no-judgement strategy

    @property
    def breaks_limit(self) -> bool:
        if self.judges:   # a rule that is mostly wrong leaks too: its opposite is mostly right
            accuracy = self.accuracy or 0
            return self.judged >= MIN_RULE_ITEMS and max(accuracy, 1 - accuracy) >= MAX_RULE_ACCURACY
        return self.share >= MAX_SCORE_SHARE


@dataclass
class Audit:
    """The audit of one group of scenarios (a pack, a learning-check test, or the library)."""

    name: str
    scenarios: int
    figures: dict
    lines: list[StrategyLine]
    warnings: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not any(line.breaks_limit for line in self.lines)

    def to_dict(self) -> dict:
        return {"name": self.name, "scenarios": self.scenarios, "figures": self.figures, "passed": self.passed,
                "strategies": [vars(line) | {"breaks_limit": line.breaks_limit} for line in self.lines],
                "warnings": self.warnings}


def audit(name: str, scenarios: list[Scenario], seeds: int | None = None) -> Audit:
    """Play every strategy on ``scenarios`` and describe how they are built."""
    lines = []
    for strategy in strategies():
        result = run_strategy(scenarios, strategy, **({"seeds": seeds} if seeds else {}))
        lines.append(StrategyLine(strategy.name, round(result.share, 3),
                                  None if result.accuracy is None else round(result.accuracy, 3),
                                  result.judged, strategy.judges))
    figures = pack_figures(scenarios)
    return Audit(name, len(scenarios), figures, lines, warnings(figures, lines))


def pack_figures(scenarios: list[Scenario]) -> dict:
    real = [s for s in scenarios if s.truth == "real"]
    fake = [s for s in scenarios if s.truth == "manipulated"]
    calls = [s for s in scenarios if s.call]
    safe_positions = Counter(i + 1 for s in scenarios for q in s.actions for i, o in enumerate(q.options) if o.safe)
    return {
        "real": len(real), "fake": len(fake),
        "real_share": _share(len(real), len(scenarios)),
        "real_with_request": sum(map(makes_request, real)),
        "real_request_share": _share(sum(map(makes_request, real)), len(real)),
        "fakes_without_glitch": sum(not shows_glitch(s) for s in fake),
        "fake_clean_share": _share(sum(not shows_glitch(s) for s in fake), len(fake)),
        "real_with_glitch": sum(map(shows_glitch, real)),
        "calls_ringing_again": {"real": sum(rings_again(s) for s in calls if s.truth == "real"),
                                "fake": sum(rings_again(s) for s in calls if s.truth != "real"),
                                "calls": len(calls)},
        "safe_option_file_positions": dict(sorted(safe_positions.items())),
        "pinned_options": sum(o.pin for s in scenarios for q in s.actions for o in q.options),
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def warnings(figures: dict, lines: list[StrategyLine]) -> list[str]:
    """A plain sentence for each rule the scenarios break."""
    said = []
    for line in lines:
        accuracy = line.accuracy or 0.0   # None only when nothing was judged, and then no limit is broken
        if line.breaks_limit and line.judges and accuracy < 0.5:
            said.append(f"the opposite of the rule '{line.name}' judges {1 - accuracy:.0%} of {line.judged} "
                        f"items right (limit {MAX_RULE_ACCURACY:.0%}): make the rule fail as often as it holds")
        elif line.breaks_limit and line.judges:
            said.append(f"the rule '{line.name}' judges {accuracy:.0%} of {line.judged} items right "
                        f"(limit {MAX_RULE_ACCURACY:.0%}): make the rule fail as often as it holds")
        elif line.breaks_limit:
            said.append(f"'{line.name}' earns {line.share:.0%} of the maximum score without judging anything "
                        f"(limit {MAX_SCORE_SHARE:.0%})")
    total = figures["real"] + figures["fake"]
    share = figures["real_share"]
    if total and not REAL_SHARE[0] <= share <= REAL_SHARE[1]:
        said.append(f"{figures['real']} of {total} items are real ({share:.0%}); aim for 40-50 %")
    if figures["real"] and figures["real_request_share"] < MIN_REAL_REQUESTS:
        said.append(f"only {figures['real_with_request']} of {figures['real']} real items ask for something; "
                    "at least a third should (real relatives and banks make requests too)")
    if figures["fake"] and figures["fake_clean_share"] < MIN_CLEAN_FAKES:
        said.append(f"only {figures['fakes_without_glitch']} of {figures['fake']} fakes show no glitch; at least "
                    "half should be catchable only by the script, the context or a check")
    said += _ringing_warnings(figures["calls_ringing_again"])
    pinned_safe = figures["pinned_options"]
    if pinned_safe:
        said.append(f"{pinned_safe} options are pinned in place: pin only where order is the meaning")
    return said


def _ringing_warnings(ringing: dict) -> list[str]:
    if ringing["calls"] < 2:
        return []
    if ringing["real"] and not ringing["fake"]:
        return ["only real calls ring again after Decline: some scammers redial too"]
    if ringing["fake"] and not ringing["real"]:
        return ["only fake calls ring again after Decline: some real callers ring again too"]
    return []


def format_audit(report: Audit) -> str:
    """The audit as a few readable lines."""
    f = report.figures
    rows = [f"{report.name}: {report.scenarios} scenarios, {f['real']} real ({_pct(f['real_share'])}), "
            f"{f['fake']} AI-made",
            f"  fakes with no glitch: {f['fakes_without_glitch']} of {f['fake']} ({_pct(f['fake_clean_share'])}); "
            f"real items asking for something: {f['real_with_request']} of {f['real']} "
            f"({_pct(f['real_request_share'])}); real items showing a glitch: {f['real_with_glitch']}",
            f"  calls ringing again after Decline: {f['calls_ringing_again']['real']} real, "
            f"{f['calls_ringing_again']['fake']} AI-made (of {f['calls_ringing_again']['calls']} calls)",
            "  strategy                               score   judged right"]
    for line in report.lines:
        accuracy = "" if line.accuracy is None else f"{line.accuracy:6.0%} of {line.judged}"
        mark = "  << over the limit" if line.breaks_limit else ""
        rows.append(f"  {line.name:38s} {line.share:5.0%}   {accuracy}{mark}")
    rows += [f"  warning: {w}" for w in report.warnings] or ["  no warnings"]
    return "\n".join(rows)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"
