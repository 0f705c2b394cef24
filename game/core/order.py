"""The order options are shown in: shuffled, so position never tells which is safe.

Every multiple choice (action options, a call's choices) is shown in an order drawn from
a key: the player (or the room's session) and the scenario. The same key gives the same
order on every machine and every run, so a player who resumes or reviews sees what they
saw before, and a whole classroom sees one order. An option with ``pin: true`` keeps its
place in the file (for the rare question whose order is its meaning, like a scale).
"""
from __future__ import annotations

import hashlib
import random

from game.core.models import ActionQuestion, CallScript, Option, Scenario


def shuffled_indexes(count: int, pinned: set[int], key: str) -> list[int]:
    """File indexes in display order: unpinned ones shuffled by ``key``, pinned ones in place."""
    seed = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    free = [i for i in range(count) if i not in pinned]
    random.Random(seed).shuffle(free)
    moving = iter(free)
    return [i if i in pinned else next(moving) for i in range(count)]


def in_display_order(scenario: Scenario, key: str) -> Scenario:
    """The scenario with its action options and call choices in the order the player sees.

    Scoring reads ``safe`` and calls follow ``next``, so everything downstream works on the
    reordered copy unchanged.
    """
    base = f"{key}/{scenario.id}"
    actions = [_question(q, f"{base}/action{n}") for n, q in enumerate(scenario.actions)]
    call = _call(scenario.call, f"{base}/call") if scenario.call else None
    return scenario.model_copy(update={"actions": actions, "call": call})


def _question(question: ActionQuestion, key: str) -> ActionQuestion:
    options = question.options
    order = shuffled_indexes(len(options), {i for i, o in enumerate(options) if o.pin}, key)
    return question.model_copy(update={"options": [options[i] for i in order]})


def _call(script: CallScript, key: str) -> CallScript:
    nodes = {}
    for node_id, node in script.nodes.items():
        choices = node.choices
        order = shuffled_indexes(len(choices), {i for i, c in enumerate(choices) if c.pin}, f"{key}/{node_id}")
        nodes[node_id] = node.model_copy(update={"choices": [choices[i] for i in order]})
    return script.model_copy(update={"nodes": nodes})


def at_most(scenario: Scenario, count: int) -> Scenario:
    """The first action question cut to ``count`` options for a room (keys, or a card's four
    edges), in the order shown. Options the pack marks ``room: true`` are kept first; then the
    rule: unsafe ones go from the end, but one unsafe option always stays (a question with only
    safe answers would score any press) and the safe answer is always among them."""
    if not scenario.actions or len(scenario.actions[0].options) <= count:
        return scenario
    options = list(scenario.actions[0].options)
    while len(options) > count:
        options.remove(_least_needed(options))
    first = scenario.actions[0].model_copy(update={"options": options})
    return scenario.model_copy(update={"actions": [first, *scenario.actions[1:]]})


def _least_needed(options: list[Option]) -> Option:
    """The option to leave out next: unmarked before marked, unsafe (while another unsafe one
    stays) before safe (while another safe one stays), the last shown first."""
    for marked in (False, True):
        group = [o for o in options if o.room == marked]
        for safe in (False, True):
            kind = [o for o in options if o.safe == safe]
            candidates = [o for o in group if o.safe == safe]
            if candidates and len(kind) > 1:
                return candidates[-1]
    return options[-1]
