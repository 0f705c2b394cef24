"""Writing to the progress database so that a failed write loses nothing.

A full disk, a locked file, a read-only folder or an I/O error make SQLite refuse a
write. The write is then kept in memory, in order, and tried again before the next
one (and when the game closes); ``problem`` says what is wrong so the game can tell
the player in their language. Rows get their ids here, not from SQLite, so a write
that has to wait still has the id that later writes refer to.
"""
from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger("seethrough.store")

PROBLEMS = ("full", "locked", "readonly", "io")


def statements(script: str) -> list[str]:
    """The statements of an SQL script, one by one (``executescript`` would end the caller's
    transaction first; a ';' in a comment does not end a statement)."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return found


def problem_of(error: sqlite3.Error) -> str:
    """Which of PROBLEMS an SQLite error stands for."""
    text = str(error).lower()
    if "full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return "readonly"
    return "io"


class Writer:
    """Every change to the database goes through ``write``; see the module docstring."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.pending: list[tuple[str, tuple]] = []
        self.problem = ""
        # Not None while the store plays on a copy in memory: every write done, for the file.
        self.journal: list[tuple[str, tuple]] | None = None
        self.floor = 0   # ids handed out are above this (see ProgressStore._in_memory)
        self._ids: dict[str, int] = {}

    def next_id(self, table: str) -> int:
        """A fresh id for a new row of ``table`` (one more than any used or waiting)."""
        if table not in self._ids:
            try:
                self._ids[table] = max(self.floor, self.db.execute(
                    f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
            except sqlite3.Error:
                self._ids[table] = self.floor
        self._ids[table] += 1
        return self._ids[table]

    def write(self, sql: str, params: tuple = ()) -> bool:
        """Queue one statement and write everything waiting; False if it is still waiting."""
        self.pending.append((sql, tuple(params)))
        return self.flush()

    def flush(self) -> bool:
        """Write what is waiting, in order; stop at the first refusal (tried again next time)."""
        while self.pending:
            sql, params = self.pending[0]
            try:
                self.db.execute(sql, params)
            except sqlite3.IntegrityError as err:   # a bad row would block every later one: drop it
                log.error("dropped a write that cannot succeed: %s (%s)", sql.split("(")[0], err)
            except sqlite3.Error as err:
                kind = problem_of(err)
                if kind != self.problem:
                    log.warning("progress not saved yet (%s): %s; %d writes waiting", kind, err, len(self.pending))
                self.problem = kind
                return False
            else:
                if self.journal is not None:
                    self.journal.append((sql, params))
            self.pending.pop(0)
        if self.problem:
            log.info("progress saved again; nothing is waiting")
        self.problem = ""
        return True
