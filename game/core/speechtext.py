"""Preparing text for speech: split mixed Chinese/English by script, one voice per part."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass


# Raised when what a cached file holds for the same request changes (2: rates that hold,
# voices by exact language tag and sex), so files made by the old rules are never played.
RENDERING = 2


@dataclass(frozen=True)
class SpeechRequest:
    """One line to speak: its spoken text (already normalised), language and voice settings."""

    text: str
    lang: str = "zh"
    voice: str | None = None
    rate: int = 150
    pitch: int = 50
    gender: str | None = None   # "female" / "male": picks the voice or variant
    age: str | None = None      # "child" speaks higher

    def key(self, engine: str) -> str:
        """The cache key: text, language, voice, sex, age, rate, pitch and the engine that speaks it."""
        data = json.dumps([RENDERING, self.text, self.lang, self.voice, self.gender, self.age, self.rate,
                           self.pitch, engine], ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]

    def settings(self) -> dict:
        """What the speech worker needs besides the text."""
        return {"voice": self.voice, "rate": self.rate, "pitch": self.pitch, "gender": self.gender,
                "age": self.age}


def split_by_script(text: str, lang: str) -> list[tuple[str, str]]:
    """(language, text) parts: Chinese characters go to 'zh', Latin words to 'en'.

    Digits, spaces and punctuation stay with the part they are in, so "打110报警"
    is one Chinese part and "Call 110 now" one English part.
    """
    parts: list[list] = []
    for char in text:
        if _is_han(char):
            script = "zh"
        elif char.isascii() and char.isalpha():
            script = "en"
        else:
            script = None
        if parts and (script is None or script == parts[-1][0]):
            parts[-1][1] += char
        else:
            parts.append([script or lang, char])
    merged = [(script, chunk.strip()) for script, chunk in parts if chunk.strip()]
    return merged or [(lang, text)]


def _is_han(char: str) -> bool:
    """A Chinese character, or CJK or full-width punctuation (read by the Chinese voice).
    Comparisons, not a regular expression: compiling one took 4 ms of every start."""
    return "\u3400" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"
