import json
import subprocess
import sys

from game.core.strings import STRINGS, all_strings, t

from tests.conftest import ROOT


def test_every_string_has_both_languages():
    missing = [key for key, entry in all_strings().items() if not entry.get("zh") or not entry.get("en")]
    assert missing == []


def test_every_string_is_drawable_by_the_bundled_font(install):
    from game.core.charset import Charset

    charset = Charset.from_file(install.charset)
    bad = {key: charset.missing(text) for key, entry in all_strings().items() for text in entry.values()
           if charset.missing(text)}
    assert bad == {}


def test_fields_are_filled_in():
    assert t("round.progress", "en", i=2, n=8) == "Scenario 2 of 8"
    assert t("no.such.key", "zh") == "no.such.key"


def core_modules() -> list[str]:
    """Every module in game/core/ (found on disk, so a new one is checked without editing this test)."""
    return sorted(f"game.core.{p.stem}" for p in (ROOT / "game" / "core").glob("*.py") if p.stem != "__init__")


def test_importing_the_core_never_imports_pygame():
    modules = core_modules() + ["game.cli", "game.context", "game.packloader", "game.tuning"]
    assert len(modules) > 20 and "game.core.round" in modules, modules
    # One fresh interpreter imports them in turn and names the first after which pygame (or the
    # speech engine) is loaded, so a failure says which module pulled it in.
    code = ("import importlib, json, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "    loaded = [m for m in ('pygame', 'pyttsx3') if m in sys.modules]\n"
            "    if loaded:\n"
            "        print(json.dumps([name, loaded])); break\n"
            "else:\n"
            "    print(json.dumps(None))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) is None, f"importing {out.stdout.strip()} loads it"


def test_no_key_is_in_two_string_tables():
    from game.core.strings import _tables

    assert sum(len(table) for table in _tables()) == len(all_strings())
