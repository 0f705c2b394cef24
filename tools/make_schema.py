"""Write the JSON Schemas for pack authors from the models (``docs/schema/*.json``).

Editors that understand YAML schemas (VS Code with the YAML extension, JetBrains
IDEs) then complete keys and flag mistakes while typing. Run after changing
``game/core/models.py``; a test fails when the files are out of date.

    python tools/make_schema.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core.models import PackInfo, RightsCatalogue, Scenario  # noqa: E402
from game.core.vocab import CATEGORIES, RED_FLAGS  # noqa: E402

SCHEMA_DIR = ROOT / "docs" / "schema"


def schemas() -> dict[str, dict]:
    scenario = Scenario.model_json_schema()
    # Offer the built-in lists as suggestions; packs may add categories, so they stay open.
    scenario["properties"]["category"]["examples"] = sorted(CATEGORIES)
    scenario["properties"]["pattern"]["items"]["enum"] = sorted(RED_FLAGS)
    return {"scenario": scenario, "pack": PackInfo.model_json_schema(),
            "rights": RightsCatalogue.model_json_schema()}


def rendered() -> dict[str, str]:
    return {name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n" for name, schema in schemas().items()}


def main() -> None:
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in rendered().items():
        (SCHEMA_DIR / f"{name}.schema.json").write_text(text, encoding="utf-8")
        print(f"wrote docs/schema/{name}.schema.json")


if __name__ == "__main__":
    main()
