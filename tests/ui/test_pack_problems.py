"""The packs screen leads to a list of every problem of every unavailable pack, in the player's
language, page by page; extra packs show their folder beside their title."""
from __future__ import annotations

import shutil

import pygame
import pytest

from game.ui.flows import Journey
from tests.ui.driver import Driver


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_problem_of_a_broken_pack_can_be_shown(install, tmp_path, mini_pack, lang):
    from game.app import create_app

    broken = mini_pack.parent / "broken"
    shutil.copytree(mini_pack, broken)
    (broken / "pack.yaml").write_text((broken / "pack.yaml").read_text(encoding="utf-8").replace("id: mini", "id: broken"),
                                      encoding="utf-8")
    (broken / "still-fake.yaml").write_text("id: still-fake\ncategory: [unclosed\n", encoding="utf-8")
    voice = broken / "voice-fake.yaml"
    voice.write_text(voice.read_text(encoding="utf-8").replace("media/voice.wav", "media/gone.wav")
                     .replace("truth: manipulated", "truth: fake"), encoding="utf-8")
    application = create_app(install, tmp_path / "data", tmp_path / "cache", lang=lang, extra_packs=[mini_pack.parent])
    try:
        Journey(application).start()
        driver = Driver(application)
        driver.new_player("1" if lang == "zh" else "2", "Zed")
        assert application.ctx.lang == lang
        extra = "Test mini pack (extra set: mini)" if lang == "en" else "测试小包（外来题包：mini）"
        labels = {i: label for group in driver.scene._groups()[False] for i, label in group.items}
        assert labels["pack:mini"].startswith(extra)
        def shown_notices():
            return [n.text_key for n in application.ctx.notices if n.seconds_left > 0]

        assert "notice.bad_packs" in shown_notices()
        driver.click_listed("problems")
        assert driver.scene.name == "packproblems"
        assert "notice.bad_packs" not in shown_notices()   # it would cover the problems it points to
        pages = []
        while True:
            pages.append(driver.visible_text().replace("\n", " "))
            if not any(b.id == "more" for b in driver.scene.buttons):
                break
            driver.click("more")
        text = " ".join(pages)
        if lang == "en":
            assert "Set: broken (3 problems)" in text
            assert "File still-fake.yaml, line 3, column 1: YAML syntax" in text
            assert "File voice-fake.yaml, line 6, column" in text and "media file 'media/gone.wav' does not exist" in text
        else:
            assert "题包：broken（3 个问题）" in text
            assert "文件 still-fake.yaml 第 3 行第 1 列：YAML 格式错误" in text
            assert "找不到媒体文件“media/gone.wav”" in text and "值不对" in text
        driver.click("back")
        assert driver.scene.name == "packs"
    finally:
        application.ctx.store.close()
        pygame.quit()
