"""A pack problem told in the player's language, for the in-game list an educator shows the author.

The frame ("文件 X 第 N 行第 M 列：...") is always in the player's language, and so are the most
common messages (a missing file, YAML syntax, an unknown or missing key, a wrong value) and
hints (did you mean, add this key, write true or false). Other messages keep their English
words inside the frame: the validate command, which authors run, speaks English.
"""
from __future__ import annotations

import re

from game.core.problems import Problem
from game.core.strings import t

# (pattern of the English message, strings key, names of the pattern's groups as the key's fields)
MESSAGES = (
    (re.compile(r"^media file '(?P<name>.+)' does not exist$"), "problems.missing_media"),
    (re.compile(r"^the pack has no pack\.yaml$"), "problems.no_pack_file"),
    (re.compile(r"^YAML syntax: (?P<detail>.*)$"), "problems.yaml_syntax"),
    (re.compile(r"^(?P<where>\S+): unknown key$"), "problems.unknown_key"),
    (re.compile(r"^(?P<where>\S+): missing$"), "problems.missing_key"),
    (re.compile(r"^(?P<where>\S+): (?P<detail>input should be .*)$"), "problems.wrong_value"),
)
HINTS = (
    (re.compile(r"^did you mean '(?P<name>[^']+)'\?(?P<rest>.*)$"), "problems.did_you_mean"),
    (re.compile(r"^add this key$"), "problems.add_key"),
    (re.compile(r"^write true or false$"), "problems.write_bool"),
    (re.compile(r"^allowed: (?P<values>.*)$"), "problems.allowed"),
    (re.compile(r"^check the file name and folder$"), "problems.check_name"),
)
MAX_SHOWN_PER_PACK = 100   # a hostile pack may have 1,000; the validate command lists them all


def describe(problem: Problem, lang: str) -> str:
    """``problem`` as one line in ``lang``: where it is (file name, line, column), what is wrong,
    and the hint."""
    file = problem.path.replace("\\", "/").rsplit("/", 1)[-1]
    text = t("problems.at", lang, file=file, line=problem.line, col=problem.col, message=_told(problem.message, lang))
    if problem.hint:
        text += t("problems.hint", lang, hint=_hint(problem.hint, lang))
    return text


def _told(message: str, lang: str) -> str:
    for pattern, key in MESSAGES:
        found = pattern.match(message)
        if found:
            return t(key, lang, **found.groupdict())
    return message


def _hint(hint: str, lang: str) -> str:
    for pattern, key in HINTS:
        found = pattern.match(hint)
        if found:
            values = found.groupdict()
            rest = values.pop("rest", "").strip()
            return t(key, lang, **values) + (" " + _hint(rest, lang) if rest else "")
    return hint
