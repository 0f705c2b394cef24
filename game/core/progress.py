"""Player profiles and every answer, in a SQLite file in the user's data folder.

Each answer is committed the moment it is given, so closing the window or a
crash loses nothing. A database that cannot be read is moved aside and a fresh
one started; the caller shows ``notice`` to the player.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from game.core.settings import Settings
from game.core.dbwrite import Writer
from game.core.review import attempt_missed
from game.core.sessions import SessionRecords, create_tables as create_session_tables

log = logging.getLogger("seethrough.store")

SCHEMA_VERSION = 3
SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (
    id INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rounds (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    pack_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds(id),
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    pack_id TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    truth TEXT NOT NULL,
    judgement TEXT NOT NULL,
    confidence TEXT NOT NULL,
    actions TEXT NOT NULL DEFAULT '[]',
    actions_safe TEXT NOT NULL DEFAULT '[]',
    complete INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    answered TEXT NOT NULL,
    call_outcome TEXT NOT NULL DEFAULT '',
    call_moves TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS settings (
    profile_id INTEGER PRIMARY KEY,   -- 0: this computer's settings before a player is chosen
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rights_seen (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    card_id TEXT NOT NULL,            -- an id of assets/rights.yaml
    first_seen TEXT NOT NULL,
    PRIMARY KEY (profile_id, card_id)
);
CREATE TABLE IF NOT EXISTS computer (
    key TEXT PRIMARY KEY,             -- what this computer remembers between starts: last_profile
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_profile ON attempts(profile_id, scenario_id);
"""


@dataclass(frozen=True)
class Profile:
    id: int
    nickname: str


class ProgressStore:
    """The progress database. ``now`` gives the time as ISO text (passed in for tests).

    ``notice`` is set when a damaged database was moved aside; ``memory_only`` when the
    folder cannot be written at all (answers then last until the game closes); a write
    refused later is kept and retried (see ``game.core.dbwrite``), ``problem`` says why.
    """

    def __init__(self, path: Path, now: Callable[[], str]):
        self.path = path
        self.now = now
        self.notice = ""  # set when a damaged database was moved aside
        self.memory_only = False
        self.db = self._open()
        self.writer = Writer(self.db)

    @property
    def problem(self) -> str:
        """'' when everything is saved; else full, locked, readonly or io."""
        return "readonly" if self.memory_only else self.writer.problem

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except sqlite3.OperationalError as err:   # locked, read-only or full: not damage
            log.warning("progress file %s cannot be opened for writing: %s", self.path, err)
            return self._read_only()
        except OSError as err:                     # the folder itself cannot be made
            log.warning("progress folder %s cannot be made: %s", self.path.parent, err)
            return self._read_only()
        except sqlite3.DatabaseError as err:
            moved = self.path.with_name(f"{self.path.name}.damaged-{self.now().replace(':', '')}")
            log.error("progress file %s is damaged (%s); moved aside to %s", self.path, err, moved)
            self.path.replace(moved)
            self.notice = str(moved)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        # A short busy timeout: a file locked by another program must not freeze the screen.
        db = sqlite3.connect(self.path, timeout=1, isolation_level=None)
        try:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(SCHEMA)
            create_session_tables(db)
            _migrate(db)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _read_only(self) -> sqlite3.Connection:
        """The saved progress to read, where it can be; new answers wait in memory."""
        try:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=1, isolation_level=None)
            db.execute("SELECT COUNT(*) FROM attempts").fetchone()
            return db
        except sqlite3.Error:
            self.memory_only = True   # nothing to read either: this run keeps its answers in memory
            db = sqlite3.connect(":memory:", isolation_level=None)
            db.executescript(SCHEMA)
            create_session_tables(db)
            return db

    def close(self) -> None:
        """Write what is waiting (a last try) and close; what still cannot be written is logged."""
        if not self.writer.flush():
            log.error("closing with %d writes not saved (%s)", len(self.writer.pending), self.writer.problem)
        self.db.close()

    def retry(self) -> bool:
        """Try the writes that are waiting again (the game calls this now and then)."""
        return self.writer.flush()

    @property
    def sessions(self) -> SessionRecords:
        """Classroom and community sessions, kept in the same file."""
        return SessionRecords(self.db, self.writer, self.now)

    # --- profiles ---

    def profiles(self) -> list[Profile]:
        rows = self.db.execute("SELECT id, nickname FROM profiles ORDER BY nickname COLLATE NOCASE")
        return [Profile(*row) for row in rows]

    def recent_profiles(self) -> list[Profile]:
        """Every profile, who played most lately first (by their last round, or when made)."""
        rows = self.db.execute(
            "SELECT p.id, p.nickname FROM profiles p LEFT JOIN rounds r ON r.profile_id = p.id"
            " GROUP BY p.id ORDER BY MAX(COALESCE(r.started, p.created)) DESC, p.id DESC")
        return [Profile(*row) for row in rows]

    def profile(self, nickname: str) -> Profile:
        """The profile with ``nickname``, made if new."""
        nickname = nickname.strip()[:24]
        if not nickname:
            raise ValueError("empty nickname")
        row = self.db.execute("SELECT id, nickname FROM profiles WHERE nickname = ?", (nickname,)).fetchone()
        if row:
            return Profile(*row)
        waiting = next((p for p in self._waiting_profiles() if p.nickname == nickname), None)
        if waiting:
            return waiting
        profile = Profile(self.writer.next_id("profiles"), nickname)
        self.writer.write("INSERT INTO profiles (id, nickname, created) VALUES (?, ?, ?)",
                          (profile.id, nickname, self.now()))
        return profile

    def _waiting_profiles(self) -> list[Profile]:
        return [Profile(params[0], params[1]) for sql, params in self.writer.pending
                if sql.startswith("INSERT INTO profiles")]

    def remember_player(self, profile: Profile) -> None:
        """``profile`` is the player this computer greets on its next start."""
        self.writer.write("INSERT OR REPLACE INTO computer (key, value) VALUES ('last_profile', ?)",
                          (str(profile.id),))

    def last_profile(self) -> Profile | None:
        """The player who played last on this computer (None: nobody yet, or they are gone)."""
        waiting = [params[0] for sql, params in self.writer.pending if "INTO computer" in sql]
        if waiting:   # chosen this run, and the write has not gone through yet
            return next((p for p in self.profiles() + self._waiting_profiles() if str(p.id) == waiting[-1]), None)
        try:
            row = self.db.execute("SELECT p.id, p.nickname FROM computer c JOIN profiles p"
                                  " ON p.id = CAST(c.value AS INTEGER) WHERE c.key = 'last_profile'").fetchone()
        except sqlite3.Error:   # an older file opened read-only has no such table: nobody to greet
            return None
        return Profile(*row) if row else None

    # --- settings ---

    def settings(self, profile: Profile | None) -> Settings:
        """The player's settings (or this computer's, with no player), defaults if none."""
        row = self.db.execute("SELECT json FROM settings WHERE profile_id = ?",
                              (profile.id if profile else 0,)).fetchone()
        return Settings.from_json(row[0]) if row else Settings()

    def has_settings(self, profile: Profile | None) -> bool:
        return self.db.execute("SELECT 1 FROM settings WHERE profile_id = ?",
                               (profile.id if profile else 0,)).fetchone() is not None

    def save_settings(self, profile: Profile | None, settings: Settings) -> None:
        self.writer.write("INSERT OR REPLACE INTO settings (profile_id, json) VALUES (?, ?)",
                          (profile.id if profile else 0, settings.to_json()))

    # --- rounds and answers ---

    def start_round(self, profile: Profile, pack_id: str, kind: str = "practice") -> int:
        round_id = self.writer.next_id("rounds")
        self.writer.write("INSERT INTO rounds (id, profile_id, pack_id, kind, started) VALUES (?, ?, ?, ?, ?)",
                          (round_id, profile.id, pack_id, kind, self.now()))
        return round_id

    def unfinished_round(self, profile: Profile, pack_id: str) -> tuple[int, set[str]] | None:
        """The player's latest unfinished practice round of ``pack_id``, with the scenario
        ids already answered in full, if it has any answers yet."""
        row = self.db.execute("SELECT id FROM rounds WHERE profile_id = ? AND pack_id = ? AND kind = 'practice'"
                              " AND finished IS NULL ORDER BY id DESC LIMIT 1", (profile.id, pack_id)).fetchone()
        if row is None:
            return None
        done = {r[0] for r in self.db.execute(
            "SELECT scenario_id FROM attempts WHERE round_id = ? AND complete = 1", (row[0],))}
        return (row[0], done) if done else None

    def finish_round(self, round_id: int) -> None:
        self.writer.write("UPDATE rounds SET finished = ? WHERE id = ?", (self.now(), round_id))

    def record_judgement(self, round_id: int, profile: Profile, pack_id: str, scenario_id: str,
                         truth: str, judgement: str, confidence: str, seconds: float) -> int:
        """Store a real/fake call and its confidence; returns the attempt id."""
        attempt_id = self.writer.next_id("attempts")
        self.writer.write(
            "INSERT INTO attempts (id, round_id, profile_id, pack_id, scenario_id, truth, judgement,"
            " confidence, seconds, answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (attempt_id, round_id, profile.id, pack_id, scenario_id, truth, judgement, confidence, seconds, self.now()))
        return attempt_id

    def change_judgement(self, attempt_id: int, judgement: str, confidence: str, seconds: float) -> None:
        """The player changed their real/fake call or confidence before the feedback: the
        attempt holds the new answer (one row per answer, never a second one)."""
        self.writer.write("UPDATE attempts SET judgement = ?, confidence = ?, seconds = ?, answered = ? WHERE id = ?",
                          (judgement, confidence, seconds, self.now(), attempt_id))

    def record_actions(self, attempt_id: int, options: list[int], safe: list[bool], complete: bool,
                       seconds: float, call_outcome: str = "", call_moves: list[str] | None = None) -> None:
        """Store the action options chosen so far (and how a call went) for an attempt."""
        self.writer.write("UPDATE attempts SET actions = ?, actions_safe = ?, complete = ?, seconds = ?,"
                          " answered = ?, call_outcome = ?, call_moves = ? WHERE id = ?",
                          (json.dumps(options), json.dumps(safe), int(complete), seconds, self.now(),
                           call_outcome, json.dumps(call_moves or []), attempt_id))

    def attempts(self, profile: Profile) -> list[dict]:
        """Every answer of ``profile`` in the order given, with its round's kind and end."""
        rows = self.db.execute(
            "SELECT a.pack_id, scenario_id, truth, judgement, confidence, actions, actions_safe, complete,"
            " seconds, answered, round_id, call_outcome, call_moves, r.kind, r.finished"
            " FROM attempts a JOIN rounds r ON r.id = a.round_id WHERE a.profile_id = ? ORDER BY a.id",
            (profile.id,))
        keys = ("pack_id", "scenario_id", "truth", "judgement", "confidence", "actions", "actions_safe",
                "complete", "seconds", "answered", "round_id", "call_outcome", "call_moves", "kind",
                "round_finished")
        result = []
        for row in rows:
            item = dict(zip(keys, row))
            item["actions"] = json.loads(item["actions"])
            item["actions_safe"] = json.loads(item["actions_safe"])
            item["call_moves"] = json.loads(item["call_moves"])
            result.append(item)
        return result

    # --- rights cards ---

    def seen_rights(self, profile: Profile) -> set[str]:
        """The rights cards ``profile`` has been shown in full (as ids of the catalogue),
        including those whose write is still waiting."""
        try:
            rows = self.db.execute("SELECT card_id FROM rights_seen WHERE profile_id = ?", (profile.id,))
            seen = {row[0] for row in rows}
        except sqlite3.Error:   # an older file opened read-only has no such table yet
            seen = set()
        seen.update(params[1] for sql, params in self.writer.pending
                    if sql.startswith("INSERT OR IGNORE INTO rights_seen") and params[0] == profile.id)
        return seen

    def mark_rights_seen(self, profile: Profile, card_ids: list[str]) -> None:
        """``profile`` has now read these cards in full: later they are offered as one line.
        Marking a card again keeps the first time it was seen."""
        for card_id in card_ids:
            self.writer.write("INSERT OR IGNORE INTO rights_seen (profile_id, card_id, first_seen) VALUES (?, ?, ?)",
                              (profile.id, card_id, self.now()))

    def missed(self, profile: Profile) -> list[tuple[str, str]]:
        """(pack id, scenario id) whose latest complete practice attempt was wrong or unsafe."""
        latest: dict[tuple[str, str], dict] = {}
        for attempt in self.attempts(profile):
            if attempt["complete"] and attempt["kind"] not in ("pre", "post"):
                latest[(attempt["pack_id"], attempt["scenario_id"])] = attempt
        return [key for key, a in latest.items() if attempt_missed(a)]


def _migrate(db: sqlite3.Connection) -> None:
    """Bring a database from an older version up to date without losing anything."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(attempts)")}
    if "call_outcome" not in columns:
        db.execute("ALTER TABLE attempts ADD COLUMN call_outcome TEXT NOT NULL DEFAULT ''")
    if "call_moves" not in columns:
        db.execute("ALTER TABLE attempts ADD COLUMN call_moves TEXT NOT NULL DEFAULT '[]'")
