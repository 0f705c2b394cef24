"""Issue 15's screen budget: every scenario of every built-in pack, played at 100 % and 200 %
text in both languages, takes at most 5 (100 %) or 8 (200 %) screens from its clip to the next
scenario, and a call at most 9 or 12 (roundpages.SCREEN_BUDGET). Screens are counted as the
demo counts them (game.demo.runner.ScreenCount)."""
from __future__ import annotations

import pytest

from game.app import create_app
from game.demo.runner import ScreenCount
from tests.ui.walk import walk

pytestmark = pytest.mark.slow   # each walks a whole pack: 5 to 20 s

BUDGET = {1.0: {"picture": 5, "call": 9}, 2.0: {"picture": 8, "call": 12}}
# NOT MET YET (issue 15 item 5 stays open): measured 2026-12-06 after the feedback pages use
# their own row's height, keep headings with their text, may show right-or-wrong at the
# player's size, and a call's later lines share a page with the replies. What is left: at
# 200 % English a picture has five question screens and its shortest feedback (verdict, tells,
# the answer counted, the safe choices, the line that opens more) needs four pages; the longest
# calls say more than fits; at 100 % English (side by side) the feedback is two pages.
# These counts may not grow; anything else over budget fails. Remove entries as the layout improves.
KNOWN_OVER = {
    ('zh', 2.0): {
        'police-laundering-call': 13, 'face-in-health-ad': 9,
    },
    ('en', 1.0): {
        'granddaughter-bus-voice': 6, 'police-laundering-call': 10,
        'station-asks-voice-consent': 6, 'task-group-red-packets': 6, 'refund-sms-link': 6,
        'refund-meeting-share': 6, 'police-warrant-video': 6,
    },
    ('en', 2.0): {
        'daughter-cold-call': 9, 'son-train-video': 9, 'son-site-call': 9, 'son-arrested-call': 13,
        'granddaughter-bus-voice': 9, 'police-laundering-call': 15, 'face-in-health-ad': 9,
        'grandson-birthday-video': 9, 'voice-sold-in-app': 9, 'parcel-lost-refund-call': 13,
        'refund-sms-link': 9, 'mentor-combo-voice': 9, 'library-helper-chat': 9,
        'hospital-video-visit': 13, 'refund-meeting-share': 9, 'classmate-short-video': 9,
    },
}
PACKS = ("starter", "family", "likeness", "news", "shopping", "video")   # (the learning check has no feedback)


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("pack", PACKS)
def test_every_scenario_keeps_to_the_screen_budget(pack, lang, scale, install, tmp_path, shared_cache):
    app = create_app(install, tmp_path / "data", shared_cache, lang=lang, overrides={"text_scale": scale})
    try:
        screens = ScreenCount()
        walk(app, pack, on_screen=screens.shown)
        assert screens.per_scenario, "no scenario was played"
        known = KNOWN_OVER.get((lang, scale), {})
        over = {s: (screens.kinds[s], n) for s, n in screens.per_scenario.items()
                if n > max(BUDGET[scale][screens.kinds[s]], known.get(s, 0))}
        assert over == {}, f"over budget at {lang} {scale:.0%}: {over}"
    finally:
        app.ctx.store.close()
