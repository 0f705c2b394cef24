"""The log file: details of anything that went wrong, for whoever helps the player.

The player sees one short notice in their language, which says where the log is; the
details (which file, which error) go to ``seethrough.log`` in the data folder, or in the
cache folder when the data folder cannot be written (read-only, full). A log that stops
being writable mid-game moves on to the next folder, and to plain lines on stderr when
none is left: never a "Logging error" traceback. The log keeps three files of at most 1 MB.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOG_NAME = "seethrough.log"
MAX_BYTES, BACKUPS = 1_000_000, 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PROBE_BYTES = 4096   # a folder must take this much to hold the log (a full disk takes nothing)


class _LogFile(logging.Handler):
    """The log file in the first of ``folders`` that takes it, opened at its first record:
    logging.handlers (with the socket and pickle modules it brings) took 8 ms of every start,
    and most starts log nothing."""

    def __init__(self, folders: list[Path]):
        super().__init__()
        self.folders = list(folders)
        self.path: Path | None = self.folders[0] / LOG_NAME
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        while True:
            if self._file is None:
                self._file = self._open()
            self._failed = False
            self._file.emit(record)
            if not self._failed:
                return
            self._next_folder()   # the folder stopped taking the log (full, stick pulled)

    def _open(self) -> logging.Handler:
        import logging.handlers

        handler: logging.Handler
        while self.path is not None:
            try:
                handler = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                               encoding="utf-8")
                break
            except OSError:
                self.folders.pop(0)
                self.path = self.folders[0] / LOG_NAME if self.folders else None
        else:
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.handleError = self._note_failure   # type: ignore[method-assign]
        return handler

    def _note_failure(self, record: logging.LogRecord) -> None:
        self._failed = True

    def _next_folder(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
        self._file = None
        if self.path is None:   # not even stderr takes it: the record is dropped
            self._file = logging.NullHandler()
            return
        self.folders.pop(0)
        self.path = self.folders[0] / LOG_NAME if self.folders else None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def writable(folder: Path) -> bool:
    """Whether ``folder`` can be made and takes a few kilobytes (a full disk does not)."""
    probe = folder / f".seethrough-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as file:   # a full disk refuses the blocks here (no fsync: it
            file.write(b"\0" * PROBE_BYTES)   # would slow every start; a log refused later moves on)
        return True
    except OSError:
        return False
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass


def start_log(folders: list[Path]) -> Path | None:
    """Log to the first of ``folders`` that can be written; return the log file (None: stderr only)."""
    logger = logging.getLogger("seethrough")
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    usable = [folder for folder in folders if writable(folder)]
    if not usable:
        logger.addHandler(logging.StreamHandler())
        return None
    logger.addHandler(_LogFile(usable))
    return usable[0] / LOG_NAME


def log_place() -> str:
    """Where the log is now written, to tell the player in a notice: the file, or "stderr"."""
    for handler in logging.getLogger("seethrough").handlers:
        if isinstance(handler, _LogFile) and handler.path is not None:
            return str(handler.path)
    return "stderr"
