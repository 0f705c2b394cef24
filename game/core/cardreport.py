"""People who answered on their own — on printed answer cards or on phones — summed up: per
person, per question, per team, and before and after.

Reads only a ``SessionReport`` and gives plain numbers for the CSV files and the organiser's
report. Cards and phones are two kinds of the same thing: ``people`` and ``solo_votes`` turn
``report.cards`` / ``report.card_votes`` and ``report.phones`` / ``report.phone_votes`` into
one shape (a ``number`` — the card's number, or the phone's place in the order of joining —
a ``name`` — whatever the organiser typed for a card, the nickname typed on a phone — and a
``team`` from 0, or None), and every summary below takes the ``kind`` to read.

The learning check compares each person's answers in the ``pre`` part with their answers in the
``post`` part; only people who answered in both are counted in the room's mean, so someone
who came late or left early does not pull either side.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.sessions import SessionReport

KINDS = ("card", "phone")


@dataclass(frozen=True)
class SoloQuestion:
    """What the people of one kind answered to one question of one item."""

    position: int
    part: str
    question: str            # judge | action
    scenario_id: str
    people: int              # how many answered
    right: int               # judge: judged right; action: chose a safe option
    counts: dict[str, int] = field(default_factory=dict)   # answer -> people ('real', 'manipulated', '0', '1', ...)

    @property
    def cards(self) -> int:
        return self.people

    @property
    def share_right(self) -> float | None:
        return self.right / self.people if self.people else None

    def share(self, answer: str) -> float | None:
        return self.counts.get(answer, 0) / self.people if self.people else None


@dataclass(frozen=True)
class PersonBeforeAfter:
    """One person's answers in the part before practice and the part after."""

    person: int              # the card's number, or the phone's place in the order of joining
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
    def card(self) -> int:
        return self.person

    @property
    def both(self) -> bool:
        """Whether the person answered before and after practice (they count in the room's mean)."""
        return bool(self.pre_judged + self.pre_actions) and bool(self.post_judged + self.post_actions)


@dataclass(frozen=True)
class RoomBeforeAfter:
    """The mean over the people who answered before and after: shares of their answers."""

    people: int
    pre_right: float | None
    pre_safe: float | None
    post_right: float | None
    post_safe: float | None

    @property
    def cards(self) -> int:
        return self.people


@dataclass(frozen=True)
class TeamQuestion:
    """One team's people on one question."""

    team: int
    name: str
    position: int
    question: str
    people: int
    right: int

    @property
    def cards(self) -> int:
        return self.people

    @property
    def share_right(self) -> float | None:
        return self.right / self.people if self.people else None


# the names the card-only version had (the tests and the card section still use them)
CardQuestion, CardBeforeAfter = SoloQuestion, PersonBeforeAfter


def people(report: SessionReport, kind: str) -> list[dict]:
    """The people of ``kind`` the session knows of: number, name ('' when none), team."""
    if kind == "card":
        return [{"number": row["card"], "name": row["name"] or "", "team": row["team"]} for row in report.cards]
    return [{"number": row["person"], "name": row["nickname"] or "", "team": row["team"]} for row in report.phones]


def solo_votes(report: SessionReport, kind: str) -> list[dict]:
    """The answers of ``kind``, each with its person's ``number`` (in place of card / person)."""
    votes, key = (report.card_votes, "card") if kind == "card" else (report.phone_votes, "person")
    return [{**{k: value for k, value in vote.items() if k != key}, "number": vote[key]} for vote in votes]


def has_answers(report: SessionReport, kind: str) -> bool:
    return bool(people(report, kind) or solo_votes(report, kind))


def person_info(report: SessionReport, kind: str) -> dict[int, dict]:
    """number -> its row (number, name, team), also for someone who answered without a row."""
    info = {row["number"]: row for row in people(report, kind)}
    for vote in solo_votes(report, kind):
        info.setdefault(vote["number"], {"number": vote["number"], "name": "", "team": None})
    return info


def answered(report: SessionReport, kind: str) -> list[int]:
    """The numbers of the people of ``kind`` who answered at least one question."""
    return sorted({vote["number"] for vote in solo_votes(report, kind)})


def answers(report: SessionReport, kind: str) -> list[dict]:
    """A row per person per question, by person then position (judge before action): kind,
    number, name, team (from 0, or None), position, part, question, scenario_id, answer, right,
    seconds."""
    info = person_info(report, kind)
    votes = sorted(solo_votes(report, kind), key=lambda v: (v["number"], v["position"], v["question"] != "judge"))
    return [{"kind": kind, "number": v["number"], "name": info[v["number"]]["name"], "team": info[v["number"]]["team"],
             "position": v["position"], "part": v["part"], "question": v["question"],
             "scenario_id": v["scenario_id"], "answer": str(v["answer"]), "right": int(v["right"]),
             "seconds": v["seconds"]} for v in votes]


def question_summaries(report: SessionReport, kind: str = "card") -> list[SoloQuestion]:
    """One entry per (position, question) the people of ``kind`` answered, in order; judge before action."""
    grouped: dict[tuple[int, int], list[dict]] = {}
    for vote in solo_votes(report, kind):
        order = 0 if vote["question"] == "judge" else 1
        grouped.setdefault((vote["position"], order), []).append(vote)
    summaries = []
    for key in sorted(grouped):
        votes = grouped[key]
        counts: dict[str, int] = {}
        for vote in votes:
            counts[str(vote["answer"])] = counts.get(str(vote["answer"]), 0) + 1
        first = votes[0]
        summaries.append(SoloQuestion(first["position"], first["part"], first["question"], first["scenario_id"],
                                      len(votes), sum(int(v["right"]) for v in votes), counts))
    return summaries


def before_after(report: SessionReport, kind: str = "card") -> list[PersonBeforeAfter]:
    """A row per person of ``kind`` who answered anything, in number order."""
    info = person_info(report, kind)
    votes = solo_votes(report, kind)
    rows = []
    for number in answered(report, kind):
        theirs = [v for v in votes if v["number"] == number]
        row = info[number]
        rows.append(PersonBeforeAfter(number, row["name"], row["team"],
                                      *_part_counts(theirs, "pre"), *_part_counts(theirs, "post")))
    return rows


def has_learning_check(report: SessionReport, kind: str) -> bool:
    """Whether the people of ``kind`` answered in a part before or after practice."""
    return bool({vote["part"] for vote in solo_votes(report, kind)} & {"pre", "post"})


def _part_counts(votes: list[dict], part: str) -> tuple[int, int, int, int]:
    """(judged, right, actions, safe) of ``votes`` in ``part``."""
    judged = [v for v in votes if v["part"] == part and v["question"] == "judge"]
    actions = [v for v in votes if v["part"] == part and v["question"] == "action"]
    return (len(judged), sum(int(v["right"]) for v in judged),
            len(actions), sum(int(v["right"]) for v in actions))


def room_before_after(rows: list[PersonBeforeAfter]) -> RoomBeforeAfter:
    """The mean of each person's shares over the people who answered before and after."""
    both = [row for row in rows if row.both]
    return RoomBeforeAfter(len(both),
                           _mean([_ratio(r.pre_right, r.pre_judged) for r in both]),
                           _mean([_ratio(r.pre_safe, r.pre_actions) for r in both]),
                           _mean([_ratio(r.post_right, r.post_judged) for r in both]),
                           _mean([_ratio(r.post_safe, r.post_actions) for r in both]))


def team_summaries(report: SessionReport, kind: str = "card") -> list[TeamQuestion]:
    """Classroom with teams: each team's people on each question, by question then team."""
    info = person_info(report, kind)
    names = {team["team"]: team["name"] for team in report.teams}
    grouped: dict[tuple[int, int, int], list[dict]] = {}
    for vote in solo_votes(report, kind):
        team = info[vote["number"]]["team"]
        if team is not None:
            order = 0 if vote["question"] == "judge" else 1
            grouped.setdefault((vote["position"], order, team), []).append(vote)
    return [TeamQuestion(team, names.get(team, ""), position, votes[0]["question"], len(votes),
                         sum(int(v["right"]) for v in votes))
            for (position, _, team), votes in sorted(grouped.items())]


# The card-only names, kept for the callers written before phones.

def has_cards(report: SessionReport) -> bool:
    return has_answers(report, "card")


def has_phones(report: SessionReport) -> bool:
    return has_answers(report, "phone")


def card_info(report: SessionReport) -> dict[int, dict]:
    """card -> its row (card, name, team), also for a card that voted without a row."""
    return {number: {"card": number, "name": row["name"], "team": row["team"]}
            for number, row in person_info(report, "card").items()}


def answered_cards(report: SessionReport) -> list[int]:
    return answered(report, "card")


def card_answers(report: SessionReport) -> list[dict]:
    """``answers`` of the cards, with the card's number under ``card``."""
    return [{"card": row["number"], **{k: v for k, v in row.items() if k not in ("kind", "number")}}
            for row in answers(report, "card")]


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


def who(kind: str, number: int, name: str, lang: str) -> str:
    """How a person is named in the report: a phone by its nickname, a card by its name when the
    organiser typed one; otherwise "card 7" / "卡 7" (or "phone 3" / "手机 3")."""
    from game.core.strings import t

    return name or t(f"solo.{kind}_who", lang, n=number)
