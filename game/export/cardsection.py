"""The parts of the organiser's report for people who answered on their own — on answer cards or
on phones: how many answered, each question's shares, before and after over the people who
answered both, and a table with a row per person (a card's number, its name only if the
organiser typed one; a phone's number and its nickname).

Both parts are written by the same code; the texts differ by their key's start (``cards.report.``
or ``phones.report.``), apart from the table's shared headings (team, before, after), which are
the cards' ones. Names are user text: a character the bundled font cannot draw (an emoji, say)
is printed as '?', never as an empty box.
"""
from __future__ import annotations

from dataclasses import dataclass

from game.core.cardreport import before_after, has_answers, has_learning_check, question_summaries, \
    room_before_after, solo_votes, who
from game.core.charset import Charset
from game.core.sessions import SessionReport
from game.core.strings import t
from game.export.document import ACCENT, INK, LINE, Document
from game.export.tables import scenario_title


@dataclass(frozen=True)
class SoloText:
    """The section, already worded in its language."""

    count: str
    questions: tuple[str, ...]         # one line per item answered
    before_after: tuple[str, ...]      # heading, then before and after (or why none); () with no learning check
    table: tuple[tuple[str, ...], ...]  # the headings, then a row per person
    kind: str = "card"                 # card | phone


CardText = SoloText   # the name the report used before phones


def card_text(report: SessionReport, titles: dict, lang: str, charset: Charset | None = None) -> SoloText | None:
    """The card section of ``report`` in ``lang``; None when the session used no answer cards."""
    if not has_answers(report, "card"):
        return None
    answered = len(before_after(report, "card"))
    count = t("cards.report.count", lang, n=answered, handed=len(report.cards) or answered)
    return _text(report, titles, lang, "card", count, charset)


def phone_text(report: SessionReport, titles: dict, lang: str, charset: Charset | None = None) -> SoloText | None:
    """The phone section of ``report`` in ``lang``; None when nobody answered on a phone."""
    if not has_answers(report, "phone"):
        return None
    answered = len(before_after(report, "phone"))
    count = t("phones.report.count", lang, n=answered, joined=max(len(report.phones), answered))
    return _text(report, titles, lang, "phone", count, charset)


def _text(report: SessionReport, titles: dict, lang: str, kind: str, count: str,
          charset: Charset | None) -> SoloText:
    return SoloText(count, tuple(_question_lines(report, titles, lang, kind)),
                    tuple(_before_after_lines(report, lang, kind)), tuple(_table(report, lang, kind, charset)), kind)


def drawable(text: str, charset: Charset | None) -> str:
    """``text`` with every character the font cannot draw replaced by '?' (unchanged without a
    charset); the invisible parts of an emoji the font lacks (joiners, variation selectors, skin
    tones) are left out, so 👍🏽 gives one '?', not two."""
    if charset is None:
        return text
    missing = set(charset.missing(text))
    if not missing:
        return text
    return "".join(("" if _emoji_part(char) else "?") if char in missing else char for char in text)


def _emoji_part(char: str) -> bool:
    return char in "\u200c\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(char) <= 0x1F3FF


def _key(kind: str, name: str) -> str:
    return f"{kind}s.report.{name}"


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _question_lines(report: SessionReport, titles: dict, lang: str, kind: str) -> list[str]:
    packs = {item["position"]: item["pack_id"] for item in report.played()}
    by_position: dict[int, dict] = {}
    for summary in question_summaries(report, kind):
        by_position.setdefault(summary.position, {})[summary.question] = summary
    lines = []
    for position, questions in sorted(by_position.items()):
        first = next(iter(questions.values()))
        title = scenario_title(titles, packs.get(position, report.pack_id), first.scenario_id) or first.scenario_id
        judge, action = questions.get("judge"), questions.get("action")
        lines.append(f"{position + 1}. " + t(_key(kind, "question_line"), lang, title=title,
                                              right=_pct(judge.share_right if judge else None),
                                              safe=_pct(action.share_right if action else None),
                                              n=max(q.people for q in questions.values())))
    return lines


def _before_after_lines(report: SessionReport, lang: str, kind: str) -> list[str]:
    """The learning check; nothing when the session had no part before or after."""
    if not has_learning_check(report, kind):
        return []
    room = room_before_after(before_after(report, kind))
    heading = t(_key(kind, "before_after"), lang, n=room.people)
    if not room.people:
        return [heading, t(_key(kind, "none_both"), lang)]
    return [heading, t("handout.before", lang, right=_pct(room.pre_right), safe=_pct(room.pre_safe)),
            t("handout.after", lang, right=_pct(room.post_right), safe=_pct(room.post_safe))]


def _table(report: SessionReport, lang: str, kind: str, charset: Charset | None) -> list[tuple[str, ...]]:
    """Headings and a row per person who answered: before and after when the session had a
    learning check, else everything they judged right and their safe actions. Cards show a name
    column only when the organiser named one; phones always show the nickname."""
    rows = before_after(report, kind)
    named = kind == "phone" or any(row.name for row in rows)
    teams = {team["team"]: team["name"] for team in report.teams}
    check = has_learning_check(report, kind)
    keys = [_key(kind, "card")] + [_key(kind, "name")] * named + ["cards.report.team"] * bool(teams)
    keys += ["cards.report.before_right", "cards.report.after_right"] if check else [
        "cards.report.judged_right", "cards.report.safe"]
    table = [tuple(t(key, lang) for key in keys)]
    votes = solo_votes(report, kind)
    for row in rows:
        name = who(kind, row.person, row.name, lang) if kind == "phone" else row.name
        cells = [str(row.person)] + [drawable(name, charset)] * named
        cells += [drawable(teams.get(row.team, ""), charset) if row.team is not None else ""] * bool(teams)
        if check:
            cells += [_of(row.pre_right, row.pre_judged, lang), _of(row.post_right, row.post_judged, lang)]
        else:
            theirs = [v for v in votes if v["number"] == row.person]
            judged = [v for v in theirs if v["question"] == "judge"]
            actions = [v for v in theirs if v["question"] == "action"]
            cells += [_of(sum(v["right"] for v in judged), len(judged), lang),
                      _of(sum(v["right"] for v in actions), len(actions), lang)]
        table.append(tuple(cells))
    return table


def _of(right: int, n: int, lang: str) -> str:
    return t("cards.report.of", lang, right=right, n=n) if n else "–"


def write_card_section(doc: Document, text: SoloText) -> None:
    """Write the section (cards or phones, as ``text.kind`` says) at the current place: headings
    never left alone at a page's foot, the table carried over pages with its headings repeated."""
    title = doc.t(_key(text.kind, "title"))
    doc.keep_together(doc.height(title, 17, True, 3) + doc.height(text.count, 13) * 3 + 10)
    doc.pdf.ln(4)
    doc.text(title, 17, ACCENT, True, 3)
    doc.text(text.count, 13, gap=2)
    if text.questions:
        doc.keep_together(doc.height(text.questions[0], 12) * 2 + 10)
        doc.text(doc.t(_key(text.kind, "questions")), 15, ACCENT, True, 2)
        for line in text.questions:
            doc.text(line, 12, gap=1)
    if text.before_after:
        heading, *lines = text.before_after
        doc.keep_together(doc.height(heading, 15, True) + sum(doc.height(line, 13) for line in lines) + 6)
        doc.pdf.ln(3)
        doc.text(heading, 15, ACCENT, True, 2)
        for line in lines:
            doc.text(line, 13, gap=1.5)
    if len(text.table) > 1:
        heading = doc.t(_key(text.kind, "per_card"))
        here = _cards_here(doc, _row_heights(doc, text.table), heading)
        if not here:
            doc.pdf.add_page()
        doc.pdf.ln(3)
        doc.text(heading, 15, ACCENT, True, 2)
        if 0 < here < len(text.table) - 1:   # the rest on the next page, under the headings again
            _write_table(doc, text.table[:here + 1])
            doc.pdf.add_page()
            _write_table(doc, text.table[:1] + text.table[here + 1:])
        else:
            _write_table(doc, text.table)


TABLE_SIZE, TABLE_PADDING = 11, (0.8, 1.5)   # points; mm above and below, mm left and right


def _write_table(doc: Document, table: tuple[tuple[str, ...], ...]) -> None:
    from fpdf.enums import WrapMode

    pdf = doc.pdf
    pdf.set_font("noto", "", TABLE_SIZE)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.2)
    wrap = WrapMode.CHAR if doc.lang == "zh" else WrapMode.WORD
    with pdf.table(col_widths=_column_widths(doc, table[0]), text_align="LEFT", line_height=TABLE_SIZE * 0.55,
                   padding=TABLE_PADDING, wrapmode=wrap, width=pdf.epw) as grid:
        for cells in table:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(2)


def _row_heights(doc: Document, table: tuple[tuple[str, ...], ...]) -> list[float]:
    """About how tall each row will be, in mm (a long name takes more than one line)."""
    weights = _column_widths(doc, table[0])
    # ``height`` takes the cell margins off the width again: give them back
    widths = [doc.pdf.epw * weight / sum(weights) - 2 * TABLE_PADDING[1] + 2 * doc.pdf.c_margin for weight in weights]
    return [max(doc.height(cell or " ", TABLE_SIZE, index == 0, 0, width) for cell, width in zip(cells, widths))
            + 2 * TABLE_PADDING[0] for index, cells in enumerate(table)]


def _cards_here(doc: Document, rows: list[float], heading: str, least: int = 5, last: int = 3) -> int:
    """How many card rows of the table (``rows``: heights, headings row first) to write on this
    page: all that fit; 0 (start on the next page) when fewer than ``least`` fit; and when only
    a few would go over, fewer here so that at least ``last`` do (no card row left alone)."""
    cards = len(rows) - 1
    room = doc.room_left() - 3 - doc.height(heading, 15, True)
    if doc.pdf.page == 0 or sum(rows) <= room:
        return cards
    here, used = 0, rows[0]
    for height in rows[1:]:
        if used + height > room:
            break
        here, used = here + 1, used + height
    here = min(here, cards - last)
    return here if here >= least else 0


def _column_widths(doc: Document, headings: tuple[str, ...]) -> tuple[float, ...]:
    """The number narrow, a name (if any) widest, the rest even."""
    widths = [1.0] + [1.8] * (len(headings) - 1)
    if len(headings) > 1 and headings[1] in (doc.t("cards.report.name"), doc.t("phones.report.name")):
        widths[1] = 2.6
    return tuple(widths)
