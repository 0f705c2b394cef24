"""What the self-playing demo presses on each screen, keyed by the screen's name.

The scenes know nothing of the demo: a choice is made from what the screen shows (its
buttons' ids) and the state it already exposes for drawing (a round's step, a classroom
round's phase). A choice is a button id, ``WAIT`` (nothing to press yet), ``END`` (the
demo is over), or ``Keys``/``Text`` to type.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Union

WAIT = "wait"
END = None
MAX_WATCH = 8.0      # watch a clip at most this long before answering


@dataclass(frozen=True)
class DemoPlan:
    """What the demo plays, from the command line."""
    mode: str = "solo"          # solo, classroom or community
    pack: str | None = None     # pack id (default: the first)
    teams: int = 3              # classroom: how many teams
    plan: str | None = None     # community: session plan id (default: the first)
    cards: int = 0              # answer cards held up by a generated room (0: hands or keys)
    phones: int = 0             # simulated phones answering over loopback (0: none)
    crowd: object = None        # the demo's phones (game.demo.phonecrowd.DemoCrowd) when ``phones``


@dataclass(frozen=True)
class Keys:
    """Keys pressed one after another, as teams or a presenter would type them."""
    characters: str


@dataclass(frozen=True)
class Text:
    """Text typed into a box (a nickname)."""
    text: str


Choice = Union[str, Keys, Text, None]


def choose(scene, plan: DemoPlan, rng: random.Random) -> Choice:
    """The demo's next press on ``scene``."""
    chooser = CHOOSERS.get(scene.name, _first)
    return chooser(scene, plan, rng)


def watch_seconds(scene, dwell: float) -> float:
    """How long the demo looks at ``scene`` before choosing: long enough for a clip to play
    or a call to speak (at most ``MAX_WATCH``), else ``dwell``."""
    if scene.name in ("classroom", "presenter"):
        return min(MAX_WATCH, _room_watch(scene, dwell))
    step = getattr(getattr(scene, "round", None), "step", "")
    view = getattr(scene, "callview", None)
    if view is not None and step == "call":
        return MAX_WATCH if view.speaking else dwell
    clip = getattr(scene, "clip", None)
    if clip is not None and step == "judge" and clip.seconds:
        return min(MAX_WATCH, clip.seconds)
    return dwell


def _room_watch(scene, dwell: float) -> float:
    clip = scene.clip
    if not (scene.watching or scene.playing_out) or clip is None:
        return dwell
    if clip.callview is not None:
        return 60.0 if clip.callview.speaking else dwell
    return max(dwell, clip.seconds)


# --- one chooser per screen ---

def _ids(scene) -> list[str]:
    return [b.id for b in scene.buttons]


def _first(scene, plan, rng) -> Choice:
    return scene.buttons[0].id if scene.buttons else END


def _paged_text(scene, plan, rng) -> Choice:
    """A page of text: turn the pages, then the last button (Start, Back, ...)."""
    ids = _ids(scene)
    return "more" if "more" in ids else (ids[-1] if ids else END)


def _title(scene, plan, rng) -> Choice:
    return "rooms" if plan.mode in ("classroom", "community") else "start"


def _player(scene, plan, rng) -> Choice:
    if not scene.nickname:
        return Text("演示" if scene.ctx.lang == "zh" else "Demo")
    return "ok"


def _packs(scene, plan, rng) -> Choice:
    ids = _ids(scene)
    if plan.pack is None:
        return next((i for i in ids if i.startswith("pack:")), ids[0] if ids else END)
    if f"pack:{plan.pack}" in ids:
        return f"pack:{plan.pack}"
    return "list:next" if "list:next" in ids else (ids[0] if ids else END)   # a later page


def _round(scene, plan, rng) -> Choice:
    ids = _ids(scene)
    for forward in ("more", "to_question", "call:reply", "call:end", "continue", "list:next"):   # (every page of answers read first)
        if forward in ids:
            return forward
    numbered = scene.numbered()
    if numbered:
        return rng.choice(numbered).id
    view = getattr(scene, "callview", None)
    if scene.round.step == "call" and view is not None and not view.call.finished:
        return WAIT   # the caller is still talking: the replies come when the line ends
    return END


def _results(scene, plan, rng) -> Choice:
    return "more" if "more" in _ids(scene) else END   # the demo ends on the results' last page


def _tour(scene, plan, rng) -> Choice:
    ids = _ids(scene)
    return next((i for i in ("next", "real", "do:replay", "do:narrate", "do:help", "do:settings", "do:back")
                 if i in ids), END)


def _class_setup(scene, plan, rng) -> Choice:
    if scene.config.teams != plan.teams:
        return "teams"
    packs = scene.ctx.packs()
    shown = packs[scene.config.pack % len(packs)].info.id if packs else None
    if plan.pack and shown != plan.pack and any(p.info.id == plan.pack for p in packs):
        return "pack"
    chosen = _answer_way(scene, plan)
    return chosen if chosen is not None else "start"


def _answer_way(scene, plan) -> Choice | None:
    """The way to answer the demo was asked for (a setup remembers the last one used on this
    computer): cards with ``--cards``, else show of hands or team keys; phones on with
    ``--phones`` only. None once the setup is so."""
    classroom = scene.name == "classsetup"
    if plan.cards:
        chosen = _card_setup(scene, plan)
        if chosen is not None:
            return chosen
    else:
        way, wanted = ("entry", "keys") if classroom else ("answers", "hands")
        if (scene.config.entry if classroom else scene.answers) != wanted:
            return _find(scene, way)
    phones = scene.config.phones if classroom else scene.phones
    if plan.phones:
        return _phone_setup(scene, phones)
    return _find(scene, "phones") if phones.on else None


def _find(scene, button: str) -> Choice:
    """``button`` if it is on this page, else the next page (or the one before)."""
    ids = _ids(scene)
    return button if button in ids else "list:next" if "list:next" in ids else "list:prev"


def _card_setup(scene, plan) -> Choice | None:
    """With ``--cards``: choose cards and their number on a setup (None once they are chosen)."""
    ids = _ids(scene)
    if scene.check is None or not scene.check.done:
        return WAIT   # the camera (the demo's room) is being checked
    classroom = scene.name == "classsetup"
    chosen = scene.config.entry == "cards" if classroom else scene.answers == "cards"
    if not chosen:
        way = "entry" if classroom else "answers"
        return way if way in ids else "list:next" if "list:next" in ids else "list:prev"
    count = "cards" if classroom else "card_count"
    if (scene.config.cards if classroom else scene.cards).count != plan.cards:
        return count if count in ids else "list:next" if "list:next" in ids else "list:prev"
    return None


def _phone_setup(scene, config) -> Choice | None:
    """With ``--phones``: answers on phones on (None once they are). The demo's phones are all on
    this computer: the server listens on loopback and takes them all from its one address."""
    config.host, config.per_address = "127.0.0.1", MAX_DEMO_PHONES
    return None if config.on else _find(scene, "phones")


MAX_DEMO_PHONES = 64


def _with_phones(scene, plan, go: str) -> Choice | None:
    """The demo's phones join while the join screen is up, and answer each open question:
    WAIT for them (at most PATIENCE seconds), ``go`` to close the join screen; None: nothing to wait for."""
    from game.demo.phonecrowd import PATIENCE

    phones, crowd = getattr(scene, "phones", None), plan.crowd
    if not plan.phones or phones is None or crowd is None:
        return None
    teams = len(scene.teams) if scene.name == "classroom" else 0
    crowd.join(phones.url, phones.room.code, teams)
    if scene.joining:
        waiting = crowd.joined() < plan.phones and crowd.waited("join") < PATIENCE
        return WAIT if waiting else go
    question = phones.room.question
    if question is None:
        return None
    scenario = scene.game.scenario if scene.name == "classroom" else scene.session.item.scenario
    crowd.knows(question.key, scenario.truth, [o.safe for o in scenario.actions[0].options] if scenario.actions else [])
    answered = phones.counts()[1]
    return WAIT if answered < plan.phones and crowd.waited(question.key) < PATIENCE else None


def _community_setup(scene, plan, rng) -> Choice:
    ids = _ids(scene)
    chosen = _answer_way(scene, plan)
    if chosen is not None:
        return chosen
    if plan.plan and f"plan:{plan.plan}" in ids:
        return f"plan:{plan.plan}"
    fallback = "list:next" if "list:next" in ids else ids[0] if ids else END   # the plans on a later page
    return next((i for i in ids if i.startswith("plan:")), fallback)


def _call_choice(scene, rng) -> Choice:
    calls = [i for i, _ in scene.call_choices()]
    if not calls:
        return END
    return "call:answer" if "call:answer" in calls else rng.choice(calls)


def _play_out(scene, rng) -> Choice:
    """A call played out after the answers: one of its choices (as the room chose), then the
    safe way, then on; WAIT while the safe way plays by itself."""
    ids = _ids(scene)
    calls = [i for i, _ in scene.call_choices()]
    if calls:
        return rng.choice(calls)
    return next((i for i in ("playout:safe", "playout:on") if i in ids), WAIT)


def _classroom(scene, plan, rng) -> Choice:
    game = scene.game
    if scene.podium:
        return END
    waiting = _with_phones(scene, plan, "join_close")
    if waiting is not None:
        return waiting
    if game.phase == "watch":
        return _call_choice(scene, rng) or "answers"
    if game.phase == "playout":
        return _play_out(scene, rng)
    if game.phase in ("judge", "action") and getattr(scene, "on_cards", False):
        return _room_holds_cards(scene, game.scenario, game.phase == "judge", game.index, go="reveal")
    if game.phase in ("judge", "action") and not game.choices and scene.entry == "keys":
        count = len(game.options())
        return Keys("".join(team.keys[rng.randrange(count)] for team in game.teams))
    ids = _ids(scene)
    return "reveal" if "reveal" in ids else "list:next" if "list:next" in ids else "go"   # (every page of a reveal)


def _presenter(scene, plan, rng) -> Choice:
    session = scene.session
    if session.finished:
        return END
    waiting = _with_phones(scene, plan, "join_close")
    if waiting is not None:
        return waiting
    if session.step == "playout":
        return _play_out(scene, rng)
    call = _call_choice(scene, rng)
    if call:
        return call
    if getattr(scene, "reading_cards", False):
        return _room_holds_cards(scene, session.item.scenario, session.step == "vote_judge", session.index)
    if session.step in ("vote_judge", "vote_action"):
        tally = session.tally()
        counted = tally.real + tally.manipulated if session.step == "vote_judge" else sum(tally.actions)
        lines = [i for i in _ids(scene) if i.startswith("vote:")]
        if not counted:   # raise some hands on every line: digits, then Tab to the next line
            return Keys("".join(f"{rng.randint(0, 12)}\t" for _ in lines))
    return "list:next" if "list:next" in _ids(scene) else "forward"   # (every page of a reveal)


def _room_holds_cards(scene, scenario, judge: bool, position: int, go: str = "forward") -> Choice:
    """The generated room answers the step on its cards; on (``go``) once every card held up is read."""
    room = scene.ctx.camera
    question = "judge" if judge else "action"
    options = [o.safe for o in scenario.actions[0].options] if not judge else []
    asked = (position, question)
    room.answer(asked, question, options, scenario.truth)
    scan = scene.cards.scan
    read = scan is not None and len(scan.answers) >= len(room.answers) and room.frames_since(asked) > 3
    return go if read or room.waited(asked) > ROOM_PATIENCE else WAIT


ROOM_PATIENCE = 10.0   # seconds a step waits for every card held up to be read (it takes 2 or 3 frames)


CHOOSERS: dict[str, Callable[..., Choice]] = {
    "title": _title,
    "greeting": lambda scene, plan, rng: "me",   # a returning player carries on
    "home": lambda scene, plan, rng: "practise",   # what they practised so far; on to the packs
    "language": lambda scene, plan, rng: scene.ctx.lang,
    "player": _player,
    "tour": _tour,
    "packs": _packs,
    "prepare": lambda scene, plan, rng: WAIT,   # the bar fills by itself
    "packs_wait": lambda scene, plan, rng: WAIT,   # the packs finish loading by themselves
    "round": _round,
    "results": _results,
    "checkintro": _paged_text,
    "checkresults": _paged_text,
    "help": lambda scene, plan, rng: "more" if "more" in _ids(scene) else "back",
    "settings": lambda scene, plan, rng: "back",
    "confirm": lambda scene, plan, rng: "no",
    "exported": lambda scene, plan, rng: "more" if "more" in _ids(scene) else END,
    "rooms": lambda scene, plan, rng: plan.mode,
    "classsetup": _class_setup,
    "teamnames": lambda scene, plan, rng: "next",
    "commsetup": _community_setup,
    "classroom": _classroom,
    "presenter": _presenter,
}
