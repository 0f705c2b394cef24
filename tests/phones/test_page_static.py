"""The phone page read as text, no browser needed: it stays loadable on old phones (ES5), loads
nothing from elsewhere, never puts text in as HTML, and says every refusal in both languages."""
from __future__ import annotations

import re
from pathlib import Path

from game.phones.server import PAGE

CORE = Path(__file__).resolve().parents[2] / "game" / "core" / "phones.py"


def script() -> str:
    return re.search(r"<script>(.*)</script>", PAGE.read_text(encoding="utf-8"), re.S).group(1)


def code() -> str:
    """The script without its comments (which may say anything)."""
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", script(), flags=re.S)


def test_the_script_is_plain_es5_for_old_android_browsers_and_ios_safari():
    for pattern, what in ((r"=>", "arrow functions"), (r"\b(let|const|class)\s", "let/const/class"),
                          (r"`", "template strings"), (r"\.\.\.", "spread"),
                          (r"\b(fetch|Promise|async|await)\b", "fetch/promises"),
                          (r"\.(startsWith|endsWith|includes|find|findIndex)\(", "ES2015 methods")):
        assert not re.search(pattern, code()), f"page.html uses {what}: old phones cannot run it"


def test_nothing_is_loaded_from_elsewhere_and_no_text_goes_in_as_html():
    page = PAGE.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page) and "@import" not in page
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", code())


def test_every_refusal_the_room_can_send_is_said_in_both_languages():
    codes = set(re.findall(r"""Refused\(["'](\w+)["']\)""", CORE.read_text(encoding="utf-8")))
    assert "wrong_code" in codes
    for language in ("zh", "en"):
        block = re.search(language + r": \{.*?why: \{(.*?)\}", script(), re.S).group(1)
        said = set(re.findall(r"(\w+):", block))
        assert codes <= said, f"{language}: no words for {sorted(codes - said)}"
