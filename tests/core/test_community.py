"""Community sessions in the pure core: the room size against the hands counted, and skipped items."""
from __future__ import annotations

import pytest

from game.core.community import CommunitySession, PlanItem
from game.core.packs import load_pack


@pytest.fixture
def session(mini_pack, library):
    scenarios = load_pack(mini_pack, library).pack.scenarios
    return CommunitySession([PlanItem(s, "mini", "practice") for s in scenarios], room_size=20)


def test_the_room_size_says_who_is_not_counted_yet_and_a_miscount(session):
    assert session.remaining() is None                          # watching: no vote
    session.forward()
    tally = session.tally()
    tally.real, tally.manipulated = 8, 9
    assert session.remaining() == 3
    tally.manipulated = 15
    assert session.remaining() == -3                            # more hands than people
    session.forward()
    assert session.step == "vote_action" and session.remaining() == 20
    session.room_size = 0
    assert session.remaining() is None


def test_a_skipped_item_is_marked_and_not_counted_and_back_on_it_unmarks_it(session):
    session.forward()
    session.tally().real = 5
    session.skip()
    assert session.index == 1 and session.step == "watch" and session.skipped == {0}
    assert session.part_scores("practice") is None             # the only votes are a skipped item's
    session.back()
    assert session.index == 0 and session.step == "discuss" and session.skipped == set()
    assert session.part_scores("practice") is not None
    while session.index == 0:
        session.forward()                                       # played through: on to the next, not skipped
    assert session.index == 1 and session.skipped == set()


def test_stopping_early_keeps_what_was_voted_and_plays_no_more(session):
    assert not session.started                                  # the first clip only: nothing to show
    session.forward()
    session.tally().manipulated = 12
    assert session.started
    session.stop()
    assert session.finished and session.tallies[0].manipulated == 12
    truth = session.items[0].scenario.truth                     # all 12 said AI: right when it is
    assert session.part_scores("practice")[0] == (1.0 if truth == "manipulated" else 0.0)


def test_phone_counts_add_to_the_hands_and_can_be_taken_back():
    from game.core.community import Tally, add_counts, answer_counts

    tally = Tally(real=3, manipulated=1, actions=[2, 0, 1])
    judged = answer_counts("judge", ["real", "manipulated", "manipulated", "x"], 0)
    acted = answer_counts("action", [0, 2, 2, 7], 3)
    assert judged == [1, 2] and acted == [1, 0, 2]
    add_counts(tally, "judge", judged)
    add_counts(tally, "action", acted)
    assert (tally.real, tally.manipulated, tally.actions) == (4, 3, [3, 0, 3])
    add_counts(tally, "judge", judged, -1)
    add_counts(tally, "action", acted, -1)
    assert (tally.real, tally.manipulated, tally.actions) == (3, 1, [2, 0, 1])
