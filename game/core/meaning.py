"""Checks of meaning, after the shape is right: the second pass of validation.

Each check returns problems with the line and column of the value concerned.
"""
from __future__ import annotations

import math
import re
from collections.abc import Set as AbstractSet

from pydantic import BaseModel

from game.core import mediacheck
from game.core.callcheck import check_call
from game.core.charset import Charset
from game.core.models import LANGUAGES, LangText, Person, Scenario, TranscriptLine
from game.core.transcript import unclear_missing
from game.core.problems import Problem
from game.core.vocab import RED_FLAGS, suggest
from game.core.yamlsafe import LoadedYaml
from game.core.cards import MAX_ROOM_OPTIONS

CAST_HINT = "see assets/cast/cast.yaml for the ids"
# One text (a title, an explanation, a line said) in one language; the longest built-in one has 601.
MAX_TEXT_CHARS = 3000
HAN = re.compile(r"[\u3400-\u9fff]")
# Fields whose plain-string value is shown to players as running text.
TEXT_FIELDS = {"title", "caption", "text", "why", "prompt", "explanation", "description", "name",
               "law", "article", "summary", "you_can", "report",
               "speaker"}   # a transcript line's speaker (a call line's speaker is an id: never Chinese)


def check_texts(model: BaseModel, loaded: LoadedYaml, languages: list[str],
                charset: Charset | None) -> list[Problem]:
    """Every text present in each of ``languages`` and drawable by the font."""
    problems: list[Problem] = []

    def add(keypath, message, hint):   # where and the line are worked out only for a problem
        where = ".".join(str(p) for p in keypath)
        problems.append(Problem(loaded.path, *loaded.where(keypath), f"{where}{message}", hint))

    for keypath, field, value in _walk(model, ()):
        if field == "say" and isinstance(value, (LangText, str)):
            continue   # a line's say: is heard, never drawn; it is given only where the voice needs it
        if isinstance(value, (LangText, TranscriptLine)):   # a transcript line is a text pair too
            for lang in languages:
                if getattr(value, lang) is None:
                    add(keypath, f": no '{lang}' text", f"add {lang}: ... — this pack declares {', '.join(languages)}")
            strings = [(lang, getattr(value, lang)) for lang in LANGUAGES if getattr(value, lang)]
        else:
            strings = [("", value)]
            if field in TEXT_FIELDS and "en" in languages and HAN.search(value):
                add(keypath, ": Chinese text with no English", "write it as {zh: ..., en: ...}")
        for lang, text in strings:
            if len(text) > MAX_TEXT_CHARS:
                add(keypath, f"{'.' + lang if lang else ''}: text of {len(text):,} characters, more than the "
                    f"{MAX_TEXT_CHARS:,} a text may have", "say it in fewer words: players read it on one screen")
        if charset is not None:
            for lang, text in strings:
                missing = charset.missing(text)
                if missing:
                    add(keypath, f"{'.' + lang if lang else ''}: the font cannot draw '{''.join(missing[:8])}'",
                        "use a common character or leave it out")
    return problems


def _walk(value, keypath, field=""):
    """Yield (keypath, field name, value) for every str and LangText inside a model."""
    if isinstance(value, LangText) or isinstance(value, str):
        yield keypath, field, value
    elif isinstance(value, TranscriptLine):
        yield keypath, field, value
        yield from _walk(value.speaker, keypath + ("speaker",), "speaker")
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), keypath + (name,), name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, keypath + (index,), field)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, keypath + (key,), field)


def check_scenario(scenario: Scenario, loaded: LoadedYaml, probe: mediacheck.MediaProbe,
                   categories: set[str], rights: set[str], cast: AbstractSet[str] = frozenset()) -> tuple[list[Problem], dict]:
    """Categories, red flags, rights, actions and media of one scenario.

    Returns the problems and the MediaInfo of each media file by relative path.
    """
    problems: list[Problem] = []

    def add(keypath, message, hint=""):
        line, col = loaded.where(keypath)
        problems.append(Problem(loaded.path, line, col, message, hint))

    if scenario.category not in categories:
        add(("category",), f"unknown category '{scenario.category}'",
            _suggest(scenario.category, categories, "add it under categories: in pack.yaml"))
    for index, flag in enumerate(scenario.pattern):
        if flag not in RED_FLAGS:
            add(("pattern", index), f"unknown red flag '{flag}'", _suggest(flag, set(RED_FLAGS), ""))
    for index, right in enumerate(scenario.rights):
        if right not in rights:
            add(("rights", index), f"unknown rights card '{right}'",
                _suggest(right, rights, "see assets/rights.yaml for the ids"))
    for index, question in enumerate(scenario.actions):
        if not any(option.safe for option in question.options):
            add(("actions", index, "options"), "no option is marked safe: true",
                "every action question needs at least one safe answer")
        _check_room_options(question, ("actions", index, "options"), add)
    if scenario.call is not None:
        people: list[tuple[tuple, Person]] = [(("call", "caller"), scenario.call.caller)]
        people += [(("call", "people", i), person) for i, person in enumerate(scenario.call.people)]
        for where, person in people:
            if person.cast is not None and person.cast not in cast:
                add(where + ("cast",), f"unknown cast member '{person.cast}'", _suggest(person.cast, cast, CAST_HINT))
    call_media = check_call(scenario, add)
    media = _check_clip_media(scenario, probe, add, call_media)
    _check_tells(scenario, media.get(scenario.clip.file), add)
    _check_transcript(scenario, media.get(scenario.clip.file), add)
    return problems, media


def _check_room_options(question, keypath, add) -> None:
    """The options marked ``room: true`` (what a room answering with cards sees) must fit on a
    card's four edges and still ask for judgement: a safe one and an unsafe one."""
    marked = [option for option in question.options if option.room]
    if len(marked) > MAX_ROOM_OPTIONS:
        add(keypath, f"room: true on {len(marked)} options, more than the {MAX_ROOM_OPTIONS} edges of a card",
            "mark at most four options")
    elif marked and len({option.safe for option in marked}) < 2:
        add(keypath, "the options marked room: true must include a safe one and an unsafe one",
            "mark both kinds, so an answer on a card still takes judgement")


def check_unshaped(loaded: LoadedYaml, probe: mediacheck.MediaProbe, categories: set[str],
                   rights: set[str], cast: AbstractSet[str] = frozenset()) -> list[Problem]:
    """For a scenario file that failed the schema: the checks that need only part of its shape
    (category, red flags, rights cards, and the media files it names), so that an author sees
    every problem of a pack in one run instead of the media problems only after the rest."""
    problems: list[Problem] = []
    data = loaded.data if isinstance(loaded.data, dict) else {}

    def add(keypath, message, hint=""):
        problems.append(Problem(loaded.path, *loaded.where(keypath), message, hint))

    category = data.get("category")
    if isinstance(category, str) and category not in categories:
        add(("category",), f"unknown category '{category}'", _suggest(category, categories, "add it under categories: in pack.yaml"))
    for index, flag in enumerate(_strings(data.get("pattern"))):
        if flag is not None and flag not in RED_FLAGS:
            add(("pattern", index), f"unknown red flag '{flag}'", _suggest(flag, set(RED_FLAGS), ""))
    for index, right in enumerate(_strings(data.get("rights"))):
        if right is not None and right not in rights:
            add(("rights", index), f"unknown rights card '{right}'", _suggest(right, rights, "see assets/rights.yaml for the ids"))
    call = data.get("call")
    call = call if isinstance(call, dict) else {}
    others = call.get("people")
    others = others if isinstance(others, list) else []
    for where in [("call", "caller"), *[("call", "people", i) for i in range(len(others))]]:
        person = _at(data, where)
        member = person.get("cast") if isinstance(person, dict) else None
        if isinstance(member, str) and member not in cast:
            add(where + ("cast",), f"unknown cast member '{member}'", _suggest(member, cast, CAST_HINT))
    for keypath, relative, kind in _named_media(data):
        try:
            probe.check(relative, kind)
        except mediacheck.MediaProblem as err:
            add(keypath, str(err), err.hint)
    return problems


def _strings(value) -> list:
    """The items of a list that are text (others None, keeping their index); [] if not a list."""
    return [item if isinstance(item, str) else None for item in value] if isinstance(value, list) else []


def _named_media(data: dict) -> list[tuple[tuple, str, str]]:
    """(keypath, relative path, kind) of the media a scenario's plain data names, where the
    parts around them have the right shape."""
    found: list[tuple[tuple, str, str]] = []
    clip = data.get("clip")
    if isinstance(clip, dict):
        kind = clip.get("kind")
        if isinstance(clip.get("file"), str) and kind in mediacheck.SUFFIXES:
            found.append((("clip", "file"), clip["file"], kind))
        if isinstance(clip.get("picture"), str):
            found.append((("clip", "picture"), clip["picture"], "image"))
    call: dict = data["call"] if isinstance(data.get("call"), dict) else {}
    others = call.get("people")
    people: list[tuple] = [("call", "caller"), *[("call", "people", i) for i in range(len(others) if isinstance(others, list) else 0)]]
    for where in people:
        person = _at(data, where)
        face = person.get("face") if isinstance(person, dict) else None
        if isinstance(face, str):
            found.append((where + ("face",), face, "video" if face.lower().endswith((".mp4", ".webm")) else "image"))
    nodes: dict = call["nodes"] if isinstance(call.get("nodes"), dict) else {}
    for node_id, node in nodes.items():
        lines = node.get("say") if isinstance(node, dict) else None
        for index, line in enumerate(lines if isinstance(lines, list) else []):
            if isinstance(line, dict) and isinstance(line.get("audio"), str):
                found.append((("call", "nodes", node_id, "say", index, "audio"), line["audio"], "audio"))
    return found


def _at(data, keypath):
    for part in keypath:
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def _check_clip_media(scenario: Scenario, probe: mediacheck.MediaProbe, add, call_media: list) -> dict:
    media = {}
    clip = scenario.clip
    wanted = list(call_media)
    if clip.file and clip.kind != "call":
        wanted.append((("clip", "file"), clip.file, clip.kind))
    if clip.picture:
        wanted.append((("clip", "picture"), clip.picture, "image"))
    for keypath, relative, kind in wanted:
        try:
            media[relative] = probe.check(relative, kind)
        except mediacheck.MediaProblem as err:
            add(keypath, str(err), err.hint)
    if clip.picture and clip.kind != "audio":
        add(("clip", "picture"), "picture: is only for audio clips", "remove it")
    return media


def _check_tells(scenario: Scenario, info, add) -> None:
    for index, tell in enumerate(scenario.tells):
        # YAML's .nan and .inf are floats: nan passes every comparison below unnoticed, and play
        # would seek to nan seconds or draw a box at nan pixels. Checked for every clip, calls too.
        odd = [name for name in ("region", "at") if getattr(tell, name) and not all(map(math.isfinite, getattr(tell, name)))]
        for name in odd:
            add(("tells", index, name), f"{name} {getattr(tell, name)} is not made of plain numbers", "write numbers such as 1.5")
        if info is None or odd:
            continue
        if tell.region is not None:
            x, y, w, h = tell.region
            if info.width and (x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > info.width or y + h > info.height):
                add(("tells", index, "region"), f"region {tell.region} is outside the "
                    f"{info.width}x{info.height} picture", "give x, y, width, height inside the picture")
        if tell.at is not None:
            start, end = tell.at
            if start < 0 or end < start or (info.seconds and max(start, end) > info.seconds + 0.05):   # both ends
                add(("tells", index, "at"), f"moment {tell.at} is outside the clip ({info.seconds:.1f} s)",
                    "give [start, end] in seconds within the clip")


TRANSCRIPT_HINT = ("write down every spoken word: add transcript: lines with zh, en, start and end "
                   "(seconds), or transcript: [] when nothing is said (music or noise only)")


def _check_transcript(scenario: Scenario, info, add) -> None:
    """Audio and video clips carry a transcript (the captions of a player who cannot hear the
    clip); its lines lie inside the clip, each ending after it starts, in the order they are said.

    Whether a file holds speech cannot be told from its bytes, so the rule is plain: every audio
    and video clip has ``transcript:``, and a clip with no words says so with ``transcript: []``.
    """
    clip = scenario.clip
    if clip.kind not in ("audio", "video"):
        if clip.transcript is not None:
            add(("clip", "transcript"), "transcript: is only for audio and video clips",
                "remove it; a call's words are its lines under call:" if clip.kind == "call" else "remove it")
        return
    if clip.transcript is None:
        add(("clip", "kind"), f"{clip.kind} clip has no transcript, so a player who cannot hear it misses what is said",
            TRANSCRIPT_HINT)
        return
    seconds = info.seconds if info is not None else 0.0
    previous = None
    for index, line in enumerate(clip.transcript):
        keypath = ("clip", "transcript", index)
        if not (math.isfinite(line.start) and math.isfinite(line.end)):
            add(keypath + ("start",), f"clip.transcript[{index}]: start {line.start} and end {line.end} are not plain numbers",
                "write seconds such as 1.5")
            continue
        if line.start < 0 or line.end <= line.start:
            add(keypath + ("start",),
                f"clip.transcript[{index}]: start {line.start} s must be 0 or more and before end {line.end} s",
                "give the seconds when the line begins and when it ends")
        elif seconds and line.end > seconds + 0.05:
            add(keypath + ("end",), f"clip.transcript[{index}]: ends at {line.end} s, after the clip ends ({seconds:.1f} s)",
                "give times within the clip")
        if previous is not None and line.start < previous:
            add(keypath + ("start",),
                f"clip.transcript[{index}]: starts at {line.start} s, before the line above it ({previous} s)",
                "list the lines in the order they are said")
        previous = line.start
        missing = unclear_missing(line)
        if missing:
            add(keypath + ("unclear",),
                f"clip.transcript[{index}]: unclear words not found in the line ({', '.join(missing)})",
                "give each lost part exactly as it is written in the line, in zh and in en")


def _suggest(value: str, known: AbstractSet[str], fallback: str) -> str:
    """The nearest known value and the allowed ones (see ``vocab.suggest``), else ``fallback``."""
    return suggest(value, known, fallback)
