"""The strategy audit: it catches a pack that can be beaten without judging, and the built-in
library passes it (no strategy without judgement reaches 55 %, no leak rule judges 65 % right)."""
import json
import subprocess
import sys

import pytest

from game.core.auditreport import audit
from game.core.library import load_all
from tests.conftest import ROOT
from tests.data.leaky_pack import write_leaky_pack


@pytest.fixture
def leaky(tmp_path, library):
    folder = write_leaky_pack(tmp_path / "leaky")
    [status] = load_all([folder], library)
    assert status.problems == []
    return folder, status.pack


def test_a_leaky_pack_is_caught_by_every_rule_it_breaks(leaky):
    _, pack = leaky
    report = audit("leaky", pack.scenarios, seeds=4)
    over = {line.name for line in report.lines if line.breaks_limit}
    assert {"rings again => real", "asks for something => AI", "any glitch => AI",
            "wave test shows nothing => real", "longest option", "most cautious action, always AI"} <= over
    text = " | ".join(report.warnings)
    assert "only real calls ring again" in text
    assert "0 of 4 real items ask for something" in text
    assert "0 of 4 fakes show no glitch" in text
    assert not report.passed


def test_the_audit_command_prints_the_warnings_and_fails(leaky, tmp_path):
    folder, _ = leaky
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "audit", str(folder)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "warning: the rule 'rings again => real' judges 100% of 8 items right" in run.stdout
    as_json = subprocess.run([sys.executable, str(ROOT / "main.py"), "audit", str(folder), "--json"],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    [report] = json.loads(as_json.stdout)
    assert report["name"] == "leaky" and report["passed"] is False
    assert report["figures"]["calls_ringing_again"] == {"real": 4, "fake": 0, "calls": 8}


def test_shuffled_options_make_always_option_n_no_better_than_chance(leaky):
    _, pack = leaky
    lines = {line.name: line for line in audit("leaky", pack.scenarios, seeds=24).lines}
    first, random_ = lines["always option 1"].share, lines["random"].share
    assert abs(first - random_) < 0.15


def test_a_rule_that_is_mostly_wrong_is_a_leak_too():
    from game.core.auditreport import StrategyLine

    assert StrategyLine("wave", 0.4, 0.33, 12, True).breaks_limit      # its opposite: 67 % right
    assert not StrategyLine("wave", 0.4, 0.5, 12, True).breaks_limit
    assert not StrategyLine("wave", 0.4, 0.25, 3, True).breaks_limit    # too few items to judge
