"""The branching call engine and the validation of call scripts."""
from __future__ import annotations

import shutil

import pytest

from game.core.call import CallSession, all_endings, play_path
from game.core.callspeech import call_requests, people_on_the_line
from game.core.packs import load_pack
from game.core.speechtext import split_by_script
from tests.conftest import DATA


@pytest.fixture
def calls_pack(tmp_path):
    target = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", target)
    return target


@pytest.fixture
def grandson(calls_pack, library):
    status = load_pack(calls_pack, library)
    assert status.problems == []
    return next(s for s in status.pack.scenarios if s.id == "grandson-call")


def test_asking_the_secret_word_then_calling_back_reaches_the_real_grandson(grandson):
    call = CallSession(grandson.call)
    assert call.ringing and call.person.id == "fake"
    call.answer()
    assert call.node_id == "hello" and len(call.node.choices) == 3
    call.choose(0)                          # the secret word: the fake dodges
    assert call.node_id == "dodge" and call.moves == ["answer", "ask_secret_word"]
    call.choose(0)                          # hang up, call back the saved number
    assert call.person.id == "grandson" and call.person.saved
    call.choose(0)
    assert call.finished and call.outcome == "safe" and call.score == 1.0


def test_sending_money_loses_it_and_declining_ends_the_call(grandson):
    call = CallSession(grandson.call)
    call.answer()
    call.choose(1)
    assert call.outcome == "money_lost" and call.score == 0.0
    declined = CallSession(grandson.call)
    declined.decline()
    assert declined.outcome == "declined" and declined.finished
    with pytest.raises(RuntimeError):
        declined.answer()


def test_every_path_of_every_test_call_ends(calls_pack, library):
    for scenario in load_pack(calls_pack, library).pack.scenarios:
        endings = all_endings(scenario.call)
        assert endings
        for path, outcome in endings:
            assert play_path(scenario.call, path).outcome == outcome


def test_speech_requests_follow_who_is_on_the_line(grandson):
    people = people_on_the_line(grandson.call)
    assert people["hello"] == {"fake"} and people["callback"] == {"grandson"}
    requests = call_requests(grandson.call, ["zh", "en"])
    assert {r.lang for r in requests} == {"zh", "en"}
    real = [r for r in requests if "学校" in r.text]
    assert real and real[0].rate == 150           # the grandson's own voice settings


def test_mixed_text_is_split_by_script():
    assert split_by_script("奶奶，我是Lucy，打110报警。", "zh") == [("zh", "奶奶，我是"), ("en", "Lucy"), ("zh", "，打110报警。")]
    assert split_by_script("Call 110 now.", "en") == [("en", "Call 110 now.")]


def edit(pack, old, new, name="grandson-call.yaml"):
    path = pack / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CALL_CASES = {
    "unknown next node": ("next: dodge}", "next: dodg}", "no node 'dodg' (did you mean 'dodge'?)"),
    "unknown start": ("start: hello", "start: helo", "no node 'helo'"),
    "unknown move": ("move: ask_secret_word", "move: ask_password", "unknown move 'ask_password'"),
    "unknown outcome": ("outcome: money_lost", "outcome: lost_money", "unknown outcome 'lost_money'"),
    "unknown person": ("new_call: grandson", "new_call: grandsun", "no person 'grandsun'"),
    "dead end": ("      outcome: safe\n", "", "node 'safe' is a dead end"),
    "unreachable node": ("move: ask_secret_word, next: dodge}", "move: ask_secret_word, next: lost}", "node 'dodge' can never be reached"),
    "loop without an exit": ("        - {text: {zh: 告诉他刚才的电话, en: Tell him about the call}, move: refuse_report, next: safe}",
                             "        - {text: {zh: 告诉他刚才的电话, en: Tell him about the call}, move: refuse_report, next: callback}",
                             "can never end (a loop without an exit)"),
    "a language missing in a line": ("text: {zh: 哎呀，别问了，来不及了！, en: \"Don't ask, there's no time!\"}",
                                     "text: {zh: 哎呀，别问了，来不及了！}", "no 'en' text"),
    "outcome with choices": ("    lost:\n      outcome: money_lost", "    lost:\n      choices: [{text: x, next: safe}]\n      outcome: money_lost",
                             "cannot have choices"),
    "call section on a picture": ("clip:\n  kind: call", "clip:\n  kind: image\n  file: x.png", "only for clips of kind: call"),
}


@pytest.mark.parametrize("case", CALL_CASES, ids=list(CALL_CASES))
def test_each_call_script_problem_is_reported_with_its_line(case, calls_pack, library):
    old, new, words = CALL_CASES[case]
    edit(calls_pack, old, new)
    status = load_pack(calls_pack, library)
    matching = [p for p in status.problems if words in str(p)]
    assert matching, [str(p) for p in status.problems]
    assert matching[0].path.endswith("grandson-call.yaml") and matching[0].line > 1
