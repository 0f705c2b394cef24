"""The built-in packs: clean, balanced, bilingual, and every legal claim traceable."""
from __future__ import annotations

import pytest

from game.core.library import load_all
from game.core.vocab import CATEGORIES, CATEGORY_SHORT, DISCUSSION
from tests.conftest import ROOT


@pytest.fixture
def statuses(library):
    return load_all([ROOT / "scenarios"], library)


def test_every_built_in_pack_validates_clean(statuses):
    assert statuses
    assert [str(p) for s in statuses for p in s.problems] == []


def test_the_starter_pack_is_balanced_and_uses_every_clip_kind(statuses):
    starter = next(s.pack for s in statuses if s.pack.info.id == "starter")
    scenarios = starter.scenarios
    assert len(scenarios) >= 8
    real = [s for s in scenarios if s.truth == "real"]
    assert len(real) >= 0.4 * len(scenarios)          # judgement, not blanket suspicion
    clips = [s for s in scenarios if s.clip.kind != "call"]
    assert 2 * sum(s.truth == "real" for s in clips) == len(clips)
    for kind in ("image", "animation", "audio", "video"):
        kinds = {s.truth for s in scenarios if s.clip.kind == kind}
        assert kinds, kind
    assert set(starter.info.languages) == {"zh", "en"}
    assert [s.difficulty for s in scenarios] == sorted(s.difficulty for s in scenarios)


def test_every_scenario_teaches_a_safe_action_and_names_its_sources(statuses):
    for status in statuses:
        for scenario in status.pack.scenarios:
            assert scenario.sources, scenario.id
            for question in scenario.actions:
                assert any(o.safe for o in question.options) and any(not o.safe for o in question.options), scenario.id


def test_rights_cards_cite_their_source_and_status(library):
    for card in library.rights.values():
        assert card.source.strip() and card.status in ("VERIFIED-P", "VERIFIED-S", "UNVERIFIED")
    assert {"civil-code-1019", "civil-code-1023", "pipl-28", "atfl-8", "channel-110", "channel-96110"} <= set(library.rights)


def test_every_category_has_a_short_name():
    assert set(CATEGORY_SHORT) == set(CATEGORIES) == set(DISCUSSION)


def test_the_starter_calls_cover_every_channel_and_every_path_ends(statuses):
    from game.core.call import all_endings, play_path

    starter = next(s.pack for s in statuses if s.pack.info.id == "starter")
    calls = [s for s in starter.scenarios if s.clip.kind == "call"]
    assert len(calls) >= 4
    assert {s.call.channel for s in calls} == {"phone", "video", "conference"}
    assert any(s.truth == "real" for s in calls)
    for scenario in calls:
        endings = all_endings(scenario.call)
        outcomes = {outcome for _, outcome in endings}
        assert len(outcomes) >= 2, scenario.id            # the script reacts: more than one way to end
        for path, outcome in endings:                     # walk every path through the engine
            call = play_path(scenario.call, path)
            assert call.finished and call.outcome == outcome, (scenario.id, path)


def test_every_audio_and_video_clip_is_written_down_word_for_word(statuses):
    """Each built-in audio and video clip is voiced by its pack's media tool (tools/media/<pack>.py,
    speak()), so each has a transcript in both languages whose Chinese lines are the very strings
    the tool speaks (their times are checked against the tool's own, in test_media_pipeline)."""
    from tools.make_media import PACKS

    clips = 0
    for status in statuses:
        pack = status.pack
        source = (ROOT / (PACKS[pack.info.id].replace(".", "/") + ".py")).read_text(encoding="utf-8")
        for scenario in pack.scenarios:
            if scenario.clip.kind not in ("audio", "video"):
                continue
            clips += 1
            transcript = scenario.clip.transcript
            assert transcript, f"{pack.info.id}/{scenario.id}: no words written down"
            for line in transcript:
                assert line.zh and line.en, f"{pack.info.id}/{scenario.id}: {line}"
                assert f'"{line.zh}"' in source, f"{pack.info.id}/{scenario.id}: {line.zh!r} is not what the tool says"
    assert clips >= 19
