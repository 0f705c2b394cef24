"""Answer cards, what readings mean: answers per edge, stable readings, duplicates, teams."""
import pytest

from game.core.cards import (CardRoom, CardScan, Reading, answer_edge, edge_answer, parse_names)
from game.core.models import Scenario
from game.core.order import at_most


def frame(*cards):
    """Readings of one frame: (card, edge) or (card, edge, x) pairs, cards 50 px wide."""
    return [Reading(c[0], c[1], c[2] if len(c) > 2 else 100.0 * c[0], 100.0, 50.0) for c in cards]


def test_judge_uses_opposite_edges_and_ignores_the_others():
    assert edge_answer("A", "judge") == "real"
    assert edge_answer("C", "judge") == "manipulated"
    assert edge_answer("B", "judge") is None and edge_answer("D", "judge") is None


def test_action_edges_beyond_the_options_shown_are_no_answer():
    assert [edge_answer(e, "action", 3) for e in "ABCD"] == [0, 1, 2, None]
    assert [answer_edge(a) for a in ("real", "manipulated", 0, 3)] == ["A", "C", "A", "D"]


def test_one_frame_is_not_an_answer_two_in_a_row_are():
    scan = CardScan("judge", cards=30)
    assert scan.add_frame(frame((1, "A")), 0.1) == []
    assert scan.read() == []
    assert scan.add_frame(frame((1, "A")), 0.2) == [1]
    assert scan.votes()[0].answer == "real" and scan.votes()[0].at == 0.2


def test_a_card_turned_midway_counts_once_as_where_it_ended():
    scan = CardScan("judge", cards=30)
    for at, edge in enumerate("AABCC"):   # real, then turned through B to AI
        scan.add_frame(frame((4, edge)), at)
    assert [(v.card, v.answer) for v in scan.votes()] == [(4, "manipulated")]
    assert scan.counts() == [0, 1]


def test_a_flicker_between_frames_is_not_a_change():
    scan = CardScan("action", options=4, cards=30)
    for edge in "BBDBB":
        scan.add_frame(frame((2, edge)), 0)
    assert scan.votes()[0].answer == 1


def test_numbers_above_the_cards_printed_are_misreadings():
    scan = CardScan("judge", cards=10)
    for _ in range(3):
        scan.add_frame(frame((11, "A"), (0, "A")), 0)
    assert scan.read() == []


def test_the_same_number_far_apart_is_flagged_close_is_not():
    scan = CardScan("judge", cards=30)
    scan.add_frame(frame((5, "A", 100.0), (5, "A", 130.0)), 0)   # one card seen twice, 30 px apart
    assert scan.duplicates == set()
    scan.add_frame(frame((5, "A", 100.0), (5, "C", 900.0)), 0)
    assert scan.duplicates == {5}
    assert scan.read() == []   # two cards disagreeing give no answer


def test_counts_per_option():
    scan = CardScan("action", options=3, cards=30)
    for _ in range(2):
        scan.add_frame(frame((1, "A"), (2, "C"), (3, "C"), (4, "D")), 0)
    assert scan.counts() == [1, 0, 2]


def test_teams_get_runs_of_cards():
    room = CardRoom(24, teams=4)
    assert room.cards_of(0) == [1, 2, 3, 4, 5, 6] and room.cards_of(3) == list(range(19, 25))
    assert [len(CardRoom(10, teams=3).cards_of(t)) for t in range(3)] == [4, 3, 3]
    assert CardRoom(10).team_of(3) is None
    with pytest.raises(ValueError):
        CardRoom(61)


def test_names_only_as_typed():
    names = parse_names("3 王阿姨\n4: Mrs Wang\nseven Bob\n99 Far\n5：李老师")
    assert names == {3: "王阿姨", 4: "Mrs Wang", 5: "李老师"}
    assert CardRoom(30, names=names).name_of(6) == ""


def make_scenario(options):
    """A scenario whose action options are (safe, room) pairs."""
    return Scenario.model_validate({
        "id": "s", "category": "faceswap_video_call", "difficulty": 1, "truth": "manipulated", "title": "t",
        "clip": {"kind": "image", "file": "a.png"}, "tells": [{"text": "t"}],
        "actions": [{"prompt": "p", "options": [{"text": f"option {i}", "safe": safe, "why": "w", "room": room}
                                                for i, (safe, room) in enumerate(options)]}],
        "explanation": "e", "rights": ["civil-code-1019"]})


def test_room_cut_keeps_one_unsafe_and_the_marked():
    all_safe_but_one = make_scenario(options=[(True, False), (True, False), (True, False), (True, False),
                                             (False, False), (True, False)])
    kept = at_most(all_safe_but_one, 4).actions[0].options
    assert len(kept) == 4 and any(not o.safe for o in kept) and any(o.safe for o in kept)
    marked = make_scenario(options=[(False, False), (False, True), (False, True), (True, True), (True, False),
                                    (False, True)])
    kept = at_most(marked, 4).actions[0].options
    assert all(o.room for o in kept)


def test_a_card_still_up_from_the_question_before_answers_only_once_lowered_turned_or_held_on():
    first = CardScan("judge", cards=30)
    for _ in range(2):
        first.add_frame(frame((1, "A"), (2, "C"), (3, "A")), 1.0)
    second = CardScan("action", options=4, cards=30, carried=first.still_up())
    assert second.carried == {1: "A", 2: "C", 3: "A"}
    for at in (0.5, 1.0):
        second.add_frame(frame((1, "A"), (2, "B"), (3, "A")), at)   # 2 turned to B; 3 lowered next
    second.add_frame(frame((1, "A"), (2, "B")), 1.5)
    for at in (2.0, 2.5):
        second.add_frame(frame((1, "A"), (2, "B"), (3, "A")), at)   # 3 raised again on A: meant
    assert {v.card: v.answer for v in second.votes()} == {2: 1, 3: 0}
    for at in (8.5, 9.0):
        second.add_frame(frame((1, "A"), (2, "B"), (3, "A")), at)   # 1 held still on A: meant after all
    assert {v.card: v.answer for v in second.votes()} == {1: 0, 2: 1, 3: 0}


def test_each_team_is_told_its_run_of_cards():
    assert CardRoom(24, teams=4).runs() == [(1, 6), (7, 12), (13, 18), (19, 24)]
    assert CardRoom(10, teams=3).runs() == [(1, 4), (5, 7), (8, 10)]
    assert CardRoom(10).runs() == []
