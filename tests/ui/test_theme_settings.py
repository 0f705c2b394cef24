"""Contrast computed from the theme colours, and settings that survive bad stored values."""
from __future__ import annotations

import pytest

from game.core.contrast import contrast_ratio
from game.core.settings import Settings
from game.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME

TEXT_ON = {  # each text colour and the surfaces it is drawn on
    "text": ("background", "panel", "button", "button_hover"),
    "muted": ("background", "panel"),
    "focus": ("background", "panel"),
    "good": ("background", "panel"),
    "bad": ("background", "panel"),
    "button_text": ("button", "button_hover", "button_good", "button_bad"),
}


def ratios(theme):
    return {(fg, bg): contrast_ratio(getattr(theme, fg), getattr(theme, bg))
            for fg, grounds in TEXT_ON.items() for bg in grounds}


def test_high_contrast_theme_reaches_seven_to_one_everywhere():
    low = {pair: round(r, 2) for pair, r in ratios(HIGH_CONTRAST_THEME).items() if r < 7}
    assert low == {}


def test_default_theme_reaches_the_normal_four_and_a_half_to_one():
    low = {pair: round(r, 2) for pair, r in ratios(DEFAULT_THEME).items() if r < 4.5}
    assert low == {}


def test_contrast_formula_matches_known_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_settings_round_trip_and_refuse_bad_values():
    settings = Settings(text_scale=2.0, high_contrast=True, lang="en", volume=0.4)
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
    assert Settings().cycle("high_contrast").high_contrast


def test_the_time_before_answers_count_steps_through_its_values_and_refuses_others():
    waits, settings = [], Settings()
    for _ in range(3):
        settings = settings.cycle("answer_wait")
        waits.append(settings.answer_wait)
    assert Settings().answer_wait == 0.4 and waits == [0.8, 1.2, 0.4]
    assert Settings.from_json('{"answer_wait": 1.2}').answer_wait == 1.2
    assert Settings.from_json('{"answer_wait": 30}').answer_wait == 0.4
    assert Settings.from_json('{"answer_wait": -1.0}').answer_wait == 0.4
