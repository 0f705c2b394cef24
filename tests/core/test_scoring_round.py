import pytest

from game.core.models import Scenario
from game.core.round import Round
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS, Answer, brier_score, calibration_verdict, summarize


def scenario(sid, truth, questions=1):
    option = lambda safe: {"text": "x", "safe": safe, "why": "y"}
    return Scenario.model_validate({
        "id": sid, "category": "faceswap_video_call", "difficulty": 1, "truth": truth, "title": "t",
        "clip": {"kind": "image", "file": "a.png"}, "tells": [{"text": "t"}],
        "actions": [{"prompt": "p", "options": [option(True), option(False)]}] * questions,
        "explanation": "e", "rights": ["civil-code-1019"]})


def test_action_weighs_more_than_judgement():
    assert ACTION_POINTS >= JUDGE_POINTS
    right_but_unsafe = Answer("a", "c", "manipulated", "manipulated", "certain", (False,))
    wrong_but_safe = Answer("a", "c", "manipulated", "real", "certain", (True,))
    assert wrong_but_safe.points > right_but_unsafe.points


def test_hits_false_alarms_and_calibration_counts():
    answers = [
        Answer("1", "a", "manipulated", "manipulated", "certain", (True,)),   # hit
        Answer("2", "a", "manipulated", "real", "certain", (False,)),         # miss
        Answer("3", "b", "real", "manipulated", "fairly_sure", (True,)),      # false alarm
        Answer("4", "b", "real", "real", "guessing", (True,)),                # correct rejection
        Answer("5", "b", "real", "real", "certain", (True, False)),
    ]
    s = summarize(answers)
    assert (s.hits, s.misses, s.false_alarms, s.correct_rejections) == (1, 1, 1, 2)
    assert s.by_confidence["certain"] == (2, 3)
    assert s.by_category["b"].played == 3 and s.by_category["b"].judged_right == 2
    assert s.actions_safe == pytest.approx(3.5)
    assert s.max_points == 5 * (JUDGE_POINTS + ACTION_POINTS)
    assert calibration_verdict(s) == "overconfident"


def test_brier_score_rewards_honest_confidence():
    sure_and_right = [Answer("1", "a", "real", "real", "certain", (True,))]
    sure_and_wrong = [Answer("1", "a", "real", "manipulated", "certain", (True,))]
    assert brier_score(sure_and_right) < 0.01 < 0.8 < brier_score(sure_and_wrong)
    assert brier_score([]) is None


def test_round_walks_every_step_and_records_time():
    round_ = Round("p", [scenario("a", "real", questions=2), scenario("b", "manipulated")])
    round_.begin(10.0)
    round_.judge("manipulated")
    with pytest.raises(RuntimeError):
        round_.judge("real")
    round_.set_confidence("fairly_sure")
    assert round_.choose_action(0, 12.0) is None
    answer = round_.choose_action(1, 15.5)
    assert answer.actions_safe == (True, False) and answer.seconds == 5.5
    assert not answer.judged_right and answer.missed
    round_.show_rights()
    round_.next(20.0)
    assert round_.scenario.id == "b" and round_.step == "judge"
    round_.judge("manipulated"), round_.set_confidence("certain"), round_.choose_action(0, 21.0)
    round_.show_rights()
    round_.next(22.0)
    assert round_.finished and len(round_.answers) == 2


def test_always_wrong_and_fairly_sure_is_told_it_was_overconfident_and_shown_which():
    answers = [Answer(str(n), "a", "manipulated", "real", "fairly_sure", (True,)) for n in range(6)]
    s = summarize(answers)
    assert s.brier == pytest.approx(0.5625)       # worse than a coin (0.25)
    assert calibration_verdict(s) == "overconfident"
    assert s.sure_and_wrong == [str(n) for n in range(6)]


def test_every_level_counts_and_guesses_are_never_listed_as_sure_and_wrong():
    fairly = [Answer(f"f{n}", "a", "real", "real" if n < 2 else "manipulated", "fairly_sure") for n in range(4)]
    guessed = [Answer("g", "a", "real", "manipulated", "guessing")]
    s = summarize(fairly + guessed)
    assert calibration_verdict(s) == "overconfident"    # "fairly sure" promises 75 %, was right 50 %
    assert s.sure_and_wrong == ["f2", "f3"]
    good = [Answer(str(n), "a", "real", "real", "fairly_sure") for n in range(3)]
    good.append(Answer("x", "a", "real", "manipulated", "fairly_sure"))
    assert calibration_verdict(summarize(good)) == "well_calibrated"   # 3 of 4 is the promise


def test_back_restores_the_previous_question_and_drops_its_answer():
    """Issue 15: an answer can be changed until its feedback is shown."""
    round_ = Round("p", [scenario("a", "manipulated", questions=2)])
    assert not round_.can_go_back                      # the first question: nothing to go back to
    with pytest.raises(RuntimeError):
        round_.back()
    round_.judge("manipulated")
    round_.back()
    assert (round_.step, round_.judgement) == ("judge", "")
    round_.judge("real"), round_.set_confidence("certain")
    round_.back()                                      # from the first action question: confidence again
    assert (round_.step, round_.judgement, round_.confidence) == ("confidence", "real", "")
    round_.set_confidence("guessing")
    round_.choose_action(1, 1.0)
    assert round_.question_index == 1
    round_.back()                                      # the previous action question, its answer dropped
    assert round_.step == "action" and round_.question_index == 0 and round_.chosen_options == []
    round_.choose_action(0, 2.0)
    answer = round_.choose_action(0, 3.0)
    assert (answer.judgement, answer.confidence, answer.actions_safe) == ("real", "guessing", (True, True))
    assert round_.step == "feedback" and not round_.can_go_back and len(round_.answers) == 1
    with pytest.raises(RuntimeError):
        round_.back()                                  # the feedback is shown: the answer stands

