"""Every problem a pack check can write is told in Chinese on the problems screen, with the same
file names, ids and numbers; in English it stays exactly as the validate command prints it."""
from __future__ import annotations

import ast
import itertools
import re
import shutil

import pytest

from game.core.packs import load_pack
from game.core.problems import Problem
from game.core.problemstrings import PROBLEM_STRINGS
from game.core.problemtext import describe, family_of, told
from game.core.readingcheck import line_warnings
from game.core.strings import STRINGS
from tests.conftest import DATA, ROOT
from tests.core.test_calls import CALL_CASES
from tests.core.test_validation import CASES, edit

CHECK_MODULES = ["packs", "shape", "meaning", "mediacheck", "yamlsafe", "library", "learningcheck", "plans",
                 "readingcheck", "packwarnings", "callcheck", "vocab"]


def english_left(text: str) -> list[str]:
    """Runs of three or more English words in ``text``, outside quoted names, YAML keys and
    {zh: ..., en: ...}, file names, paths and ids (anything with . / _ - [ ] : in it)."""
    bare = re.sub(r"“[^”]*”|'[^']*'|\{[^}]*\}", " ", text)
    bare = re.sub(r"\S*[./_\-\[\]:<>]\S*", " ", bare)
    return re.findall(r"[A-Za-z]+(?: +[A-Za-z]+){2,}", bare)


def assert_all_told(problems: list[Problem]) -> None:
    assert problems
    untold = {describe(p, "zh"): english_left(describe(p, "zh")) for p in problems}
    assert {line: runs for line, runs in untold.items() if runs} == {}
    for problem in problems:
        assert describe(problem, "en").startswith(f"File {problem.path.rsplit('/', 1)[-1]}, line {problem.line}")
        assert problem.message in describe(problem, "en")


# --- real problems of broken packs, from the real loader ------------------------------------

@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_problem_of_a_broken_mini_pack_is_told_in_chinese(case, mini_pack, library):
    name, old, new, _, _ = CASES[case]
    edit(mini_pack, name, old, new)
    assert_all_told(load_pack(mini_pack, library).problems)


@pytest.mark.parametrize("case", CALL_CASES, ids=list(CALL_CASES))
def test_each_call_script_problem_is_told_in_chinese(case, tmp_path, library):
    pack = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack)
    old, new, _ = CALL_CASES[case]
    edit(pack, "grandson-call.yaml", old, new)
    assert_all_told(load_pack(pack, library).problems)


MORE_CASES = {
    "tab indent": ("still-fake.yaml", "difficulty: 1", "difficulty: 1\n\tfoo: 2"),
    "full-width colon": ("still-fake.yaml", "difficulty: 1", "difficulty：1"),
    "full-width comma in a value": ("still-fake.yaml", "truth: manipulated", "truth: manipulated，real"),
    "key twice": ("still-fake.yaml", "difficulty: 1", "difficulty: 1\ndifficulty: 2"),
    "a tag": ("still-fake.yaml", "difficulty: 1", "difficulty: !!python/object 1"),
    "a bad int tag": ("still-fake.yaml", "difficulty: 1", "difficulty: !!int abc"),
    "two documents": ("still-fake.yaml", "difficulty: 1", "difficulty: 1\n---\nid: x"),
    "control character": ("still-fake.yaml", "difficulty: 1", "difficulty: 1\x07"),
    "not UTF-8": ("still-fake.yaml", "difficulty: 1", "difficulty: 1 \udcff"),
    "a list, not a file of keys": ("still-fake.yaml", "id: still-fake", "- id: still-fake"),
    "text where a list goes": ("still-fake.yaml", "rights: [civil-code-1019]", "rights: civil-code-1019"),
    "empty list": ("still-fake.yaml", "rights: [civil-code-1019]", "rights: []"),
    "number where text goes": ("still-fake.yaml", "category: fake_endorsement", "category: 12"),
    "comma splits a text": ("still-fake.yaml", "title: {zh: 神药广告, en: Miracle cure advert}",
                            "title: {zh: 神药广告, en: Miracle, cure advert}"),
    "same scenario id": ("anim-real.yaml", "id: anim-real", "id: still-fake"),
    "transcript on a picture": ("still-fake.yaml", "file: media/still.png", "file: media/still.png\n  transcript: []"),
    "picture on a still": ("still-fake.yaml", "file: media/still.png", "file: media/still.png\n  picture: media/still.png"),
    "no transcript": ("voice-fake.yaml", "transcript: [{zh: 奶奶，快给我转钱！, en: \"Grandma, send me money now!\", start: 0.1, end: 0.9}]",
                      "caption: {zh: 听, en: Listen}"),
    "transcript times": ("voice-fake.yaml", "start: 0.1, end: 0.9", "start: 0.9, end: 0.1"),
    "transcript past the end": ("voice-fake.yaml", "start: 0.1, end: 0.9", "start: 0.1, end: 99"),
    "transcript not numbers": ("voice-fake.yaml", "start: 0.1, end: 0.9", "start: .nan, end: 0.9"),
    "unclear words": ("voice-fake.yaml", "start: 0.1, end: 0.9", "start: 0.1, end: 0.9, unclear: [{zh: 不在, en: absent}]"),
    "moment not numbers": ("voice-fake.yaml", "at: [0.2, 0.8]", "at: [.nan, 0.8]"),
    "pre and post without purpose": ("pack.yaml", "order:", "pre: [still-fake]\npost: [anim-real]\norder:"),
    "check pack lists": ("pack.yaml", "order:", "purpose: check\npre: [still-fake, still-fake]\npost: [anim-real]\norder:"),
    "check pack pair": ("pack.yaml", "order:", "purpose: check\npre: [still-fake, voice-fake]\npost: [anim-real, nope]\norder:"),
    "media name case": ("still-fake.yaml", "file: media/still.png", "file: media/Still.png"),
    "wrong kind of file": ("still-fake.yaml", "file: media/still.png", "file: media/anim.gif"),
    "no pack version": ("pack.yaml", "version: 1\n", ""),
    "pack version zero": ("pack.yaml", "version: 1", "version: 0"),
    "a wrong language": ("pack.yaml", "languages: [zh, en]", "languages: [zh, fr]"),
    "long title": ("pack.yaml", "title: {zh: 测试小包, en: Test mini pack}", "title: {zh: 测试小包, en: " + "Long " * 80 + "}"),
}


@pytest.mark.parametrize("case", MORE_CASES, ids=list(MORE_CASES))
def test_more_problems_are_told_in_chinese(case, mini_pack, library):
    name, old, new = MORE_CASES[case]
    if case == "not UTF-8":
        path = mini_pack / name
        path.write_bytes(path.read_bytes().replace(old.encode(), new.encode("utf-8", "surrogateescape")))
    else:
        edit(mini_pack, name, old, new)
    assert_all_told(load_pack(mini_pack, library).problems)


def test_a_pack_without_pack_file_or_scenarios_is_told_in_chinese(tmp_path, library):
    (tmp_path / "empty").mkdir()
    assert_all_told(load_pack(tmp_path / "empty", library).problems)
    (tmp_path / "bare").mkdir()
    (tmp_path / "bare" / "pack.yaml").write_text((DATA / "packs" / "mini" / "pack.yaml").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    assert_all_told(load_pack(tmp_path / "bare", library).problems)


def test_reading_warnings_are_told_in_chinese():
    readings = line_warnings("工号8032，打５折，还有A12号，3-5天，50000块", "zh")
    readings += line_warnings("Room 8032, in 2024, 3-5 days, 50000 or A12", "en")
    assert len(readings) >= 6
    assert_all_told([Problem("p/a.yaml", 1, 1, f"zh: {r.message}", r.hint) for r in readings])


# --- every message written in the source has a family ---------------------------------------

# Calls whose string arguments are a problem's message or hint; functions whose returns are hints.
MAKERS = {"Problem", "MediaProblem", "problem", "add", "_fail", "Reading"}
HINT_FUNCTIONS = {"_hint", "_allowed", "_suggest", "suggest", "_syntax_hint", "_number_doubt", "_message"}
HINT_NAMES = {"listed", "allowed", "hint", "message", "checks"}


def samples(node) -> list[str]:
    """The texts a str expression can give, each {hole} filled with 7."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(part.value if isinstance(part, ast.Constant) else "7" for part in node.values)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a, b in itertools.product(samples(node.left), samples(node.right))]
    if isinstance(node, ast.IfExp):
        return samples(node.body) + samples(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [s for value in node.values for s in samples(value)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strip":
        return samples(node.func.value)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [s for item in node.elts for s in samples(item)]
    if isinstance(node, ast.Dict):
        return [s for item in node.values for s in samples(item)]
    return ["7"]


def source_messages() -> list[tuple[str, int, str]]:
    """(module, line, sample text) of every message and hint literal the pack checks write."""
    found = []
    for name in CHECK_MODULES:
        path = ROOT / "game" / "core" / f"{name}.py"
        found += _messages_in(f"core/{name}", ast.parse(path.read_text(encoding="utf-8")))
    found += _messages_in("cli", ast.parse((ROOT / "game" / "cli.py").read_text(encoding="utf-8")))
    return found


def _messages_in(module: str, tree) -> list[tuple[str, int, str]]:
    found = []
    for node in ast.walk(tree):
        exprs = []
        if isinstance(node, ast.Call):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if func in MAKERS:
                exprs = node.args
        elif isinstance(node, ast.FunctionDef) and node.name in HINT_FUNCTIONS:
            exprs = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        elif isinstance(node, ast.Assign):
            names = {getattr(target, "id", "") for target in node.targets}
            if names & HINT_NAMES or any(n.endswith("_HINT") for n in names):
                exprs = [node.value]
        for expr in exprs:
            for text in samples(expr):
                if text.startswith((": ", ".")):   # meaning.check_texts puts the key path first
                    text = "title" + text
                if re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", text):
                    found.append((module, expr.lineno, text))
    return found


def test_the_source_scan_finds_the_messages():
    texts = {text for _, _, text in source_messages()}
    assert len(texts) > 150
    assert "scenario id '7' is also used in 7" in texts and "give each scenario its own id" in texts
    assert "file is 7 bytes, more than the 7 allowed" in texts


def test_every_message_in_the_source_has_a_chinese_form():
    untold = {f"{module}:{line}: {text}": told(text, "zh") for module, line, text in source_messages()
              if english_left(told(text, "zh"))}
    assert untold == {}


def test_every_family_can_be_matched_by_its_own_english():
    for key, entry in PROBLEM_STRINGS.items():
        if key.startswith("problems.msg."):
            filled = entry["en"].format_map(_Sevens())
            assert family_of(filled) is not None, key
            assert "{{" not in told(filled, "zh") and "}}" not in told(filled, "zh"), key   # braces formatted
            assert entry["zh"].count("{") == entry["en"].count("{"), key   # every value is shown


class _Sevens(dict):
    def __missing__(self, key):
        return "7"


def test_problem_keys_are_apart_from_the_other_strings():
    assert not set(PROBLEM_STRINGS) & set(STRINGS)


# --- exact texts ------------------------------------------------------------------------------

EXACT = [
    (Problem("pk/b.yaml", 1, 1, "scenario id 'x' is also used in pk/a.yaml", "give each scenario its own id"),
     "文件 b.yaml 第 1 行第 1 列：题目编号“x”在 pk/a.yaml 里也用了（每道题用自己的编号）"),
    (Problem("pk/a.yaml", 4, 8, "truth: input should be 'real' or 'manipulated' (got 'fake')", "did you mean 'real'? allowed: real, manipulated"),
     "文件 a.yaml 第 4 行第 8 列：truth：值不对，只能写 'real' 或 'manipulated'（填的是 'fake'）（是不是想写“real”？可以写：real、manipulated）"),
    (Problem("pk/a.yaml", 3, 13, "difficulty: input should be less than or equal to 3 (got 5)", ""),
     "文件 a.yaml 第 3 行第 13 列：difficulty：值不对，应该小于或等于 3（填的是 5）"),
    (Problem("pk", 1, 1, "12,345 more problems", "fix the ones listed first"),
     "文件 pk 第 1 行第 1 列：还有 12,345 个问题（先改好上面列出的问题）"),
    (Problem("pk/a.yaml", 1, 1, "file is 3,000,000 bytes, more than the 2,000,000 allowed", "split it or move media out"),
     "文件 a.yaml 第 1 行第 1 列：文件有 3,000,000 字节，超过了上限 2,000,000 字节（把它拆开，或把媒体文件移出去）"),
    (Problem("pk/a.yaml", 9, 5, "call.nodes.hello.choices[0].next: no node 'dodg'", "did you mean 'dodge'?"),
     "文件 a.yaml 第 9 行第 5 列：call.nodes.hello.choices[0].next：没有叫“dodg”的步骤（是不是想写“dodge”？）"),
    (Problem("pk/a.yaml", 2, 1, "YAML syntax: mapping values are not allowed here", "put text that contains ': ' in quotes"),
     "文件 a.yaml 第 2 行第 1 列：YAML 格式错误：这里不能有“: ”（含有“: ”的文字要加引号）"),
]


@pytest.mark.parametrize("problem, chinese", EXACT, ids=[p.message[:30] for p, _ in EXACT])
def test_exact_text_in_both_languages(problem, chinese):
    assert describe(problem, "zh") == chinese
    english = f"File {problem.path.rsplit('/', 1)[-1]}, line {problem.line}, column {problem.col}: {problem.message}"
    assert describe(problem, "en") == english + (f" ({problem.hint})" if problem.hint else "")


def test_an_unknown_message_is_shown_as_it_is():
    assert told("something new went wrong", "zh") == "something new went wrong"
    assert english_left(told("something new went wrong", "zh"))
