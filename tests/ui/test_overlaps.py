"""Every screen of every built-in scenario, at 100 % and 200 % text, in both languages: nothing
drawn over anything else and nothing cut off or off the screen (issue 15: voice bars over the
caller's number, badges over each other, answers pushed off the screen at large text)."""
from __future__ import annotations

import pytest

from game.app import create_app
from game.core.install import InstallPaths
from tests.conftest import ROOT
from tests.ui.walk import walk

PACKS = ("starter", "family", "news", "likeness", "video", "shopping", "check")

pytestmark = pytest.mark.slow   # each walk plays a whole pack: 3 to 25 s


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_screen_draws_over_itself_or_off_its_edges(lang, scale, tmp_path, shared_cache):
    problems = {}
    for pack in PACKS:
        app = create_app(InstallPaths(ROOT), tmp_path / pack, shared_cache, lang=lang,
                         overrides={"text_scale": scale})
        try:
            problems.update({f"{pack} {screen}": found for screen, found in walk(app, pack).items()})
        finally:
            app.ctx.store.close()
    assert not problems, "\n".join(f"{screen}: {found}" for screen, found in problems.items())
