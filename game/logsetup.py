"""The log file: details of anything that went wrong, for whoever helps the player.

The player sees one short notice in their language; the details (which file, which
error) go to ``seethrough.log`` in the data folder, or in the cache folder when the
data folder cannot be written. The log keeps three files of at most 1 MB.
"""
from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "seethrough.log"
MAX_BYTES, BACKUPS = 1_000_000, 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(logging.Handler):
    """The log file, opened at its first record: logging.handlers (with the socket and pickle
    modules it brings) took 8 ms of every start, and most starts log nothing."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                                  encoding="utf-8")
            except OSError:   # writable at start, not now (the stick was pulled): stderr it is
                self._file = logging.StreamHandler()
            self._file.setFormatter(logging.Formatter(FORMAT))
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def start_log(folders: list[Path]) -> Path | None:
    """Log to the first of ``folders`` that can be written; return the log file (None: stderr only)."""
    logger = logging.getLogger("seethrough")
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    for folder in folders:
        path = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8"):   # can be written: the log goes here
                pass
        except OSError:
            continue
        logger.addHandler(_LogFile(path))
        return path
    logger.addHandler(logging.StreamHandler())
    return None
