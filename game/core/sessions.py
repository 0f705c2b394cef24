"""Classroom and community sessions in the progress database: teams, answers, votes, timings.

Like a player's answers, each team answer and each vote is committed when it is
entered, so an educator loses nothing if the laptop dies mid-session. ``report``
reads a session back as plain numbers for the CSV files and the PDF handout.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from game.core.dbwrite import statements

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    mode TEXT NOT NULL,                 -- classroom | community
    lang TEXT NOT NULL,
    pack_id TEXT NOT NULL DEFAULT '',   -- classroom: the pack played
    plan_id TEXT NOT NULL DEFAULT '',   -- community: the session plan
    timer_seconds INTEGER NOT NULL DEFAULT 0,
    started TEXT NOT NULL,
    finished TEXT,
    group_name TEXT NOT NULL DEFAULT ''  -- the class or group, as typed at setup ('' if none)
);
CREATE TABLE IF NOT EXISTS session_teams (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    team INTEGER NOT NULL,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    shape TEXT NOT NULL,
    PRIMARY KEY (session_id, team)
);
CREATE TABLE IF NOT EXISTS team_answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    team INTEGER NOT NULL,
    position INTEGER NOT NULL,          -- which scenario of the session, from 0
    pack_id TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    truth TEXT NOT NULL,
    judgement TEXT NOT NULL,            -- '' when the team gave none in time
    action INTEGER,                     -- option index of the first action question
    safe INTEGER,                       -- 1 or 0; NULL when the scenario has no action question
    points INTEGER NOT NULL,
    seconds REAL NOT NULL,
    answered TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS session_votes (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    part TEXT NOT NULL,                 -- pre | practice | post
    pack_id TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    truth TEXT NOT NULL,
    real INTEGER NOT NULL,
    manipulated INTEGER NOT NULL,
    actions TEXT NOT NULL,              -- JSON list: hands for each option of the first question
    safe_options TEXT NOT NULL,         -- JSON list: which of those options are safe
    PRIMARY KEY (session_id, position)
);
CREATE TABLE IF NOT EXISTS session_skips (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,          -- an item the presenter skipped (S), not played through
    scenario_id TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE TABLE IF NOT EXISTS session_cards (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    card INTEGER NOT NULL,              -- a card handed out (answer-card sessions only)
    name TEXT NOT NULL DEFAULT '',      -- only if the organiser typed one: cards carry no names
    team INTEGER,                       -- classroom: the team holding it
    PRIMARY KEY (session_id, card)
);
CREATE TABLE IF NOT EXISTS card_votes (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    part TEXT NOT NULL,                 -- pre | practice | post
    question TEXT NOT NULL,             -- judge | action
    scenario_id TEXT NOT NULL,
    card INTEGER NOT NULL,
    answer TEXT NOT NULL,               -- real | manipulated, or the option's index in the order shown
    right INTEGER NOT NULL,             -- judge: judged right; action: a safe option
    seconds REAL NOT NULL,              -- into the answer step when the reading settled
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, position, question, card)
);
CREATE TABLE IF NOT EXISTS session_phones (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    person INTEGER NOT NULL,            -- 1, 2, ... in the order the phones joined
    nickname TEXT NOT NULL,             -- as typed on the phone (nothing else about a phone is kept)
    team INTEGER,                       -- classroom: the team chosen on the phone
    PRIMARY KEY (session_id, person)
);
CREATE TABLE IF NOT EXISTS phone_votes (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    part TEXT NOT NULL,                 -- pre | practice | post
    question TEXT NOT NULL,             -- judge | action
    scenario_id TEXT NOT NULL,
    person INTEGER NOT NULL,
    answer TEXT NOT NULL,               -- real | manipulated, or the option's index in the order shown
    right INTEGER NOT NULL,             -- judge: judged right; action: a safe option
    seconds REAL NOT NULL,              -- into the question when the last answer came
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, position, question, person)
);
CREATE TABLE IF NOT EXISTS session_timings (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    scenario_id TEXT NOT NULL,
    step TEXT NOT NULL,                 -- the phase or step: watch, judge, vote_judge, ...
    seconds REAL NOT NULL,              -- how long the step was on screen
    at TEXT NOT NULL
);
"""


SETUP_KEY = "setup:{mode}"   # the ``computer`` table's key for the last setup of a mode


def create_tables(db: sqlite3.Connection) -> None:
    """Make the session tables (statement by statement: inside the caller's transaction)."""
    for statement in statements(SCHEMA):
        db.execute(statement)
    columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    if "group_name" not in columns:   # a file from before group names
        db.execute("ALTER TABLE sessions ADD COLUMN group_name TEXT NOT NULL DEFAULT ''")


@dataclass
class SessionReport:
    """One session read back: what it was, its teams, answers, votes and timings."""

    id: int
    mode: str
    lang: str
    pack_id: str
    plan_id: str
    timer_seconds: int
    started: str
    finished: str | None
    teams: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    votes: list[dict] = field(default_factory=list)
    timings: list[dict] = field(default_factory=list)
    group: str = ""
    cards: list[dict] = field(default_factory=list)        # card, name, team (answer-card sessions)
    card_votes: list[dict] = field(default_factory=list)   # position, part, question, scenario_id, card, answer, right, seconds
    phones: list[dict] = field(default_factory=list)       # person, nickname, team (answers on phones)
    phone_votes: list[dict] = field(default_factory=list)  # position, part, question, scenario_id, person, answer, right, seconds

    def skipped(self) -> set[int]:
        """Positions the presenter skipped (S)."""
        return {vote["position"] for vote in self.votes if vote.get("skipped")}

    def played(self) -> list[dict]:
        """Every item the room saw, in order: position, part, pack_id, scenario_id, skipped.

        Classroom: each answered position. Community: each voted position, and any the
        presenter skipped before a vote (found by its timing row, in the session's packs)."""
        items: dict[int, tuple[str, str, str]] = {}
        for answer in self.answers:
            items.setdefault(answer["position"], ("practice", answer["pack_id"], answer["scenario_id"]))
        for vote in self.votes:
            items[vote["position"]] = (vote["part"], vote["pack_id"], vote["scenario_id"])
        for row in self.timings:
            items.setdefault(row["position"], ("", self.pack_id, row["scenario_id"]))
        skipped = self.skipped()
        return [{"position": position, "part": part, "pack_id": pack_id, "scenario_id": scenario_id,
                 "skipped": position in skipped}
                for position, (part, pack_id, scenario_id) in sorted(items.items())]


class SessionRecords:
    """Writes and reads sessions through the progress store's connection."""

    def __init__(self, db: sqlite3.Connection, writer, now):
        self.writer, self.now = writer, now

    @property
    def db(self) -> sqlite3.Connection:
        """The store's connection now (it moves from memory to the file once it can be written)."""
        return self.writer.db

    def start(self, mode: str, lang: str, pack_id: str = "", plan_id: str = "", timer_seconds: int = 0,
              teams=(), group: str | None = None) -> int:
        """Record a new session; return its id. ``group`` None: the group name of the last
        setup of ``mode`` on this computer (see ``remember_setup``), which is the one just made."""
        if group is None:
            group = str(self.last_setup(mode).get("group", ""))
        session_id = self.writer.next_id("sessions")
        self.writer.write(
            "INSERT INTO sessions (id, mode, lang, pack_id, plan_id, timer_seconds, started, group_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, mode, lang, pack_id, plan_id, timer_seconds, self.now(), group))
        for team in teams:
            self.writer.write("INSERT INTO session_teams VALUES (?, ?, ?, ?, ?)",
                              (session_id, team.index, team.name, "#%02x%02x%02x" % team.colour, team.shape))
        return session_id

    def finish(self, session_id: int) -> None:
        self.writer.write("UPDATE sessions SET finished = ? WHERE id = ?", (self.now(), session_id))

    def team_answer(self, session_id: int, position: int, pack_id: str, answer) -> None:
        self.writer.write(
            "INSERT INTO team_answers (session_id, team, position, pack_id, scenario_id, truth, judgement, action,"
            " safe, points, seconds, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, answer.team, position, pack_id, answer.scenario_id, answer.truth, answer.judgement,
             answer.action, None if answer.safe is None else int(answer.safe), answer.points,
             round(answer.seconds, 2), self.now()))

    def votes(self, session_id: int, position: int, item, tally) -> None:
        """Store (or correct) the hands counted for one item."""
        scenario = item.scenario
        safe = [o.safe for o in scenario.actions[0].options] if scenario.actions else []
        self.writer.write("INSERT OR REPLACE INTO session_votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (session_id, position, item.part, item.pack_id, scenario.id, scenario.truth, tally.real,
                           tally.manipulated, json.dumps(tally.actions), json.dumps(safe)))

    def skipped(self, session_id: int, position: int, item, skipped: bool = True) -> None:
        """Mark ``item`` (a PlanItem) skipped (or, the presenter back on it, played after all).
        The exports show it as skipped, not as unanswered: hands already counted for it are
        kept, else it gets a row of votes of none."""
        if skipped:
            scenario = item.scenario
            self.writer.write("INSERT OR REPLACE INTO session_skips VALUES (?, ?, ?)",
                              (session_id, position, scenario.id))
            self.writer.write("INSERT OR IGNORE INTO session_votes VALUES (?, ?, ?, ?, ?, ?, 0, 0, '[]', '[]')",
                              (session_id, position, item.part, item.pack_id, scenario.id, scenario.truth))
        else:
            self.writer.write("DELETE FROM session_skips WHERE session_id = ? AND position = ?",
                              (session_id, position))

    def cards(self, session_id: int, room) -> None:
        """The cards handed out for this session (``room``: a ``game.core.cards.CardRoom``)."""
        for card in range(1, room.count + 1):
            self.writer.write("INSERT OR REPLACE INTO session_cards VALUES (?, ?, ?, ?)",
                              (session_id, card, room.name_of(card), room.team_of(card)))

    def card_votes(self, session_id: int, position: int, part: str, scenario, question: str, votes) -> None:
        """Each card's answer to one question (``votes``: ``CardVote``s of the step), replacing
        what an earlier pass over the same question stored."""
        self.writer.write("DELETE FROM card_votes WHERE session_id = ? AND position = ? AND question = ?",
                          (session_id, position, question))
        for vote in votes:
            self.writer.write("INSERT INTO card_votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (session_id, position, part, question, scenario.id, vote.card, str(vote.answer),
                               int(_right(scenario, question, vote.answer)), vote.at, self.now()))

    def phone_person(self, session_id: int, person: int, nickname: str, team: int | None) -> None:
        """A phone that joined (``person``: its number in the order of joining), or its new nickname."""
        self.writer.write("INSERT OR REPLACE INTO session_phones VALUES (?, ?, ?, ?)",
                          (session_id, person, nickname, team))

    def phone_votes(self, session_id: int, position: int, part: str, scenario, question: str, votes) -> None:
        """Each phone's answer to one question (``votes``: (person, answer, seconds)), replacing
        what an earlier pass over the same question stored."""
        self.writer.write("DELETE FROM phone_votes WHERE session_id = ? AND position = ? AND question = ?",
                          (session_id, position, question))
        for person, answer, seconds in votes:
            self.writer.write("INSERT INTO phone_votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (session_id, position, part, question, scenario.id, person, str(answer),
                               int(_right(scenario, question, answer)), seconds, self.now()))

    def timing(self, session_id: int, position: int, scenario_id: str, step: str, seconds: float) -> None:
        self.writer.write("INSERT INTO session_timings VALUES (?, ?, ?, ?, ?, ?)",
                          (session_id, position, scenario_id, step, round(seconds, 2), self.now()))

    def remember_setup(self, mode: str, setup: dict) -> None:
        """Keep ``setup`` (plain JSON values) as this computer's last setup of ``mode``."""
        self.writer.write("INSERT OR REPLACE INTO computer (key, value) VALUES (?, ?)",
                          (SETUP_KEY.format(mode=mode), json.dumps(setup, ensure_ascii=False)))

    def last_setup(self, mode: str) -> dict:
        """The last setup of ``mode`` kept on this computer; {} if none (or it cannot be read)."""
        key = SETUP_KEY.format(mode=mode)
        waiting = [params[1] for sql, params in self.writer.pending if "INTO computer" in sql and params[0] == key]
        try:
            row = (waiting[-1],) if waiting else self.db.execute(
                "SELECT value FROM computer WHERE key = ?", (key,)).fetchone()
            found = json.loads(row[0]) if row else {}
        except (sqlite3.Error, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def latest(self) -> int | None:
        row = self.db.execute("SELECT id FROM sessions ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def report(self, session_id: int) -> SessionReport | None:
        row = self.db.execute("SELECT id, mode, lang, pack_id, plan_id, timer_seconds, started, finished,"
                              " group_name FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            return None
        report = SessionReport(id=row[0], mode=row[1], lang=row[2], pack_id=row[3], plan_id=row[4],
                               timer_seconds=row[5], started=row[6], finished=row[7], group=row[8])
        report.teams = self._rows("SELECT team, name, colour, shape FROM session_teams WHERE session_id = ?"
                                  " ORDER BY team", session_id)
        report.answers = self._rows("SELECT team, position, pack_id, scenario_id, truth, judgement, action, safe,"
                                    " points, seconds FROM team_answers WHERE session_id = ? ORDER BY id", session_id)
        report.votes = self._rows("SELECT position, part, pack_id, scenario_id, truth, real, manipulated, actions,"
                                  " safe_options FROM session_votes WHERE session_id = ? ORDER BY position", session_id)
        skipped = {row["position"] for row in self._rows("SELECT position FROM session_skips WHERE session_id = ?",
                                                          session_id)}
        for vote in report.votes:
            vote["actions"], vote["safe_options"] = json.loads(vote["actions"]), json.loads(vote["safe_options"])
            vote["skipped"] = vote["position"] in skipped
        report.cards = self._rows("SELECT card, name, team FROM session_cards WHERE session_id = ? ORDER BY card",
                                  session_id)
        report.card_votes = self._rows("SELECT position, part, question, scenario_id, card, answer, right, seconds"
                                       " FROM card_votes WHERE session_id = ? ORDER BY position, question, card",
                                       session_id)
        report.phones = self._rows("SELECT person, nickname, team FROM session_phones WHERE session_id = ?"
                                   " ORDER BY person", session_id)
        report.phone_votes = self._rows("SELECT position, part, question, scenario_id, person, answer, right, seconds"
                                        " FROM phone_votes WHERE session_id = ? ORDER BY position, question, person",
                                        session_id)
        report.timings = self._rows("SELECT position, scenario_id, step, seconds FROM session_timings"
                                    " WHERE session_id = ? ORDER BY rowid", session_id)
        return report

    def _rows(self, sql: str, session_id: int) -> list[dict]:
        cursor = self.db.execute(sql, (session_id,))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor]


def _right(scenario, question: str, answer) -> bool:
    """Whether ``answer`` to ``question`` ('judge' or 'action') of ``scenario`` is right (judge)
    or a safe option (action: its index in the order shown, as the scenario is given)."""
    if question == "judge":
        return answer == scenario.truth
    options = scenario.actions[0].options if scenario.actions else []
    return isinstance(answer, int) and 0 <= answer < len(options) and options[answer].safe
