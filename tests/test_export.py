"""Session records in a real SQLite file, exported: CSV read back against the answers, PDF text and pixels."""
from __future__ import annotations

import csv

import pytest

from game.core.classroom import TeamRound, make_teams
from game.core.community import CommunitySession, PlanItem
from game.core.packs import load_pack
from game.core.progress import ProgressStore
from game.export.session import export_certificate, export_session
from tests.conftest import ROOT

FONTS = (ROOT / "assets/fonts/NotoSansSC-Regular.otf", ROOT / "assets/fonts/NotoSansSC-Bold.otf")


@pytest.fixture
def pack(mini_pack, library):
    return load_pack(mini_pack, library).pack


@pytest.fixture
def store(tmp_path):
    ticks = iter(range(100_000))
    made = ProgressStore(tmp_path / "progress.db", lambda: f"2026-05-04T10:{next(ticks) // 60 % 60:02d}:{next(ticks) % 60:02d}")
    yield made
    made.close()


def play_classroom(store, pack):
    """Three teams through the mini pack: team 1 always right and safe, team 2 always 'real' and unsafe, team 3 silent."""
    teams = make_teams(3, "en", ["Lions", "Tigers", "Owls"])
    game = TeamRound(teams, pack.scenarios)
    records = store.sessions
    session = records.start("classroom", "en", pack_id=pack.info.id, teams=teams)
    while not game.finished:
        scenario = game.scenario
        game.advance()                                       # judge
        game.choose(0, 0 if scenario.truth == "real" else 1)
        game.choose(1, 0)
        game.advance()
        if game.phase == "action":
            options = scenario.actions[0].options
            game.choose(0, next(i for i, o in enumerate(options) if o.safe))
            game.choose(1, next(i for i, o in enumerate(options) if not o.safe))
            game.advance()
        for answer in game.scenario_answers():
            records.team_answer(session, game.index, pack.info.id, answer)
        game.advance(), game.advance()
    records.finish(session)
    return session, game


def test_a_classroom_session_is_kept_and_its_csv_reads_back_the_same(store, pack, tmp_path):
    session, game = play_classroom(store, pack)
    report = store.sessions.report(store.sessions.latest())
    assert report.id == session and [t["name"] for t in report.teams] == ["Lions", "Tigers", "Owls"]
    assert len(report.answers) == 3 * len(pack.scenarios)
    paths = export_session(report, [pack], FONTS, tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert names == [f"session-{session}-{n}" for n in ("answers.csv", "handout-en.pdf", "handout-zh.pdf",
                                                        "questions.csv", "teams.csv")]
    with open(tmp_path / "out" / f"session-{session}-teams.csv", encoding="utf-8-sig") as f:
        teams = {row["name"]: row for row in csv.DictReader(f)}
    totals = {team.name: points for team, points in game.totals()}
    assert {name: int(row["points"]) for name, row in teams.items()} == totals == {"Lions": 40, "Tigers": 8, "Owls": 0}
    assert float(teams["Lions"]["share_judged_right"]) == 1.0 and float(teams["Tigers"]["share_judged_right"]) == 0.5
    with open(tmp_path / "out" / f"session-{session}-answers.csv", encoding="utf-8-sig") as f:
        answers = list(csv.DictReader(f))
    kept = [(a.team + 1, a.scenario_id, a.judgement, a.points) for a in game.answers]
    assert [(int(r["team"]), r["scenario"], r["judgement"], int(r["points"])) for r in answers] == kept
    with open(tmp_path / "out" / f"session-{session}-questions.csv", encoding="utf-8-sig") as f:
        questions = list(csv.DictReader(f))
    assert [q["scenario"] for q in questions] == [s.id for s in pack.scenarios]
    assert [float(q["share_judged_right"]) for q in questions] == [round(1 / 3, 3), 0.667, round(1 / 3, 3), 0.667]


def pdf_text_and_image(path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    image = document[0].render(scale=1).to_pil()
    return text, image, len(document)


def test_the_handouts_hold_the_habits_numbers_and_results_in_each_language(store, pack, tmp_path):
    play_classroom(store, pack)
    paths = export_session(store.sessions.report(store.sessions.latest()), [pack], FONTS, tmp_path)
    zh = next(p for p in paths if p.name.endswith("-zh.pdf"))
    en = next(p for p in paths if p.name.endswith("-en.pdf"))
    text, image, pages = pdf_text_and_image(zh)
    flat = text.replace("\r", "").replace("\n", "")
    assert pages == 2 and "保护自己的五个习惯" in flat and "96110" in flat and "用你存好的号码打回去" in flat
    assert "1. Lions：40 分" in flat
    assert image.size[1] == 842 and image.convert("L").getextrema()[0] < 100   # an A4 page with ink on it
    text, _, _ = pdf_text_and_image(en)
    flat = " ".join(text.split())
    assert "Five habits that protect you" in flat and "1. Lions: 40 points (4 of 4 judged right, 4 of 4 safe)" in flat
    assert b"/FontFile3" in zh.read_bytes() or b"/FontFile2" in zh.read_bytes()   # the font is embedded


def test_a_community_session_keeps_votes_and_shows_before_and_after(store, pack, tmp_path):
    items = [PlanItem(pack.scenarios[1], "mini", "pre"), PlanItem(pack.scenarios[0], "mini", "practice"),
             PlanItem(pack.scenarios[3], "mini", "post")]
    session = CommunitySession(items)
    records = store.sessions
    session_id = records.start("community", "zh", plan_id="test")
    hands = {0: (6, 4, [5, 5]), 1: (3, 7, [2, 8, 0]), 2: (9, 1, [9, 1])}
    while not session.finished:
        tally = session.tally()
        tally.real, tally.manipulated, actions = hands[session.index]
        tally.actions = actions[:len(tally.actions)]
        records.votes(session_id, session.index, session.item, tally)
        session.skip()
    report = records.report(session_id)
    assert [(v["real"], v["manipulated"]) for v in report.votes] == [(6, 4), (3, 7), (9, 1)]
    paths = export_session(report, [pack], FONTS, tmp_path)
    with open(next(p for p in paths if p.name.endswith("questions.csv")), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["part"] for r in rows] == ["pre", "practice", "post"]
    assert [float(r["share_judged_right"]) for r in rows] == [0.6, 0.7, 0.9]
    text, _, _ = pdf_text_and_image(next(p for p in paths if p.name.endswith("-zh.pdf")))
    flat = text.replace("\r", "").replace("\n", "")
    assert "练习前：60% 判断对" in flat and "练习后：90% 判断对" in flat


def test_a_solo_certificate_names_the_player(tmp_path):
    path = export_certificate("奶奶", 14, 11, 9.5, "2026-05-04", "zh", FONTS, tmp_path)
    text, image, pages = pdf_text_and_image(path)
    flat = text.replace("\r", "").replace("\n", "")
    assert pages == 2 and "结业证书" in flat and "奶奶 在识破 SeeThrough 里练习了 14 道题" in flat
