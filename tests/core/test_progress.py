from game.core.progress import ProgressStore


def clock():
    ticks = iter(range(10_000))
    return lambda: f"2026-01-01T00:00:{next(ticks):04d}"


def test_answers_survive_reopening_and_mistakes_are_found(tmp_path):
    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    me = store.profile("奶奶")
    round_id = store.start_round(me, "starter")
    first = store.record_judgement(round_id, me, "starter", "a", "manipulated", "real", "certain", 3.0)
    store.record_actions(first, [1], [False], True, 4.0)
    second = store.record_judgement(round_id, me, "starter", "b", "real", "real", "guessing", 2.0)
    store.record_actions(second, [0], [True], True, 5.0)
    third = store.record_judgement(round_id, me, "starter", "c", "real", "real", "guessing", 2.0)
    # not closed, not finished: as if the game stopped here
    reopened = ProgressStore(path, clock())
    assert [p.nickname for p in reopened.profiles()] == ["奶奶"]
    attempts = reopened.attempts(me)
    assert [a["scenario_id"] for a in attempts] == ["a", "b", "c"]
    assert attempts[2]["complete"] == 0 and third
    assert reopened.missed(me) == [("starter", "a")]
    assert store.profile("奶奶").id == me.id


def test_a_later_right_answer_clears_a_mistake(tmp_path):
    store = ProgressStore(tmp_path / "p.db", clock())
    me = store.profile("Li")
    for safe in (False, True):
        rid = store.start_round(me, "starter", "review")
        aid = store.record_judgement(rid, me, "starter", "a", "real", "real", "certain", 1)
        store.record_actions(aid, [0], [safe], True, 1)
    assert store.missed(me) == []


def test_a_damaged_database_is_moved_aside(tmp_path):
    path = tmp_path / "progress.db"
    path.write_bytes(b"this is not a database" * 100)
    store = ProgressStore(path, clock())
    assert store.notice and (tmp_path / store.notice.split("/")[-1]).exists()
    assert store.profiles() == []
    store.profile("new")
    assert [p.nickname for p in store.profiles()] == ["new"]


def test_rights_cards_seen_are_kept_per_player_and_survive_reopening(tmp_path):
    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    gran, bo = store.profile("奶奶"), store.profile("Bo")
    assert store.seen_rights(gran) == set()
    store.mark_rights_seen(gran, ["civil-code-1023", "atfl-8"])
    store.mark_rights_seen(gran, ["civil-code-1023"])          # again: no second row, no error
    assert store.seen_rights(gran) == {"civil-code-1023", "atfl-8"}
    assert store.seen_rights(bo) == set()                      # each player has their own
    reopened = ProgressStore(path, clock())
    assert reopened.seen_rights(gran) == {"civil-code-1023", "atfl-8"}
    first = reopened.db.execute("SELECT first_seen FROM rights_seen WHERE card_id = 'civil-code-1023'").fetchone()
    assert first == ("2026-01-01T00:00:0002",)                 # the first time it was seen is kept


def test_a_rights_card_marked_while_the_file_is_locked_counts_as_seen_at_once(tmp_path):
    import sqlite3

    store = ProgressStore(tmp_path / "progress.db", clock())
    me = store.profile("Li")
    blocker = sqlite3.connect(tmp_path / "progress.db", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")                       # another program holds the file
    store.mark_rights_seen(me, ["channel-110"])
    assert store.writer.pending and store.seen_rights(me) == {"channel-110"}
    blocker.rollback()
    blocker.close()
    assert store.retry() and store.seen_rights(me) == {"channel-110"}


def test_a_changed_answer_corrects_its_attempt_and_adds_none(tmp_path):
    store = ProgressStore(tmp_path / "p.db", clock())
    me = store.profile("Wang")
    rid = store.start_round(me, "starter")
    aid = store.record_judgement(rid, me, "starter", "a", "manipulated", "manipulated", "certain", 2.0)
    store.record_actions(aid, [1], [False], False, 3.0)
    store.change_judgement(aid, "real", "guessing", 5.0)
    store.record_actions(aid, [0], [True], True, 6.0)
    [attempt] = store.attempts(me)
    assert (attempt["judgement"], attempt["confidence"], attempt["actions"], attempt["complete"]) == \
        ("real", "guessing", [0], 1)


def test_what_can_still_be_read_of_a_damaged_database_is_kept(tmp_path):
    """A page three quarters into the file (among the answers) is overwritten: the players and
    the answers before the damage are copied into the new file; the damaged one is kept aside."""
    import sqlite3

    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    players = [store.profile(f"player{n:02d}") for n in range(20)]
    for n in range(400):
        me = players[n % 20]
        round_id = store.start_round(me, "starter")
        store.record_judgement(round_id, me, "starter", f"s{n}", "real", "real", "certain", 1.0)
    store.close()
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as file:
        file.seek(pages * 3 // 4 * 4096)
        file.write(b"\xff" * 4096)
    reopened = ProgressStore(path, clock())
    assert reopened.notice and reopened.recovered > 20
    assert [p.nickname for p in reopened.profiles()] == [f"player{n:02d}" for n in range(20)]
    kept = reopened.attempts(players[0])
    assert kept and kept[0]["scenario_id"] == "s0"
    reopened.profile("new")                        # the new file takes new answers as before
    reopened.close()
    with sqlite3.connect(path) as fresh:
        assert fresh.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert fresh.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 21
    fresh.close()
