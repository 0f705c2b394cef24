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
