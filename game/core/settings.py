"""A player's settings: text size, theme, narration, sound, interface sounds, language, motion,
window, and how long a new screen waits before a click or key counts as an answer.

Pure data with safe defaults; the progress store keeps one set per player, and
unknown or out-of-range stored values fall back to the defaults.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
NARRATION_RATES = (110, 140, 170)   # words a minute: slow, normal, quick
NORMAL_RATE = 140   # the reading speed at which call voices speak at the rates their packs give
ANSWER_WAITS = (0.4, 0.8, 1.2)      # seconds a new screen ignores clicks, Enter and numbers (slower hands: longer)
THEMES = ("dark", "light", "high_contrast")   # dark navy, warm off-white for daylight rooms, black and white
VOLUMES = (0.0, 0.4, 0.8, 1.0)                 # voices and clips
SOUND_VOLUMES = (0.0, 0.3, 0.6, 1.0)           # interface sounds (choice, correct, careful, reveal)


@dataclass(frozen=True)
class Settings:
    text_scale: float = 1.0
    theme: str = "dark"         # one of THEMES (stored settings from before it say high_contrast)
    narration: bool = True
    narration_rate: int = 140
    volume: float = 0.8         # voices and clips
    ui_sounds: bool = True      # the interface sounds: off silences them all, whatever their volume
    ui_sounds_volume: float = 0.6
    lang: str = "zh"
    reduced_motion: bool = False
    fullscreen: bool = False
    window_width: int = 0       # the window's last size (0: none yet, the game fits it to the screen)
    window_height: int = 0
    window_maximized: bool = False
    tour_seen: bool = False     # the first-run tour was finished or skipped
    answer_wait: float = 0.4    # a new screen ignores choosing input this long (a double click, a key held)

    @property
    def voice_speed(self) -> float:
        """How much faster than normal every voice speaks (call voices as well as narration)."""
        return self.narration_rate / NORMAL_RATE

    @property
    def high_contrast(self) -> bool:
        """The black-and-white theme is chosen (``theme`` replaced this switch)."""
        return self.theme == "high_contrast"

    @property
    def cue_volume(self) -> float:
        """How loud the interface sounds play: 0 when they are switched off."""
        return self.ui_sounds_volume if self.ui_sounds else 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        """Settings from stored JSON; anything unreadable keeps its default."""
        try:
            stored = json.loads(text)
        except (TypeError, ValueError):
            return cls()
        if not isinstance(stored, dict):
            return cls()
        settings = cls()
        if "theme" not in stored and stored.get("high_contrast") is True:   # stored before themes
            settings = replace(settings, theme="high_contrast")
        for field in fields(cls):
            if field.name in stored:
                settings = _set(settings, field.name, stored[field.name])
        return settings

    def cycle(self, name: str) -> "Settings":
        """The next value of setting ``name``, as a settings screen steps through them."""
        value = getattr(self, name)
        options: tuple[Any, ...] | None = {"text_scale": TEXT_SCALES, "narration_rate": NARRATION_RATES,
                   "volume": VOLUMES, "ui_sounds_volume": SOUND_VOLUMES, "lang": ("zh", "en"),
                   "answer_wait": ANSWER_WAITS, "theme": THEMES}.get(name)
        # The field is named at run time, so its new value is typed Any for replace().
        change: dict[str, Any]
        if options is None:
            change = {name: not value}
        else:
            index = options.index(value) if value in options else -1
            change = {name: options[(index + 1) % len(options)]}
        return replace(self, **change)


def new_player_settings(computer: Settings) -> Settings:
    """A new player's first settings: the defaults (so the first-run tour too), in the language
    just chosen, with the text size and theme in force on this computer.

    ``computer`` is what is in force while no player is chosen: this computer's own settings,
    never another player's. Language, text size and theme carry over because the new player
    chose them, or needed them, to read the screens that ask their name, and the window stays
    as this computer has it; everything else
    (narration, volume, the tour) starts fresh.
    """
    return Settings(lang=computer.lang, text_scale=computer.text_scale, theme=computer.theme,
                    fullscreen=computer.fullscreen, window_width=computer.window_width,
                    window_height=computer.window_height, window_maximized=computer.window_maximized)


_CHECKS = {
    "text_scale": lambda v: v in TEXT_SCALES,
    "narration_rate": lambda v: 60 <= v <= 300,
    "volume": lambda v: 0 <= v <= 1,
    "ui_sounds_volume": lambda v: 0 <= v <= 1,
    "theme": lambda v: v in THEMES,
    "lang": lambda v: v in ("zh", "en"),
    "answer_wait": lambda v: v in ANSWER_WAITS,
    "window_width": lambda v: v == 0 or 320 <= v <= 16384,
    "window_height": lambda v: v == 0 or 240 <= v <= 16384,
}


def _set(settings: Settings, name: str, value) -> Settings:
    """``settings`` with ``name`` set to ``value`` if it is of the right type and range."""
    default = getattr(Settings(), name)
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if type(value) is not type(default) or not _CHECKS.get(name, lambda v: True)(value):
        return settings
    return replace(settings, **{name: value})
