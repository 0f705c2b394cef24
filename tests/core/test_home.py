"""A returning player's home screen figures (issue 19 item 4), from a real progress file
written through the store, and the research sentence after a round."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from game.core.home import HABITS, habit_table, option_habits, summarise
from game.core.packs import load_pack
from game.core.progress import ProgressStore
from game.core.research import research_key
from game.core.scoring import Answer
from game.core.strings import t

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self):
        self.now = "2026-03-01T10:00:00"

    def __call__(self) -> str:
        return self.now


@pytest.fixture
def starter(library):
    return load_pack(ROOT / "scenarios" / "starter", library).pack


def answer(store, me, round_id, scenario, truth, judgement, options, safe, moves=None, outcome=""):
    attempt = store.record_judgement(round_id, me, "starter", scenario, truth, judgement, "fairly_sure", 3.0)
    store.record_actions(attempt, options, safe, True, 5.0, call_outcome=outcome, call_moves=moves)


def played_three_days(path: Path) -> tuple[ProgressStore, object]:
    """Three days of the starter pack, written through the store and read back from the file."""
    clock = Clock()
    store = ProgressStore(path, clock)
    me = store.profile("王阿姨")
    first = store.start_round(me, "starter")
    answer(store, me, first, "grandson-voice-call", "manipulated", "manipulated", [0, 0], [True, True])
    answer(store, me, first, "police-safe-account", "manipulated", "manipulated", [0, 0], [True, True])
    clock.now = "2026-03-02T10:00:00"
    second = store.start_round(me, "starter")
    answer(store, me, second, "daughter-cold-call", "real", "manipulated", [0, 1], [True, False])
    clock.now = "2026-03-04T09:00:00"
    third = store.start_round(me, "starter")
    answer(store, me, third, "grandchild-voice-call", "manipulated", "manipulated", [0], [True],
           moves=["ask_secret_word", "hang_up_call_back", "refuse_report"], outcome="safe")
    store.close()
    return ProgressStore(path, clock), me


def test_the_summary_counts_habits_days_mistakes_and_the_next_day(tmp_path, starter):
    store, me = played_three_days(tmp_path / "progress.db")
    summary = summarise(store.attempts(me), datetime(2026, 3, 4, 12), habit_table([starter]))
    # called back: grandson (saved number), daughter (q1 safe: saved number), the call's move
    # asked: the call's secret word (its action "agree a secret word" is the same habit, once)
    # code: police and the call (both ask for one, all safe); money: grandson, police, the call
    assert dict(summary.habits) == {"call_back": 3, "ask_check": 1, "keep_code": 2, "keep_money": 3}
    assert [h for h, _ in summary.habits] == list(HABITS)
    assert summary.days == 3 and summary.answered == 4
    assert summary.mistakes == 1                              # the daughter was real, and one choice unsafe
    assert summary.next_due == date(2026, 3, 3) and summary.due_today   # due the day after: today has come
    assert summary.has_history


def test_a_mistake_put_right_leaves_the_list_and_the_next_day_moves_on(tmp_path, starter):
    store, me = played_three_days(tmp_path / "progress.db")
    store.now = lambda: "2026-03-04T10:00:00"
    review = store.start_round(me, "starter", "review")
    answer(store, me, review, "daughter-cold-call", "real", "real", [0, 0], [True, True])
    summary = summarise(store.attempts(me), datetime(2026, 3, 4, 12), habit_table([starter]))
    assert summary.mistakes == 0
    assert summary.next_due == date(2026, 3, 7) and not summary.due_today   # the next step: 3 days on
    assert dict(summary.habits)["call_back"] == 4 and dict(summary.habits)["keep_money"] == 4


def test_a_new_player_has_no_history(tmp_path):
    store = ProgressStore(tmp_path / "p.db", Clock())
    summary = summarise(store.attempts(store.profile("Ann")), datetime(2026, 3, 1), {})
    assert not summary.has_history and summary.next_due is None and summary.mistakes == 0
    assert dict(summary.habits) == dict.fromkeys(HABITS, 0)


def test_call_moves_count_without_the_pack(tmp_path):
    """A call in a pack no longer installed still counts by its moves."""
    store = ProgressStore(tmp_path / "p.db", Clock())
    me = store.profile("Ann")
    rid = store.start_round(me, "gone")
    aid = store.record_judgement(rid, me, "gone", "x", "manipulated", "manipulated", "certain", 1)
    store.record_actions(aid, [], [], True, 1, call_outcome="code_shared", call_moves=["ask_question", "share_code"])
    summary = summarise(store.attempts(me), datetime(2026, 3, 1), {})
    assert dict(summary.habits) == {"call_back": 0, "ask_check": 1, "keep_code": 0, "keep_money": 0}


@pytest.mark.parametrize("text, habits", [
    ("Hang up and call his saved number.", {"call_back"}),
    ("Ask the word or call the saved number, then decide.", {"call_back", "ask_check"}),
    ("问他家里约好的暗号", {"ask_check"}),
    ("挂断，打小明存好的号码", {"call_back"}),
    ("Call 110 at once: account, amount, time.", set()),
])
def test_what_an_action_option_practises(text, habits):
    assert option_habits([text]) == habits


def test_every_built_in_pack_practises_each_habit_somewhere(library):
    packs = [load_pack(folder, library).pack for folder in sorted((ROOT / "scenarios").iterdir())
             if (folder / "pack.yaml").exists()]
    found = set()
    for known in habit_table(packs).values():
        found |= known.pressure
        for question in known.options:
            for option in question:
                found |= option
    assert found == set(HABITS)


# --- the research sentence after a round ---

def clip(right: bool, call: bool = False) -> Answer:
    return Answer("s", "c", "manipulated", "manipulated" if right else "real", "certain",
                  call_outcome="safe" if call else "")


def test_the_research_sentence_follows_the_round():
    assert research_key([]) is None
    assert research_key([clip(True)] * 3 + [clip(False)]) == "research.good_eyes"
    assert research_key([clip(True), clip(False), clip(False)]) == "research.most_miss"
    assert research_key([clip(True, call=True)] * 2 + [clip(False)]) == "research.voices"


@pytest.mark.parametrize("key", ["research.good_eyes", "research.most_miss", "research.voices"])
def test_research_sentences_quote_only_the_design_notes_and_end_on_checking(key):
    zh, en = t(key, "zh"), t(key, "en")
    figures = {"55.5", "62", "80", "56"}
    for text in (zh, en):
        numbers = {n for n in __import__("re").findall(r"\d+(?:\.\d+)?", text)}
        assert numbers <= figures, numbers
    assert "核实" in zh or "回拨" in zh
    assert "check" in en.lower() or "calling back" in en.lower()
    assert not any(word in en.lower() for word in ("fail", "bad", "wrong", "only you"))
