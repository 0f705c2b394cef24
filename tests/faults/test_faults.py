"""Faults a player's computer can throw at the game: each gets one clear notice in the player's
language, the details go to the log, and no answer is lost.

Sound card and speech engine faults are tested in tests/ui/test_media.py and
tests/ui/test_speech.py (no sound card, no engine, a hung engine); a damaged database in
tests/core/test_progress.py. Here: a full disk, a locked file, a data folder that cannot
be written, and the process killed in the middle of a round.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from game.core.progress import ProgressStore
from game.logsetup import start_log
from game.ui.flows import Journey
from tests.conftest import ROOT
from tests.ui.driver import Driver


def clock():
    ticks = iter(range(100_000))
    return lambda: f"2026-06-01T10:{next(ticks) // 60 % 60:02d}:{next(ticks) % 60:02d}"


def fill_up(store: ProgressStore) -> None:
    """Make the database full: SQLite may not grow it by a single page."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")


def answer(store, me, scenario_id: str, round_id: int) -> int:
    attempt = store.record_judgement(round_id, me, "mini", scenario_id, "real", "real", "certain", 1.0)
    store.record_actions(attempt, [0], [True], True, 2.0)
    return attempt


def test_a_full_disk_keeps_answers_in_memory_and_saves_them_when_there_is_room(tmp_path):
    log = start_log([tmp_path / "logs"])
    store = ProgressStore(tmp_path / "progress.db", clock())
    me = store.profile("Mei")
    round_id = store.start_round(me, "mini")
    fill_up(store)
    for number in range(200):                      # enough rows to need new pages
        answer(store, me, f"s{number}", round_id)
    assert store.problem == "full" and store.writer.pending
    store.db.execute("PRAGMA max_page_count=1073741823")   # room again
    assert store.retry() and store.problem == ""
    assert [a["scenario_id"] for a in store.attempts(me)] == [f"s{n}" for n in range(200)]
    assert all(a["complete"] for a in store.attempts(me))
    store.close()
    assert "progress not saved yet (full)" in log.read_text(encoding="utf-8")


def test_a_locked_file_waits_and_nothing_is_lost(tmp_path):
    path = tmp_path / "progress.db"
    store = ProgressStore(path, clock())
    me = store.profile("Mei")
    round_id = store.start_round(me, "mini")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")               # another program holds the file
    answer(store, me, "a", round_id)
    assert store.problem == "locked"
    other.execute("ROLLBACK")
    other.close()
    answer(store, me, "b", round_id)               # the next write sends the waiting ones first
    assert store.problem == "" and [a["scenario_id"] for a in store.attempts(me)] == ["a", "b"]
    store.close()
    reopened = ProgressStore(path, clock())
    assert [a["scenario_id"] for a in reopened.attempts(me)] == ["a", "b"]
    reopened.close()


def test_a_data_folder_that_cannot_be_written_still_plays_and_says_so(install, tmp_path, mini_pack):
    from game.app import create_app

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    log = start_log([blocked / "data", tmp_path / "cache"])       # the log goes where it can
    app = create_app(install, blocked / "data", tmp_path / "cache", lang="zh", extra_packs=[mini_pack.parent])
    try:
        Journey(app).start()
        driver = Driver(app)
        assert app.ctx.store.memory_only
        assert [n.text_key for n in app.ctx.notices if n.text_key.startswith("notice.store")] == ["notice.store_readonly"]
        assert "这个文件夹不能写入" in app.ctx.t("notice.store_readonly")
        driver.to_round()                                          # the game goes on
        driver.press("1"), driver.press("2"), driver.press("1")
        assert app.ctx.store.attempts(app.ctx.profile)[0]["complete"]
        assert log.parent == tmp_path / "cache" and "cannot be made" in log.read_text(encoding="utf-8")
    finally:
        app.ctx.store.close()
        app.ctx.speech.close()


def test_the_game_tells_the_player_when_saving_fails_and_when_it_works_again(app, tmp_path):
    Journey(app).start()
    driver = Driver(app)
    driver.to_round()
    fill_up(app.ctx.store)
    for _ in range(3):
        driver.press("1"), driver.press("2"), driver.press("1")
        while driver.scene.name == "round" and driver.scene.round.step in ("feedback", "rights"):
            driver.press("enter")
    for n in range(2000):                          # the few rows of a round may still fit: write until full
        if app.ctx.store.problem == "full":
            break
        app.ctx.store.record_judgement(1, app.ctx.profile, "mini", f"x{n}", "real", "real", "certain", 1)
    driver.advance(0.1)
    assert any(n.text_key == "notice.store_full" for n in app.ctx.notices)
    app.ctx.store.db.execute("PRAGMA max_page_count=1073741823")
    driver.advance(6)                               # the game retries every few seconds
    assert app.ctx.store.problem == "" and any(n.text_key == "notice.store_saved" for n in app.ctx.notices)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_killed_mid_round_every_answer_given_is_there_after_restart(tmp_path, mini_pack):
    data = tmp_path / "data"
    child = subprocess.Popen([sys.executable, "-m", "tests.faults.play_then_hang", str(data), str(mini_pack.parent), "3"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    answered = []
    try:
        for line in child.stdout:
            if line.startswith("answered"):
                answered.append(line.split()[2])
            if line.startswith("waiting"):
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL and len(answered) == 3
    store = ProgressStore(data / "progress.db", clock())
    me = store.profile("Kim")
    stored = [a["scenario_id"] for a in store.attempts(me) if a["complete"]]
    assert stored == answered
    assert store.unfinished_round(me, "mini")[1] == set(answered)   # the round can be carried on
    store.close()


def test_the_log_rolls_over_instead_of_growing_without_end(tmp_path):
    import logging

    path = start_log([tmp_path])
    for _ in range(12_000):
        logging.getLogger("seethrough.test").warning("x" * 200)
    assert path.stat().st_size <= 1_000_000 and len(list(tmp_path.glob("seethrough.log*"))) == 3



def test_a_speech_engine_that_hangs_while_voices_are_prepared_lets_the_round_go_on(app):
    """The worker stops answering mid-preparation and no line comes: after STALL_SECONDS of real
    time (not 5 s a line) the player is told, in their language, and the round goes on with
    captions. The prepare screen's clock is the test's, so the seconds pass without waiting."""
    import time

    from game.core.speechtext import SpeechRequest
    from game.ui.scenes.prepare import STALL_SECONDS, PrepareScene

    speech = app.ctx.speech
    Journey(app).start()
    app.step([], 1 / 30)
    app.step([], 1 / 30)                                # the engine starts after the first frame
    deadline = time.monotonic() + 60
    while not speech.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert speech.ready
    speech.timeout = 600                                 # the worker is not replaced in this test
    speech._send(["sleep", 120])                         # the real worker hangs on this job
    lines = [SpeechRequest(f"第{n}句，还没有准备好。", "zh") for n in range(40)]
    now = [0.0]
    app.push(PrepareScene(app, lines, clock=lambda: now[0]))
    for _ in range(int((STALL_SECONDS + 2) * 30)):
        now[0] += 1 / 30
        app.step([], 1 / 30)
        if app.top.name != "prepare":
            break
    assert app.top.name == "title"                       # 17 s, not 40 x 5 s
    assert STALL_SECONDS < now[0] < STALL_SECONDS + 1
    assert [n.text_key for n in app.ctx.notices if n.text_key.startswith("notice.speech")] == ["notice.speech_stalled"]
    assert "stopped answering" in app.ctx.t("notice.speech_stalled")       # the player's language (en here)
    app.ctx.lang = "zh"
    assert "语音引擎没有反应" in app.ctx.t("notice.speech_stalled")


def test_prepared_voices_wait_in_real_time_not_in_frames(app):
    """Frames faster than the clock (the self-playing demo) never make the engine look stuck."""
    from game.core.speechtext import SpeechRequest
    from game.ui.scenes.prepare import STALL_SECONDS, PrepareScene

    import time

    speech = app.ctx.speech
    Journey(app).start()
    app.step([], 1 / 30)
    app.step([], 1 / 30)
    deadline = time.monotonic() + 60
    while not speech.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    speech.timeout = 600
    speech._send(["sleep", 120])                         # no line will come
    app.push(PrepareScene(app, [SpeechRequest("还没有准备好。", "zh")], clock=lambda: 0.0))
    for _ in range(int((STALL_SECONDS + 5) * 30)):   # 20 s of frames in no time at all
        app.step([], 1 / 30)
    assert app.top.name == "prepare"
    assert not [n for n in app.ctx.notices if n.text_key == "notice.speech_stalled"]


@pytest.fixture
def shared_folder(tmp_path):
    """A folder for a game run as another user: tests run as root (whom no folder refuses) run
    the game as 'nobody', and pytest's own temporary folders are closed to other users."""
    import shutil
    import tempfile
    from pathlib import Path

    if os.geteuid() != 0:
        yield tmp_path
        return
    try:   # the game's own folder (or Python's) may be closed to other users, as /root often is
        subprocess.run([sys.executable, "-c", "import game.app"], cwd=ROOT, check=True, timeout=60,
                       user=65534, group=65534, extra_groups=[], capture_output=True)
    except (subprocess.CalledProcessError, OSError) as err:
        pytest.skip(f"user 'nobody' cannot run this Python in {ROOT}: {err}")
    folder = Path(tempfile.mkdtemp(prefix="seethrough-readonly-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_data_folder_from_the_start_shows_the_players_and_saves_later(install, shared_folder):
    """The folder cannot be written when the game starts: the player and their unfinished round
    still show; the answer given is kept in memory and is in the file within one retry period
    after the folder can be written (read with sqlite3 while the game still runs)."""
    import pygame
    import shutil

    from game.app import create_app
    from tests.conftest import DATA
    from tests.ui.test_flow import answer_scenario

    data, cache, packs = shared_folder / "data", shared_folder / "cache", shared_folder / "packs"
    shutil.copytree(DATA / "packs" / "mini", packs / "mini")
    first = create_app(install, data, cache, lang="en", extra_packs=[packs])
    Journey(first).start()
    driver = Driver(first)
    driver.to_round(nickname="Wang")
    answer_scenario(driver, "2", "3", ("safe",))   # one scenario answered in full
    first.ctx.store.close(), first.ctx.speech.close(), pygame.quit()
    as_nobody = {}
    if os.geteuid() == 0:
        for path in [shared_folder, *shared_folder.rglob("*")]:
            os.chown(path, 65534, 65534)
        as_nobody = {"user": 65534, "group": 65534, "extra_groups": []}
    data.chmod(0o555)
    env = dict(os.environ, HOME=str(shared_folder), XDG_CACHE_HOME=str(cache))
    child = subprocess.Popen([sys.executable, "-m", "tests.faults.readonly_start", str(data), str(packs), str(cache)],
                             cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, **as_nobody)
    seen = []
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if line.startswith("waiting"):
                break
        with sqlite3.connect(data / "progress.db") as db:
            stored = db.execute("SELECT scenario_id FROM attempts WHERE complete = 1 ORDER BY id").fetchall()
            players = db.execute("SELECT nickname FROM profiles").fetchall()
        db.close()
        child.stdin.write("close\n")
        child.stdin.flush()
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        data.chmod(0o755)
    assert seen[0] == "problem readonly", (seen, child.stderr.read())
    assert seen[1] == "sees True"
    assert "notice.store_readonly" in seen[2]
    log = cache / "seethrough.log"                 # the data folder cannot take the log
    assert seen[3] == f"says This folder cannot be written to: answers are kept in memory and saved as soon as it " \
                      f"can be. Details are in the log: {log}"
    assert "cannot be opened for writing" in log.read_text(encoding="utf-8")
    assert seen[4] == "problem none" and "notice.store_saved" in seen[5]
    assert players == [("Wang",)] and len(stored) == 2
    assert child.returncode == 0
    assert "Logging error" not in child.stderr.read()


CAPPED_START = """
import logging, resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)           # a write past the cap fails instead
resource.setrlimit(resource.RLIMIT_FSIZE, (12_000, 12_000))
from game.core.progress import ProgressStore
from game.logsetup import start_log, log_place
data, cache = Path(sys.argv[1]), Path(sys.argv[2])
start_log([data, cache])
store = ProgressStore(data / "progress.db", lambda: "2026-06-01T10:00:00")
me = store.profile("Mei")
store.start_round(me, "mini")
print("problem", store.problem, [p.nickname for p in store.profiles()])
for n in range(60):                                      # more than the first log file takes
    logging.getLogger("seethrough.test").warning("line %d %s", n, "x" * 200)
print("log", log_place())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_no_file_may_grow_the_database_is_not_half_made_and_the_log_moves_on(tmp_path):
    """Files cannot grow past 12 kB (as on a disk that is all but full): the new database is
    not created at all (no half-made file), play goes on in memory, and a log that stops taking
    lines moves to the next folder, with no 'Logging error' traceback on stderr."""
    data, cache = tmp_path / "data", tmp_path / "cache"
    done = subprocess.run([sys.executable, "-c", CAPPED_START, str(data), str(cache)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("problem ") and lines[0] != "problem " and lines[0].endswith("['Mei']")
    assert sorted(p.name for p in data.iterdir()) == ["seethrough.log"]   # no progress.db, no leftovers
    assert lines[1] == f"log {cache / 'seethrough.log'}"
    assert "cannot be opened for writing" in (data / "seethrough.log").read_text(encoding="utf-8")
    assert "line 59" in (cache / "seethrough.log").read_text(encoding="utf-8")
    assert "Logging error" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("damage", ["missing", "cut short"])
def test_a_missing_or_damaged_font_draws_with_a_system_font_and_says_so(tmp_path, mini_pack, damage):
    """The bundled regular font is gone, or only its first 200 kB are left: the title screen
    is drawn with a system font, one notice says so in the player's language, the log says why."""
    from game.app import create_app
    from game.core.install import InstallPaths
    from game.core.strings import t as translate

    root = tmp_path / "install"                        # the game's files, but for one font
    (root / "assets" / "fonts").mkdir(parents=True)
    (root / "scenarios").mkdir()                       # the mini pack is enough here
    for item in (ROOT / "assets").iterdir():
        if item.name != "fonts":
            (root / "assets" / item.name).symlink_to(item)
    for item in (ROOT / "assets" / "fonts").iterdir():
        if item.name != "NotoSansSC-Regular.otf":
            (root / "assets" / "fonts" / item.name).symlink_to(item)
        elif damage == "cut short":
            (root / "assets" / "fonts" / item.name).write_bytes(item.read_bytes()[:200_000])
    log = start_log([tmp_path / "logs"])
    app = create_app(InstallPaths(root), tmp_path / "data", tmp_path / "cache", lang="zh",
                     extra_packs=[mini_pack.parent])
    try:
        Journey(app).start()
        driver = Driver(app)
        assert driver.sees("游戏自带的字体丢失或损坏：改用系统字体") and driver.sees(str(log))
        assert len(driver.visible_text().splitlines()) > 3          # the title screen is there
        assert [n.text_key for n in app.ctx.notices if n.text_key != "notice.bad_packs"] == ["notice.font_fallback"]
        assert "The game's own font is missing or damaged" in translate("notice.font_fallback", "en", log=log)
        logged = log.read_text(encoding="utf-8")
        assert logged.count("NotoSansSC-Regular.otf cannot be used") == 1 and "drawing with" in logged
        driver.press("1")                                           # and the game goes on
        assert driver.scene.name != "title"
    finally:
        app.ctx.store.close()
        app.ctx.speech.close()


def test_a_file_locked_from_the_start_loses_nothing_of_it_nor_of_the_new_answers(tmp_path):
    """Another program holds the file when the game starts, so not even its players can be read:
    the game plays on in memory, and when the file is free the new answers join the old ones
    (their ids cannot collide with rows the game could not see)."""
    path = tmp_path / "progress.db"
    before = ProgressStore(path, clock())
    old = before.profile("Old")
    answer(before, old, "before", before.start_round(old, "mini"))
    before.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    store = ProgressStore(path, clock())
    assert store.problem == "locked" and store.memory_only
    me = store.profile("New")
    answer(store, me, "during", store.start_round(me, "mini"))
    assert not store.retry()                       # still held
    other.execute("ROLLBACK")
    other.close()
    assert store.retry() and store.problem == ""
    answer(store, me, "after", store.start_round(me, "mini"))
    store.close()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT p.nickname, a.scenario_id FROM attempts a JOIN profiles p ON p.id = a.profile_id"
                          " ORDER BY a.id").fetchall()
    db.close()
    assert rows == [("Old", "before"), ("New", "during"), ("New", "after")]


def test_a_damaged_progress_file_at_start_keeps_its_players_and_says_so(install, tmp_path, mini_pack):
    """The game starts on a progress file with a damaged page among the answers: the player who
    played last is greeted as before, and one notice says what happened and where the log is."""
    from game.app import create_app

    data = tmp_path / "data"
    store = ProgressStore(data / "progress.db", clock())
    players = [store.profile(f"player{n:02d}") for n in range(10)]
    store.remember_player(players[3])
    for n in range(300):
        me = players[n % 10]
        answer(store, me, f"s{n}", store.start_round(me, "mini"))
    store.close()
    path = data / "progress.db"
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as file:
        file.seek(pages * 3 // 4 * 4096)
        file.write(b"\xff" * 4096)
    log = start_log([tmp_path / "logs"])
    app = create_app(install, data, tmp_path / "cache", lang="en", extra_packs=[mini_pack.parent])
    try:
        Journey(app).start()
        driver = Driver(app)
        assert app.ctx.profile == players[3]
        assert len(app.ctx.store.profiles()) == 10 and app.ctx.store.attempts(players[0])
        assert driver.sees("The progress file was damaged; it was set aside and a new one started with "
                           "everything that could still be read.") and driver.sees(str(log))
        assert "readable rows from" in log.read_text(encoding="utf-8")
        assert len(list(data.glob("progress.db.damaged-*"))) == 1
    finally:
        app.ctx.store.close()
        app.ctx.speech.close()
