"""One character, one name: a call person drawn as a cast member is called by that member's name
in every built-in pack, so a player who meets the granddaughter again knows her.

A person shown by a role instead of a name (an unknown number, a service line, someone who only
says who they are) is left out: the phone shows the role, whoever's face stands behind it."""
from __future__ import annotations

from tests.conftest import ROOT

ROLE_WORDS = ("号码", "客服", "自称", "专线", "报警台", "服务中心", "总机", "医院", "电话")


def _named_people():
    """(scenario id, person, member) for every built-in call person shown by a name."""
    from game.core.library import InstallPaths, load_all, open_library

    library, _ = open_library(InstallPaths(ROOT), None)
    for status in load_all([ROOT / "scenarios"], library):
        assert status.ok, status.problems
        for scenario in status.pack.scenarios:
            if scenario.call is None:
                continue
            for person in (scenario.call.caller, *scenario.call.people):
                if person.cast and not any(word in person.name.zh for word in ROLE_WORDS):
                    yield scenario.id, person, library.cast[person.cast]


def test_every_named_call_person_has_exactly_their_cast_members_names():
    seen = 0
    for scenario_id, person, member in _named_people():
        wanted = (member.name.zh, member.name.en)
        assert (person.name.zh, person.name.en) == wanted, f"{scenario_id}: {person.id} should be {wanted}"
        seen += 1
    assert seen > 40
