"""Setting up a room, headless through the App on a real progress file: the classroom setup
(teams, names, group, pack, timer, answers) is offered again the next time the game starts on
this computer; the group name is typed like team names and recorded with the session; the pack
choices show how many questions and about how many minutes."""
from __future__ import annotations

import pygame

from game.app import create_app
from game.core.agenda import estimate_minutes
from game.ui.flows import Journey
from tests.ui.driver import Driver


def open_app(install, tmp_path, mini_pack):
    application = create_app(install, tmp_path / "data", tmp_path / "cache", lang="en",
                             extra_packs=[mini_pack.parent])
    Journey(application).start()
    return application, Driver(application)


def close(application) -> None:
    application.ctx.store.close(), application.ctx.speech.close(), pygame.quit()


def to_setup(driver: Driver) -> None:
    driver.click("rooms")
    driver.click("classroom")
    assert driver.scene.name == "classsetup"


def type_group(driver: Driver, name: str) -> None:
    driver.click("group")
    assert driver.scene.name == "groupname" and driver.sees("Name of the class or group (optional")
    for _ in range(30):
        driver.press("backspace")
    driver.type(name)
    driver.press("enter")
    assert driver.scene.name in ("classsetup", "commsetup")


def test_the_last_classroom_setup_and_its_group_come_back_the_next_time(install, tmp_path, mini_pack):
    first, driver = open_app(install, tmp_path, mini_pack)
    try:
        to_setup(driver)
        while driver.scene.config.teams != 5:
            driver.click("teams")
        while first.ctx.packs()[driver.scene.config.pack].info.id != "mini":
            driver.click("pack")
        pack = first.ctx.packs()[driver.scene.config.pack]
        assert driver.sees(f"Scenarios: Test mini pack (extra set: mini) ({len(pack.scenarios)} questions, about "
                           f"{estimate_minutes(pack.scenarios)} min)")
        driver.click("timer"), driver.click("entry")
        type_group(driver, "Class 5B")
        assert driver.sees("Class or group: Class 5B")
        chosen = (5, driver.scene.config.timer, "teacher", "Class 5B")
        assert chosen[1] != 0
        driver.click("start")
        assert driver.scene.name == "classroom"
        driver.press("enter")                                  # the room has seen the first clip: recorded
        session = first.ctx.store.sessions.latest()
        assert first.ctx.store.sessions.report(session).group == "Class 5B"
    finally:
        close(first)

    second, driver = open_app(install, tmp_path, mini_pack)    # the next lesson, same computer
    try:
        to_setup(driver)
        config = driver.scene.config
        assert (config.teams, config.timer, config.entry, config.group) == chosen
        assert second.ctx.packs()[config.pack].info.id == "mini"
        assert driver.sees("Teams: 5") and driver.sees("Class or group: Class 5B")
    finally:
        close(second)


def test_a_community_group_is_typed_once_and_recorded_with_the_session(install, tmp_path, mini_pack):
    application, driver = open_app(install, tmp_path, mini_pack)
    try:
        driver.click("rooms")
        driver.click("community")
        assert driver.sees("Class or group: none")
        type_group(driver, "幸福社区")
        assert driver.sees("Class or group: 幸福社区")
        pack = next(p for p in application.ctx.packs() if p.info.id == "mini")
        while not any(b.id == "pack:mini" for b in driver.scene.buttons):   # the packs come after the plans
            driver.click("list:next")
        assert driver.sees(f"{len(pack.scenarios)} scenarios  ·  about {estimate_minutes(pack.scenarios)} min")
        driver.click("pack:mini")
        assert driver.scene.name == "presenter"
        driver.press("enter")
        report = application.ctx.store.sessions.report(application.ctx.store.sessions.latest())
        assert (report.mode, report.group) == ("community", "幸福社区")
    finally:
        close(application)


def test_the_export_screen_says_what_each_file_is_for(install, tmp_path, mini_pack):
    from tests.ui.test_classroom import type_keys

    application, driver = open_app(install, tmp_path, mini_pack)
    try:
        driver.click("rooms")
        driver.click("community")
        while not any(b.id == "pack:mini" for b in driver.scene.buttons):
            driver.click("list:next")
        driver.click("pack:mini")
        driver.press("enter")                                   # the room watches the first clip
        for _ in range(4):
            type_keys(driver, "s")                              # the presenter skips through the pack
            driver.press("2")                                   # "Skip this one?" yes
        driver.click("export")
        assert driver.scene.name == "exported" and driver.sees("Saved in this folder:")
        names = [path.name for path in driver.scene.paths]
        assert all(path.exists() for path in driver.scene.paths) and len(names) == 9   # 1 CSV, 4 PDFs x 2
        for kind, words in (("report-en.pdf", "the session report, for the organiser to file"),
                            ("card-zh.pdf", "the large-print card"), ("slides-en.pdf", "printable slides"),
                            ("script-zh.pdf", "the facilitator script"), ("questions.csv", "a table for Excel")):
            name = next(n for n in names if n.endswith(kind))
            assert driver.sees(f"{name} — {words}"), name
    finally:
        close(application)
