"""The media pipeline: one command remakes every built-in pack's media, byte for byte, within budget."""
from __future__ import annotations

import hashlib
import subprocess
import sys

from tests.conftest import ROOT


def digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


def test_every_media_file_is_remade_identically_and_the_total_is_within_budget(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "make_media.py"), "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "all media:" in run.stdout and "] " in run.stdout          # the progress bar and the total
    from tools.make_media import PACKS
    from tools.media.spec import BUDGET_BYTES

    total = 0
    for pack in PACKS:
        made, kept = digests(tmp_path / pack / "media"), digests(ROOT / "scenarios" / pack / "media")
        assert made == kept, f"{pack}: remade media differ from the committed files"
        total += sum(p.stat().st_size for p in (ROOT / "scenarios" / pack / "media").glob("*"))
    assert total <= BUDGET_BYTES
