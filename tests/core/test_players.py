"""Found at once, remembered (issue 15 item 6): the pure parts.

The order packs are listed in, the last player kept in the progress file, the saved names
most recent first, and a new player's first settings.
"""
from __future__ import annotations

from pathlib import Path

from game.core.models import PackInfo
from game.core.packs import Pack, in_list_order
from game.core.progress import ProgressStore
from game.core.settings import Settings, new_player_settings


def clock():
    ticks = iter(range(10_000))
    return lambda: f"2026-01-01T00:{next(ticks) // 60:02d}:{next(ticks) % 60:02d}"


def pack(pack_id: str, en: str, zh: str, list_order: int | None = None) -> Pack:
    info = PackInfo.model_validate({"id": pack_id, "version": 1, "title": {"zh": zh, "en": en}, "languages": ["zh", "en"],
                                    "author": "t", "licence": "CC0", **({"list_order": list_order} if list_order is not None else {})})
    return Pack(info, Path(pack_id), [])


# --- the order packs are listed in ---

def test_packs_with_an_order_come_first_lowest_first_then_the_rest_by_title():
    packs = [pack("zebra", "Zebra crossings", "斑马线"), pack("video", "Video calls", "视频通话", 50),
             pack("apples", "apples and pears", "苹果", None), pack("starter", "First steps", "入门练习", 10),
             pack("family", "Family calls", "家人来电", 20)]
    assert [p.info.id for p in in_list_order(packs, "en")] == ["starter", "family", "video", "apples", "zebra"]


def test_the_title_order_follows_the_language_shown_and_ties_go_by_id():
    packs = [pack("b", "Beta", "甲"), pack("a", "Alpha", "乙"), pack("c", "Alpha", "丙")]
    assert [p.info.id for p in in_list_order(packs, "en")] == ["a", "c", "b"]
    assert [p.info.id for p in in_list_order(packs, "zh")] == [p.info.id for p in sorted(packs, key=lambda p: p.info.title.zh)]
    assert [p.info.id for p in in_list_order([pack("y", "Same", "同", 5), pack("x", "Same", "同", 5)], "en")] == ["x", "y"]


def test_list_order_is_a_whole_number_or_the_pack_is_refused():
    from pydantic import ValidationError

    for wrong in ("first", 1.5, True):
        try:
            pack("p", "P", "P", wrong)   # type: ignore[arg-type]
        except ValidationError:
            continue
        raise AssertionError(f"list_order {wrong!r} was accepted")


def test_the_built_in_packs_start_with_the_starter_pack(library):
    from game.core.library import InstallPaths, load_all

    root = Path(__file__).resolve().parents[2]
    statuses = load_all([InstallPaths(root).scenarios], library)
    practice = [s.pack for s in statuses if s.pack is not None and s.pack.info.purpose == "practice"]
    for lang in ("zh", "en"):
        assert [p.info.id for p in in_list_order(practice, lang)] == ["starter", "family", "news", "shopping", "video",
                                                                       "likeness"]


# --- the last player, in a real SQLite file ---

def test_the_last_player_is_remembered_in_the_progress_file(tmp_path):
    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    assert store.last_profile() is None                     # nobody has played on this computer yet
    ann, bo = store.profile("Ann"), store.profile("王阿姨")
    store.remember_player(ann)
    store.remember_player(bo)
    assert store.last_profile() == bo
    store.close()
    reopened = ProgressStore(path, clock())
    assert reopened.last_profile() == bo
    reopened.remember_player(ann)
    reopened.close()
    assert ProgressStore(path, clock()).last_profile() == ann


def test_a_last_player_waiting_to_be_written_is_still_known(tmp_path):
    store = ProgressStore(tmp_path / "progress.db", clock())
    ann = store.profile("Ann")
    store.writer.pending.append(("INSERT OR REPLACE INTO computer (key, value) VALUES ('last_profile', ?)",
                                 (str(ann.id),)))   # as if the disk were full
    assert store.last_profile() == ann


def test_a_file_from_before_last_players_were_kept_has_nobody_to_greet(tmp_path):
    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    store.profile("Ann")
    store.db.execute("DROP TABLE computer")      # an older game's file, as opened read-only (no new tables)
    assert store.last_profile() is None and [p.nickname for p in store.profiles()] == ["Ann"]
    store.close()
    again = ProgressStore(path, clock())         # opened for writing: the table is made again
    again.remember_player(again.profile("Ann"))
    assert again.last_profile().nickname == "Ann"


def test_saved_names_come_most_recently_played_first(tmp_path):
    store = ProgressStore(tmp_path / "progress.db", clock())
    ann, bo, cy = store.profile("Ann"), store.profile("Bo"), store.profile("Cy")
    assert [p.nickname for p in store.recent_profiles()] == ["Cy", "Bo", "Ann"]   # newest first
    store.start_round(ann, "starter")                     # Ann plays: she comes first
    assert [p.nickname for p in store.recent_profiles()] == ["Ann", "Cy", "Bo"]
    store.start_round(bo, "starter")
    assert [p.nickname for p in store.recent_profiles()] == ["Bo", "Ann", "Cy"]
    assert {p.nickname for p in store.profiles()} == {"Ann", "Bo", "Cy"} and cy


# --- a new player's first settings ---

def test_a_new_player_starts_from_the_defaults_in_the_language_and_text_size_of_this_computer():
    computer = Settings(lang="en", text_scale=1.5, theme="light", narration=False, volume=0.4,
                        narration_rate=110, reduced_motion=True, tour_seen=True)
    assert new_player_settings(computer) == Settings(lang="en", text_scale=1.5, theme="light")
    assert not new_player_settings(computer).tour_seen
    assert new_player_settings(Settings()) == Settings()
