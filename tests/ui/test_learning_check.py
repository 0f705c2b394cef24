"""The learning check before and after practice, and practise-again days later, played through the App."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.app import create_app
from game.core.library import InstallPaths
from game.ui.flows import Journey
from tests.conftest import DATA, ROOT
from tests.ui.driver import Driver


@dataclass(frozen=True)
class OnlyTestPacks(InstallPaths):
    """The game's own assets, but scenarios from ``packs`` instead of the built-in ones."""

    packs: Path = Path()

    @property
    def scenarios(self) -> Path:
        return self.packs


@pytest.fixture
def check_app(tmp_path):
    """The mini pack to practise with, and a check pack made of two matched real clips."""
    packs = tmp_path / "packs"
    shutil.copytree(DATA / "packs" / "mini", packs / "mini")
    check = packs / "checkmini"
    shutil.copytree(DATA / "packs" / "mini", check)
    for name in ("still-fake.yaml", "voice-fake.yaml"):
        (check / name).unlink()
    info = (check / "pack.yaml").read_text(encoding="utf-8").replace("id: mini", "id: checkmini")
    info = info.replace("Test mini pack", "Test check").replace("测试小包", "测试检测")   # a title of its own
    info = info.replace("order: [still-fake, anim-real, voice-fake, video-real]", "order: [anim-real, video-real]")
    (check / "pack.yaml").write_text(info + "purpose: check\npre: [anim-real]\npost: [video-real]\n", encoding="utf-8")
    app = create_app(OnlyTestPacks(ROOT, packs), tmp_path / "data", tmp_path / "cache", lang="en")
    Journey(app).start()
    yield app
    app.ctx.store.close()
    app.ctx.speech.close()


def take_check(driver: Driver, kind: str) -> None:
    driver.click(f"check:{kind}")
    assert driver.scene.name == "checkintro" and driver.sees("No answers are shown" if kind == "pre" else "matched")
    driver.click("start")
    assert driver.scene.name == "round" and driver.scene.status_line() == "Check: question 1 of 1"
    driver.press("1"), driver.press("3")                         # real, certain
    driver.press(driver.option_key(safe=True))                   # the safe option


def test_the_check_before_and_after_practice_compares_the_two(check_app):
    driver = Driver(check_app)
    driver.new_player("2", "Mei")
    ids = [b.id for b in driver.scene.buttons]
    assert ids[0] == "check:pre" and "pack:checkmini" not in ids and "check:post" not in ids
    take_check(driver, "pre")
    assert driver.scene.name == "checkresults"               # straight on: no feedback in a test
    assert driver.sees("Judged right: 1 of 1.") and driver.sees("Safe actions: 1 of 1.")
    driver.click("practise")
    ids = [b.id for b in driver.scene.buttons]
    assert "check:pre" not in ids and ids[0] == "check:post"    # the next test, apart, before the packs
    take_check(driver, "post")
    text = driver.visible_text().replace("\n", " ")
    assert "Before practice" in text and "After practice" in text and "The same as before." in text
    assert check_app.ctx.store.missed(check_app.ctx.profile) == []


def test_a_missed_scenario_is_offered_again_days_later(check_app):
    driver = Driver(check_app)
    driver.new_player("2", "Mei")
    driver.click_listed("pack:mini")
    driver.press("1"), driver.press("3")                     # the fake advert called real: a miss
    driver.press(driver.option_key(safe=True))
    driver.press("esc"), driver.click("yes")
    assert driver.scene.name == "packs"
    assert not any(b.id.startswith("due:") for b in driver.scene.buttons)        # not the same day
    check_app.ctx.store.now = lambda: "2099-01-02T10:00:00"
    driver.scene.layout()
    due = driver.button("due:mini")
    assert due.label == "Practise again: 1 you missed in Test mini pack"
    driver.click("due:mini")
    assert driver.scene.name == "round" and [s.id for s in driver.scene.round.scenarios] == ["still-fake"]
