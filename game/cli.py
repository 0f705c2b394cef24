"""Command line: play (default), validate, prerender, audit, export, say, demo, cards."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from game.core.cards import CARD_COUNTS
from game.core.install import InstallPaths

ROOT = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="识破 SeeThrough — learn to see through AI deepfake scams.")
    _add_global_options(parser, None)
    parser.set_defaults(window=None, fullscreen=False, packs=None, text_scale=None,
                        high_contrast=False, theme=None, reduced_motion=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    play = commands.add_parser("play", help="play the game (the default)")
    _add_display_options(play)
    validate = commands.add_parser("validate", help="check scenario packs and list every problem")
    validate.add_argument("paths", nargs="+", type=Path, help="pack folders, or folders holding packs")
    validate.add_argument("--json", action="store_true", help="print one JSON object with counts, problems and warnings")
    validate.add_argument("--strict", action="store_true", help="fail (exit 1) on reading warnings too")
    prerender = commands.add_parser("prerender", help="render every voice line of the packs into the speech cache")
    prerender.add_argument("paths", nargs="+", type=Path, help="pack folders, or folders holding packs")
    prerender.add_argument("--cache", type=Path, help="the speech cache folder (default: your user cache folder)")
    audit = commands.add_parser("audit", help="play fixed strategies (always AI, always option 1, ...) on packs "
                                "and warn where a score can be earned without judging")
    audit.add_argument("paths", nargs="+", type=Path, help="pack folders, or folders holding packs")
    audit.add_argument("--json", action="store_true", help="print one JSON object")
    export = commands.add_parser("export", help="write a session's CSV tables, and its report, take-home card "
                                 "and slides as PDF in both languages, to a folder")
    export.add_argument("--session", default="last", help="'last' (the default) or a session number")
    export.add_argument("--out", type=Path, required=True, help="the folder to write into")
    say = commands.add_parser("say", help="show how the voice will say a line: its spoken form, "
                              "the voice and espeak-ng's phonemes")
    say.add_argument("text", help="the line as written")
    say.add_argument("--lang", choices=["zh", "en"], default="zh")
    say.add_argument("--json", action="store_true", help="print one JSON object")
    demo = commands.add_parser("demo", help="play a round by itself and save a picture of every screen")
    demo.add_argument("--lang", choices=["zh", "en"], default="zh")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--shots", type=Path, help="folder for the screenshots")
    demo.add_argument("--pack", help="pack id to play (default: the first)")
    demo.add_argument("--loop", action="store_true", help="start again after the results (exhibition loop)")
    demo.add_argument("--mode", choices=["solo", "classroom", "community"], default="solo",
                      help="a player's round (default), a classroom round with teams, or a community session")
    demo.add_argument("--teams", type=int, default=3, choices=range(2, 9), metavar="2-8",
                      help="classroom: how many teams")
    demo.add_argument("--plan", help="community: the session plan id (default: the first)")
    demo.add_argument("--phones", type=int, default=0, choices=range(1, 61), metavar="N",
                      help="answers on phones: N simulated phones (1-60) join over real loopback connections and "
                      "answer every question")
    demo.add_argument("--cards", type=int, default=0, choices=CARD_COUNTS, metavar="N",
                      help="answer cards: a generated room holds up N cards (one of "
                      + ", ".join(map(str, CARD_COUNTS)) + "), read by the game's own reader from its photos")
    _add_display_options(demo)
    from game.cards.command import add_cards_command   # answer cards: print them, check a room photo

    add_cards_command(commands)
    for command in commands.choices.values():
        # Also after the command (``main.py play --data-dir X``); SUPPRESS keeps a value given
        # before the command when none is given after it.
        _add_global_options(command, argparse.SUPPRESS)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, default) -> None:
    """Options every command takes, before or after its name."""
    parser.add_argument("--data-dir", type=Path, default=default,
                        help="where progress and settings are kept (default: your user data folder)")
    # Used by main.py's set-up (game/bootstrap.py), which takes it out before parsing: listed
    # here so that --help shows it.
    parser.add_argument("--wheels", type=Path, metavar="FOLDER", default=default,
                        help="first start: install the libraries from this folder of wheels (a USB stick) "
                        "instead of the internet")


def _add_display_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window", help="window size for this run, e.g. 1920x1080 (otherwise the window "
                        "opens as it was last left; the first time, maximised)")
    parser.add_argument("--fullscreen", action="store_true", help="full screen for this run (F11 switches)")
    parser.add_argument("--packs", type=Path, action="append", help="extra pack folders to offer")
    parser.add_argument("--text-scale", choices=["1.0", "1.25", "1.5", "2.0"], help="text size for this run")
    parser.add_argument("--theme", choices=["dark", "light", "high-contrast"],
                        help="colours for this run: dark (the default), light (daylight rooms, projectors) "
                        "or high-contrast")
    parser.add_argument("--high-contrast", action="store_true", help="black and white theme, 7:1 contrast "
                        "(the same as --theme high-contrast)")
    parser.add_argument("--reduced-motion", action="store_true", help="no glitch effects; they are described in words")
    parser.add_argument("--camera", metavar="NUMBER|FILE", action="append",
                        help="answer cards: the webcam to use (0, the default, is the built-in one), or pictures "
                        "and videos of the room read in its place (to check a photo of the room; give it again "
                        "for more files)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        return run_validate(args.paths, args.json, args.strict)
    if args.command == "audit":
        from game.auditrun import run_audit

        return run_audit(args.paths, args.json, InstallPaths(ROOT))
    if args.command == "export":
        return run_export(args.session, args.out, args.data_dir)
    if args.command == "cards":
        from game.cards.command import run_cards

        return run_cards(args, (InstallPaths(ROOT).font(), InstallPaths(ROOT).font(bold=True)))
    if args.command == "say":
        from game.saycmd import run_say

        return run_say(args.text, args.lang, args.json)
    if args.command == "prerender":
        from game.prerender import run_prerender

        return run_prerender(args.paths, args.cache, InstallPaths(ROOT))
    from game.app import run  # imported here: validate must not need pygame

    if args.command == "demo":
        from game.demo.runner import run_demo

        return run(args, InstallPaths(ROOT), run_demo)
    return run(args, InstallPaths(ROOT))


def run_validate(paths: list[Path], as_json: bool, strict: bool = False) -> int:
    """Validate packs; print problems and reading warnings (or JSON); 0 when there is no
    problem (and, with ``strict``, no warning), 1 otherwise."""
    from game.core.library import load_all, open_library
    from game.core.packwarnings import balance_warnings
    from game.core.problems import counted, terminal_safe
    from game.core.readingcheck import pack_warnings

    install = InstallPaths(ROOT)
    library, problems = open_library(install, cache_dir=None)
    missing = [p for p in paths if not p.exists()]
    statuses = load_all([p for p in paths if p.exists()], library)
    for path in missing:
        from game.core.problems import Problem

        problems.append(Problem(str(path), 1, 1, "no such file or folder", "check the path"))
    for status in statuses:
        problems.extend(status.problems)
    if not statuses and not missing:
        from game.core.problems import Problem

        problems.extend(Problem(str(p), 1, 1, "no pack.yaml found here", "give a pack folder or a folder of packs")
                        for p in paths)
    # Only here, not when the game loads packs: re-reading every file is work play does not need.
    warnings = [w for s in statuses if s.ok and s.pack
                for w in pack_warnings(s.folder, list(s.pack.info.languages)) + balance_warnings(s.pack)]
    if as_json:
        print(terminal_safe(json.dumps(_summary(statuses, problems, warnings), ensure_ascii=False, indent=1)))
    else:
        for problem in problems:
            print(terminal_safe(str(problem)))
        for warning in warnings:
            print(terminal_safe(_as_warning(warning)))
        ok = sum(1 for s in statuses if s.ok)
        print(f"{ok} of {counted(len(statuses), 'pack')} clean, {counted(len(problems), 'problem')}, "
              f"{counted(len(warnings), 'warning')}", file=sys.stderr)
    return 1 if problems or strict and warnings else 0


def _as_warning(warning) -> str:
    """``path:line:col: warning: message (hint)``: marked so it is not taken for a problem."""
    hint = f" ({warning.hint})" if warning.hint else ""
    return f"{warning.path}:{warning.line}:{warning.col}: warning: {warning.message}{hint}"


def run_export(which: str, out: Path, data_dir: Path | None) -> int:
    """Export one session (the last, or by number); print each file written. 1 if there is none."""
    from datetime import datetime

    from game.core.progress import ProgressStore
    from game.export.session import export_session
    from game.packloader import load_packs

    install = InstallPaths(ROOT)
    folder = data_dir or _user_data_dir()
    store = ProgressStore(folder / "progress.db", now=lambda: datetime.now().isoformat(timespec="seconds"))
    try:
        session_id = store.sessions.latest() if which == "last" else int(which) if which.isdigit() else None
        report = store.sessions.report(session_id) if session_id else None
        if report is None:
            print(f"no session {which!r} in {folder}", file=sys.stderr)
            return 1
        loaded = load_packs(install, [install.scenarios], None)
        packs = loaded.playable()
        check = next((p for p in packs if p.info.purpose == "check"), None)
        for path in export_session(report, packs, (install.font(), install.font(bold=True)), out,
                                   loaded.plans, check):
            print(path)
    finally:
        store.close()
    return 0


def _user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("SeeThrough", appauthor=False))


def _summary(statuses, problems, warnings) -> dict:
    scenarios = [s for status in statuses if status.pack for s in status.pack.scenarios]
    return {
        "packs": len(statuses),
        "packs_ok": sum(1 for s in statuses if s.ok),
        "scenarios": len(scenarios),
        "by_category": dict(Counter(s.category for s in scenarios)),
        "by_truth": dict(Counter(s.truth for s in scenarios)),
        "by_kind": dict(Counter(s.clip.kind for s in scenarios)),
        "by_language": dict(Counter(lang for st in statuses if st.pack
                                    for lang in st.pack.info.languages for _ in st.pack.scenarios)),
        "by_pack": {st.pack.info.id: _pack_counts(st.pack) for st in statuses if st.pack},
        "problems": [p.to_dict() for p in problems],
        "warnings": [w.to_dict() for w in warnings],
    }


def _pack_counts(pack) -> dict:
    """One pack's counts: its purpose (practice or check), scenarios, real ones, calls."""
    scenarios = pack.scenarios
    return {"purpose": pack.info.purpose, "scenarios": len(scenarios),
            "real": sum(s.truth == "real" for s in scenarios),
            "calls": sum(s.clip.kind == "call" for s in scenarios)}
