"""Classroom rounds with answers on phones, in the pure core: each phone is a member of the
team it chose, a team's points are the mean over its members (present cards and phones
together, the 4 + 6 scale), a team with no member keeps its own key answer, and answering
the same way every time does not pay on phones either."""
from __future__ import annotations

import pytest

from game.core.cards import CardRoom, CardVote
from game.core.classroom import TeamRound, make_teams
from game.core.library import load_all
from game.core.packs import load_pack
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS
from tests.conftest import ROOT


@pytest.fixture
def scenarios(mini_pack, library):
    return load_pack(mini_pack, library).pack.scenarios


def safe_index(scenario) -> int:
    return next(i for i, o in enumerate(scenario.actions[0].options) if o.safe)


def unsafe_index(scenario) -> int:
    return next(i for i, o in enumerate(scenario.actions[0].options) if not o.safe)


def to_action_item(game: TeamRound) -> None:
    while not game.scenario.actions:
        for _ in range(6):
            game.advance()
            if game.phase == "watch":
                break
    game.advance()   # watch -> judge


def test_a_teams_points_are_the_mean_over_its_phones(scenarios):
    game = TeamRound(make_teams(2, "en"), list(scenarios), order_key="room-x")
    to_action_item(game)
    scenario = game.scenario
    wrong = "real" if scenario.truth != "real" else "manipulated"
    game.choose(0, 0)
    assert not game.answered(1)
    game.take_phones([("p1", 0, scenario.truth), ("p2", 0, wrong), ("p3", None, wrong)])
    assert game.answered(0) and not game.answered(1)
    game.advance()
    game.take_phones([("p1", 0, safe_index(scenario)), ("p2", 0, unsafe_index(scenario))])
    game.choose(1, safe_index(scenario))
    game.advance()
    points = {a.team: a.points for a in game.scenario_answers()}
    assert points[0] == (JUDGE_POINTS + ACTION_POINTS) / 2          # p1 10, p2 0: the mean
    assert points[1] == ACTION_POINTS                                # no phone: its own keys (no judgement)
    assert game.tally(0).present == 2 and game.tally(1) is None
    assert game.card_counts("judge") == [sum(a == "real" for a in (scenario.truth, wrong)),
                                         sum(a == "manipulated" for a in (scenario.truth, wrong))]


def test_cards_and_phones_of_a_team_are_its_members_together(scenarios):
    game = TeamRound(make_teams(2, "en"), list(scenarios), cards=CardRoom(4, 2), order_key="room-y")
    to_action_item(game)
    scenario = game.scenario
    wrong = "real" if scenario.truth != "real" else "manipulated"
    game.take_cards([CardVote(1, scenario.truth, 1.0), CardVote(2, wrong, 1.0)])   # cards 1, 2: team 0
    game.take_phones([("p1", 0, scenario.truth)])
    game.advance()
    game.take_cards([CardVote(1, safe_index(scenario), 1.0)])
    game.take_phones([("p1", 0, safe_index(scenario))])
    game.advance()
    assert game.tally(0).present == 3
    assert game.tally(0).points == round((10 + 0 + 10) / 3, 1)


def test_a_phone_that_answered_before_stays_a_member_and_counts_nothing_when_silent(scenarios):
    game = TeamRound(make_teams(2, "en"), list(scenarios))
    game.advance()
    game.take_phones([("p1", 1, game.scenario.truth)])
    while game.phase != "watch" or game.index == 0:
        game.advance()
    game.advance()
    game.choose(1, 0)
    while game.phase in ("judge", "action"):
        game.advance()
    assert [a.points for a in game.scenario_answers() if a.team == 1] == [0]   # present, silent: 0


def phone_strategy_total(pack, answer_of) -> float:
    game = TeamRound(make_teams(2, "en"), list(pack), order_key="audit")
    while not game.finished:
        if game.phase in ("judge", "action"):
            game.take_phones([(f"p{n}", 0, answer_of(game.phase)) for n in range(3)])
        game.advance()
    return game.totals()[0][1] if game.totals()[0][0].index == 0 else game.totals()[1][1]


def test_always_a_or_always_ai_on_phones_does_not_pay(library, scenarios):
    built_in = [s for status in load_all([ROOT / "scenarios"], library) for s in status.pack.scenarios]
    for pack in (list(scenarios), built_in):
        most = sum(JUDGE_POINTS + (ACTION_POINTS if s.actions else 0) for s in pack)
        all_a = phone_strategy_total(pack, lambda phase: "real" if phase == "judge" else 0)
        always_ai = phone_strategy_total(pack, lambda phase: "manipulated" if phase == "judge" else 0)
        assert all_a < most * 0.65 and always_ai < most * 0.65
