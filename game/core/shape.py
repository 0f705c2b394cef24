"""Turn pydantic validation errors into problems that point at file, line and column."""
from __future__ import annotations

import difflib

from pydantic import BaseModel, ValidationError

from game.core.problems import Problem
from game.core.yamlsafe import LoadedYaml

# Names pydantic puts into error locations for members of a union; not real keys.
_UNION_MEMBERS = {"str", "LangText", "list[float]", "bool", "int"}


def validate_shape(model: type[BaseModel], loaded: LoadedYaml):
    """Validate ``loaded.data`` against ``model``; return (instance or None, problems)."""
    if not isinstance(loaded.data, dict):
        return None, [Problem(loaded.path, 1, 1, "the file must be a set of 'key: value' lines",
                              "start with 'id: ...'")]
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as err:
        return None, _problems(model, loaded, err)


def _problems(model, loaded: LoadedYaml, err: ValidationError) -> list[Problem]:
    problems, seen = [], set()
    for error in err.errors():
        if error["loc"][-1:] == ("str",) and isinstance(error.get("input"), dict):
            continue  # a {zh, en} text: the LangText member's errors say what is wrong
        loc = tuple(part for part in error["loc"] if part not in _UNION_MEMBERS)
        key = (loc, error["type"] == "extra_forbidden")
        if key in seen:  # a union reports once per member; one message is enough
            continue
        seen.add(key)
        line, col = loaded.where_key(loc) if error["type"] == "extra_forbidden" else loaded.where(loc)
        problems.append(Problem(loaded.path, line, col, _message(loc, error),
                                _hint(model, loc, error)))
    return problems


def _dotted(loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "file"


def _message(loc, error) -> str:
    where = _dotted(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{where}: unknown key"
    if kind == "missing":
        return f"{where}: missing"
    if kind in ("string_type", "model_type", "model_attributes_type") and error["loc"][-1:] in (("str",), ("LangText",)):
        return f"{where}: must be a text or {{zh: ..., en: ...}}"
    return f"{where}: {error['msg'][0].lower()}{error['msg'][1:]} (got {_short(error.get('input'))})"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _hint(model, loc, error) -> str:
    typed = error.get("input")
    if isinstance(typed, str) and ("：" in typed or "，" in typed) or error["type"] == "extra_forbidden" and "：" in str(loc[-1:]):
        return ("a full-width '：' or '，' (a Chinese keyboard's) is text to YAML: write a half-width "
                "':' followed by a space, or ','")
    if error["type"].startswith("bool") and isinstance(typed, str):
        return "write true or false"
    if error["type"] == "literal_error":
        return _allowed(error)
    if error["type"] == "extra_forbidden" and loc:
        known = _known_keys(model, loc[:-1])
        if known == ["zh", "en"]:
            return "a comma inside {zh: ..., en: ...} splits the text: put the text in double quotes"
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        if close:
            return f"did you mean '{close[0]}'?"
        return "known keys: " + ", ".join(known) if known else "remove it"
    if error["type"] == "missing":
        return "add this key"
    return ""


def _allowed(error) -> str:
    """The values allowed, with the nearest to what was written first."""
    expected = str(error.get("ctx", {}).get("expected", ""))
    values = [v.strip().strip("'") for v in expected.replace(" or ", ", ").split(",") if v.strip()]
    close = difflib.get_close_matches(str(error.get("input"))[:200], values, n=1, cutoff=0.5)
    allowed = "allowed: " + ", ".join(values)
    return f"did you mean '{close[0]}'? {allowed}" if close else allowed


def _known_keys(model, loc) -> list[str]:
    """The field names allowed at ``loc`` (walking nested models by annotation)."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
        if current is None:
            return []
    return list(current.model_fields)


def _model_in(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
