"""A notice never covers a button: a player must still be able to answer while it shows."""
from __future__ import annotations

import pytest

from game.ui.chrome import notice_box
from tests.ui.driver import Driver


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_notice_on_the_question_screen_leaves_every_answer_visible(app, scale):
    from game.ui.flows import Journey

    Journey(app).start()
    driver = Driver(app)
    driver.to_round(nickname="Mei")
    app.ctx.text.set_scale(scale)
    app.top.layout()
    app.ctx.notify("notice.speech_stalled")   # the longest of the speech notices
    driver.advance(0.2)
    controls = [b.rect for b in driver.scene.buttons]
    assert controls
    message = app.ctx.t("notice.speech_stalled")
    theme = app.ctx.theme
    lines_h = app.ctx.text.block_height(message, theme.body, app.ctx.size[0] - 2 * theme.margin - 40)
    box = notice_box(app.ctx, lines_h, controls)
    assert not [r for r in controls if box.colliderect(r)], (box, controls)
    assert any(n.text_key == "notice.speech_stalled" and n.seconds_left > 0 for n in app.ctx.notices)


def test_where_buttons_fill_the_bottom_the_notice_goes_elsewhere(app):
    import pygame

    width, height = app.ctx.size
    row = [pygame.Rect(40 + i * 300, height - 140, 280, 80) for i in range(4)]
    box = notice_box(app.ctx, 60, row)
    assert not any(box.colliderect(r) for r in row) and box.bottom <= height
