"""Answer-card sessions summed up: per card, per question, per team, and before and after.

Reads only a ``SessionReport`` (its ``cards`` and ``card_votes``) and gives plain numbers
for the CSV files and the organiser's report. A card is a number: its name and team are
whatever the organiser typed (``''`` / None when nothing was).

The learning check compares each card's answers in the ``pre`` part with its answers in the
``post`` part; only cards that answered in both are counted in the room's mean, so a card
that came late or left early does not pull either side.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.sessions import SessionReport


@dataclass(frozen=True)
class CardQuestion:
    """What the cards answered to one question of one item."""

    position: int
    part: str
    question: str            # judge | action
    scenario_id: str
    cards: int               # how many cards answered
    right: int               # judge: judged right; action: chose a safe option
    counts: dict[str, int] = field(default_factory=dict)   # answer -> cards ('real', 'manipulated', '0', '1', ...)

    @property
    def share_right(self) -> float | None:
        return self.right / self.cards if self.cards else None

    def share(self, answer: str) -> float | None:
        return self.counts.get(answer, 0) / self.cards if self.cards else None


@dataclass(frozen=True)
class CardBeforeAfter:
    """One card's answers in the part before practice and the part after."""

    card: int
    name: str
    team: int | None
    pre_judged: int          # judge questions answered before
    pre_right: int
    pre_actions: int         # action questions answered before
    pre_safe: int
    post_judged: int
    post_right: int
    post_actions: int
    post_safe: int

    @property
    def both(self) -> bool:
        """Whether the card answered before and after practice (it counts in the room's mean)."""
        return bool(self.pre_judged + self.pre_actions) and bool(self.post_judged + self.post_actions)


@dataclass(frozen=True)
class RoomBeforeAfter:
    """The mean over the cards that answered before and after: shares of their answers."""

    cards: int
    pre_right: float | None
    pre_safe: float | None
    post_right: float | None
    post_safe: float | None


@dataclass(frozen=True)
class TeamQuestion:
    """One team's cards on one question."""

    team: int
    name: str
    position: int
    question: str
    cards: int
    right: int

    @property
    def share_right(self) -> float | None:
        return self.right / self.cards if self.cards else None


def has_cards(report: SessionReport) -> bool:
    return bool(report.cards or report.card_votes)


def card_info(report: SessionReport) -> dict[int, dict]:
    """card -> its row (card, name, team), also for a card that voted without a row."""
    info = {row["card"]: row for row in report.cards}
    for vote in report.card_votes:
        info.setdefault(vote["card"], {"card": vote["card"], "name": "", "team": None})
    return info


def answered_cards(report: SessionReport) -> list[int]:
    """The cards that answered at least one question."""
    return sorted({vote["card"] for vote in report.card_votes})


def card_answers(report: SessionReport) -> list[dict]:
    """A row per card per question, by card then position (judge before action): card, name,
    team (from 0, or None), position, part, question, scenario_id, answer, right, seconds."""
    info = card_info(report)
    votes = sorted(report.card_votes, key=lambda v: (v["card"], v["position"], v["question"] != "judge"))
    return [{"card": v["card"], "name": info[v["card"]]["name"] or "", "team": info[v["card"]]["team"],
             "position": v["position"], "part": v["part"], "question": v["question"],
             "scenario_id": v["scenario_id"], "answer": str(v["answer"]), "right": int(v["right"]),
             "seconds": v["seconds"]} for v in votes]


def question_summaries(report: SessionReport) -> list[CardQuestion]:
    """One entry per (position, question) the cards answered, in order; judge before action."""
    grouped: dict[tuple[int, int], list[dict]] = {}
    for vote in report.card_votes:
        order = 0 if vote["question"] == "judge" else 1
        grouped.setdefault((vote["position"], order), []).append(vote)
    summaries = []
    for key in sorted(grouped):
        votes = grouped[key]
        counts: dict[str, int] = {}
        for vote in votes:
            counts[str(vote["answer"])] = counts.get(str(vote["answer"]), 0) + 1
        first = votes[0]
        summaries.append(CardQuestion(first["position"], first["part"], first["question"], first["scenario_id"],
                                      len(votes), sum(int(v["right"]) for v in votes), counts))
    return summaries


def before_after(report: SessionReport) -> list[CardBeforeAfter]:
    """A row per card that answered anything, in card order."""
    info = card_info(report)
    rows = []
    for card in answered_cards(report):
        votes = [v for v in report.card_votes if v["card"] == card]
        row = info[card]
        rows.append(CardBeforeAfter(card, row["name"] or "", row["team"],
                                    *_part_counts(votes, "pre"), *_part_counts(votes, "post")))
    return rows


def _part_counts(votes: list[dict], part: str) -> tuple[int, int, int, int]:
    """(judged, right, actions, safe) of ``votes`` in ``part``."""
    judged = [v for v in votes if v["part"] == part and v["question"] == "judge"]
    actions = [v for v in votes if v["part"] == part and v["question"] == "action"]
    return (len(judged), sum(int(v["right"]) for v in judged),
            len(actions), sum(int(v["right"]) for v in actions))


def room_before_after(rows: list[CardBeforeAfter]) -> RoomBeforeAfter:
    """The mean of each card's shares over the cards that answered before and after."""
    both = [row for row in rows if row.both]
    return RoomBeforeAfter(len(both),
                           _mean([_ratio(r.pre_right, r.pre_judged) for r in both]),
                           _mean([_ratio(r.pre_safe, r.pre_actions) for r in both]),
                           _mean([_ratio(r.post_right, r.post_judged) for r in both]),
                           _mean([_ratio(r.post_safe, r.post_actions) for r in both]))


def team_summaries(report: SessionReport) -> list[TeamQuestion]:
    """Classroom with teams: each team's cards on each question, by question then team."""
    info = card_info(report)
    names = {team["team"]: team["name"] for team in report.teams}
    grouped: dict[tuple[int, int, int], list[dict]] = {}
    for vote in report.card_votes:
        team = info[vote["card"]]["team"]
        if team is not None:
            order = 0 if vote["question"] == "judge" else 1
            grouped.setdefault((vote["position"], order, team), []).append(vote)
    return [TeamQuestion(team, names.get(team, ""), position, votes[0]["question"], len(votes),
                         sum(int(v["right"]) for v in votes))
            for (position, _, team), votes in sorted(grouped.items())]


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None
