"""Practise again days later, and the learning check's scores, from answers in a real SQLite file."""
from __future__ import annotations

from datetime import datetime

from game.core.learningcheck import latest_scores
from game.core.progress import ProgressStore
from game.core.review import due_now, schedule


class Clock:
    """A settable clock: tests move it on by days."""

    def __init__(self):
        self.now = "2026-03-01T09:00:00"

    def __call__(self):
        return self.now


def answer(store, me, scenario, right, kind="practice", pack="starter", finish=True):
    round_id = store.start_round(me, pack, kind)
    attempt = store.record_judgement(round_id, me, pack, scenario, "real", "real" if right else "manipulated",
                                     "certain", 1.0)
    store.record_actions(attempt, [0], [right], True, 1.0)
    if finish:
        store.finish_round(round_id)


def test_a_miss_comes_back_after_one_then_three_then_seven_days(tmp_path):
    clock = Clock()
    store = ProgressStore(tmp_path / "progress.db", clock)
    me = store.profile("Mei")
    answer(store, me, "a", right=False)
    answer(store, me, "b", right=True)
    assert due_now(store.attempts(me), datetime(2026, 3, 1, 20)) == []          # not the same day
    due = due_now(store.attempts(me), datetime(2026, 3, 2, 9))
    assert [(d.pack_id, d.scenario_id) for d in due] == [("starter", "a")]
    clock.now = "2026-03-02T10:00:00"
    answer(store, me, "a", right=True, kind="review")
    assert [d.due for d in schedule(store.attempts(me))] == [datetime(2026, 3, 5, 10)]
    clock.now = "2026-03-05T10:00:00"
    answer(store, me, "a", right=True, kind="review")
    assert [d.due for d in schedule(store.attempts(me))] == [datetime(2026, 3, 12, 10)]
    clock.now = "2026-03-12T10:00:00"
    answer(store, me, "a", right=True, kind="review")
    assert schedule(store.attempts(me)) == []                                    # learnt


def test_missing_it_again_starts_the_days_over(tmp_path):
    clock = Clock()
    store = ProgressStore(tmp_path / "progress.db", clock)
    me = store.profile("Mei")
    answer(store, me, "a", right=False)
    clock.now = "2026-03-02T10:00:00"
    answer(store, me, "a", right=True, kind="review")
    clock.now = "2026-03-05T10:00:00"
    answer(store, me, "a", right=False, kind="review")
    assert [d.due for d in schedule(store.attempts(me))] == [datetime(2026, 3, 6, 10)]


def test_check_answers_stay_out_of_practice_and_score_by_sitting(tmp_path):
    store = ProgressStore(tmp_path / "progress.db", Clock())
    me = store.profile("Mei")
    answer(store, me, "p1", right=False, kind="pre", pack="check")
    assert store.missed(me) == [] and schedule(store.attempts(me)) == []
    scores = latest_scores(store.attempts(me), "check")
    assert set(scores) == {"pre"} and scores["pre"].judged_right == 0 and scores["pre"].played == 1
    answer(store, me, "q1", right=True, kind="post", pack="check", finish=False)   # left half-way
    assert set(latest_scores(store.attempts(me), "check")) == {"pre"}
    answer(store, me, "q1", right=True, kind="post", pack="check")
    after = latest_scores(store.attempts(me), "check")["post"]
    assert (after.judged_right, after.actions_safe, after.played) == (1, 1.0, 1)
