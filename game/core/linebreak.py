"""Line breaking that suits Chinese and English alike.

Chinese breaks between any two characters, except that closing punctuation
(，。、！？ …) must not start a line and opening punctuation (（《“ …) must not end
one. English breaks at spaces; a word wider than the line is split by letters.
Measuring is passed in (``measure(text) -> width``) so this stays pure.
"""
from __future__ import annotations

import re
from typing import Callable

NO_LINE_START = set("，。、；：？！）》」』】〉”’…—·,.;:?!)]}%％～~")
NO_LINE_END = set("（《「『【〈“‘([{")
# A token is a run of non-CJK, non-space characters (a word), one CJK
# character, or a run of spaces.
_TOKEN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]|\s+|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]+")


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (where possible)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure) or [""])
    return lines


def _tokens(paragraph: str, width: float, measure) -> list[str]:
    """Tokens glued so that forbidden breaks never happen between them."""
    raw = _TOKEN.findall(paragraph)
    glued: list[str] = []
    for token in raw:
        if glued and not token.isspace() and (token[0] in NO_LINE_START or glued[-1][-1] in NO_LINE_END):
            glued[-1] += token
        else:
            glued.append(token)
    out: list[str] = []
    for token in glued:
        if not token.isspace() and measure(token) > width:
            out.extend(_split_long(token, width, measure))
        else:
            out.append(token)
    return out


def _split_long(token: str, width: float, measure) -> list[str]:
    pieces, current = [], ""
    for char in token:
        if current and measure(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _wrap_paragraph(paragraph: str, width: float, measure) -> list[str]:
    lines: list[str] = []
    current = ""
    for token in _tokens(paragraph, width, measure):
        if token.isspace():
            if current:
                current += token
            continue
        candidate = current + token
        if current and measure(candidate.rstrip()) > width:
            lines.append(current.rstrip())
            current = token
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines
