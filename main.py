"""识破 SeeThrough — start here. See README.md."""
from game.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
