"""Call lines the voice may misread: ``validate`` warns about them, play never looks.

A spoken line (a call line's text in a pack language, unless the line is recorded or its
``say:`` covers that language) is warned about when

- it has a number no rule of speakable.py is sure of: 3-4 digits with no word saying
  whether they are a code or a quantity (8032: 工号 8032 or 8032元?), a year-like 4 digits
  in English, digits mixed with letters (A12; 15th is fine), a range or date with '-',
  a round 5+ digit number read digit by digit like a phone number, full-width digits;
- it has a listed polyphone (speakable.POLYPHONES) outside every word the lexicon knows.

Each warning names the place of the text in the YAML file and the fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.packs import scenario_files, shown_path
from game.core.problems import PackError, Problem
from game.core.speakable import (
    CLAUSE_ENDS,
    POLYPHONES,
    ZH_LEXICON,
    ZH_READ_RIGHT,
    number_rules,
)
from game.core.yamlsafe import LoadedYaml, load_yaml_file

# What an English number may carry after it and still be read right: 15th, 1st, 2nd, 3rd.
ORDINALS = ("st", "nd", "rd", "th")
SAY_HINT = {"zh": "add say: {zh: ...} as it should be heard", "en": "add say: {en: ...} as it should be heard"}


@dataclass(frozen=True)
class Reading:
    """One doubtful place in a line: where it starts in the text, what is wrong, the fix."""

    offset: int
    message: str
    hint: str


def line_warnings(text: str, lang: str) -> list[Reading]:
    """The places in ``text`` (said in ``lang``) the voice may misread, in text order."""
    found = _number_warnings(text, lang)
    if lang == "zh":
        found += _polyphone_warnings(text)
    return sorted(found, key=lambda r: r.offset)


def _number_warnings(text: str, lang: str) -> list[Reading]:
    found = [Reading(i, f"full-width digit '{c}' is left to the voice", "write it as an ASCII digit (0-9)")
             for i, c in enumerate(text) if "０" <= c <= "９"]
    for start, end, rule in number_rules(text, lang):
        problem = _number_doubt(text, start, end, rule, lang)
        if problem:
            found.append(Reading(start, *problem))
    return found


def _number_doubt(text: str, start: int, end: int, rule: str, lang: str) -> tuple[str, str] | None:
    """(message, hint) when no rule is sure how the number ``text[start:end]`` is said."""
    run = text[start:end]
    digits = "".join(c for c in run if c.isdigit())
    if _letter_beside(text, start, end, lang):
        return f"'{_word_at(text, start, end)}' mixes letters and digits: the voice may spell it oddly", SAY_HINT[lang]
    if rule == "engine" and "-" in run:
        return (f"'{run}' (a range or a date?) is left to the voice as written",
                "write 3到5 / 3 to 5, or 2024年5月1日, or " + SAY_HINT[lang])
    if rule == "quantity" and lang == "en" and len(digits) == 4 and digits[:2] in ("19", "20"):
        return f"'{run}' could be a year, an amount or a code", "write '2024 yuan' or 'number 2024', or " + SAY_HINT[lang]
    if rule == "quantity" and len(digits) <= 4 and not digits.endswith("00") and "," not in run:
        return (f"'{run}' could be a code or a quantity: it is said as a quantity",
                ("write 工号8032 / 8032元" if lang == "zh" else "write 'number 8032' / '8032 yuan'")
                + ", or " + SAY_HINT[lang])
    if rule == "code" and len(digits) >= 5 and digits.endswith("000") and digits[0] != "0":
        return (f"'{run}' is said digit by digit like a phone number; is it an amount?",
                ("write 50000元" if lang == "zh" else "write '50,000 yuan'") + " for an amount, or " + SAY_HINT[lang])
    return None


def _letter_beside(text: str, start: int, end: int, lang: str) -> bool:
    """An ASCII letter touches the number (A12, 4G), other than an English ordinal (15th)."""
    before = text[start - 1:start]
    after = text[end:end + 2].lower()
    if lang == "en" and after in ORDINALS and not text[end + 2:end + 3].isalpha():
        return before.isascii() and before.isalpha()
    return any(c.isascii() and c.isalpha() for c in (before, after[:1]))


def _word_at(text: str, start: int, end: int) -> str:
    """The run with the letters touching it: A12, 4G."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return text[start:end]


def _polyphone_warnings(text: str) -> list[Reading]:
    covered = _covered(text)
    found = []
    for polyphone in POLYPHONES:
        at = text.find(polyphone)
        while at >= 0:
            if not all(covered[at:at + len(polyphone)]):
                context = text[max(0, at - 3):at + len(polyphone) + 3]
                found.append(Reading(at, f"the voice may misread '{polyphone}' in '{context}'",
                                     f"check: python3 main.py say --lang zh '{context}'; if wrong, "
                                     + SAY_HINT["zh"] + ", with a homophone such as 环 for huán"))
            at = text.find(polyphone, at + 1)
    return found


def known_words() -> list[str]:
    """Every word whose reading was checked: the lexicon's, the words read right already, and
    还 before a clause end (said 环 by spoken_form)."""
    return [written for written, _ in ZH_LEXICON] + list(ZH_READ_RIGHT) + ["还" + end for end in CLAUSE_ENDS]


def _covered(text: str) -> list[bool]:
    """For each character of ``text``, whether it is inside a known word."""
    covered = [False] * len(text)
    for word in known_words():
        at = text.find(word)
        while at >= 0:
            covered[at:at + len(word)] = [True] * len(word)
            at = text.find(word, at + 1)
    return covered


def pack_warnings(folder: Path, languages: list[str]) -> list[Problem]:
    """Reading warnings for every call line of the pack in ``folder`` (a pack that loaded)."""
    warnings: list[Problem] = []
    for path in scenario_files(folder):
        shown = shown_path(path)
        try:
            loaded = load_yaml_file(path, shown)
            source = path.read_text(encoding="utf-8").splitlines()
        except (PackError, OSError, UnicodeDecodeError):
            continue   # the loader reported it already
        warnings += file_warnings(loaded, source, languages)
    return warnings


def file_warnings(loaded: LoadedYaml, source: list[str], languages: list[str]) -> list[Problem]:
    """Reading warnings for the call lines of one loaded scenario file (``source``: its lines)."""
    warnings = []
    for keypath, line in _call_lines(loaded.data):
        for lang in languages:
            text, text_path = _text_in(line, lang, keypath)
            if not text or _said_by_author(line.get("say"), lang):
                continue
            row, col = loaded.where(text_path)
            for reading in line_warnings(text, lang):
                at = _column(source, row, col, text, reading.offset)
                warnings.append(Problem(loaded.path, row, at, f"{lang}: {reading.message}", reading.hint))
    return warnings


def _call_lines(data) -> list[tuple[tuple, dict]]:
    """(key path, line) for every line said in a call, recorded lines left out."""
    call = data.get("call") if isinstance(data, dict) else None
    nodes = call.get("nodes") if isinstance(call, dict) else None
    found = []
    for node_id, node in (nodes.items() if isinstance(nodes, dict) else ()):
        lines = node.get("say") if isinstance(node, dict) else None
        for index, line in enumerate(lines if isinstance(lines, list) else ()):
            if isinstance(line, dict) and not line.get("audio"):
                found.append((("call", "nodes", node_id, "say", index), line))
    return found


def _text_in(line: dict, lang: str, keypath: tuple) -> tuple[str, tuple]:
    """The line's text in ``lang`` (falling back as the game does) and its key path."""
    text = line.get("text")
    if isinstance(text, str):
        return text, keypath + ("text",)
    if not isinstance(text, dict):
        return "", keypath
    shown = lang if text.get(lang) else "en" if lang == "zh" else "zh"
    value = text.get(shown)
    return (value, keypath + ("text", shown)) if isinstance(value, str) else ("", keypath)


def _said_by_author(say, lang: str) -> bool:
    """The line's say: covers ``lang`` (a plain string covers every language)."""
    return isinstance(say, str) and bool(say) or isinstance(say, dict) and bool(say.get(lang))


def _column(source: list[str], row: int, col: int, text: str, offset: int) -> int:
    """The column of ``text[offset]`` when the text sits on its line as written (plain or
    quoted, nothing escaped before it); else the column where the text starts."""
    if not 0 < row <= len(source) or col < 1:
        return col
    rest = source[row - 1][col - 1:]
    quoted = rest[:1] in ("'", '"')
    if rest[int(quoted):].startswith(text[:offset + 1]):
        return col + int(quoted) + offset
    return col
