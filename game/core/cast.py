"""The cast: the illustrated characters a call can show (assets/cast/cast.yaml).

Each member has an id that packs name (``cast: granddaughter``), invented names in both
languages, the look and voice a call person takes from them unless the pack says otherwise,
and how the media pipeline draws them (``drawing``; tools/media/cast.py). Nobody in the cast
is a real person.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from game.core.charset import Charset
from game.core.models import ID_PATTERN, LangText, Person, Scenario, Strict, Voice
from game.core.problems import Problem

Look = Literal["woman", "man", "older_woman", "older_man", "girl", "boy"]
COLOUR = r"^#[0-9a-f]{6}$"


class CastVoice(Strict):
    """The voice a member speaks with when the pack gives none."""

    gender: Literal["female", "male"]
    age: Literal["child", "adult", "older"]


class Drawing(Strict):
    """How the pipeline draws a member: shapes by name, colours as #rrggbb."""

    face: Literal["round", "oval", "square", "long", "heart"]
    skin: str = Field(pattern=COLOUR)
    hair: Literal["short", "crew", "side_part", "spiky", "bald", "bob", "long", "ponytail", "bun", "perm",
                  "pigtails", "wavy", "cap"]
    hair_colour: str = Field(pattern=COLOUR)
    eyes: Literal["almond", "round", "narrow"] = "almond"
    iris: str = Field("#3b2a20", pattern=COLOUR)
    brows: Literal["thin", "straight", "thick", "arched"] = "straight"
    glasses: Literal["none", "round", "rect", "half"] = "none"
    clothes: Literal["shirt", "polo", "tshirt", "blazer", "suit", "uniform", "coat", "cardigan", "hoodie",
                     "blouse", "sweater"]
    clothes_colour: str = Field(pattern=COLOUR)
    backdrop: str = Field(pattern=COLOUR)
    extras: list[Literal["earrings", "pearls", "headset", "moustache", "beard", "stubble", "mole", "freckles",
                         "lipstick", "tie", "badge", "stethoscope"]] = Field(default_factory=list)
    expression: Literal["neutral", "smile", "worried"] = "smile"


class CastMember(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: LangText
    look: Look
    age: int = Field(ge=4, le=100)
    voice: CastVoice
    drawing: Drawing


class CastCatalogue(Strict):
    members: list[CastMember] = Field(min_length=1)


def load_cast(path: Path, charset: Charset | None) -> tuple[dict[str, CastMember], list[Problem]]:
    """The cast by id, and any problems in the catalogue file (no file: no cast, no problem)."""
    from game.core.catalogue import load_by_id   # it imports meaning, which is not needed at import time

    if not path.is_file():
        return {}, []
    return load_by_id(path, CastCatalogue, "members", "cast", charset)


def with_cast(person: Person, cast: dict[str, CastMember]) -> Person:
    """``person`` with the look and voice sex and age of their cast member where the pack gives none.

    A look the pack gives wins, and the voice then follows that look (game.core.voicechoice)."""
    member = cast.get(person.cast or "")
    if member is None or person.look is not None:
        return person
    voice: Voice = person.voice
    voice = voice.model_copy(update={"gender": voice.gender or member.voice.gender,
                                     "age": voice.age or member.voice.age})
    return person.model_copy(update={"look": member.look, "voice": voice})




def cast_scenario(scenario: Scenario, cast: dict[str, CastMember]) -> Scenario:
    """``scenario`` with each call person's look and voice filled in from their cast member."""
    script = scenario.call
    if script is None or not any(p.cast for p in [script.caller, *script.people]):
        return scenario
    script = script.model_copy(update={"caller": with_cast(script.caller, cast),
                                       "people": [with_cast(p, cast) for p in script.people]})
    return scenario.model_copy(update={"call": script})
