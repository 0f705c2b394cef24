"""Export one session: its CSV tables and a handout in each language, into one folder."""
from __future__ import annotations

from pathlib import Path

from game.core.models import text_in
from game.core.sessions import SessionReport
from game.core.strings import t
from game.export.handout import Handout, HandoutResults
from game.export.tables import write_tables

LANGS = ("zh", "en")


def scenario_titles(packs, lang: str) -> dict:
    """(pack id, scenario id) -> title in ``lang``, for every scenario of ``packs``."""
    return {(p.info.id, s.id): text_in(s.title, lang) for p in packs for s in p.scenarios}


def export_session(report: SessionReport, packs, fonts: tuple[Path, Path], out_dir: Path) -> list[Path]:
    """Write the session's CSV files and handout-zh.pdf / handout-en.pdf; return every path."""
    paths = write_tables(report, scenario_titles(packs, report.lang), out_dir)
    for lang in LANGS:
        handout = Handout(lang, fonts)
        handout.habits_page(session_line(report, lang))
        handout.results_page(session_results(report, scenario_titles(packs, lang), lang))
        paths.append(handout.save(out_dir / f"session-{report.id}-handout-{lang}.pdf"))
    return paths


def session_line(report: SessionReport, lang: str) -> str:
    what = (t("handout.classroom", lang, n=len(report.teams)) if report.mode == "classroom"
            else t("handout.community", lang))
    return t("handout.session", lang, date=report.started[:10], what=what)


def _pct(share) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def session_results(report: SessionReport, titles: dict, lang: str) -> HandoutResults:
    if report.mode == "classroom":
        return HandoutResults([session_line(report, lang)], _team_lines(report, lang))
    lines, parts = [], {"pre": [], "post": []}
    for vote in report.votes:
        right, safe = _vote_shares(vote)
        if vote.get("skipped"):   # skipped by the presenter: named, not counted
            title = titles.get((vote["pack_id"], vote["scenario_id"]), vote["scenario_id"])
            lines.append(t("handout.skipped_line", lang, title=title))
            continue
        if vote["part"] in parts:
            parts[vote["part"]].append((right, safe))
            continue
        title = titles.get((vote["pack_id"], vote["scenario_id"]), vote["scenario_id"])
        lines.append(t("handout.vote_line", lang, title=title, right=_pct(right), safe=_pct(safe)))
    before, after = (_mean_shares(parts["pre"]), _mean_shares(parts["post"]))
    return HandoutResults([session_line(report, lang)], lines,
                          t("handout.before", lang, right=_pct(before[0]), safe=_pct(before[1])) if parts["pre"] else "",
                          t("handout.after", lang, right=_pct(after[0]), safe=_pct(after[1])) if parts["post"] else "")


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
