"""Problems found in packs: where they are, what is wrong, how to fix it."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one file, printed as ``path:line:col: message (hint)``.

    ``line`` and ``col`` are 1-based; a problem with the whole file is at line 1, column 1
    (a 0 given is raised to 1, so every message names a place an editor can open).
    """

    path: str
    line: int
    col: int
    message: str
    hint: str = ""

    def __post_init__(self):
        # A file or folder name that is not UTF-8 (a zip made on a Chinese Windows, unpacked on
        # Linux) reaches Python as lone surrogates, which json output, print and pygame text
        # cannot encode: problems only ever carry printable text.
        for name in ("path", "message", "hint"):
            object.__setattr__(self, name, printable(getattr(self, name)))
        for name in ("line", "col"):
            object.__setattr__(self, name, max(1, getattr(self, name)))

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.path}:{self.line}:{self.col}: {self.message}{hint}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "col": self.col,
                "message": self.message, "hint": self.hint}


# Control characters a pack can smuggle into a message (a file name written as "media/\0x.png"):
# pygame refuses to draw text with a NUL in it, so the pack list crashed showing the problem.
_CONTROLS = {c: "\ufffd" for c in [*range(0x20), *range(0x7f, 0xa0)] if chr(c) not in "\n\t"}
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")   # controls and lone surrogates


def printable(text) -> str:
    """``text`` with control characters and the undecodable bytes of a file name (lone
    surrogates) shown as U+FFFD."""
    text = str(text)
    if not _ODD.search(text):
        return text
    text = text.translate(_CONTROLS)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape" if _escapes_only(text) else "replace").decode("utf-8", "replace")


# Characters that change how a terminal shows the text around them without being seen: bidi
# overrides and isolates (U+202E turns "gnp.exe" into "exe.png"), marks, zero-width ones.
_UNSEEN = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with bidi controls and other invisible characters written as ``\\u202e``, for
    a terminal: a file name holding U+202E must not reverse the rest of the message."""
    return _UNSEEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def counted(n: int, noun: str) -> str:
    """``n`` and an English noun, singular for one: "1 problem", "3 problems"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _escapes_only(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


class PackError(Exception):
    """Raised when a file cannot be loaded at all; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
