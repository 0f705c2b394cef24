"""Loading many scenarios: the validator against a bare CSafeLoader parse of the same files.

The pack is generated: the scenario files of the test mini pack copied under new ids
(their media shared), so every file is real, valid and different by id.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_pack(folder: Path, count: int) -> Path:
    """A pack of ``count`` scenarios in ``folder``/big."""
    pack = folder / "big"
    shutil.rmtree(pack, ignore_errors=True)
    shutil.copytree(ROOT / "tests" / "data" / "packs" / "mini", pack)
    sources = sorted(p for p in pack.glob("*.yaml") if p.name != "pack.yaml")
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for path in sources:
        path.unlink()
    for index in range(count):
        body = texts[index % len(texts)].split("\n", 1)[1]
        (pack / f"s{index:04d}.yaml").write_text(f"id: s{index:04d}\n{body}", encoding="utf-8")
    info = (pack / "pack.yaml").read_text(encoding="utf-8").split("order:")[0]
    (pack / "pack.yaml").write_text(info, encoding="utf-8")
    return pack


def bare_parse(pack: Path) -> float:
    """Seconds for yaml.load with CSafeLoader over every file of the pack (no checks at all)."""
    import yaml

    started = time.perf_counter()
    for path in sorted(pack.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - started


def load_times(folder: Path, count: int, repeats: int = 3) -> dict:
    """Best of ``repeats``: bare parse, a cold validation (no cache), a warm one (cache)."""
    from game.core.install import InstallPaths
    from game.core.library import open_library
    from game.core.packs import load_pack

    pack = make_pack(folder, count)
    bare, cold, warm = [], [], []
    for attempt in range(repeats):
        bare.append(bare_parse(pack))
        cache = folder / f"cache-{attempt}"
        library, _ = open_library(InstallPaths(ROOT), cache)
        started = time.perf_counter()
        status = load_pack(pack, library)
        cold.append(time.perf_counter() - started)
        if status.problems:
            raise SystemExit(f"the generated pack has problems: {status.problems[:3]}")
        started = time.perf_counter()
        load_pack(pack, library)
        warm.append(time.perf_counter() - started)
    return {"bare_s": min(bare), "cold_s": min(cold), "warm_s": min(warm), "scenarios": count}
