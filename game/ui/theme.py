"""Colours and sizes. Sizes are for a 720-pixel-high window and scale with it."""
from __future__ import annotations

from dataclasses import dataclass

from game.core.contrast import luminance


@dataclass(frozen=True)
class Theme:
    background: tuple = (14, 27, 46)
    panel: tuple = (26, 45, 74)
    panel_hover: tuple = (36, 60, 94)   # a panel-coloured button (a team) under the mouse; bar tracks
    notice: tuple = (70, 40, 20)        # a notice's box (text on it, framed in the focus colour)
    text: tuple = (245, 246, 248)
    muted: tuple = (206, 214, 228)
    button: tuple = (41, 74, 122)
    button_hover: tuple = (48, 82, 134)
    button_text: tuple = (255, 255, 255)
    button_good: tuple = (28, 92, 58)
    button_bad: tuple = (130, 50, 46)
    border: tuple | None = None   # an outline on every button (high contrast)
    focus: tuple = (255, 204, 64)
    good: tuple = (140, 230, 168)
    bad: tuple = (255, 166, 156)
    tell: tuple = (255, 204, 64)
    body: int = 28          # running text
    small: int = 22         # hints and sources
    heading: int = 36
    title: int = 64
    margin: int = 32
    gap: int = 14
    button_min_height: int = 56


DEFAULT_THEME = Theme()

# For daylight rooms and projectors: warm off-white, dark text, clear blue buttons with white text.
LIGHT_THEME = Theme(
    background=(250, 246, 238), panel=(238, 231, 218), panel_hover=(232, 224, 208), notice=(255, 234, 196),
    text=(28, 28, 34),
    muted=(66, 60, 52), button=(22, 78, 150), button_hover=(14, 56, 118), button_text=(255, 255, 255),
    button_good=(18, 92, 48), button_bad=(150, 32, 28), focus=(105, 50, 0),
    good=(8, 80, 36), bad=(135, 22, 18), tell=(255, 204, 64))   # tells are marked on the picture, as in the dark theme

# For low vision. In every theme each text colour is at least 7:1 against what it stands on (tested).
HIGH_CONTRAST_THEME = Theme(
    background=(0, 0, 0), panel=(0, 0, 0), panel_hover=(0, 45, 120), notice=(0, 0, 0),
    text=(255, 255, 255), muted=(235, 235, 235),
    button=(0, 0, 0), button_hover=(0, 45, 120), button_text=(255, 255, 255),
    button_good=(0, 70, 25), button_bad=(110, 0, 0), border=(255, 255, 255),
    focus=(255, 230, 0), good=(120, 255, 150), bad=(255, 160, 150), tell=(255, 230, 0))


THEMES = {"dark": DEFAULT_THEME, "light": LIGHT_THEME, "high_contrast": HIGH_CONTRAST_THEME}


def theme_for(name: str) -> Theme:
    """The theme of that name (``Settings.theme``); the dark one for a name not known."""
    return THEMES.get(name, DEFAULT_THEME)


def on_dark(theme: Theme) -> Theme:
    """The colours for text on a pane that is dark in every theme (a call's screen): the
    theme's own where its background is dark, else the dark theme's."""
    return theme if luminance(theme.background) < 0.2 else DEFAULT_THEME
