"""``main.py export --session last --out DIR`` on a real progress file and the built-in packs and plans:
a community session of the 20-minute plan, with a call and a skipped item, written in both languages."""
from __future__ import annotations

import csv

from game.cli import main
from game.core.community import CommunitySession, Tally
from game.core.install import InstallPaths
from game.core.plans import plan_items
from game.core.progress import ProgressStore
from game.packloader import load_packs
from tests.conftest import ROOT
from tests.test_export import assert_no_near_empty_page, flat, font_sizes, page_texts


def record_short_plan(data_dir) -> tuple[list, object]:
    """The presenter runs the 20-minute plan: the room votes on each item but the fourth, skipped."""
    install = InstallPaths(ROOT)
    loaded = load_packs(install, [install.scenarios], None)
    practice = [p for p in loaded.playable() if p.info.purpose == "practice"]
    plan = next(p for p in loaded.plans if p.id == "short-20")
    session = CommunitySession(plan_items(plan, practice, None))
    store = ProgressStore(data_dir / "progress.db", lambda: "2026-05-04T14:30:05")
    records = store.sessions
    records.remember_setup("community", {"group": "Sunshine Seniors Club"})
    session_id = records.start("community", "en", plan_id=plan.id)
    while not session.finished:
        if session.index == 3:
            records.skipped(session_id, session.index, session.item)
        else:
            options = len(session.item.scenario.actions[0].options) if session.item.scenario.actions else 0
            records.votes(session_id, session.index, session.item, Tally(3, 9, [4] + [1] * (options - 1)))
        session.skip()
    records.finish(session_id)
    store.close()
    return session.items, plan


def test_export_last_writes_the_report_card_slides_and_script_in_both_languages(tmp_path, capsys):
    items, plan = record_short_plan(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "export", "--session", "last", "--out",
                 str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out.split()
    names = sorted(path.rsplit("/", 1)[1] for path in printed)
    assert names == sorted(["session-1-questions.csv"] + [f"session-1-{kind}-{lang}.pdf" for lang in ("zh", "en")
                                                          for kind in ("report", "card", "slides", "script")])
    out = tmp_path / "out"
    with open(out / "session-1-questions.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(items) and [r["skipped"] for r in rows] == ["0", "0", "0", "1", "0", "0"]
    assert {(r["date"], r["time"], r["pack_or_plan"], r["group"], r["language"]) for r in rows} == {
        ("2026-05-04", "14:30", "short-20", "Sunshine Seniors Club", "en")}
    assert rows[0]["pack_or_plan_title"] == "20 minutes: check before you act"

    for lang in ("zh", "en"):
        slides = page_texts(out / f"session-1-slides-{lang}.pdf")
        assert len(slides) == len(items)                       # one page per scenario played
        call = next(i for i, item in enumerate(items) if item.scenario.clip.kind == "call")
        caller = items[call].scenario.call.caller
        assert flat(getattr(caller.name, lang)) in flat(slides[call])   # the caller card names the caller
        assert ("跳过" if lang == "zh" else "skipped") in flat(slides[3])
        assert_no_near_empty_page(out / f"session-1-slides-{lang}.pdf")
        assert min(font_sizes(out / f"session-1-card-{lang}.pdf")) >= 18
        report = flat("\n".join(page_texts(out / f"session-1-report-{lang}.pdf")))
        assert ("Sunshine Seniors Club" in report and "14:30" in report
                and getattr(plan.title, lang) in report)
        script = page_texts(out / f"session-1-script-{lang}.pdf")
        assert len(script) >= 2                                 # each plan starts on its own page
        first = flat(script[0])
        assert getattr(plan.title, lang) in first and "0:00" in first and "2:00" in first
        assert_no_near_empty_page(out / f"session-1-script-{lang}.pdf", min_depth=0.3)


def test_export_says_so_when_there_is_no_session(tmp_path, capsys):
    ProgressStore(tmp_path / "progress.db", lambda: "2026-05-04T10:00:00").close()
    assert main(["--data-dir", str(tmp_path), "export", "--session", "last", "--out", str(tmp_path / "out")]) == 1
    assert "no session 'last'" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_every_built_in_call_prints_its_caller_card_inside_the_page(tmp_path):
    """Long caller names ("City People's Hospital (number on its website)") are set smaller, not cut off
    at the page's edge; one page per call in both languages."""
    import pypdfium2 as pdfium

    from game.export.slides import Slide, write_slides
    from tests.test_export import FONTS

    install = InstallPaths(ROOT)
    calls = [Slide(s, p.folder) for p in load_packs(install, [install.scenarios], None).playable()
             for s in p.scenarios if s.clip.kind == "call"]
    assert len(calls) >= 10
    for lang in ("zh", "en"):
        document = pdfium.PdfDocument(str(write_slides(calls, lang, FONTS, "calls", tmp_path / f"{lang}.pdf")))
        assert len(document) == len(calls)
        for number, page in enumerate(document, 1):
            width = page.get_width()
            textpage = page.get_textpage()
            boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
            assert all(0 <= left and right <= width for left, _, right, _ in boxes if right > left), (lang, number)
