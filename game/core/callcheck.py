"""Validation of call scripts: references resolve, every node is reachable, every path ends."""
from __future__ import annotations

import difflib

from game.core.callplay import decision_path, safe_route
from game.core.models import CallScript, Scenario
from game.core.vocab import MOVES, OUTCOMES, suggest


def check_call(scenario: Scenario, add) -> list[tuple[tuple, str, str]]:
    """Check the call of ``scenario``; report through ``add(keypath, message, hint)``.

    Returns (keypath, relative path, kind) of every media file the script uses,
    for the caller to check like clip media.
    """
    clip, script = scenario.clip, scenario.call
    if clip.kind != "call":
        if script is not None:
            add(("call",), "call: is only for clips of kind: call", "remove it or set clip.kind: call")
        if clip.file is None:
            add(("clip",), "clip.file: missing", "give the media file")
        if not scenario.actions:
            add(("actions",), "actions: at least one question is needed", "add an action question")
        return []
    if script is None:
        add(("clip",), "a call clip needs a call: section", "add call: with channel, caller, start and nodes")
        return []
    if clip.file is not None:
        add(("clip", "file"), "a call clip has no file", "put faces and recordings in the call: section")
    _check_references(script, add)
    _check_people(script, add)
    _check_flow(script, add)
    return _media(script)


# Suggesting compares the value with every known name: with 10,000 nodes that each point at a
# missing one, that was 10^8 comparisons (minutes). Past this many names there is no suggestion.
MAX_SUGGEST = 200


def _suggest(value: str, known) -> str:
    if len(known) > MAX_SUGGEST:
        return "check the name"
    close = difflib.get_close_matches(value[:200], sorted(known), n=1)
    return f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(sorted(known))[:200]


def _check_references(script: CallScript, add) -> None:
    nodes = script.nodes
    people = {p.id for p in [script.caller, *script.people]}
    if script.start not in nodes:
        add(("call", "start"), f"no node '{script.start}'", _suggest(script.start, nodes))
    if script.decline and script.decline not in nodes:
        add(("call", "decline"), f"no node '{script.decline}'", _suggest(script.decline, nodes))
    for node_id, node in nodes.items():
        where = ("call", "nodes", node_id)
        for index, choice in enumerate(node.choices):
            if choice.next not in nodes:
                add(where + ("choices", index, "next"), f"no node '{choice.next}'", _suggest(choice.next, nodes))
            if choice.move and choice.move not in MOVES:
                add(where + ("choices", index, "move"), f"unknown move '{choice.move}'", suggest(choice.move, MOVES))
        for index, line in enumerate(node.say):
            if line.speaker and line.speaker not in people:
                add(where + ("say", index, "speaker"), f"no person '{line.speaker}'", _suggest(line.speaker, people))
        if node.new_call and node.new_call not in people:
            add(where + ("new_call",), f"no person '{node.new_call}'", _suggest(node.new_call, people))
        if node.outcome and node.outcome not in OUTCOMES:
            add(where + ("outcome",), f"unknown outcome '{node.outcome}'", suggest(node.outcome, OUTCOMES))
        if node.outcome and node.choices:
            add(where, "a node with an outcome ends the call, so it cannot have choices", "remove one of them")
        if not node.outcome and not node.choices:
            add(where, f"node '{node_id}' is a dead end", "give it choices, or an outcome to end the call")


def _check_people(script: CallScript, add) -> None:
    ids = [p.id for p in [script.caller, *script.people]]
    seen = {ids[0]}   # a set: the list slice made 10,000 people cost 50 million comparisons
    for index, person_id in enumerate(ids[1:]):
        if person_id in seen:
            add(("call", "people", index, "id"), f"person id '{person_id}' appears twice", "give each person an id")
        seen.add(person_id)
    if script.channel == "conference" and len(script.people) < 2:
        add(("call", "people"), "a conference needs at least two other people", "add them under people:")


def _check_flow(script: CallScript, add) -> None:
    nodes = script.nodes
    if script.start not in nodes or any(c.next not in nodes for n in nodes.values() for c in n.choices):
        return  # unresolved references were reported; flow cannot be judged
    reachable = _reach([s for s in (script.start, script.decline) if s], lambda n: [c.next for c in nodes[n].choices])
    for node_id in nodes:
        if node_id not in reachable:
            add(("call", "nodes", node_id), f"node '{node_id}' can never be reached", "lead a choice to it, or remove it")
    incoming: dict[str, list[str]] = {n: [] for n in nodes}
    for node_id, node in nodes.items():
        for choice in node.choices:
            incoming[choice.next].append(node_id)
    ending = _reach([n for n, node in nodes.items() if node.outcome], lambda n: incoming[n])
    for node_id in reachable:
        if node_id not in ending:
            add(("call", "nodes", node_id), f"from node '{node_id}' the call can never end (a loop without an exit)",
                "lead one of its choices towards an outcome")
    _check_room_play(script, add)


def _check_room_play(script: CallScript, add) -> None:
    """A call shown to a room stops at its point of decision until the room has answered, and
    is then played out the safe way too (game.core.callplay): both must exist."""
    path = decision_path(script)
    if not path:
        add(("call", "start"), "the call never offers a move to decide on, only listening",
            "give a node choices such as ask_secret_word or hang_up_call_back: a room's call stops there")
    elif safe_route(script, path[-1]) is None:
        add(("call", "nodes", path[-1]), f"no safe ending can be reached from '{path[-1]}', where the call asks for a decision",
            "lead a choice towards an outcome of safe or verified: a room is shown that way after answering")


def _reach(starts: list[str], neighbours) -> set[str]:
    seen, stack = set(starts), list(starts)
    while stack:
        for nxt in neighbours(stack.pop()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _media(script: CallScript) -> list[tuple[tuple, str, str]]:
    found: list[tuple[tuple, str, str]] = []
    for index, person in enumerate([script.caller, *script.people]):
        if person.face:
            where = ("call", "caller", "face") if index == 0 else ("call", "people", index - 1, "face")
            kind = "video" if person.face.lower().endswith((".mp4", ".webm")) else "image"
            found.append((where, person.face, kind))
    for node_id, node in script.nodes.items():
        for index, line in enumerate(node.say):
            if line.audio:
                found.append((("call", "nodes", node_id, "say", index, "audio"), line.audio, "audio"))
    return found
