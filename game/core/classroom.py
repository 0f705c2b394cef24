"""Classroom rounds: teams answer each scenario on their own keys (or the teacher enters
their answers), an optional timer, a reveal, a scoreboard and a podium.

Pure logic: the scenes show what a ``TeamRound`` reports and pass key presses and
time in. Points are never given for speed: a team scores 4 for the right real/fake
call and 6 for a safe action, however long it took (within the timer, if one is set).

With answer cards (``TeamRound.cards``) every pupil turns a card and a team's answer is
made of its members' cards: its points for a scenario are the mean, over the team's cards
read at least once so far in the session, of each card's points (4 for a right call, 6
for a safe action). So teams of different sizes are fair, and a card held up for nothing
counts as not right. The team's shown answer is its majority (none on a tie).

With answers on phones (``TeamRound.take_phones``) each phone is a member of the team it
chose, as a card is: a team's members are its present cards and its present phones (a phone
is present once it has answered in the session), and its points are the mean of its
members' points on the same scale. A team with no member present keeps the points of its
own key or teacher answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.callplay import has_playout
from collections.abc import Hashable, Sequence

from game.core.cards import MAX_ROOM_OPTIONS, CardRoom, CardVote
from game.core.models import Scenario
from game.core.order import at_most, in_display_order
from game.core.scoring import ACTION_POINTS, JUDGE_POINTS

MIN_TEAMS, MAX_TEAMS = 2, 8
TIMER_CHOICES = (0, 15, 30, 45, 60, 90, 120)   # seconds per question; 0: no timer
EXTEND_SECONDS = 15

# Okabe–Ito colours (safe for the common kinds of colour blindness), each with a shape
# so that no team is told apart by colour alone.
TEAM_STYLES = (
    ((230, 159, 0), "circle", {"zh": "橙队", "en": "Orange"}),
    ((86, 180, 233), "square", {"zh": "天蓝队", "en": "Sky"}),
    ((0, 158, 115), "triangle", {"zh": "绿队", "en": "Green"}),
    ((240, 228, 66), "diamond", {"zh": "黄队", "en": "Yellow"}),
    ((0, 114, 178), "star", {"zh": "蓝队", "en": "Blue"}),
    ((213, 94, 0), "hexagon", {"zh": "朱红队", "en": "Vermilion"}),
    ((204, 121, 167), "cross", {"zh": "紫红队", "en": "Purple"}),
    ((255, 255, 255), "ring", {"zh": "白队", "en": "White"}),
)

# Each team's keys on one keyboard: the first is option 1, the second option 2, and so on.
TEAM_KEYS = ("12345", "67890", "qwert", "yuiop", "asdfg", "hjkl;", "zxcvb", "nm,./")
MAX_OPTIONS = 5


@dataclass(frozen=True)
class Team:
    index: int
    name: str
    colour: tuple
    shape: str

    @property
    def keys(self) -> str:
        return TEAM_KEYS[self.index]


def make_teams(count: int, lang: str, names: list[str] | None = None) -> list[Team]:
    """``count`` teams (2–8) with their colour, shape and a name (given, or the colour's)."""
    if not MIN_TEAMS <= count <= MAX_TEAMS:
        raise ValueError(f"{count} teams: choose {MIN_TEAMS} to {MAX_TEAMS}")
    names = list(names or [])
    teams = []
    for index in range(count):
        colour, shape, label = TEAM_STYLES[index]
        name = names[index].strip() if index < len(names) and names[index].strip() else label[lang]
        teams.append(Team(index, name[:16], colour, shape))
    return teams


def key_answer(teams: list[Team], key: str) -> tuple[int, int] | None:
    """(team index, option index) for a key press in team-keys mode, or None."""
    for team in teams:
        if key in team.keys:
            return team.index, team.keys.index(key)
    return None


@dataclass
class Timer:
    """A countdown for one question; paused and extended by the teacher. ``limit`` 0: none.

    It counts only between ``start`` and ``stop`` (while teams answer); stopped, it neither
    runs nor expires, so a screen with no countdown on it has nothing to redraw."""

    limit: float = 0.0
    left: float = 0.0
    paused: bool = False
    counting: bool = False
    span: float = 0.0          # the whole countdown so far: the limit and the seconds added to it

    def start(self) -> None:
        self.left, self.span, self.paused = float(self.limit), float(self.limit), False
        self.counting = self.limit > 0

    def stop(self) -> None:
        self.counting, self.paused = False, False

    @property
    def running(self) -> bool:
        return self.counting and not self.paused and self.left > 0

    @property
    def expired(self) -> bool:
        return self.counting and self.left <= 0

    def shown_seconds(self) -> int:
        """The whole seconds the countdown shows (it rounds up: 0 only when time is up)."""
        return int(self.left + 0.999)

    def until_shown_change(self) -> float | None:
        """Seconds until the shown seconds change; None while it does not run."""
        return self.left - (self.shown_seconds() - 1) if self.running else None

    def tick(self, dt: float) -> None:
        if self.running:
            self.left = max(0.0, self.left - dt)

    def toggle_pause(self) -> bool:
        """Pause or go on while counting; False (nothing done) when the timer is not counting."""
        if self.counting:
            self.paused = not self.paused
        return self.counting

    def extend(self, seconds: float = EXTEND_SECONDS) -> bool:
        """Add ``seconds`` while counting; False (nothing done) when the timer is not counting."""
        if not self.counting or self.left <= 0:
            return False
        self.left += seconds
        self.span = max(self.span, self.left)
        return True


@dataclass(frozen=True)
class TeamAnswer:
    team: int
    scenario_id: str
    truth: str                # real | manipulated
    judgement: str            # real | manipulated | '' (no answer in time)
    action: int | None        # option index of the first action question, None if none given
    safe: bool | None         # None when the scenario has no action question
    seconds: float            # how long the team took (kept for the record, never scored)
    card_points: float | None = None   # answer cards: the mean of its cards' points (see ``card_points``)

    @property
    def judged_right(self) -> bool:
        return self.judgement == self.truth

    @property
    def points(self) -> float:
        if self.card_points is not None:
            return self.card_points
        return JUDGE_POINTS * self.judged_right + (ACTION_POINTS if self.safe else 0)


@dataclass(frozen=True)
class CardTally:
    """A team's cards on one scenario: how many it has read so far in the session, how many of
    them judged right, and how many chose a safe action (None: the scenario asks no action)."""

    team: int
    present: int
    judged_right: int
    acted_safe: int | None
    points: float


def card_points(cards: Sequence[Hashable], judged: dict, acted: dict, truth: str, safe: list[bool] | None) -> float:
    """The mean over ``cards`` (a team's members present so far: card numbers, and phones as
    ``("phone", device)``) of each member's points: 4 when it
    judged ``truth`` right, 6 when it chose a safe option (``safe``: the options shown, None
    without an action question). No present card: 0. Rounded to tenths for the scoreboard."""
    if not cards:
        return 0
    total = 0
    for card in cards:
        total += JUDGE_POINTS if judged.get(card) == truth else 0
        option = acted.get(card)
        if safe is not None and isinstance(option, int) and 0 <= option < len(safe) and safe[option]:
            total += ACTION_POINTS
    mean = round(total / len(cards), 1)
    return int(mean) if mean == int(mean) else mean


def majority(answers: list[int]) -> int | None:
    """The answer most cards gave; None when there is none or two answers tie for most."""
    counts: dict[int, int] = {}
    for answer in answers:
        counts[answer] = counts.get(answer, 0) + 1
    if not counts:
        return None
    most = max(counts.values())
    leaders = [answer for answer, count in counts.items() if count == most]
    return leaders[0] if len(leaders) == 1 else None


# The phases of one scenario in a classroom round; a call is played out (to what the room
# chose, then the safe way) only after the answers are in, before the reveal.
PHASES = ("watch", "judge", "action", "playout", "reveal", "scoreboard")


@dataclass
class TeamRound:
    """Where a classroom round is: which scenario, which phase, what each team chose."""

    teams: list[Team]
    scenarios: list[Scenario]
    timer_seconds: int = 0
    index: int = 0
    phase: str = "watch"
    choices: dict = field(default_factory=dict)      # team index -> option index, this phase
    chosen_at: dict = field(default_factory=dict)    # team index -> seconds into the phase
    answers: list[TeamAnswer] = field(default_factory=list)
    timer: Timer = field(default_factory=Timer)
    phase_time: float = 0.0
    _judged: dict = field(default_factory=dict)       # team -> (judgement, seconds) for this scenario
    order_key: str = ""                               # the session: one option order for the whole room
    cards: CardRoom | None = None                     # answer cards: who holds which (None: keys or teacher)
    present: set = field(default_factory=set)         # cards read at least once so far in the session
    card_votes: dict = field(default_factory=dict)    # 'judge' / 'action' -> [CardVote], this scenario
    phone_teams: dict = field(default_factory=dict)   # phone device -> its team, once it has answered
    phone_votes: dict = field(default_factory=dict)   # 'judge' / 'action' -> {device: answer}, this scenario
    tallies: dict = field(default_factory=dict)       # (scenario id, team) -> CardTally

    def __post_init__(self):
        self.timer = Timer(self.timer_seconds)
        if self.order_key:
            self.scenarios = [in_display_order(s, self.order_key) for s in self.scenarios]
        if self.order_key or self.cards is not None:
            self.scenarios = [at_most(s, self.option_limit) for s in self.scenarios]

    @property
    def option_limit(self) -> int:
        """Options a room chooses between: one per key, or one per card edge."""
        return MAX_ROOM_OPTIONS if self.cards is not None else MAX_OPTIONS

    @property
    def finished(self) -> bool:
        return self.index >= len(self.scenarios)

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.index]

    def options(self) -> list[str]:
        """What the teams choose between in this phase: 'real'/'manipulated', or option indexes."""
        if self.phase == "judge":
            return ["real", "manipulated"]
        if self.phase == "action":
            return [str(i) for i in range(min(self.option_limit, len(self.scenario.actions[0].options)))]
        return []

    def choose(self, team: int, option: int) -> bool:
        """Team ``team`` picks ``option`` (its last press counts); False if not taken."""
        if self.phase not in ("judge", "action") or not 0 <= option < len(self.options()):
            return False
        if self.timer.expired or not 0 <= team < len(self.teams):
            return False
        self.choices[team] = option
        self.chosen_at[team] = self.phase_time
        return True

    def take_cards(self, votes: list[CardVote]) -> None:
        """The cards' answers so far in this answer step (each call replaces the last): each
        team's choice becomes its cards' majority (none on a tie)."""
        if self.cards is None or self.phase not in ("judge", "action"):
            return
        self.card_votes[self.phase] = list(votes)
        self.present |= {vote.card for vote in votes}
        self.choices, self.chosen_at = {}, {}
        for team in self.teams:
            mine = [v for v in votes if self.cards.team_of(v.card) == team.index]
            choice = majority([_option_of(v.answer) for v in mine])
            if choice is not None:
                self.choices[team.index] = choice
                self.chosen_at[team.index] = max(v.at for v in mine)

    def take_phones(self, votes: Sequence[tuple[str, int | None, str | int]]) -> None:
        """The phones' answers to this answer step, (device, team, answer) each: each phone
        with a team becomes a present member of it (see the module's note on points)."""
        if self.phase not in ("judge", "action"):
            return
        kept = {device: answer for device, team, answer in votes if team is not None and 0 <= team < len(self.teams)}
        self.phone_votes[self.phase] = kept
        self.phone_teams.update({device: team for device, team, _ in votes if device in kept})

    def stop_cards(self) -> None:
        """The camera failed: the teacher types the answers from now on (what the cards said in
        this step stays as each team's choice, to be corrected; earlier scenarios keep their points)."""
        self.cards = None

    def card_counts(self, question: str) -> list[int]:
        """How many cards and phones gave each answer to ``question`` of this scenario: [real,
        AI] for 'judge', one per option shown for 'action'."""
        answers = [v.answer for v in self.card_votes.get(question, [])]
        answers += list(self.phone_votes.get(question, {}).values())
        if question == "judge":
            return [sum(a == side for a in answers) for side in ("real", "manipulated")]
        shown = min(self.option_limit, len(self.scenario.actions[0].options)) if self.scenario.actions else 0
        return [sum(a == i for a in answers) for i in range(shown)]

    def tally(self, team: int) -> CardTally | None:
        """A team's members (cards, phones) on the scenario on screen (after its answers are
        in); None without cards and with no phone of the team present."""
        return self.tallies.get((self.scenario.id, team))

    def answered(self, team: int) -> bool:
        """Whether team ``team`` has an answer in this step: its own (keys, teacher, its cards'
        majority) or one from a phone of the team."""
        phones = self.phone_votes.get(self.phase, {})
        return team in self.choices or any(self.phone_teams.get(device) == team for device in phones)

    @property
    def all_answered(self) -> bool:
        return len(self.choices) == len(self.teams)

    def tick(self, dt: float) -> None:
        """Time passes; when the timer runs out the answers so far are locked in."""
        if self.phase in ("judge", "action"):
            self.phase_time += dt
            self.timer.tick(dt)
            if self.timer.expired:
                self.advance()

    def advance(self) -> None:
        """The teacher goes on: watch → judge → action → reveal → scoreboard → next scenario."""
        if self.finished:
            return
        if self.phase == "watch":
            self._enter("judge")
        elif self.phase == "judge":
            self._judged = {t: ("real" if o == 0 else "manipulated", self.chosen_at[t]) for t, o in self.choices.items()}
            if self.scenario.actions:
                self._enter("action")
            else:
                self._record()
                self._enter(self._after_answers())
        elif self.phase == "action":
            self._record()
            self._enter(self._after_answers())
        elif self.phase == "playout":
            self._enter("reveal")
        elif self.phase == "reveal":
            self._enter("scoreboard")
        else:
            self.index += 1
            self._judged, self.card_votes, self.phone_votes = {}, {}, {}
            self._enter("watch")

    def _after_answers(self) -> str:
        return "playout" if has_playout(self.scenario) else "reveal"

    def _enter(self, phase: str) -> None:
        self.phase, self.choices, self.chosen_at, self.phase_time = phase, {}, {}, 0.0
        if phase in ("judge", "action"):
            self.timer.start()   # the timer counts only while teams answer
        else:
            self.timer.stop()

    def _record(self) -> None:
        scenario = self.scenario
        options = scenario.actions[0].options if scenario.actions else []
        for team in self.teams:
            judgement, judged_at = self._judged.get(team.index, ("", 0.0))
            action = self.choices.get(team.index) if options else None
            safe = (options[action].safe if action is not None else False) if options else None
            seconds = judged_at + self.chosen_at.get(team.index, 0.0)
            tally = self._card_tally(team.index) if self.cards is not None or self._members(team.index) else None
            points = tally.points if tally is not None else None
            self.answers.append(TeamAnswer(team.index, scenario.id, scenario.truth, judgement, action, safe,
                                           seconds, points))

    def _members(self, team: int) -> list[Hashable]:
        """Team ``team``'s members present so far: its cards read, then its phones that answered."""
        cards = sorted(c for c in self.present if self.cards is not None and self.cards.team_of(c) == team)
        phones = sorted(("phone", d) for d, t in self.phone_teams.items() if t == team)
        return [*cards, *phones]

    def _card_tally(self, team: int) -> CardTally:
        """Team ``team``'s members (cards and phones) on this scenario, kept for the reveal."""
        scenario = self.scenario
        cards = self._members(team)
        judged: dict[Hashable, str | int] = {v.card: v.answer for v in self.card_votes.get("judge", [])}
        acted: dict[Hashable, str | int] = {v.card: v.answer for v in self.card_votes.get("action", [])}
        judged.update({("phone", d): a for d, a in self.phone_votes.get("judge", {}).items()})
        acted.update({("phone", d): a for d, a in self.phone_votes.get("action", {}).items()})
        safe = [o.safe for o in scenario.actions[0].options[:self.option_limit]] if scenario.actions else None
        right = sum(judged.get(c) == scenario.truth for c in cards)
        acted_safe = None if safe is None else sum(
            isinstance(acted.get(c), int) and 0 <= int(acted[c]) < len(safe) and safe[int(acted[c])] for c in cards)
        tally = CardTally(team, len(cards), right, acted_safe, card_points(cards, judged, acted, scenario.truth, safe))
        self.tallies[(scenario.id, team)] = tally
        return tally

    def scenario_answers(self) -> list[TeamAnswer]:
        """The teams' answers to the scenario on screen (after the reveal)."""
        return [a for a in self.answers if a.scenario_id == self.scenario.id]

    def totals(self) -> list[tuple[Team, float]]:
        """Teams with their points, best first (ties keep team order)."""
        points = {team.index: 0.0 for team in self.teams}
        for answer in self.answers:
            points[answer.team] += answer.points
        return sorted(((team, points[team.index]) for team in self.teams), key=lambda pair: -pair[1])

    def max_points(self) -> int:
        """Most points a team could have so far."""
        done = {a.scenario_id for a in self.answers}
        return sum(JUDGE_POINTS + (ACTION_POINTS if s.actions else 0) for s in self.scenarios if s.id in done)


def _option_of(answer: str | int) -> int:
    """A card's answer as the option index the keys would give: real 0, AI 1, or the option."""
    if isinstance(answer, int):
        return answer
    return 0 if answer == "real" else 1
