"""Where the game's own files are, with nothing heavy imported: the first frame needs only this."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InstallPaths:
    """Where the game's own files are: assets and built-in scenarios."""

    root: Path

    @property
    def assets(self) -> Path:
        return self.root / "assets"

    @property
    def scenarios(self) -> Path:
        return self.root / "scenarios"

    @property
    def rights(self) -> Path:
        return self.assets / "rights.yaml"

    @property
    def cast(self) -> Path:
        return self.assets / "cast" / "cast.yaml"

    @property
    def charset(self) -> Path:
        return self.assets / "fonts" / "NotoSansSC.charset"

    def font(self, bold: bool = False) -> Path:
        return self.assets / "fonts" / ("NotoSansSC-Bold.otf" if bold else "NotoSansSC-Regular.otf")
