"""A pack problem told in the player's language, for the in-game list an educator shows the author.

The checks write their messages and hints in English (the validate command, which authors run,
shows them as they are). For another language each message is read by the English pattern of
its family in ``game.core.problemstrings`` and told again with the same values: file names, ids,
numbers and YAML keys stay as written. A message no family matches is shown as it is, and a test
fails for it.
"""
from __future__ import annotations

import functools
import re
import string

from game.core.problems import Problem
from game.core.caststrings import CAST_STRINGS
from game.core.problemstrings import PROBLEM_STRINGS
from game.core.strings import t

MAX_SHOWN_PER_PACK = 100   # a hostile pack may have 1,000; the validate command lists them all
FAMILY = "problems.msg."
# Fields holding words that are told again (a detail after "YAML syntax:", the rest of a hint...).
TOLD_AGAIN = {"detail", "rest", "what", "say", "suffix"}
# Fields holding a list of allowed values: "a, b or c" is written "a、b 或 c" in Chinese.
LISTS = {"values", "choices"}
NUMBER = r"-?[\d,.]+"


def describe(problem: Problem, lang: str) -> str:
    """``problem`` as one line in ``lang``: where it is (file name, line, column), what is wrong,
    and the hint."""
    file = problem.path.replace("\\", "/").rsplit("/", 1)[-1]
    text = t("problems.at", lang, file=file, line=problem.line, col=problem.col, message=told(problem.message, lang))
    if problem.hint:
        text += t("problems.hint", lang, hint=told(problem.hint, lang))
    return text


def told(text: str, lang: str) -> str:
    """A message or hint of the pack checks in ``lang``; English and unknown ones as they are."""
    if lang == "en":
        return text
    for key, pattern in _families():
        found = pattern.match(text)
        if found:
            entry = PROBLEM_STRINGS.get(key) or CAST_STRINGS[key]
            return (entry.get(lang) or entry["en"]).format(**{name: _field(name, value, lang)
                                                              for name, value in found.groupdict().items()})
    return text


def family_of(text: str) -> str | None:
    """The key of the family ``text`` belongs to, or None (for tests)."""
    return next((key for key, pattern in _families() if pattern.match(text)), None)


def _field(name: str, value: str, lang: str) -> str:
    if name in TOLD_AGAIN:
        return told(value, lang)
    if name in LISTS and lang == "zh":
        return value.replace(", ", "、").replace(" or ", " 或 ")
    return value


@functools.cache
def _families() -> tuple[tuple[str, re.Pattern], ...]:
    """(key, compiled English pattern) of every message family, in the table's order."""
    tables = {**CAST_STRINGS, **PROBLEM_STRINGS}   # the cast's families are narrow: they go first
    return tuple((key, _pattern(entry["en"])) for key, entry in tables.items() if key.startswith(FAMILY))


def _pattern(template: str) -> re.Pattern:
    """The regular expression of an English ``template``: its text as written, each ``{name}`` a
    group (a number, or any text)."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            rule = NUMBER if re.fullmatch(r"n\d*", name) else ".+?"
            parts.append(f"(?P<{name}>{rule})")
    return re.compile("".join(parts) + r"\Z", re.DOTALL)
