"""The format document's example is valid, the schemas are current, and the CLI answers as documented."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import DATA, ROOT


def yaml_blocks(path):
    return re.findall(r"```yaml\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def test_the_documented_example_pack_validates(tmp_path, library):
    from game.core.packs import load_pack

    blocks = yaml_blocks(ROOT / "docs" / "scenario-format.md")
    pack_yaml = next(b for b in blocks if b.startswith("id: starter"))
    scenarios = [b for b in blocks if b.startswith("id: ") and "truth:" in b]
    assert len(scenarios) == 2
    pack = tmp_path / "example"
    (pack / "media").mkdir(parents=True)
    (pack / "pack.yaml").write_text(pack_yaml.replace("order: [doctor-advert, grandson-call]", "order: [grandson-call]"),
                                    encoding="utf-8")
    for index, text in enumerate(scenarios):
        (pack / f"example-{index}.yaml").write_text(text, encoding="utf-8")
    import math
    import struct
    import wave

    with wave.open(str(pack / "media" / "grandson.wav"), "wb") as sound:   # four seconds, as the example's tells need
        sound.setnchannels(1), sound.setsampwidth(2), sound.setframerate(8000)
        sound.writeframes(b"".join(struct.pack("<h", int(5000 * math.sin(i / 5))) for i in range(32000)))
    from PIL import Image

    Image.new("RGB", (400, 300), (20, 30, 40)).save(pack / "media" / "phone-screen.png")
    status = load_pack(pack, library)
    assert [str(p) for p in status.problems] == []
    assert {s.clip.kind for s in status.pack.scenarios} == {"audio", "call"}


def test_the_schemas_are_up_to_date():
    sys.path.insert(0, str(ROOT / "tools"))
    from make_schema import SCHEMA_DIR, rendered

    for name, text in rendered().items():
        assert (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8") == text, \
            "run: python tools/make_schema.py"


def main_py(*args, **kw):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, **kw)


def test_validate_exit_codes_and_lines(tmp_path):
    clean = main_py("validate", str(DATA / "packs"))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = tmp_path / "mini"
    shutil.copytree(DATA / "packs" / "mini", broken)
    text = (broken / "anim-real.yaml").read_text(encoding="utf-8").replace("difficulty: 1", "difficulty: 1\ncorect: yes")
    (broken / "anim-real.yaml").write_text(text, encoding="utf-8")
    result = main_py("validate", str(broken))
    assert result.returncode == 1
    line = result.stdout.strip().splitlines()[0]
    assert re.match(r".*anim-real\.yaml:4:1: corect: unknown key \(.*\)$", line), line


def test_validate_json_counts():
    result = main_py("validate", str(DATA / "packs" / "mini"), "--json")
    summary = json.loads(result.stdout)
    assert summary["packs"] == 1 and summary["scenarios"] == 4 and summary["problems"] == []
    assert summary["by_kind"] == {"image": 1, "animation": 1, "audio": 1, "video": 1}
    assert summary["by_truth"] == {"manipulated": 2, "real": 2}
    assert summary["by_language"] == {"zh": 4, "en": 4}
    assert summary["by_pack"] == {"mini": {"purpose": "practice", "scenarios": 4, "real": 2, "calls": 0}}


def test_validate_warns_about_readings_without_failing_unless_strict(tmp_path):
    pack = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack)
    scenario = pack / "grandson-call.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("哎呀，别问了", "哎呀，他还去吗"), encoding="utf-8")
    result = main_py("validate", str(pack))
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.match(r".*grandson-call\.yaml:\d+:\d+: warning: zh: the voice may misread '还' .*say:", result.stdout)
    assert "0 problems, 1 warning\n" in result.stderr
    assert main_py("validate", "--strict", str(pack)).returncode == 1
    summary = json.loads(main_py("validate", str(pack), "--json").stdout)
    assert summary["problems"] == [] and [w["message"][:4] for w in summary["warnings"]] == ["zh: "]


def test_help_lists_the_commands():
    result = main_py("--help")
    for command in ("play", "validate", "demo", "audit", "prerender", "export", "say"):
        assert command in result.stdout


def test_say_shows_the_spoken_form_the_voice_and_the_phonemes():
    result = main_py("say", "--lang", "zh", "请拨打96110，下周还款", "--json")
    report = json.loads(result.stdout)
    if not report["engine"]:
        pytest.skip(f"espeak-ng could not be loaded: {report['error']}")
    assert result.returncode == 0, result.stderr
    assert report["spoken"] == "请拨打九六幺幺零，下周环款"
    assert report["voice"]   # the voice the line would get
    # jiu liu yao yao ling ... huán kuǎn, as espeak-ng reads the spoken form
    assert "jˈɑu5 jˈɑu5 lˈiɜŋ" in report["phonemes"] and "χˈuaɜn khwˈa2n" in report["phonemes"], report
    english = main_py("say", "--lang", "en", "Call 110")
    assert "spoken:   Call one one oh" in english.stdout, english.stdout
