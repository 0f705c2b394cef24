"""Player profiles and every answer, in a SQLite file in the user's data folder.

Each answer is committed the moment it is given, so closing the window or a
crash loses nothing. A new file is built whole or not at all (``create``). A database
that cannot be read is moved aside and a fresh one started with every row that could
still be read of it (``recover``); the caller shows ``notice`` to the player. A file
that cannot be written when the game starts (read-only, full, locked) is played on as a
copy in memory, and what is written meanwhile goes into the file once it can be written.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from game.core.settings import Settings
from game.core.dbwrite import Writer, problem_of, statements
from game.core.review import missed_keys
from game.core.sessions import SessionRecords, create_tables as create_session_tables

log = logging.getLogger("seethrough.store")

SCHEMA_VERSION = 3
FAR_ID = 1 << 40   # first id of rows made in memory when the file could not be read whole
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
    file could not be written when the game started (``retry`` writes what was done in memory
    once it can be); a write refused later is kept and retried (see ``game.core.dbwrite``).
    ``problem`` says why progress is not saved yet.
    """

    def __init__(self, path: Path, now: Callable[[], str]):
        self.path = path
        self.now = now
        self.notice = ""   # set when a damaged database was moved aside
        self.recovered = 0  # rows copied from a damaged database into the new one
        self.offline = ""   # why the file cannot be written at all (full, locked, readonly, io); '' if it can
        self._whole_copy = True   # False: playing in memory without all of the file's rows
        self.db = self._open()
        self.writer = Writer(self.db)
        if self.offline:
            self.writer.journal = []
        if not self._whole_copy:
            self.writer.floor = FAR_ID

    @property
    def memory_only(self) -> bool:
        """The file could not be written when the game started: a copy in memory of what it
        holds is played on, and what is written is kept for the file (``retry``)."""
        return bool(self.offline)

    @property
    def problem(self) -> str:
        """'' when everything is saved; else full, locked, readonly or io."""
        return self.offline or self.writer.problem

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except sqlite3.OperationalError as err:   # locked, read-only or full: not damage
            log.warning("progress file %s cannot be opened for writing: %s", self.path, err)
            return self._in_memory(problem_of(err))
        except OSError as err:                     # the folder itself cannot be made
            log.warning("progress folder %s cannot be made: %s", self.path.parent, err)
            return self._in_memory("readonly")
        except sqlite3.DatabaseError as err:
            return self._set_aside(err)

    def _set_aside(self, err: sqlite3.DatabaseError) -> sqlite3.Connection:
        """Move a damaged file aside, start a new one and copy into it what can still be read."""
        moved = self.path.with_name(f"{self.path.name}.damaged-{self.now().replace(':', '')}")
        log.error("progress file %s is damaged (%s); moving it aside to %s", self.path, err, moved)
        try:
            for suffix in ("-wal", "-shm"):   # its journal goes with it, never into the new file
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.replace(moved.with_name(moved.name + suffix))
            self.path.replace(moved)
            self.notice = str(moved)
            db = self._connect()
        except (OSError, sqlite3.Error) as again:
            log.warning("progress file %s cannot be replaced: %s", self.path, again)
            return self._in_memory("io", damaged=True)
        self.recovered = recover(moved, db)
        log.warning("copied %d readable rows from %s into the new progress file", self.recovered, moved)
        return db

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            create(self.path)
        # A short busy timeout: a file locked by another program must not freeze the screen.
        db = sqlite3.connect(self.path, timeout=1, isolation_level=None)
        try:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            upgrade(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _in_memory(self, problem: str, damaged: bool = False) -> sqlite3.Connection:
        """A copy in memory of the saved progress (what can be read of it): players and rounds
        show, new answers are played on and kept in ``writer.journal`` for the file. With no
        whole copy (the file locked, unreadable or ``damaged``), new rows get ids far above
        any in the file, so that writing them later never collides with rows it holds."""
        self.offline = problem
        db = sqlite3.connect(":memory:", isolation_level=None)
        upgrade(db)
        source = None if damaged else open_to_read(self.path)
        self._whole_copy = not self.path.exists()
        if source is not None:
            try:
                source.backup(db)
                upgrade(db)   # an older file gains the newer tables
                self._whole_copy = True
            except sqlite3.Error as err:
                log.warning("progress file %s cannot be read either: %s", self.path, err)
                db.close()
                db = sqlite3.connect(":memory:", isolation_level=None)
                upgrade(db)
            source.close()
        if not self._whole_copy:
            self.recovered = recover(self.path, db)   # what can be read of it, row by row
        return db

    def close(self) -> None:
        """Write what is waiting (a last try) and close; what still cannot be written is logged."""
        if not self.retry():
            waiting = len(self.writer.journal or []) + len(self.writer.pending)
            log.error("closing with %d writes not saved (%s)", waiting, self.problem)
        self.db.close()

    def retry(self) -> bool:
        """Try the writes that are waiting again (the game calls this every few seconds)."""
        if self.offline:
            return self._back_to_file()
        return self.writer.flush()

    def _back_to_file(self) -> bool:
        """Open the file for writing now and write into it, in one transaction, everything
        written in memory since the start; from then on the game writes to the file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect()
        except (OSError, sqlite3.Error):
            return False
        journal = self.writer.journal or []
        try:
            db.execute("BEGIN IMMEDIATE")
            for sql, params in journal:
                try:
                    db.execute(sql, params)
                except sqlite3.IntegrityError as err:   # the file changed meanwhile: skip this row
                    log.error("dropped a write that cannot succeed: %s (%s)", sql.split("(")[0], err)
            db.execute("COMMIT")
        except sqlite3.Error as err:
            log.warning("progress still not saved: %s", err)
            db.close()
            return False
        log.info("progress saved again: %d writes kept in memory are in %s", len(journal), self.path)
        self.db = self.writer.db = db   # the copy in memory is let go when nothing reads it
        self.writer.journal = None
        self.offline = ""
        return True

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
        return missed_keys(self.attempts(profile))


def upgrade(db: sqlite3.Connection) -> None:
    """Put the whole schema in place, in one transaction: all of it or nothing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements(SCHEMA):
            db.execute(statement)
        create_session_tables(db)
        _migrate(db)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("COMMIT")
    except sqlite3.Error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def create(path: Path) -> None:
    """Make a new progress file with its whole schema: built beside it under another name and
    moved in place when complete, so a full disk never leaves a half-made file."""
    building = path.with_name(f"{path.name}.new-{os.getpid()}")
    try:
        db = sqlite3.connect(building, isolation_level=None)
        try:
            upgrade(db)
        finally:
            db.close()
        os.replace(building, path)
    finally:
        for leftover in (building, building.with_name(building.name + "-journal")):
            leftover.unlink(missing_ok=True)


def open_to_read(path: Path) -> sqlite3.Connection | None:
    """``path`` opened for reading only, or None. A file in WAL mode in a folder that cannot
    be written cannot make its -shm file: it is then read as it stands (``immutable``)."""
    if not path.exists():
        return None
    for mode in ("mode=ro", "immutable=1"):
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=1, isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error:
            db.close()
    return None


TABLES = ("profiles", "rounds", "attempts", "settings", "rights_seen", "computer", "sessions",
          "session_teams", "team_answers", "session_votes", "session_skips", "session_timings")


def recover(damaged: Path, db: sqlite3.Connection) -> int:
    """Copy into ``db`` every row of ``damaged`` that can still be read, table by table (a table
    read up to its first bad page keeps the rows before it); return how many were copied."""
    source = open_to_read(damaged)
    if source is None:
        return 0
    copied = 0
    try:
        for table in TABLES:
            copied += _copy_table(source, db, table)
    finally:
        source.close()
        _tidy_after_reading(damaged)
    # Answers whose round was on a damaged page: a finished round stands in for it, so they show.
    db.execute("INSERT OR IGNORE INTO rounds (id, profile_id, pack_id, kind, started, finished)"
               " SELECT round_id, MIN(profile_id), MIN(pack_id), 'practice', MIN(answered), MAX(answered)"
               " FROM attempts WHERE round_id NOT IN (SELECT id FROM rounds) GROUP BY round_id")
    return copied


def _tidy_after_reading(path: Path) -> None:
    """Remove the empty -wal and the -shm that reading ``path`` left beside it (a -wal holding
    pages is kept: it is part of the file)."""
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    try:
        if wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
        if not wal.exists():
            shm.unlink(missing_ok=True)
    except OSError:
        pass


def _copy_table(source: sqlite3.Connection, db: sqlite3.Connection, table: str) -> int:
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    try:
        found = {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return 0
    shared = [c for c in columns if c in found]
    if not shared:
        return 0
    names = ", ".join(shared)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(shared))})"
    select = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid"
    copied = 0
    after: int | None = _NO_ROW   # the last rowid read (None: the table is done)
    db.execute("BEGIN")
    while after is not None:
        start = last = after
        try:
            for row in source.execute(select, (start,)):
                copied += db.execute(insert, row[1:]).rowcount
                last = row[0]
            after = None
        except sqlite3.DatabaseError as err:   # a damaged page: read on from the first row after it
            if start == _NO_ROW:
                log.warning("table %s readable only in part: %s", table, err)
            # (nothing read since the last try: look from one row further, so it always moves on)
            after = _next_readable(source, table, last if last != start else max(start, 0) + 1)
    db.execute("COMMIT")
    return copied


_NO_ROW = -(2 ** 63)   # below every rowid


def _next_readable(source: sqlite3.Connection, table: str, after: int) -> int | None:
    """The rowid to read on after (``after`` + the first readable rowid past a damaged page, minus
    one); None when no row past it can be read. Probes ever further, then back to the nearest."""
    def readable(start: int) -> bool:
        try:
            source.execute(f"SELECT rowid FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 1", (start,)).fetchall()
            return True
        except sqlite3.DatabaseError:
            return False

    try:
        top = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    low = max(after, 0) + 1
    if top is None or low > top:
        return None
    step = 1
    while low + step <= top and not readable(low + step):
        step *= 2
    high = min(low + step, top)
    if not readable(high):
        return None
    while low < high:   # the nearest readable start between the last bad one and ``high``
        middle = (low + high) // 2
        low, high = (low, middle) if readable(middle) else (middle + 1, high)
    return high - 1


def _migrate(db: sqlite3.Connection) -> None:
    """Bring a database from an older version up to date without losing anything."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(attempts)")}
    if "call_outcome" not in columns:
        db.execute("ALTER TABLE attempts ADD COLUMN call_outcome TEXT NOT NULL DEFAULT ''")
    if "call_moves" not in columns:
        db.execute("ALTER TABLE attempts ADD COLUMN call_moves TEXT NOT NULL DEFAULT '[]'")
