"""Which speech a call needs: one SpeechRequest per line, language and speaker."""
from __future__ import annotations

from game.core.call import person_by_id
from game.core.models import CallScript, Line, Person, text_in
from game.core.speakable import spoken_form
from game.core.speechtext import SpeechRequest
from game.core.voicechoice import traits

SLOWEST, FASTEST = 60, 300   # words a minute the engines are asked for


def line_request(line: Line, person: Person, lang: str, speed: float = 1.0) -> SpeechRequest:
    """How ``line`` is spoken in ``lang`` by ``person`` (their named voice only in their language).

    The engine gets the line's ``say:`` as written, else the spoken form of its text (numbers
    and polyphones; see speakable.py); the cache key follows what is sent. ``speed`` is the
    player's reading speed against the normal one: a slow reader hears every voice slower."""
    voice = person.voice
    gender, age = traits(person.look, voice.gender, voice.age)
    rate = min(FASTEST, max(SLOWEST, round(voice.rate * speed)))
    return SpeechRequest(spoken_line(line, lang), lang, voice.voice if voice.lang == lang else None,
                         rate, voice.pitch, gender, age)


def spoken_line(line: Line, lang: str) -> str:
    """What is said for ``line`` in ``lang``: the author's ``say:``, else the text's spoken form."""
    # no fallback to the other language's say: that would read a Chinese override to English players
    said = line.say if isinstance(line.say, str) else getattr(line.say, lang, None)
    return said or spoken_form(text_in(line.text, lang), lang)


def speaker_of(script: CallScript, line: Line, on_the_line: Person) -> Person:
    """Who says ``line``: its named speaker, else whoever is on the line."""
    return person_by_id(script, line.speaker) if line.speaker else on_the_line


def people_on_the_line(script: CallScript) -> dict[str, set[str]]:
    """For each node, the ids of the people who can be on the line there (by any path)."""
    starts = [script.start] + ([script.decline] if script.decline else [])
    found: dict[str, set[str]] = {node_id: set() for node_id in script.nodes}
    stack = [(node_id, script.caller.id) for node_id in starts if node_id in script.nodes]
    while stack:
        node_id, person_id = stack.pop()
        node = script.nodes[node_id]
        person_id = node.new_call or person_id
        if person_id in found[node_id]:
            continue
        found[node_id].add(person_id)
        stack.extend((c.next, person_id) for c in node.choices if c.next in script.nodes)
    return found


def call_requests(script: CallScript, languages: list[str], speed: float = 1.0) -> list[SpeechRequest]:
    """Every line of the call in every language, without duplicates (recorded lines excluded)."""
    requests: dict[SpeechRequest, None] = {}
    for node_id, person_ids in people_on_the_line(script).items():
        for line in script.nodes[node_id].say:
            if line.audio:
                continue
            for person_id in sorted(person_ids):
                speaker = speaker_of(script, line, person_by_id(script, person_id))
                for lang in languages:
                    requests[line_request(line, speaker, lang, speed)] = None
    return list(requests)


def pack_requests(pack, speed: float = 1.0) -> list:
    """Every SpeechRequest a pack's calls need, in the pack's languages, at reading ``speed``."""
    return scenario_requests(pack.scenarios, list(pack.info.languages), speed)


def scenario_requests(scenarios, languages: list[str], speed: float = 1.0) -> list:
    """Every SpeechRequest the calls among ``scenarios`` need, once each."""
    requests = []
    for scenario in scenarios:
        if scenario.call is not None:
            requests += call_requests(scenario.call, languages, speed)
    return list(dict.fromkeys(requests))
