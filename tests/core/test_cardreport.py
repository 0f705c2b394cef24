"""Answer-card summaries: per card, per question, per team, and before and after, from a
session written through SessionRecords into a real SQLite store."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from game.core.cardreport import (before_after, card_answers, has_cards, question_summaries, room_before_after,
                                  team_summaries)
from game.core.cards import CardRoom, CardVote
from game.core.progress import ProgressStore


def scenario(scenario_id: str, truth: str, safe: list[bool]):
    options = [SimpleNamespace(safe=ok) for ok in safe]
    return SimpleNamespace(id=scenario_id, truth=truth, actions=[SimpleNamespace(options=options)])


PRE, PRACTICE, POST = scenario("pre-real", "real", [True, False]), scenario("mid-fake", "manipulated", [False, True]), \
    scenario("post-real", "real", [True, False, False])


@pytest.fixture
def store(tmp_path):
    made = ProgressStore(tmp_path / "progress.db", lambda: "2026-05-04T10:00:00")
    yield made
    made.close()


def votes(*pairs):
    return [CardVote(card, answer, 1.5 + card) for card, answer in pairs]


def community_session(store) -> int:
    """Five cards, card 2 named: cards 1-4 answer before, all five in practice, 1-3 and 5 after."""
    records = store.sessions
    session = records.start("community", "zh", plan_id="mini", group="")
    records.cards(session, CardRoom(5, names={2: "王阿姨"}))
    records.card_votes(session, 0, "pre", PRE, "judge", votes((1, "real"), (2, "manipulated"), (3, "real"),
                                                              (4, "real")))
    records.card_votes(session, 0, "pre", PRE, "action", votes((1, 0), (2, 1), (3, 0), (4, 1)))
    records.card_votes(session, 1, "practice", PRACTICE, "judge", votes(*[(c, "manipulated") for c in range(1, 6)]))
    records.card_votes(session, 2, "post", POST, "judge", votes((1, "real"), (2, "real"), (3, "real"), (5, "real")))
    records.card_votes(session, 2, "post", POST, "action", votes((1, 0), (2, 0), (3, 1), (5, 0)))
    return session


def test_each_question_gives_its_cards_shares_right_and_of_each_answer(store):
    report = store.sessions.report(community_session(store))
    assert has_cards(report)
    summaries = question_summaries(report)
    assert [(s.position, s.part, s.question, s.cards, s.right) for s in summaries] == [
        (0, "pre", "judge", 4, 3), (0, "pre", "action", 4, 2), (1, "practice", "judge", 5, 5),
        (2, "post", "judge", 4, 4), (2, "post", "action", 4, 3)]
    pre_judge, pre_action = summaries[0], summaries[1]
    assert pre_judge.share_right == 0.75 and pre_judge.share("real") == 0.75 and pre_judge.share("manipulated") == 0.25
    assert pre_action.counts == {"0": 2, "1": 2} and pre_action.share("0") == 0.5
    assert summaries[4].share("2") == 0.0


def test_each_card_before_and_after_and_the_room_over_cards_that_answered_both(store):
    report = store.sessions.report(community_session(store))
    rows = before_after(report)
    assert [row.card for row in rows] == [1, 2, 3, 4, 5]
    assert [row.name for row in rows] == ["", "王阿姨", "", "", ""]           # only the typed name
    assert [row.both for row in rows] == [True, True, True, False, False]
    two = rows[1]
    assert (two.pre_judged, two.pre_right, two.pre_actions, two.pre_safe) == (1, 0, 1, 0)
    assert (two.post_judged, two.post_right, two.post_actions, two.post_safe) == (1, 1, 1, 1)
    room = room_before_after(rows)
    assert room.cards == 3
    assert room.pre_right == pytest.approx(2 / 3) and room.pre_safe == pytest.approx(2 / 3)
    assert room.post_right == 1.0 and room.post_safe == pytest.approx(2 / 3)


def test_card_answers_are_a_row_per_card_per_question(store):
    report = store.sessions.report(community_session(store))
    answers = card_answers(report)
    assert len(answers) == 4 + 4 + 5 + 4 + 4
    assert answers[0] == {"card": 1, "name": "", "team": None, "position": 0, "part": "pre", "question": "judge",
                          "scenario_id": "pre-real", "answer": "real", "right": 1, "seconds": 2.5}
    assert [(a["question"], a["answer"], a["right"]) for a in answers if a["card"] == 2][:2] == [
        ("judge", "manipulated", 0), ("action", "1", 0)]


def test_a_classroom_gives_each_team_its_share_right_per_question(store):
    records = store.sessions
    teams = [SimpleNamespace(index=i, name=name, colour=(0, 0, 0), shape="circle") for i, name in
             enumerate(["Lions", "Tigers"])]
    session = records.start("classroom", "en", pack_id="mini", teams=teams, group="")
    records.cards(session, CardRoom(6, teams=2))                     # cards 1-3 Lions, 4-6 Tigers
    records.card_votes(session, 0, "practice", PRE, "judge",
                       votes((1, "real"), (2, "real"), (3, "manipulated"), (4, "manipulated"), (6, "real")))
    report = records.report(session)
    assert [(row["card"], row["team"]) for row in report.cards] == [(1, 0), (2, 0), (3, 0), (4, 1), (5, 1), (6, 1)]
    shares = team_summaries(report)
    assert [(s.name, s.cards, s.right) for s in shares] == [("Lions", 3, 2), ("Tigers", 2, 1)]
    assert shares[0].share_right == pytest.approx(2 / 3) and shares[1].share_right == 0.5
    assert room_before_after(before_after(report)).cards == 0      # no part before or after: no learning check


def test_a_session_without_cards_has_nothing_to_sum(store):
    report = store.sessions.report(store.sessions.start("community", "en", plan_id="mini", group=""))
    assert not has_cards(report)
    assert question_summaries(report) == [] and before_after(report) == [] and team_summaries(report) == []
    assert room_before_after([]).pre_right is None


def phone_session(store) -> int:
    """Phones as the other kind of person: 1 王阿姨 and 2 Tom answer before and after, 3 only in
    practice, 4 joined and never answered; Tom sits in team 1 (the second)."""
    records = store.sessions
    session = records.start("community", "en", plan_id="mini", group="")
    for person, nickname, team in ((1, "王阿姨", None), (2, "Tom", 1), (3, "", None), (4, "late", None)):
        records.phone_person(session, person, nickname, team)
    records.phone_votes(session, 0, "pre", PRE, "judge", [(1, "real", 3.0), (2, "manipulated", 4.0)])
    records.phone_votes(session, 0, "pre", PRE, "action", [(1, 0, 5.0), (2, 1, 6.0)])
    records.phone_votes(session, 1, "practice", PRACTICE, "judge", [(1, "manipulated", 2.0), (3, "real", 2.5)])
    records.phone_votes(session, 2, "post", POST, "judge", [(1, "real", 1.0), (2, "real", 1.5)])
    return session


def test_phones_are_summed_up_as_cards_are_each_person_by_number_and_nickname(store):
    from game.core.cardreport import answers, has_answers, has_phones, people, who

    report = store.sessions.report(phone_session(store))
    assert has_phones(report) and has_answers(report, "phone") and not has_cards(report)
    assert [p["number"] for p in people(report, "phone")] == [1, 2, 3, 4]
    rows = answers(report, "phone")
    assert rows[0] == {"kind": "phone", "number": 1, "name": "王阿姨", "team": None, "position": 0, "part": "pre",
                       "question": "judge", "scenario_id": "pre-real", "answer": "real", "right": 1, "seconds": 3.0}
    assert [(r["number"], r["question"], r["right"]) for r in rows if r["number"] == 2] == [
        (2, "judge", 0), (2, "action", 0), (2, "judge", 1)]
    assert [(s.position, s.question, s.people, s.right) for s in question_summaries(report, "phone")] == [
        (0, "judge", 2, 1), (0, "action", 2, 1), (1, "judge", 2, 1), (2, "judge", 2, 2)]
    people_rows = before_after(report, "phone")
    assert [(r.person, r.name, r.team, r.both) for r in people_rows] == [
        (1, "王阿姨", None, True), (2, "Tom", 1, True), (3, "", None, False)]
    room = room_before_after(people_rows)
    assert (room.people, room.pre_right, room.pre_safe, room.post_right) == (2, 0.5, 0.5, 1.0)
    assert [(s.team, s.position, s.question, s.people) for s in team_summaries(report, "phone")] == [
        (1, 0, "judge", 1), (1, 0, "action", 1), (1, 2, "judge", 1)]
    assert [who("phone", r.person, r.name, lang) for r in people_rows for lang in ("zh", "en")] == [
        "王阿姨", "王阿姨", "Tom", "Tom", "手机 3", "phone 3"]
    assert who("card", 7, "", "zh") == "卡 7" and who("card", 7, "", "en") == "card 7"
    assert before_after(report) == [] and card_answers(report) == []    # the card view sees no phones
