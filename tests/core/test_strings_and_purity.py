import subprocess
import sys

from game.core.strings import STRINGS, t

from tests.conftest import ROOT


def test_every_string_has_both_languages():
    missing = [key for key, entry in STRINGS.items() if not entry.get("zh") or not entry.get("en")]
    assert missing == []


def test_every_string_is_drawable_by_the_bundled_font(install):
    from game.core.charset import Charset

    charset = Charset.from_file(install.charset)
    bad = {key: charset.missing(text) for key, entry in STRINGS.items() for text in entry.values()
           if charset.missing(text)}
    assert bad == {}


def test_fields_are_filled_in():
    assert t("round.progress", "en", i=2, n=8) == "Scenario 2 of 8"
    assert t("no.such.key", "zh") == "no.such.key"


def test_importing_the_core_never_imports_pygame():
    code = ("import sys, game.core.packs, game.core.library, game.core.round, game.core.scoring, "
            "game.core.progress, game.core.strings, game.core.linebreak, game.core.meaning, game.cli;"
            "print('pygame' in sys.modules, 'pyttsx3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
