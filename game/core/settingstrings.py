"""The texts of the theme and interface-sound settings, apart from the other interface texts
(``game.core.strings.t`` finds these keys as it finds its own)."""
from __future__ import annotations

SETTING_STRINGS: dict[str, dict[str, str]] = {
    "settings.theme": {"zh": "颜色：{value}", "en": "Colours: {value}"},
    "settings.theme.dark": {"zh": "深色", "en": "dark"},
    "settings.theme.light": {"zh": "浅色（白天、投影）", "en": "light (daylight, projector)"},
    "settings.theme.high_contrast": {"zh": "高对比度", "en": "high contrast"},
    "settings.voice_volume": {"zh": "语音音量：{value}", "en": "Voice volume: {value}"},
    "settings.ui_sounds": {"zh": "提示音：{value}", "en": "Interface sounds: {value}"},
    "settings.ui_sounds_volume": {"zh": "提示音音量：{value}", "en": "Interface sound volume: {value}"},
}
