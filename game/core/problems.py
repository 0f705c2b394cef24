"""Problems found in packs: where they are, what is wrong, how to fix it."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one file, printed as ``path:line:col: message (hint)``.

    ``line`` and ``col`` are 1-based; 0 means the problem concerns the whole file.
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


def _escapes_only(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


class PackError(Exception):
    """Raised when a file cannot be loaded at all; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
