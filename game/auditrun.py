"""``python3 main.py audit PATH...``: the strategy audit of packs, printed or as JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from game.core.auditreport import Audit, audit, format_audit
from game.core.install import InstallPaths
from game.core.packs import Pack
from game.core.problems import terminal_safe


def audit_groups(packs: list[Pack]) -> list[tuple[str, list]]:
    """What is audited: each practice pack, each learning-check test, and all practice packs together."""
    groups = []
    for pack in packs:
        by_id = {s.id: s for s in pack.scenarios}
        if pack.info.purpose == "check":
            groups += [(f"{pack.info.id} ({test} test)", [by_id[i] for i in ids if i in by_id])
                       for test, ids in (("before", pack.info.pre), ("after", pack.info.post))]
        else:
            groups.append((pack.info.id, pack.scenarios))
    practice = [s for pack in packs if pack.info.purpose == "practice" for s in pack.scenarios]
    if sum(p.info.purpose == "practice" for p in packs) > 1:
        groups.append(("all practice packs together", practice))
    return groups


def run_audit(paths: list[Path], as_json: bool, install: InstallPaths) -> int:
    """Audit every clean pack under ``paths``; 0 when no strategy or rule breaks a limit, else 1."""
    from game.core.library import load_all, open_library

    library, _ = open_library(install, cache_dir=None)
    for missing in (p for p in paths if not p.exists()):
        print(f"not audited: {missing}: no such file or folder", file=sys.stderr)
    statuses = load_all([p for p in paths if p.exists()], library)
    for status in statuses:
        for problem in status.problems[:5]:
            print(terminal_safe(f"not audited, fix first: {problem}"), file=sys.stderr)
    packs = [s.pack for s in statuses if s.ok]
    if not packs:
        print("no clean pack to audit", file=sys.stderr)
        return 1
    reports: list[Audit] = [audit(name, scenarios) for name, scenarios in audit_groups(packs) if scenarios]
    if as_json:
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(format_audit(r) for r in reports))
    return 0 if all(r.passed for r in reports) else 1
