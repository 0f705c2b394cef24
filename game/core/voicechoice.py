"""Which installed voice speaks a line: by language tag in an ordered preference, then by sex.

Pure logic over what the engine lists (id, name, language tags, gender), so the same rules
hold for espeak-ng on Linux, SAPI 5 on Windows and NSSpeechSynthesizer on macOS:

- a voice the pack names (``voice: "gmw/en-us"``) is used when its id, the id's last part or
  its name matches exactly; otherwise the rules below apply;
- English: the first voice tagged en-us, then en-gb, then the other listed English tags; never
  a voice that only starts with "en" (espeak lists Caribbean English, en-029, first);
- Chinese: Mandarin in Simplified Chinese (zh-cn, cmn), never Cantonese, Taiwanese or pinyin;
- among voices of the best language tag, one of the wanted sex is taken when there is one.
  espeak-ng lists only male voices: a woman's or a girl's line gets its female variant
  ``+f4`` (f2, f3 and f5 add breath noise that differs run to run, so the cache would lie);
- children speak higher: their pitch is raised to at least CHILD_PITCH, and on espeak a boy
  gets the female variant too (its male voice raised stays a man's: 123 Hz against 260).
"""
from __future__ import annotations

from dataclasses import dataclass

LANGUAGE_TAGS = {
    "en": ("en-us", "en-gb", "en-gb-x-rp", "en-au", "en-ca", "en-ie", "en-nz", "en-in", "en-za", "en"),
    "zh": ("zh-cn", "cmn", "cmn-hans", "zh-hans", "zh-hans-cn", "zh-sg", "zh"),
}
FEMALE_VARIANT = "+f4"
CHILD_PITCH = 80
# Person.look names how a drawn face looks; a voice follows it unless the pack says otherwise
LOOK_TRAITS = {
    "woman": ("female", "adult"), "man": ("male", "adult"),
    "older_woman": ("female", "older"), "older_man": ("male", "older"),
    "girl": ("female", "child"), "boy": ("male", "child"),
}


@dataclass(frozen=True)
class InstalledVoice:
    """What an engine says about one of its voices."""

    id: str
    name: str = ""
    languages: tuple[str, ...] = ()
    gender: str = ""   # "Male", "Female", "VoiceGenderFemale", or empty


@dataclass(frozen=True)
class VoiceChoice:
    """The voice to set (id, with an espeak variant when one is needed) and the pitch to use."""

    voice: str
    pitch: int


def listed(voices) -> list[InstalledVoice]:
    """pyttsx3's Voice objects as InstalledVoice (any object with id, name, languages, gender)."""
    return [InstalledVoice(str(v.id), str(getattr(v, "name", "") or ""),
                           tuple(_text(lang) for lang in (getattr(v, "languages", None) or [])),
                           str(getattr(v, "gender", "") or "")) for v in voices]


def _text(lang) -> str:
    return lang.decode("utf-8", "replace") if isinstance(lang, bytes) else str(lang)


def choose(voices: list[InstalledVoice], lang: str, wanted: str | None = None, gender: str | None = None,
           age: str | None = None, pitch: int = 50, espeak: bool = False) -> VoiceChoice | None:
    """The voice for a line in ``lang`` spoken by someone of ``gender`` and ``age``; None if the
    engine has no voice for the language."""
    voice = _named(voices, wanted) or _by_language(voices, lang, gender)
    if voice is None:
        return None
    # a child's voice is high whatever the sex: espeak's male voice raised sounds like a man
    higher = gender == "female" or age == "child"
    variant = FEMALE_VARIANT if espeak and higher and "+" not in voice.id else ""
    return VoiceChoice(voice.id + variant, max(pitch, CHILD_PITCH) if age == "child" else pitch)


def _named(voices: list[InstalledVoice], wanted: str | None) -> InstalledVoice | None:
    if not wanted:
        return None
    wanted = wanted.lower()
    for voice in voices:
        if wanted in (voice.id.lower(), voice.id.lower().rsplit("/", 1)[-1], voice.name.lower()):
            return voice
    return None


def _by_language(voices: list[InstalledVoice], lang: str, gender: str | None) -> InstalledVoice | None:
    for tag in LANGUAGE_TAGS.get(lang, (lang,)):
        speaking = [v for v in voices if tag in _tags(v)]
        if speaking:
            return next((v for v in speaking if _sex(v) == gender), speaking[0])
    return None


def _tags(voice: InstalledVoice) -> set[str]:
    """A voice's language tags, normalised: lower case with '-' (SAPI and macOS write zh_CN)."""
    return {lang.lower().replace("_", "-") for lang in voice.languages}


def _sex(voice: InstalledVoice) -> str:
    gender = voice.gender.lower()
    return "female" if "female" in gender else "male" if "male" in gender else ""


def traits(look: str | None, gender: str | None, age: str | None) -> tuple[str | None, str | None]:
    """(gender, age) of a person: what the pack's voice says, else what their look implies."""
    from_look = LOOK_TRAITS.get(look or "", (None, None))
    return gender or from_look[0], age or from_look[1]
