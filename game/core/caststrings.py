"""Texts about the cast (assets/cast/cast.yaml), in both languages: the pack problems that name
a cast member. ``game.core.strings.t`` and ``game.core.problemtext`` find these keys as they
find their own (``problems.msg.*`` is a message family: see game.core.problemstrings)."""
from __future__ import annotations

CAST_STRINGS: dict[str, dict[str, str]] = {
    "problems.msg.unknown_cast": {"en": "unknown cast member '{name}'", "zh": "演员表里没有“{name}”"},
    "problems.msg.h_cast_ids": {"en": "see assets/cast/cast.yaml for the ids",
                                "zh": "编号见 assets/cast/cast.yaml"},
    "problems.msg.cast_twice": {"en": "cast id '{name}' appears twice", "zh": "演员编号“{name}”出现了两次"},
}
