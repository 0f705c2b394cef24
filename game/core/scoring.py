"""Scoring a round: judgement and action apart, hits and false alarms apart, calibration.

The action (what the player does next) earns more than the real/fake call,
because verifying through a trusted channel protects people even when a fake
is too good to spot.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.vocab import CONFIDENCE_LEVELS, CONFIDENCE_PROBABILITY

JUDGE_POINTS = 4
ACTION_POINTS = 6
SURE_LEVELS = ("fairly_sure", "certain")
GUESSING_BRIER = 0.25       # the Brier score of always saying "just guessing" on a two-way choice
PROMISE_SLACK = 0.15        # how far below a level's promise its accuracy may fall before we say so


@dataclass(frozen=True)
class Answer:
    """Everything a player answered for one scenario."""

    scenario_id: str
    category: str
    truth: str                  # real | manipulated
    judgement: str              # real | manipulated
    confidence: str             # one of CONFIDENCE_LEVELS
    actions_safe: tuple[bool, ...] = ()   # one per action question answered
    seconds: float = 0.0
    call_outcome: str = ""                # how a call ended ('' for other clips)
    call_score: float | None = None       # that ending's worth, 0..1

    @property
    def judged_right(self) -> bool:
        return self.judgement == self.truth

    @property
    def action_fraction(self) -> float:
        """How safe the player acted, 0..1: action questions and, for calls, the call's ending."""
        parts = [float(safe) for safe in self.actions_safe]
        if self.call_score is not None:
            parts.append(self.call_score)
        return sum(parts) / len(parts) if parts else 0.0

    @property
    def points(self) -> float:
        return JUDGE_POINTS * self.judged_right + ACTION_POINTS * self.action_fraction

    @property
    def missed(self) -> bool:
        """Worth practising again: wrong call or an unsafe action."""
        return not self.judged_right or self.action_fraction < 1.0


@dataclass
class CategoryResult:
    judged_right: int = 0
    actions_safe: float = 0.0
    played: int = 0


@dataclass
class Summary:
    """Results of a round, ready to show."""

    points: float
    max_points: int
    played: int
    judged_right: int
    hits: int                 # fakes called fake
    misses: int               # fakes called real
    false_alarms: int         # real called fake
    correct_rejections: int   # real called real
    actions_safe: float       # sum of safe fractions
    brier: float | None       # 0 is perfect, 0.25 is coin-toss guessing
    by_confidence: dict = field(default_factory=dict)   # level -> (right, said)
    by_category: dict = field(default_factory=dict)     # category -> CategoryResult
    sure_and_wrong: list = field(default_factory=list)  # scenario ids judged wrong while "fairly sure" or "certain"


def summarize(answers: list[Answer]) -> Summary:
    """Add up a round's answers."""
    by_conf = {level: [0, 0] for level in CONFIDENCE_LEVELS}
    by_cat: dict[str, CategoryResult] = {}
    for answer in answers:
        counts = by_conf.setdefault(answer.confidence, [0, 0])
        counts[0] += answer.judged_right
        counts[1] += 1
        cat = by_cat.setdefault(answer.category, CategoryResult())
        cat.played += 1
        cat.judged_right += answer.judged_right
        cat.actions_safe += answer.action_fraction
    fake = [a for a in answers if a.truth == "manipulated"]
    real = [a for a in answers if a.truth == "real"]
    return Summary(
        points=sum(a.points for a in answers),
        max_points=(JUDGE_POINTS + ACTION_POINTS) * len(answers),
        played=len(answers),
        judged_right=sum(a.judged_right for a in answers),
        hits=sum(a.judged_right for a in fake),
        misses=sum(not a.judged_right for a in fake),
        false_alarms=sum(not a.judged_right for a in real),
        correct_rejections=sum(a.judged_right for a in real),
        actions_safe=sum(a.action_fraction for a in answers),
        brier=brier_score(answers),
        by_confidence={k: tuple(v) for k, v in by_conf.items()},
        by_category=by_cat,
        sure_and_wrong=[a.scenario_id for a in answers if a.confidence in SURE_LEVELS and not a.judged_right],
    )


def brier_score(answers: list[Answer]) -> float | None:
    """Mean squared gap between stated confidence and being right (lower is better)."""
    if not answers:
        return None
    total = 0.0
    for answer in answers:
        p = CONFIDENCE_PROBABILITY.get(answer.confidence, 0.5)
        total += (p - (1.0 if answer.judged_right else 0.0)) ** 2
    return total / len(answers)


def calibration_verdict(summary: Summary) -> str:
    """How well confidence matched accuracy, as a key into the strings. Every level counts.

    'overconfident' when the answers given "fairly sure" or "certain" scored a Brier score worse
    than always saying "just guessing", or when a sure level (said at least twice) was right
    clearly less often than it promises (75 % and 95 %); 'underconfident' when "just guessing"
    answers were right at least 4 times in 5; 'well_calibrated' otherwise; 'too_few' with fewer
    than 3 answers.
    """
    if summary.played < 3:
        return "too_few"
    if summary.brier is not None and summary.brier > GUESSING_BRIER and any(
            summary.by_confidence.get(level, (0, 0))[1] for level in SURE_LEVELS):
        return "overconfident"
    for level in SURE_LEVELS:
        right, said = summary.by_confidence.get(level, (0, 0))
        if said >= 2 and right / said < CONFIDENCE_PROBABILITY[level] - PROMISE_SLACK:
            return "overconfident"
    right, said = summary.by_confidence.get("guessing", (0, 0))
    if said >= 2 and right / said >= 0.8:
        return "underconfident"
    return "well_calibrated"
