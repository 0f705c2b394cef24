"""The organiser's report: when, what, which group and language; the results; before and after;
the answer cards and the phones (when the room used them); then the habits and numbers, kept together on one
page (never a page of four lines)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.sessions import SessionReport
from game.export.cardsection import SoloText, write_card_section
from game.export.document import ACCENT, MUTED
from game.export.handout import Handout


@dataclass(frozen=True)
class ReportText:
    """What the report says, already worded in its language."""

    header: list[str]       # date and time, pack or plan, group, language
    lines: list[str]        # one per team, or one per item voted on (or skipped)
    before: str = ""
    after: str = ""
    questions: tuple = ()   # classroom: one line per question
    cards: SoloText | None = None   # sessions answered with answer cards
    phones: SoloText | None = None  # sessions answered on phones


def header_lines(report: SessionReport, what_title: str, lang: str) -> list[str]:
    """The header block: kind of session, date and time, pack or plan, group, language."""
    from game.core.strings import t

    date, _, time = report.started.partition("T")
    kind = (t("handout.classroom", lang, n=len(report.teams)) if report.mode == "classroom"
            else t("handout.community", lang))
    where = "report.pack" if report.mode == "classroom" else "report.plan"
    return [kind, t("report.when", lang, date=date, time=time[:5]),
            t(where, lang, title=what_title or report.pack_id or report.plan_id),
            t("report.group", lang, name=report.group or t("report.no_group", lang)),
            t("report.lang", lang, language=t(f"report.lang.{report.lang}", lang))]


def write_report(text: ReportText, lang: str, fonts: tuple[Path, Path], path: Path) -> Path:
    doc = Handout(lang, fonts)
    doc.pdf.set_title(doc.t("report.title"))
    doc.pdf.add_page()
    doc.text("识破 SeeThrough · " + doc.t("report.title"), 20, ACCENT, True, 2)
    for line in text.header:
        doc.text(line, 12, MUTED, gap=0.5)
    doc.pdf.ln(4)
    doc.text(doc.t("handout.results"), 17, ACCENT, True, 3)
    for line in text.lines:
        doc.text(line, 13, gap=1.5)
    if text.questions:
        doc.pdf.ln(3)
        doc.text(doc.t("report.questions"), 15, ACCENT, True, 2)
        for line in text.questions:
            doc.text(line, 12, gap=1)
    if text.before or text.after:
        doc.keep_together(doc.height(text.before, 14) * 3 + 10)
        doc.pdf.ln(4)
        doc.text(doc.t("handout.before_after"), 17, ACCENT, True, 3)
        doc.text(text.before, 14, gap=2)
        doc.text(text.after, 14, gap=2)
    for section in (text.cards, text.phones):
        if section is not None:
            write_card_section(doc, section)
    doc.pdf.ln(5)
    doc.keep_together(doc.take_home_columns_height(14, 11) + 12)
    doc.take_home_columns(14, 11)
    doc.pdf.ln(4)
    doc.text(doc.t("handout.footer"), 10, MUTED)
    return doc.save(path)

