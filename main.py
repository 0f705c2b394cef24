"""识破 SeeThrough — start here.

    python3 main.py          play (sets itself up on first start)
    python3 main.py test     run the whole test suite
    python3 main.py --help   every command
"""
import sys


def start() -> int:
    from game import bootstrap

    wants_tests = sys.argv[1:2] == ["test"]
    if not bootstrap.inside_venv():
        bootstrap.ensure(["test"] if wants_tests else [])
        return bootstrap.relaunch(sys.argv[1:])
    if wants_tests:
        bootstrap.ensure(["test"])
        from game.testrun import run_tests

        return run_tests(sys.argv[2:])
    from game.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(start())
