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
    store.sessions.remember_setup("classroom", {"teams": 3, "group": "五年级二班"})
    session, game = play_classroom(store, pack)
    report = store.sessions.report(store.sessions.latest())
    assert report.id == session and [t["name"] for t in report.teams] == ["Lions", "Tigers", "Owls"]
    assert report.group == "五年级二班"                      # the group typed at setup
    assert len(report.answers) == 3 * len(pack.scenarios)
    paths = export_session(report, [pack], FONTS, tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert names == [f"session-{session}-{n}" for n in (
        "answers.csv", "card-en.pdf", "card-zh.pdf", "questions.csv", "report-en.pdf", "report-zh.pdf",
        "slides-en.pdf", "slides-zh.pdf", "teams.csv")]
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
    first = questions[0]
    assert list(first)[:8] == ["session", "date", "time", "mode", "pack_or_plan", "pack_or_plan_title", "group",
                               "language"]
    assert (first["date"], first["time"], first["pack_or_plan"], first["group"], first["language"]) == (
        report.started[:10], report.started[11:16], "mini", "五年级二班", "en")
    assert {row["group"] for row in answers} == {"五年级二班"}


def pdf_text_and_image(path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    image = document[0].render(scale=1).to_pil()
    return text, image, len(document)


def page_texts(path) -> list[str]:
    import pypdfium2 as pdfium

    return [page.get_textpage().get_text_range().replace("\r", "") for page in pdfium.PdfDocument(str(path))]


def flat(text: str) -> str:
    """Text as one line: Chinese lines joined as they are, English ones with a space."""
    if any("\u4e00" <= char <= "\u9fff" for char in text):
        return text.replace("\r", "").replace("\n", "")
    return " ".join(text.split())


def font_sizes(path) -> set[float]:
    """The size in points of every character printed (spaces and line ends left out)."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    sizes = set()
    for page in pdfium.PdfDocument(str(path)):
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            if chr(raw.FPDFText_GetUnicode(textpage, index)).strip():
                sizes.add(round(raw.FPDFText_GetFontSize(textpage, index), 1))
    return sizes


def assert_no_near_empty_page(path, min_lines: int = 6, min_depth: float = 0.4) -> None:
    """Every page of a document of more than one page has at least ``min_lines`` lines of text
    and ink down to ``min_depth`` of its height (a page of four lines fails)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    if len(document) == 1:
        return
    for number, page in enumerate(document, 1):
        lines = [line for line in page.get_textpage().get_text_range().splitlines() if line.strip()]
        grey = page.render(scale=0.5).to_pil().convert("L")
        box = grey.point(lambda value: 255 if value < 200 else 0).getbbox()
        depth = box[3] / grey.height if box else 0
        assert len(lines) >= min_lines and depth >= min_depth, (path.name, number, len(lines), round(depth, 2))


def test_the_reports_hold_the_session_header_results_habits_and_numbers_in_each_language(store, pack, tmp_path):
    store.sessions.remember_setup("classroom", {"group": "Class 5B"})
    play_classroom(store, pack)
    report = store.sessions.report(store.sessions.latest())
    paths = export_session(report, [pack], FONTS, tmp_path)
    zh = next(p for p in paths if p.name.endswith("report-zh.pdf"))
    en = next(p for p in paths if p.name.endswith("report-en.pdf"))
    text, image, pages = pdf_text_and_image(zh)
    text = flat(text)
    assert pages == 1, "the report fits one page: no page holding only four lines"
    assert "活动记录" in text and "保护自己的五个习惯" in text and "96110" in text and "用你存好的号码打回去" in text
    assert "1. Lions：40 分" in text and "班级或小组：Class 5B" in text and "游戏语言：英文" in text
    assert f"1. {pack.scenarios[0].title.zh}：1 / 3 个队判断对，1 / 3 个队做法安全" in text   # question by question
    assert f"日期和时间：{report.started[:10]} {report.started[11:16]}" in text and "题目：测试小包" in text
    assert image.size[1] == 842 and image.convert("L").getextrema()[0] < 100   # an A4 page with ink on it
    text, _, _ = pdf_text_and_image(en)
    text = flat(text)
    assert "Five habits that protect you" in text and "1. Lions: 40 points (4 of 4 judged right, 4 of 4 safe)" in text
    assert "Class or group: Class 5B" in text and "Language played in: English" in text
    assert b"/FontFile3" in zh.read_bytes() or b"/FontFile2" in zh.read_bytes()   # the font is embedded


def test_the_take_home_card_is_large_print_with_the_numbers_and_spaces_to_write_in_both_languages(tmp_path):
    from game.export.card import write_card

    for lang, words in (("zh", ["防骗卡", "保护自己的五个习惯", "我们家的暗号", "我自己存好的家人号码",
                                "96110", "反诈预警电话", "12377", "举报网上的假视频"]),
                        ("en", ["Scam-safety card", "Five habits that protect you", "Our family secret word",
                                "A family number I saved myself", "96110", "The anti-fraud warning line", "12377",
                                "Report fake videos"])):
        path = write_card(lang, FONTS, tmp_path / f"card-{lang}.pdf")
        pages = page_texts(path)
        assert len(pages) == 2
        text = flat("\n".join(pages))
        assert all(word in text for word in words), [w for w in words if w not in text]
        assert "110" in flat(pages[1]) and "Police" in text if lang == "en" else "警察" in text
        sizes = font_sizes(path)
        assert min(sizes) >= 18, sizes            # body text at least 18 pt for older eyes
        assert_no_near_empty_page(path)
        lines = [line for line in "\n".join(pages).splitlines() if line.strip()]
        assert not any(line.lstrip()[0] in "，。、；：？！）" for line in lines)   # no line starts with ，


def test_a_community_session_keeps_votes_skips_and_shows_before_and_after(store, pack, tmp_path):
    items = [PlanItem(pack.scenarios[1], "mini", "pre"), PlanItem(pack.scenarios[0], "mini", "practice"),
             PlanItem(pack.scenarios[2], "mini", "practice"), PlanItem(pack.scenarios[3], "mini", "post")]
    session = CommunitySession(items)
    records = store.sessions
    records.remember_setup("community", {"group": "幸福社区"})
    session_id = records.start("community", "zh", plan_id="mini")
    hands = {0: (6, 4, [5, 5]), 1: (3, 7, [2, 8, 0]), 3: (9, 1, [9, 1])}
    while not session.finished:
        if session.index == 2:                                   # the presenter presses S before a vote
            records.skipped(session_id, session.index, session.item)
            session.skip()
            continue
        tally = session.tally()
        tally.real, tally.manipulated, actions = hands[session.index]
        tally.actions = actions[:len(tally.actions)]
        records.votes(session_id, session.index, session.item, tally)
        session.skip()
    report = records.report(session_id)
    assert [(v["real"], v["manipulated"]) for v in report.votes] == [(6, 4), (3, 7), (0, 0), (9, 1)]
    assert report.skipped() == {2} and report.group == "幸福社区"
    paths = export_session(report, [pack], FONTS, tmp_path)
    with open(next(p for p in paths if p.name.endswith("questions.csv")), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["part"] for r in rows] == ["pre", "practice", "practice", "post"]
    assert [r["skipped"] for r in rows] == ["0", "0", "1", "0"]
    assert [r["share_judged_right"] for r in rows] == ["0.6", "0.7", "", "0.9"]
    assert {r["group"] for r in rows} == {"幸福社区"} and {r["language"] for r in rows} == {"zh"}
    text = flat(pdf_text_and_image(next(p for p in paths if p.name.endswith("report-zh.pdf")))[0])
    assert "练习前：60% 判断对" in text and "练习后：90% 判断对" in text
    assert f"{pack.scenarios[2].title.zh}：跳过了" in text and "班级或小组：幸福社区" in text
    slides = next(p for p in paths if p.name.endswith("slides-en.pdf"))
    pages = page_texts(slides)
    assert len(pages) == 4                                     # one page per scenario played, skipped too
    assert "was skipped" in flat(pages[2]) and not any("skipped" in page for page in pages[:2] + pages[3:])


def test_the_slides_show_each_scenario_with_its_picture_question_and_discussion(store, pack, tmp_path):
    import pypdfium2 as pdfium

    play_classroom(store, pack)
    paths = export_session(store.sessions.report(store.sessions.latest()), [pack], FONTS, tmp_path)
    for lang in ("zh", "en"):
        path = next(p for p in paths if p.name.endswith(f"slides-{lang}.pdf"))
        pages = page_texts(path)
        assert len(pages) == len(pack.scenarios)
        for number, (page, scenario) in enumerate(zip(pages, pack.scenarios), 1):
            text = flat(page)
            title = getattr(scenario.title, lang)
            assert flat(title) in text, (number, title)
            assert ("这是真的，还是AI做的或改过的？" if lang == "zh" else "Is this real, or made or changed by AI?") in text
            assert ("大家说一说" if lang == "zh" else "Talk about it") in text
        assert_no_near_empty_page(path)
        document = pdfium.PdfDocument(str(path))
        for page in document:                        # the clip's still picture is on each page
            images = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
            assert len(images) == 1
        assert document[0].get_size()[0] > document[0].get_size()[1]   # landscape, for a projector or a wall


def test_a_solo_certificate_names_the_player(tmp_path):
    path = export_certificate("奶奶", 14, 11, 9.5, "2026-05-04", "zh", FONTS, tmp_path)
    text, image, pages = pdf_text_and_image(path)
    flat = text.replace("\r", "").replace("\n", "")
    assert pages == 2 and "结业证书" in flat and "奶奶 在识破 SeeThrough 里练习了 14 道题" in flat


def test_a_session_left_before_anything_was_played_exports_without_slides(store, pack, tmp_path):
    session = store.sessions.start("classroom", "zh", pack_id=pack.info.id, teams=make_teams(2, "zh"))
    paths = export_session(store.sessions.report(session), [pack], FONTS, tmp_path)
    assert sorted(p.name.split("-", 2)[2] for p in paths) == [
        "answers.csv", "card-en.pdf", "card-zh.pdf", "questions.csv", "report-en.pdf", "report-zh.pdf", "teams.csv"]
    assert "课堂比赛，2 个队" in flat(pdf_text_and_image(tmp_path / f"session-{session}-report-zh.pdf")[0])


def test_a_long_classroom_report_runs_on_without_a_near_empty_page(pack, tmp_path):
    """Eight teams and twenty questions: the report takes two pages, and the second is no page of
    four lines (the habits and numbers go over whole, not split)."""
    from game.core.sessions import SessionReport

    teams = [{"team": i, "name": f"Team number {i + 1}", "colour": "#000000", "shape": "circle"} for i in range(8)]
    answers = [{"team": team, "position": position, "pack_id": "mini",
                "scenario_id": pack.scenarios[position % 4].id, "truth": "real", "judgement": "real",
                "action": 0, "safe": 1, "points": 10, "seconds": 9.0}
               for position in range(20) for team in range(8)]
    report = SessionReport(7, "classroom", "en", "mini", "", 30, "2026-05-04T10:00:00", None, teams, answers,
                           group="Year 9 assembly")
    paths = export_session(report, [pack], FONTS, tmp_path)
    for lang in ("zh", "en"):
        path = next(p for p in paths if p.name.endswith(f"report-{lang}.pdf"))
        pages = page_texts(path)
        assert len(pages) == 2
        assert_no_near_empty_page(path)
        assert ("五个习惯" if lang == "zh" else "Five habits") in pages[1]
    assert len(page_texts(next(p for p in paths if p.name.endswith("slides-en.pdf")))) == 20
