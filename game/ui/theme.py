"""Colours and sizes. Sizes are for a 720-pixel-high window and scale with it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    background: tuple = (14, 27, 46)
    panel: tuple = (26, 45, 74)
    text: tuple = (245, 246, 248)
    muted: tuple = (196, 206, 222)
    button: tuple = (41, 74, 122)
    button_hover: tuple = (58, 98, 158)
    button_text: tuple = (255, 255, 255)
    button_good: tuple = (36, 110, 70)
    button_bad: tuple = (130, 50, 46)
    border: tuple | None = None   # an outline on every button (high contrast)
    focus: tuple = (255, 204, 64)
    good: tuple = (92, 204, 128)
    bad: tuple = (255, 120, 104)
    tell: tuple = (255, 204, 64)
    body: int = 28          # running text
    small: int = 22         # hints and sources
    heading: int = 36
    title: int = 64
    margin: int = 32
    gap: int = 14
    button_min_height: int = 56


DEFAULT_THEME = Theme()

# For low vision: every text colour is at least 7:1 against what it stands on (tested).
HIGH_CONTRAST_THEME = Theme(
    background=(0, 0, 0), panel=(0, 0, 0), text=(255, 255, 255), muted=(235, 235, 235),
    button=(0, 0, 0), button_hover=(0, 45, 120), button_text=(255, 255, 255),
    button_good=(0, 70, 25), button_bad=(110, 0, 0), border=(255, 255, 255),
    focus=(255, 230, 0), good=(120, 255, 150), bad=(255, 160, 150), tell=(255, 230, 0))


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
