"""Sessions in a real SQLite file: a group name, the last setup kept per computer, an older file
brought up to date; and the running order a facilitator script is timed by."""
from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from game.core.agenda import clock_text, estimate_minutes, running_order
from game.core.community import PlanItem
from game.core.progress import ProgressStore


def open_store(path):
    return ProgressStore(path, lambda: "2026-05-04T09:05:00")


def test_the_last_setup_is_kept_for_the_next_start_and_names_the_sessions_group(tmp_path):
    store = open_store(tmp_path / "progress.db")
    assert store.sessions.last_setup("classroom") == {}
    setup = {"teams": 5, "names": ["龙", "虎"], "timer": 30, "entry": "teacher", "group": "五年级二班", "pack": "family"}
    store.sessions.remember_setup("classroom", setup)
    assert store.sessions.last_setup("classroom") == setup      # read back before the next start too
    store.close()
    store = open_store(tmp_path / "progress.db")                  # the next time the game starts
    assert store.sessions.last_setup("classroom") == setup and store.sessions.last_setup("community") == {}
    session = store.sessions.start("classroom", "zh", pack_id="family")
    named = store.sessions.start("community", "zh", plan_id="short-20", group="Rose Court")
    assert store.sessions.report(session).group == "五年级二班"
    assert store.sessions.report(named).group == "Rose Court"
    store.close()


def test_a_broken_setup_value_reads_as_none(tmp_path):
    store = open_store(tmp_path / "progress.db")
    store.db.execute("INSERT INTO computer VALUES ('setup:classroom', 'not json')")
    assert store.sessions.last_setup("classroom") == {}
    store.close()


def test_a_file_from_before_group_names_keeps_its_sessions(tmp_path):
    path = tmp_path / "progress.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, mode TEXT NOT NULL, lang TEXT NOT NULL,"
                " pack_id TEXT NOT NULL DEFAULT '', plan_id TEXT NOT NULL DEFAULT '',"
                " timer_seconds INTEGER NOT NULL DEFAULT 0, started TEXT NOT NULL, finished TEXT)")
    old.execute("INSERT INTO sessions (id, mode, lang, started) VALUES (1, 'community', 'en', '2026-01-01T10:00:00')")
    old.commit(), old.close()
    store = open_store(path)
    report = store.sessions.report(1)
    assert (report.mode, report.group, report.started) == ("community", "", "2026-01-01T10:00:00")
    store.close()


def scenario(kind: str):
    return SimpleNamespace(clip=SimpleNamespace(kind=kind))


def test_the_running_order_times_each_item_by_the_plans_rule_of_thumb():
    items = [PlanItem(scenario("image"), "c", "pre"), PlanItem(scenario("call"), "p", "practice"),
             PlanItem(scenario("video"), "p", "practice"), PlanItem(scenario("image"), "c", "post")]
    steps = running_order(items)
    assert [(s.kind, s.start, s.minutes) for s in steps] == [
        ("open", 0, 2), ("pre", 2, 1), ("practice", 3, 4), ("practice", 7, 2.5), ("post", 9.5, 1), ("close", 10.5, 1)]
    assert [clock_text(s.start) for s in steps] == ["0:00", "2:00", "3:00", "7:00", "9:30", "10:30"]
    assert estimate_minutes([scenario("call"), scenario("image"), scenario("audio")]) == 12   # 3 + 4 + 2.5 + 2.5
