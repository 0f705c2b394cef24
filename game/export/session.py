"""Export one session into one folder: its CSV tables and, in each language, the organiser's
report, the large-print take-home card, the printable slides (one page per scenario played) and,
for a community session, the facilitator script of every plan."""
from __future__ import annotations

from pathlib import Path

from game.core.models import text_in
from game.core.sessions import SessionReport
from game.core.strings import t
from game.export.card import write_card
from game.core.charset import Charset
from game.export.cardsection import card_text, phone_text
from game.export.handout import Handout
from game.export.report import ReportText, header_lines, write_report
from game.export.script import write_script
from game.export.slides import Slide, write_slides
from game.export.tables import write_tables

LANGS = ("zh", "en")


def scenario_titles(packs, lang: str) -> dict:
    """(pack id, scenario id) -> title in ``lang``, for every scenario of ``packs``."""
    return {(p.info.id, s.id): text_in(s.title, lang) for p in packs for s in p.scenarios}


def what_title(report: SessionReport, packs, plans, lang: str) -> str:
    """The title of the pack (classroom) or plan (community) played, '' if it is unknown."""
    for plan in plans:
        if report.mode == "community" and plan.id == report.plan_id:
            return text_in(plan.title, lang)
    wanted = report.pack_id if report.mode == "classroom" else report.plan_id   # community: a whole pack
    return next((p.shown_title(lang) for p in packs if p.info.id == wanted), "")


def export_session(report: SessionReport, packs, fonts: tuple[Path, Path], out_dir: Path,
                   plans=(), check_pack=None) -> list[Path]:
    """Write every file of the session into ``out_dir``; return their paths (CSV first)."""
    stem = f"session-{report.id}"
    paths = write_tables(report, scenario_titles(packs, report.lang), out_dir,
                         what_title(report, packs, plans, report.lang))
    charset = font_charset(fonts)
    for lang in LANGS:
        titles = scenario_titles(packs, lang)
        text = ReportText(header_lines(report, what_title(report, packs, plans, lang), lang),
                          *_result_lines(report, titles, lang), questions=tuple(_question_lines(report, titles, lang)),
                          cards=card_text(report, titles, lang, charset), phones=phone_text(report, titles, lang, charset))
        paths.append(write_report(text, lang, fonts, out_dir / f"{stem}-report-{lang}.pdf"))
        paths.append(write_card(lang, fonts, out_dir / f"{stem}-card-{lang}.pdf"))
        slides = session_slides(report, packs)
        if slides:   # a session left before the first clip has none: no file of one blank page
            paths.append(write_slides(slides, lang, fonts, t("report.title", lang),
                                      out_dir / f"{stem}-slides-{lang}.pdf"))
        if report.mode == "community" and plans:
            paths.append(write_script(plan_runs(plans, packs, check_pack), lang, fonts,
                                      out_dir / f"{stem}-script-{lang}.pdf"))
    return paths


def font_charset(fonts: tuple[Path, Path]) -> Charset | None:
    """The characters the report's font can draw, from the charset file beside it
    (``NotoSansSC-Regular.otf`` -> ``NotoSansSC.charset``); None when there is none."""
    path = fonts[0].with_name(fonts[0].stem.split("-")[0] + ".charset")
    return Charset.from_file(path) if path.is_file() else None


def session_slides(report: SessionReport, packs) -> list[Slide]:
    """A slide for each scenario the room played (or skipped), in order; ones no longer in
    ``packs`` are left out."""
    found = {(p.info.id, s.id): (s, p.folder) for p in packs for s in p.scenarios}
    by_id = {s.id: (s, p.folder) for p in packs for s in p.scenarios}
    slides = []
    for item in report.played():
        scenario, folder = found.get((item["pack_id"], item["scenario_id"])) or by_id.get(
            item["scenario_id"], (None, None))
        if scenario is not None:
            slides.append(Slide(scenario, folder, item["part"] or "practice", item["skipped"]))
    return slides


def plan_runs(plans, packs, check_pack) -> list[tuple]:
    """(plan, its items) for every plan, for the facilitator script."""
    from game.core.plans import plan_items

    practice = [p for p in packs if p.info.purpose == "practice"]
    return [(plan, plan_items(plan, practice, check_pack)) for plan in plans]


def _pct(share) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _result_lines(report: SessionReport, titles: dict, lang: str) -> tuple[list[str], str, str]:
    """(lines, before, after): a line per team, or per item voted on or skipped."""
    if report.mode == "classroom":
        return _team_lines(report, lang), "", ""
    votes = {vote["position"]: vote for vote in report.votes}
    lines, parts = [], {"pre": [], "post": []}
    for item in report.played():
        title = titles.get((item["pack_id"], item["scenario_id"]), item["scenario_id"])
        vote = votes.get(item["position"])
        if item["skipped"] or vote is None:
            lines.append(t("report.skipped_line", lang, title=title))
            continue
        right, safe = _vote_shares(vote)
        if vote["part"] in parts:
            parts[vote["part"]].append((right, safe))
            continue
        lines.append(t("handout.vote_line", lang, title=title, right=_pct(right), safe=_pct(safe)))
    before, after = _mean_shares(parts["pre"]), _mean_shares(parts["post"])
    return (lines,
            t("handout.before", lang, right=_pct(before[0]), safe=_pct(before[1])) if parts["pre"] else "",
            t("handout.after", lang, right=_pct(after[0]), safe=_pct(after[1])) if parts["post"] else "")


def _question_lines(report: SessionReport, titles: dict, lang: str) -> list[str]:
    """Classroom: for each question, how many teams judged right and chose a safe action."""
    lines = []
    for position in sorted({a["position"] for a in report.answers}):
        answers = [a for a in report.answers if a["position"] == position]
        asked = [a for a in answers if a["safe"] is not None]
        title = titles.get((answers[0]["pack_id"], answers[0]["scenario_id"]), answers[0]["scenario_id"])
        line = t("report.question_line", lang, title=title, n=len(answers), asked=len(asked),
                 right=sum(a["judgement"] == a["truth"] for a in answers), safe=sum(a["safe"] == 1 for a in asked))
        lines.append(f"{position + 1}. {line}")
    return lines


def _team_lines(report: SessionReport, lang: str) -> list[str]:
    rows = []
    for team in report.teams:
        answers = [a for a in report.answers if a["team"] == team["team"]]
        rows.append((sum(a["points"] for a in answers), team["name"],
                     sum(a["judgement"] == a["truth"] for a in answers), sum(a["safe"] == 1 for a in answers),
                     len(answers)))
    rows.sort(key=lambda row: -row[0])
    return [t("handout.team_line", lang, rank=rank, name=name, points=points, right=right, safe=safe, n=n)
            for rank, (points, name, right, safe, n) in enumerate(rows, 1)]


def _vote_shares(vote: dict) -> tuple:
    hands = vote["real"] + vote["manipulated"]
    right = (vote["real"] if vote["truth"] == "real" else vote["manipulated"]) / hands if hands else None
    total = sum(vote["actions"])
    safe = sum(n for n, ok in zip(vote["actions"], vote["safe_options"]) if ok) / total if total else None
    return right, safe


def _mean_shares(pairs: list[tuple]) -> tuple:
    def mean(values):
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    return mean([p[0] for p in pairs]), mean([p[1] for p in pairs])


def export_certificate(name: str, played: int, right: int, safe: float, date: str, lang: str,
                       fonts: tuple[Path, Path], out_dir: Path) -> Path:
    """A solo player's certificate, with the habits page after it."""
    handout = Handout(lang, fonts)
    handout.certificate_page(name, played, right, f"{safe:g}", date)
    handout.habits_page()
    safe_name = "".join(c for c in name if c.isalnum()) or "player"
    return handout.save(out_dir / f"certificate-{safe_name}-{date}.pdf")
