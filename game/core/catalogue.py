"""Catalogue files the packs refer to by id (the rights cards, the cast): read, checked, indexed."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from game.core.charset import Charset
from game.core.meaning import check_texts
from game.core.problems import PackError, Problem
from game.core.shape import validate_shape
from game.core.yamlsafe import load_yaml_file


def load_by_id(path: Path, model: Any, entries: str, noun: str, charset: Charset | None) -> tuple[dict, list[Problem]]:
    """The entries of catalogue ``path`` (a ``model`` whose list ``entries`` holds items with an
    ``id``) by id, and any problems: its shape, its texts in both languages, an id twice."""
    try:
        loaded = load_yaml_file(path)
    except PackError as err:
        return {}, err.problems
    catalogue, problems = validate_shape(model, loaded)
    if catalogue is None:
        return {}, problems
    problems += check_texts(catalogue, loaded, ["zh", "en"], charset)
    found: dict = {}
    for index, entry in enumerate(getattr(catalogue, entries)):
        if entry.id in found:
            line, col = loaded.where((entries, index, "id"))
            problems.append(Problem(loaded.path, line, col, f"{noun} id '{entry.id}' appears twice", ""))
        found[entry.id] = entry
    return found, problems
