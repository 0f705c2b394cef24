"""The shape of scenario packs and the rights catalogue (pydantic models).

The models check *shape* (types, required keys, no unknown keys); the meaning
checks (ids, media, languages, glyphs) live in ``validate.py``. The JSON Schema
in ``docs/`` is generated from these models by ``tools/make_schema.py``.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

LANGUAGES = ("zh", "en")
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class LangText(Strict):
    """A text in each language: ``{zh: ..., en: ...}``."""

    zh: Optional[str] = Field(None, min_length=1)
    en: Optional[str] = Field(None, min_length=1)


# A text is either one plain string (the same in every language) or a LangText.
Text = Union[str, LangText]


def text_in(text: Text | None, lang: str) -> str:
    """The text in ``lang``, falling back to the other language, then to ''."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    other = "en" if lang == "zh" else "zh"
    return getattr(text, lang, None) or getattr(text, other, None) or ""


ClipKind = Literal["image", "animation", "audio", "video", "call"]


class TranscriptLine(Strict):
    """One line spoken in an audio or video clip: the words in each language and when they are said."""

    zh: Optional[str] = Field(None, min_length=1, description="the words in Chinese (as said, when the clip is in Chinese)")
    en: Optional[str] = Field(None, min_length=1, description="the words in English")
    start: float = Field(description="seconds from the clip's start when the line begins")
    end: float = Field(description="seconds from the clip's start when the line ends")
    speaker: Optional[Text] = Field(None, description="who says it, when more than one voice speaks")
    unclear: Optional[list[LangText]] = Field(
        None, description="words of this line lost in a drop-out of the sound (as they appear in zh and en): "
        "captions show them as unclear, not as heard")


class Clip(Strict):
    """The media the player judges (for a call, the script is under ``call:``)."""

    kind: ClipKind
    file: Optional[str] = Field(None, min_length=1, description="path inside the pack folder; not for calls")
    caption: Optional[Text] = Field(None, description="shown under the clip; read for audio")
    picture: Optional[str] = Field(None, description="audio only: an image shown while it plays")
    transcript: Optional[list[TranscriptLine]] = Field(
        None, description="audio and video: every spoken word, line by line, with its time; "
        "[] when nothing is said (music or noise only)")


class Tell(Strict):
    """What gives a fake away, or what looked odd in a real clip but is innocent."""

    text: Text
    region: Optional[list[float]] = Field(
        None, min_length=4, max_length=4, description="[x, y, w, h] in pixels of the source media")
    at: Optional[list[float]] = Field(
        None, min_length=2, max_length=2, description="[start, end] in seconds")


class Option(Strict):
    text: Text
    safe: bool
    why: Text
    pin: bool = Field(False, description="keep this option at its place in the file; only where order is the "
                      "meaning (a scale). Options are otherwise shown in an order shuffled per player")
    room: bool = Field(False, description="show this option when a room answers with cards, which take at most "
                       "four (one per edge): mark the four most instructive, a safe one and an unsafe one among "
                       "them. Without marks the unsafe options shown last are left out")


class ActionQuestion(Strict):
    prompt: Text
    options: list[Option] = Field(min_length=2, max_length=6)


class Voice(Strict):
    """How a line is spoken: language, an optional voice name, sex and age, rate and pitch."""

    lang: Literal["zh", "en"] = "zh"
    voice: Optional[str] = Field(None, description="a voice id or name (exactly as the engine lists it); "
                                 "chosen by language and sex if absent")
    gender: Optional[Literal["female", "male"]] = Field(
        None, description="female or male voice; follows the person's look if absent")
    age: Optional[Literal["child", "adult", "older"]] = Field(
        None, description="a child speaks higher; follows the person's look if absent")
    rate: int = Field(150, ge=60, le=300, description="words per minute at the normal reading speed")
    pitch: int = Field(50, ge=0, le=99)


class Person(Strict):
    """Someone on a call: the caller, or one participant of a conference."""

    id: str = Field(pattern=ID_PATTERN)
    name: Text
    number: Optional[str] = Field(None, description="the number shown when they call")
    saved: bool = Field(False, description="true when the number is a saved contact")
    face: Optional[str] = Field(None, description="video: a picture or video file; a drawn face if absent")
    look: Optional[Literal["woman", "man", "older_woman", "older_man", "girl", "boy"]] = Field(
        None, description="how a drawn face looks (hair, grey hair, size), so a daughter is drawn as a woman")
    voice: Voice = Field(default_factory=Voice)
    cast: Optional[str] = Field(
        None, description="a member of the cast (assets/cast/cast.yaml) whose portrait the call shows; "
        "look and voice follow the member unless given here")


class Line(Strict):
    """One thing said on the call; captions always show ``text``."""

    text: Text
    say: Optional[Text] = Field(None, description="what the voice says where it differs from text "
                                "(sent to the engine as written; captions keep text)")
    speaker: Optional[str] = Field(None, description="person id; the caller if absent")
    audio: Optional[str] = Field(None, description="a recorded file instead of speech")
    effect: Optional[Literal["shimmer", "lip_lag", "freeze", "blocky", "smear", "none"]] = None


class Choice(Strict):
    """Something the player can do at a step of the call."""

    text: Text
    move: Optional[str] = Field(None, description="what kind of move this is, from the documented list")
    next: str = Field(description="the node this leads to")
    pin: bool = Field(False, description="keep this choice at its place; choices are otherwise shuffled per player")


class CallNode(Strict):
    """A step of the call: lines said, then choices — or an outcome that ends it."""

    say: list[Line] = Field(default_factory=list)
    choices: list[Choice] = Field(default_factory=list, max_length=6)
    outcome: Optional[str] = None
    new_call: Optional[str] = Field(None, description="person id: this node starts a new call from them")
    why: Optional[Text] = Field(None, description="outcome nodes: what this ending teaches")


class CallScript(Strict):
    """A simulated phone, video or conference call with a branching script."""

    channel: Literal["phone", "video", "conference"]
    caller: Person
    people: list[Person] = Field(default_factory=list, description="others: a conference, or the genuine contact")
    start: str
    decline: Optional[str] = Field(None, description="the node declining leads to; ends the call if absent")
    nodes: dict[str, CallNode] = Field(min_length=1)


class Scenario(Strict):
    """One scenario file: a clip, its truth, and what to teach about it."""

    id: str = Field(pattern=ID_PATTERN)
    category: str
    difficulty: int = Field(ge=1, le=3)
    truth: Literal["real", "manipulated"]
    title: Text
    clip: Clip
    tells: list[Tell] = Field(min_length=1)
    pattern: list[str] = Field(default_factory=list)
    actions: list[ActionQuestion] = Field(default_factory=list, max_length=3,
                                          description="at least one, except for calls")
    call: Optional[CallScript] = None
    explanation: Text
    rights: list[str] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)
    discuss: Optional[Text] = Field(None, description="a question for the room in a community session; "
                                    "a prompt for the category is used if absent")


class CategoryDef(Strict):
    """A category a pack adds to the built-in list."""

    id: str = Field(pattern=ID_PATTERN)
    name: Text


class PackInfo(Strict):
    """``pack.yaml``: what the pack is and who made it."""

    id: str = Field(pattern=ID_PATTERN)
    version: int = Field(ge=1)
    title: Text
    description: Optional[Text] = None
    languages: list[Literal["zh", "en"]] = Field(min_length=1)
    author: str = Field(min_length=1)
    licence: str = Field(min_length=1)
    order: list[str] = Field(default_factory=list,
                             description="scenario ids in play order; others follow by difficulty")
    list_order: Optional[int] = Field(None, description="where the pack comes in the game's list of packs: "
                                      "lowest first; packs without one follow, by title")
    categories: list[CategoryDef] = Field(default_factory=list)
    purpose: Literal["practice", "check"] = Field(
        "practice", description="check: a learning check (before and after practice), never a practice round")
    pre: list[str] = Field(default_factory=list, description="check packs: scenario ids of the test before practice")
    post: list[str] = Field(default_factory=list,
                            description="check packs: the matched ids of the test after, pair by pair with pre")


class SessionPlan(Strict):
    """A ready community session: which scenarios, in what order, and how many check pairs."""

    id: str = Field(pattern=ID_PATTERN)
    title: Text
    description: Optional[Text] = None
    minutes: int = Field(ge=5, le=180)
    check_pairs: int = Field(0, ge=0, le=10, description="learning-check pairs before and after (0: none)")
    items: list[str] = Field(min_length=1, description="'pack-id/scenario-id' of each practice scenario, in order")


class PlanFile(Strict):
    plans: list[SessionPlan] = Field(min_length=1)


class RightsCard(Strict):
    """One entry of the rights catalogue (``assets/rights.yaml``)."""

    id: str = Field(pattern=ID_PATTERN)
    law: Text
    article: Text
    title: Text
    summary: Text
    you_can: Text
    report: Text
    source: str = Field(min_length=1)
    status: Literal["VERIFIED-P", "VERIFIED-S", "UNVERIFIED"]


class RightsCatalogue(Strict):
    cards: list[RightsCard] = Field(min_length=1)
