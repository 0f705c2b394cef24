"""A session as CSV: one row per question, one per team, one per answer — real numbers only.

Shares are fractions (0.667, not "67%") and counts are integers, so a teacher's
spreadsheet can add them up. Every row starts with the session's own columns (number, date,
time, mode, pack or plan, group, language), so files from many sessions can be pasted into
one sheet and still be told apart. A skipped item says so in ``skipped`` (1) and has no
shares. Files are UTF-8 with a byte-order mark, which Excel needs to show Chinese titles correctly.
Text that starts like a formula (= + - @, or a tab or carriage return) — a nickname, a card's
name, a group — is written after a single quote, so a spreadsheet shows it and never runs it.
"""
from __future__ import annotations

import csv
from pathlib import Path

from game.core.cardreport import answers, before_after, has_answers
from game.core.sessions import SessionReport


def write_tables(report: SessionReport, titles: dict, out_dir: Path, what: str = "") -> list[Path]:
    """Write the session's CSV files into ``out_dir``; return their paths.

    ``titles`` maps (pack id, scenario id) to the scenario's title in the session's language;
    ``what`` is the title of the pack or plan played.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"session-{report.id}"
    tables = {f"{stem}-questions.csv": question_rows(report, titles)}
    if report.mode == "classroom":
        tables[f"{stem}-teams.csv"] = team_rows(report)
        tables[f"{stem}-answers.csv"] = answer_rows(report)
    if has_answers(report, "card"):   # answer cards: a row per card per question, and each card before and after
        tables[f"{stem}-cards.csv"] = card_rows(report, titles)
        tables[f"{stem}-card-before-after.csv"] = card_before_after_rows(report)
    if has_answers(report, "phone"):  # phones: a row per person per question, and each person before and after
        tables[f"{stem}-phones.csv"] = phone_rows(report, titles)
        tables[f"{stem}-phone-before-after.csv"] = phone_before_after_rows(report)
    head = session_columns(report, what)
    paths = []
    for name, rows in tables.items():
        path = out_dir / name
        _write(path, [{**head, **row} for row in rows] or [head])
        paths.append(path)
    return paths


def session_columns(report: SessionReport, what: str) -> dict:
    """The columns every row starts with: which session, when, what, which group, which language."""
    date, _, time = report.started.partition("T")
    return {"session": report.id, "date": date, "time": time[:5], "mode": report.mode,
            "pack_or_plan": report.pack_id if report.mode == "classroom" else report.plan_id,
            "pack_or_plan_title": what, "group": report.group, "language": report.lang}


def _write(path: Path, rows: list[dict]) -> None:
    temporary = path.with_suffix(".part")
    with open(temporary, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["empty"])
        writer.writeheader()
        writer.writerows([{key: safe_cell(value) for key, value in row.items()} for row in rows])
    temporary.replace(path)   # a half-written file never takes the place of a good one


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as a spreadsheet will show it, never run it: text starting like a formula gets
    a single quote in front. Numbers are left alone (a negative number is a number)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _share(part: int, whole: int):
    return round(part / whole, 3) if whole else ""


def question_rows(report: SessionReport, titles: dict) -> list[dict]:
    if report.mode == "community":
        return _community_rows(report, titles)
    rows = []
    for position in sorted({a["position"] for a in report.answers}):
        answers = [a for a in report.answers if a["position"] == position]
        first = answers[0]
        judged = [a for a in answers if a["judgement"]]
        right = sum(a["judgement"] == a["truth"] for a in answers)
        asked = [a for a in answers if a["safe"] is not None]
        safe = sum(a["safe"] == 1 for a in asked)
        rows.append({"position": position + 1, "pack": first["pack_id"], "scenario": first["scenario_id"],
                     "title": titles.get((first["pack_id"], first["scenario_id"]), ""), "truth": first["truth"],
                     "teams": len(answers), "teams_answered": len(judged), "judged_right": right,
                     "share_judged_right": _share(right, len(answers)), "safe_actions": safe,
                     "share_safe": _share(safe, len(asked)),
                     "mean_seconds": round(sum(a["seconds"] for a in answers) / len(answers), 2)})
    return rows


def _community_rows(report: SessionReport, titles: dict) -> list[dict]:
    """A row per item voted on, and per item skipped (marked, with no counts)."""
    votes = {vote["position"]: vote for vote in report.votes}
    rows = []
    for item in report.played():
        vote = votes.get(item["position"])
        if vote is None:
            vote = {**item, "truth": "", "real": 0, "manipulated": 0, "actions": [], "safe_options": []}
        row = _vote_row(vote, titles)
        row["skipped"] = int(item["skipped"] or item["position"] not in votes)
        if row["skipped"]:
            row.update({key: "" for key in row if key.startswith(("said_", "share_", "action_votes", "safe_v"))})
        rows.append(row)
    return rows


def _vote_row(vote: dict, titles: dict) -> dict:
    hands = vote["real"] + vote["manipulated"]
    right = vote["real"] if vote["truth"] == "real" else vote["manipulated"]
    actions = vote["actions"]
    safe = sum(n for n, ok in zip(actions, vote["safe_options"]) if ok)
    row = {"position": vote["position"] + 1, "part": vote["part"], "pack": vote["pack_id"],
           "scenario": vote["scenario_id"], "title": titles.get((vote["pack_id"], vote["scenario_id"]), ""),
           "truth": vote["truth"], "said_real": vote["real"], "said_ai": vote["manipulated"],
           "share_judged_right": _share(right, hands), "action_votes": sum(actions), "safe_votes": safe,
           "share_safe": _share(safe, sum(actions)), "skipped": int(vote.get("skipped", False))}
    for index in range(6):
        row[f"option_{index + 1}"] = actions[index] if index < len(actions) else ""
    return row


def team_rows(report: SessionReport) -> list[dict]:
    rows = []
    for team in report.teams:
        answers = [a for a in report.answers if a["team"] == team["team"]]
        asked = [a for a in answers if a["safe"] is not None]
        right = sum(a["judgement"] == a["truth"] for a in answers)
        rows.append({"team": team["team"] + 1, "name": team["name"], "colour": team["colour"],
                     "shape": team["shape"], "points": round(sum(a["points"] for a in answers), 1),
                     "questions": len(answers), "judged_right": right,
                     "share_judged_right": _share(right, len(answers)),
                     "safe_actions": sum(a["safe"] == 1 for a in asked),
                     "share_safe": _share(sum(a["safe"] == 1 for a in asked), len(asked)),
                     "unanswered": sum(not a["judgement"] for a in answers)})
    return sorted(rows, key=lambda row: -row["points"])


def answer_rows(report: SessionReport) -> list[dict]:
    names = {t["team"]: t["name"] for t in report.teams}
    return [{"position": a["position"] + 1, "team": a["team"] + 1, "name": names.get(a["team"], ""),
             "scenario": a["scenario_id"], "truth": a["truth"], "judgement": a["judgement"],
             "judged_right": int(a["judgement"] == a["truth"]),
             "action": "" if a["action"] is None else a["action"] + 1,
             "safe": "" if a["safe"] is None else a["safe"], "points": a["points"], "seconds": a["seconds"]}
            for a in report.answers]


def card_rows(report: SessionReport, titles: dict) -> list[dict]:
    """A row per card per question. ``name`` is empty unless the organiser named the card;
    ``answer`` is real / manipulated, or the option chosen counted from 1 (as in answers.csv)."""
    return _solo_rows(report, titles, "card", "card", "name")


def phone_rows(report: SessionReport, titles: dict) -> list[dict]:
    """A row per phone per question: ``person`` is the phone's place in the order of joining,
    ``nickname`` as typed on it; ``answer`` as in cards.csv."""
    return _solo_rows(report, titles, "phone", "person", "nickname")


def _solo_rows(report: SessionReport, titles: dict, kind: str, number: str, name: str) -> list[dict]:
    packs = {item["position"]: item["pack_id"] for item in report.played()}
    teams = {team["team"]: team["name"] for team in report.teams}
    rows = []
    for row in answers(report, kind):
        answer = row["answer"]
        rows.append({number: row["number"], name: row["name"],
                     "team": "" if row["team"] is None else row["team"] + 1,
                     "team_name": teams.get(row["team"], "") if row["team"] is not None else "",
                     "position": row["position"] + 1, "part": row["part"], "question": row["question"],
                     "scenario": row["scenario_id"],
                     "title": scenario_title(titles, packs.get(row["position"], report.pack_id), row["scenario_id"]),
                     "answer": int(answer) + 1 if answer.isdigit() else answer, "right": row["right"],
                     "seconds": row["seconds"]})
    return rows


def card_before_after_rows(report: SessionReport) -> list[dict]:
    """A row per card that answered: its counts before (pre) and after (post) practice, and
    whether it answered in both (only those count in the room's before and after)."""
    return _solo_before_after_rows(report, "card", "card", "name")


def phone_before_after_rows(report: SessionReport) -> list[dict]:
    """A row per phone that answered, as card-before-after.csv has per card."""
    return _solo_before_after_rows(report, "phone", "person", "nickname")


def _solo_before_after_rows(report: SessionReport, kind: str, number: str, name: str) -> list[dict]:
    teams = {team["team"]: team["name"] for team in report.teams}
    return [{number: row.person, name: row.name, "team": "" if row.team is None else row.team + 1,
             "team_name": teams.get(row.team, "") if row.team is not None else "",
             "pre_judged": row.pre_judged, "pre_right": row.pre_right,
             "pre_actions": row.pre_actions, "pre_safe": row.pre_safe,
             "post_judged": row.post_judged, "post_right": row.post_right,
             "post_actions": row.post_actions, "post_safe": row.post_safe,
             "share_pre_right": _share(row.pre_right, row.pre_judged),
             "share_post_right": _share(row.post_right, row.post_judged),
             "counted_in_both": int(row.both)}
            for row in before_after(report, kind)]


def scenario_title(titles: dict, pack_id: str, scenario_id: str) -> str:
    """The scenario's title from its pack, or from any pack holding that id."""
    if (pack_id, scenario_id) in titles:
        return titles[(pack_id, scenario_id)]
    return next((title for (_, sid), title in titles.items() if sid == scenario_id), "")
