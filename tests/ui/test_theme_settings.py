"""Contrast computed from the theme colours, and settings that survive bad stored values."""
from __future__ import annotations

import pytest

from game.core.contrast import contrast_ratio
from game.core.settings import THEMES, Settings
from game.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, LIGHT_THEME, THEMES as THEME_COLOURS, on_dark, theme_for

TEXT_ON = {  # each text colour and the surfaces it is drawn on
    "text": ("background", "panel", "panel_hover", "notice"),
    "muted": ("background", "panel", "panel_hover"),
    "focus": ("background", "panel"),
    "good": ("background", "panel", "panel_hover"),
    "bad": ("background", "panel"),
    "button_text": ("button", "button_hover", "button_good", "button_bad"),
}


def ratios(theme):
    return {(fg, bg): contrast_ratio(getattr(theme, fg), getattr(theme, bg))
            for fg, grounds in TEXT_ON.items() for bg in grounds}


@pytest.mark.parametrize("name", THEMES)
def test_every_theme_reaches_seven_to_one_everywhere(name):
    low = {pair: round(r, 2) for pair, r in ratios(theme_for(name)).items() if r < 7}
    assert low == {}


@pytest.mark.parametrize("name", THEMES)
def test_tell_badges_are_read_in_black_on_the_tell_colour(name):
    """The tell colour marks places on the clip's picture (outlines, and badges with their
    number in black: game.ui.tells), never text on the background, so it is the same bright
    colour whatever the theme."""
    assert contrast_ratio((0, 0, 0), theme_for(name).tell) >= 7


def test_every_setting_names_a_theme_and_the_light_one_is_light():
    assert set(THEME_COLOURS) == set(THEMES)
    assert theme_for("dark") is DEFAULT_THEME and theme_for("high_contrast") is HIGH_CONTRAST_THEME
    assert theme_for("light") is LIGHT_THEME and theme_for("no such") is DEFAULT_THEME
    assert min(LIGHT_THEME.background) > 230 and max(LIGHT_THEME.text) < 60
    # a call's screen stays dark: on it the light theme's text takes the dark theme's colours
    assert on_dark(LIGHT_THEME) is DEFAULT_THEME and on_dark(HIGH_CONTRAST_THEME) is HIGH_CONTRAST_THEME
    assert on_dark(DEFAULT_THEME) is DEFAULT_THEME


def test_contrast_formula_matches_known_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_settings_round_trip_and_refuse_bad_values():
    settings = Settings(text_scale=2.0, theme="light", lang="en", volume=0.4, ui_sounds=False, ui_sounds_volume=0.3)
    assert Settings.from_json(settings.to_json()) == settings
    odd = Settings.from_json('{"text_scale": 3, "lang": "fr", "narration": "yes", "volume": 1, "extra": 5}')
    assert odd == Settings(volume=1.0)
    assert Settings.from_json("not json") == Settings()


def test_cycling_steps_through_every_text_size():
    sizes, settings = [], Settings()
    for _ in range(4):
        settings = settings.cycle("text_scale")
        sizes.append(settings.text_scale)
    assert sizes == [1.25, 1.5, 2.0, 1.0]
    themes = [Settings().cycle("theme"), Settings().cycle("theme").cycle("theme")]
    assert [s.theme for s in themes] == ["light", "high_contrast"] and themes[1].high_contrast


def test_the_time_before_answers_count_steps_through_its_values_and_refuses_others():
    waits, settings = [], Settings()
    for _ in range(3):
        settings = settings.cycle("answer_wait")
        waits.append(settings.answer_wait)
    assert Settings().answer_wait == 0.4 and waits == [0.8, 1.2, 0.4]
    assert Settings.from_json('{"answer_wait": 1.2}').answer_wait == 1.2
    assert Settings.from_json('{"answer_wait": 30}').answer_wait == 0.4
    assert Settings.from_json('{"answer_wait": -1.0}').answer_wait == 0.4


def test_settings_stored_before_themes_keep_their_high_contrast():
    assert Settings.from_json('{"high_contrast": true, "text_scale": 1.5}') == Settings(theme="high_contrast",
                                                                                      text_scale=1.5)
    assert Settings.from_json('{"high_contrast": false}').theme == "dark"
    assert Settings.from_json('{"high_contrast": true, "theme": "light"}').theme == "light"
    assert Settings.from_json('{"theme": "purple"}').theme == "dark"
    assert "high_contrast" not in Settings().to_json()


def test_interface_sounds_have_a_switch_and_a_volume_of_their_own():
    old = Settings.from_json('{"volume": 0.4, "narration": false}')   # stored before interface sounds
    assert old.ui_sounds and old.ui_sounds_volume == Settings().ui_sounds_volume and old.volume == 0.4
    assert Settings(ui_sounds_volume=0.3).cue_volume == 0.3 and Settings(ui_sounds=False).cue_volume == 0
    steps, settings = [], Settings()
    for _ in range(4):
        settings = settings.cycle("ui_sounds_volume")
        steps.append(settings.ui_sounds_volume)
    assert steps == [1.0, 0.0, 0.3, 0.6] and settings.volume == Settings().volume
    assert not Settings().cycle("ui_sounds").ui_sounds
    assert Settings.from_json('{"ui_sounds_volume": 2, "ui_sounds": "no"}') == Settings()
