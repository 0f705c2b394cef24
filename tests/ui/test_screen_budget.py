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
# NOT MET YET (issue 15 item 5 stays open): measured 2026-12-05 after the big clips, the
# magnifier's Enlarge row and "Your answer" joined the feedback. At 200 % a call spends two
# screens on each thing said (listening, then replying), and at 200 % English the feedback of
# most pictures is 4-5 pages even at its shortest. These counts may not grow; anything else
# over budget fails. Remove entries as the layout improves.
KNOWN_OVER = {
    ('zh', 2.0): {
        'granddaughter-ticket-video': 13, 'son-arrested-call': 14, 'granddaughter-bus-voice': 9,
        'police-laundering-call': 16, 'face-in-health-ad': 9, 'grandson-birthday-video': 9,
        'grandson-asks-cake-money': 13, 'refund-sms-link': 9, 'shop-aftersales-call': 13,
        'mentor-combo-voice': 9, 'hospital-video-visit': 13, 'refund-meeting-share': 9,
        'classmate-short-video': 9,
    },
    ('en', 1.0): {
        'granddaughter-bus-voice': 6, 'police-laundering-call': 10, 'station-asks-voice-consent': 6,
        'task-group-red-packets': 6, 'refund-sms-link': 6, 'refund-meeting-share': 6,
        'police-warrant-video': 6,
    },
    ('en', 2.0): {
        'grandson-voice-call': 9, 'daughter-cold-call': 10, 'police-safe-account': 9,
        'granddaughter-ticket-video': 15, 'community-ai-poster': 9, 'son-train-video': 9,
        'friend-video-loan': 9, 'friend-video-loan-call': 14, 'son-site-call': 10,
        'son-arrested-call': 16, 'granddaughter-bus-voice': 10, 'police-laundering-call': 16,
        'code-request-call': 13, 'arrest-warrant-chat': 10, 'village-landline': 9,
        'daughter-held-voice': 9, 'face-in-health-ad': 11, 'grandson-birthday-video': 11,
        'voice-sold-in-app': 10, 'party-photo-blackmail': 10, 'grandson-asks-cake-money': 14,
        'bank-asks-face-update': 13, 'holiday-photo-dating-profile': 9, 'dance-class-video': 9,
        'station-asks-voice-consent': 9, 'old-photo-repair-app': 10, 'tv-doctor-live': 9,
        'hospital-doctor-talk': 9, 'tourism-ai-poster': 10, 'museum-ai-guide': 9,
        'egg-recall-notice': 9, 'parcel-lost-refund-call': 14, 'task-group-red-packets': 9,
        'refund-sms-link': 10, 'shop-aftersales-call': 14, 'mentor-combo-voice': 10,
        'library-helper-chat': 10, 'hospital-video-visit': 14, 'refund-meeting-share': 10,
        'grandson-dorm-hello': 9, 'classmate-short-video': 10, 'police-warrant-video': 9,
        'soldier-loop-parcel': 10, 'filter-video-date': 9,
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
