"""The self-playing demo in both languages: every screen saved, nothing cut off.

Screenshots are kept in artifacts/demo-<lang>-<size>/ for a person to look at: at
100 % text and at 200 % (the largest), where the demo's own check reports any text
cut off or overflowing its box as a problem.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from PIL import Image, ImageStat

from tests.conftest import ARTIFACTS, ROOT

pytestmark = pytest.mark.slow   # each plays the demo in a process of its own: 6 to 40 s


def run_demo(lang, shots, tmp_path, *extra):
    env_args = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"), "demo",
                "--lang", lang, "--seed", "11", "--shots", str(shots), *extra]
    result = subprocess.run(env_args, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1.0", "2.0"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_plays_the_starter_pack_and_saves_every_screen(lang, scale, tmp_path):
    shots = ARTIFACTS / f"demo-{lang}-{round(float(scale) * 100)}"
    shutil.rmtree(shots, ignore_errors=True)
    summary = run_demo(lang, shots, tmp_path, "--pack", "starter", "--text-scale", scale)
    assert summary["problems"] == []
    assert summary["played"] >= 8
    assert set(summary["kinds"]) == {"image", "animation", "audio", "video", "call"}
    assert 0 <= summary["score"] <= summary["max_score"]
    files = sorted(shots.glob("*.png"))
    names = " ".join(f.name for f in files)
    for screen in ("title", "language", "player", "tour", "help", "settings", "confirm", "packs", "judge", "confidence", "action",
                   "feedback", "rights", "results"):
        assert screen in names, screen
    assert len(files) == summary["shots"] >= 4 * summary["played"]
    assert_screen_budget(summary, MOST[lang, float(scale)])
    for path in files:
        with Image.open(path) as image:
            assert image.size == (1280, 720)
            assert max(ImageStat.Stat(image.convert("L")).stddev) > 10, f"{path.name} looks blank"


# Issue 15's budget: screens from a scenario's clip to the next scenario, at most, for a clip
# (picture, animation, sound, video) and a call, at 100 % and 200 % text.
BUDGET = {1.0: {"picture": 5, "call": 9}, 2.0: {"picture": 8, "call": 12}}
# In the 1280x720 window the screenshots are taken in, 200 % text leaves about six lines a page,
# so where even the least feedback does not fit a scenario's budget (a long explanation, two
# questions, English), it takes more screens rather than smaller text (why: the head of
# tests/ui/test_screen_budget.py). The most the starter pack takes there with seed 11, so a
# change that adds screens fails here (it took 10-31 before issue 15), measured 2026-12-05.
# In the window the game opens on a 1080p screen the budget holds: test below.
# English 200 %: the demo's choices now take the grandchild call through all four of its steps
# (hello, quiz, secret word, call-back), 15 screens with the pages its feedback needs.
MOST = {("zh", 1.0): (5, 9), ("en", 1.0): (5, 9), ("zh", 2.0): (8, 16), ("en", 2.0): (11, 15)}
PACKS = ("starter", "family", "likeness", "news", "shopping", "video")


def assert_screen_budget(summary, most):
    """Every scenario played is counted, and none takes more screens than ``most``
    (picture, call); the summary says how many each took."""
    per_scenario = summary["screens_per_scenario"]
    assert len(per_scenario) == summary["played"] and all(n >= 3 for n in per_scenario.values())
    assert summary["max_screens_picture"] <= most[0], per_scenario
    assert summary["max_screens_call"] <= most[1], per_scenario


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_at_200_percent_in_a_maximised_1080p_window_keeps_to_the_screen_budget(lang, tmp_path):
    """Issue 15's "done when": the demo at --text-scale 2.0 takes at most 8 screens per picture
    scenario and 12 per call, in the window the game opens on a 1920x1080 screen."""
    shots = tmp_path / "shots"
    summary = run_demo(lang, shots, tmp_path, "--pack", "starter", "--text-scale", "2.0", "--window", "1920x1000")
    assert summary["problems"] == [] and summary["played"] >= 8
    assert_screen_budget(summary, (BUDGET[2.0]["picture"], BUDGET[2.0]["call"]))
    with Image.open(sorted(shots.glob("*.png"))[0]) as image:
        assert image.size == (1920, 1000)


@pytest.mark.parametrize("pack", PACKS)
def test_every_built_in_pack_at_200_percent_keeps_near_the_screen_budget(pack, tmp_path):
    """Each pack, played in Chinese at 200 %: nothing cut off, and no scenario more than two
    screens over its budget (a call, whose own screens are counted too, seven)."""
    summary = run_demo("zh", tmp_path / "shots", tmp_path, "--pack", pack, "--text-scale", "2.0")
    assert summary["problems"] == [] and summary["played"] >= 8
    budget = BUDGET[2.0]
    assert_screen_budget(summary, (budget["picture"] + 2, budget["call"] + 7))


def test_demo_can_play_an_extra_pack(tmp_path):
    from tests.conftest import DATA

    summary = run_demo("en", tmp_path / "shots", tmp_path, "--pack", "mini", "--packs", str(DATA / "packs"))
    assert summary["played"] == 4 and summary["problems"] == []
    assert summary["kinds"] == ["animation", "audio", "image", "video"]


def test_the_classroom_demo_plays_three_teams_and_the_export_command_writes_its_files(tmp_path):
    shots = ARTIFACTS / "demo-classroom"
    shutil.rmtree(shots, ignore_errors=True)
    summary = run_demo("en", shots, tmp_path, "--mode", "classroom", "--teams", "3", "--window", "1920x1080")
    assert summary["problems"] == [] and summary["mode"] == "classroom"
    assert [team["shape"] for team in summary["teams"]] == ["circle", "square", "triangle"]
    assert summary["played"] >= 8 and all(0 <= team["points"] <= 10 * summary["played"] for team in summary["teams"])
    names = " ".join(p.name for p in shots.glob("*.png"))
    for screen in ("classsetup", "judge", "action", "reveal", "scoreboard", "podium"):
        assert screen in names, screen
    out = tmp_path / "export"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"), "export",
                             "--session", "last", "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    printed = result.stdout.split()
    assert sorted(p.split("/")[-1].split("-", 2)[-1] for p in printed) == [
        "answers.csv", "card-en.pdf", "card-zh.pdf", "questions.csv", "report-en.pdf", "report-zh.pdf",
        "slides-en.pdf", "slides-zh.pdf", "teams.csv"]
    assert all((out / p.split("/")[-1]).stat().st_size > 0 for p in printed)


def test_the_community_demo_follows_a_plan_with_show_of_hands(tmp_path):
    shots = ARTIFACTS / "demo-community"
    shutil.rmtree(shots, ignore_errors=True)
    summary = run_demo("zh", shots, tmp_path, "--mode", "community", "--plan", "short-20")
    assert summary["problems"] == [] and summary["mode"] == "community"
    assert summary["played"] == 6 and all(v["part"] == "practice" for v in summary["votes"])
    names = " ".join(p.name for p in shots.glob("*.png"))
    for screen in ("commsetup", "vote_judge", "vote_action", "reveal", "discuss", "finished"):
        assert screen in names, screen


def test_the_community_demo_with_30_cards_reads_every_card_the_room_holds_up(tmp_path):
    shots = ARTIFACTS / "demo-community-cards"
    shutil.rmtree(shots, ignore_errors=True)
    summary = run_demo("en", shots, tmp_path, "--mode", "community", "--cards", "30")
    assert summary["problems"] == [] and summary["cards"] == 30
    # at least 99 % of the cards the generated room held up were read, each with the answer it
    # held (a wrong one is a problem), and no card was read that was not held up
    assert summary["cards_held_up"] > 30 * summary["questions"]
    assert summary["cards_read_right"] >= 0.99 * summary["cards_held_up"]
    assert summary["card_votes"] == summary["cards_read_right"]
    assert set(summary["votes_per_card"]) == {str(n) for n in range(1, 31)}
    assert all(len(v["judge"].split()) == summary["questions"] for v in summary["votes_per_card"].values())
    names = " ".join(p.name for p in shots.glob("*.png"))
    for screen in ("commsetup", "vote_judge", "vote_action", "reveal"):
        assert screen in names, screen


def test_the_classroom_demo_with_24_cards_gives_each_team_the_mean_of_its_cards(tmp_path):
    summary = run_demo("zh", tmp_path / "shots", tmp_path, "--mode", "classroom", "--teams", "4", "--cards", "24")
    assert summary["problems"] == [] and summary["cards"] == 24 and len(summary["teams"]) == 4
    assert summary["cards_read_right"] >= 0.99 * summary["cards_held_up"]
    assert summary["card_votes"] == summary["cards_read_right"]
    # a team's points per question are a mean over its cards: at most 10 a question, in tenths
    assert all(0 < team["points"] <= 10 * summary["played"] for team in summary["teams"])
    assert any(team["points"] != int(team["points"]) for team in summary["teams"])


def test_the_community_demo_with_30_phones_gets_every_answer_over_loopback(tmp_path):
    summary = run_demo("en", tmp_path / "shots", tmp_path, "--mode", "community", "--phones", "30")
    assert summary["problems"] == [] and summary["phones"] == 30   # (a question with an answer missing is a problem)
    assert summary["phone_votes"] == 30 * summary["phone_questions"] and summary["phone_questions"] >= 10
    assert sorted(summary["votes_per_phone"]) == sorted(f"Phone {n}" for n in range(1, 31))


def test_the_classroom_demo_with_40_phones_in_4_teams(tmp_path):
    summary = run_demo("zh", tmp_path / "shots", tmp_path, "--mode", "classroom", "--teams", "4", "--phones", "40")
    assert summary["problems"] == [] and summary["phones"] == 40 and len(summary["teams"]) == 4
    assert summary["phone_votes"] == 40 * summary["phone_questions"]
    assert all(0 < team["points"] <= 10 * summary["played"] for team in summary["teams"])
