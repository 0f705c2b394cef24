"""The self-playing demo: plays a round with seeded answers, saving every screen.

Educators use it as an exhibition loop (``--loop``); tests use it to look at
every screen. What to press is chosen by ``game.demo.policy``; it is pressed by
clicking the button (or typing the keys), so the demo goes through the same input
path as a player. The last line printed is JSON.
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pygame

from game.demo.policy import END, WAIT, DemoPlan, Keys, Text, choose, watch_seconds

FRAME = 1 / 30
SETTLE_FRAMES = 3      # frames to wait before a screenshot, so clips have drawn
DWELL_SECONDS = 1.0    # how long the demo "reads" a screen before choosing
MAX_FRAMES = 60_000
WAIT_SLEEP = 0.005     # seconds the demo sleeps on a frame where it waits, so threads get the CPU
OVERLAY_TOUR = (pygame.K_F1, pygame.K_F3, pygame.K_ESCAPE)   # help, settings, "leave the round?"


def run_demo(app, args) -> int:
    from game.ui.flows import Journey

    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    phones = getattr(args, "phones", 0) or 0
    crowd = None
    if phones:
        from game.demo.phonecrowd import DemoCrowd

        crowd = DemoCrowd(phones, args.seed)
    plan = DemoPlan(getattr(args, "mode", "solo"), args.pack, getattr(args, "teams", 3), getattr(args, "plan", None),
                    getattr(args, "cards", 0) or 0, phones, crowd)
    rng = random.Random(args.seed)
    if plan.cards:
        from game.demo.cardroom import DemoRoom

        app.ctx.camera = DemoRoom(plan.cards, args.seed)   # the room's photos stand in for a webcam
    journey = Journey(app)
    result = {}
    while True:
        journey.start()
        result = play_once(app, plan, rng, shots, realtime=args.loop)
        if not args.loop or not app.running:
            break
    if crowd is not None:
        crowd.stop()
    print(json.dumps(result, ensure_ascii=False))
    return 0 if not result["problems"] else 1


def play_once(app, plan: DemoPlan, rng: random.Random, shots: Path | None, realtime: bool,
              max_frames: int = MAX_FRAMES) -> dict:
    """Play from the screen showing until the demo's end (or ``max_frames``); the JSON summary."""
    seen_key, settle, dwell, count = None, 0, 0.0, 0
    clock = pygame.time.Clock() if realtime else None
    round_scene = None
    screens = ScreenCount()
    tour = list(OVERLAY_TOUR)   # once, in the first round: the screens reachable from anywhere
    for _ in range(max_frames):
        events = pygame.event.get() if realtime else []
        app.step(events, FRAME)
        if realtime:
            pygame.display.flip()
            clock.tick(30)
        if not app.running:
            break
        scene = app.top
        if scene.name == "round":
            round_scene = scene
        key = f"{scene.name}:{scene.screen_key()}:{app.ctx.lang}"
        if key != seen_key:
            seen_key, settle, dwell = key, SETTLE_FRAMES, 0.0
            continue
        if settle > 0:
            settle -= 1
            if settle == 0:
                screens.shown(scene)
            if settle == 0 and shots:
                count += 1
                pygame.image.save(app.screen, str(shots / f"{count:03d}-{scene.name}-{_safe(scene.screen_key())}.png"))
            continue
        dwell += FRAME
        if dwell < watch_seconds(scene, DWELL_SECONDS):
            continue
        if tour and scene.name == "round" and scene.round.step == "judge":
            _press(app, tour.pop(0))
            continue
        if app.settle_left(click=True) > 0:
            continue   # the screen takes no answers yet (a slower player's setting): a press now would be lost
        choice = choose(scene, plan, rng)
        if choice is END:
            break
        if choice == WAIT and not realtime:
            time.sleep(WAIT_SLEEP)   # what it waits for may be real time (the camera thread reading cards)
        if isinstance(choice, Keys):   # teams answering on their own keys, a presenter's counts
            _type_keys(app, choice.characters)
        elif isinstance(choice, Text):
            app.step([pygame.event.Event(pygame.TEXTINPUT, text=choice.text)], FRAME)
        elif choice != WAIT:
            click(app, choice)
    if plan.mode != "solo":
        return _room_summary(app, plan.mode, count)
    return _summary(app, round_scene, count, screens)


class ScreenCount:
    """How many screens each scenario of a round shows, from its clip to the next scenario:
    every change of the round's screen key that stays on screen long enough to be saved.
    Help, settings and "leave the round?" over a round are not counted, nor is the round's
    screen again when they close."""

    def __init__(self):
        self.per_scenario: dict[str, int] = {}
        self.kinds: dict[str, str] = {}
        self.last = ""

    def shown(self, scene) -> None:
        if scene.name != "round" or scene.round.finished:
            return
        key = scene.counted_key()
        if key == self.last:
            return
        self.last = key
        scenario = scene.round.scenario
        self.per_scenario[scenario.id] = self.per_scenario.get(scenario.id, 0) + 1
        self.kinds[scenario.id] = "call" if scenario.clip.kind == "call" else "picture"

    def summary(self) -> dict:
        """``screens_per_scenario`` and the most for a picture (any clip not a call) and a call."""
        def most(kind: str) -> int:
            return max((n for s, n in self.per_scenario.items() if self.kinds[s] == kind), default=0)
        return {"screens_per_scenario": dict(self.per_scenario), "scenario_kinds": dict(self.kinds),
                "max_screens_picture": most("picture"), "max_screens_call": most("call")}


def _press(app, key: int) -> None:
    app.step([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)], FRAME)


def _type_keys(app, characters: str) -> None:
    """Press each key as a player would (the character and its key code)."""
    for char in characters:
        key = pygame.key.key_code(char) if char.isalnum() else ord(char)
        app.step([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0)], FRAME)


def click(app, button_id: str) -> None:
    """Click the button ``button_id`` on the screen showing (nothing if it is not there)."""
    button = next((b for b in app.top.buttons if b.id == button_id), None)
    if button is None:
        return
    click = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=button.rect.center)
    app.step([click], FRAME)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)[:60]


def _problems(ctx) -> list[str]:
    """What went wrong in a demo: text that overflowed, a broken pack, speech that stalled
    (the prepare screen's 15-second notice: a working engine never needs it)."""
    problems = [f"text overflow: {o}" for o in ctx.text.overflows]
    problems += [str(p) for s in ctx.statuses for p in s.problems[:1]]
    problems += [f"notice shown: {n.text_key}" for n in ctx.notices if n.text_key == "notice.speech_stalled"]
    return problems


def _summary(app, round_scene, shots: int, screens: ScreenCount) -> dict:
    from game.core.scoring import summarize

    ctx = app.ctx
    answers = round_scene.round.answers if round_scene else []
    played = [s for s in round_scene.round.scenarios[: len(answers)]] if round_scene else []
    problems = _problems(ctx)
    if app.top.name != "results":
        problems.append(f"demo ended on '{app.top.name}', not on the results screen")
    summary = summarize(answers)
    return {
        "played": len(answers),
        "kinds": sorted({s.clip.kind for s in played}),
        "score": round(summary.points, 2),
        "max_score": summary.max_points,
        "judged_right": summary.judged_right,
        "shots": shots,
        **screens.summary(),
        "lang": ctx.lang,
        "sound": ctx.sound.available,
        "problems": problems,
    }


def _room_summary(app, mode: str, shots: int) -> dict:
    """The JSON summary of a classroom round or a community session."""
    ctx, scene = app.ctx, app.top
    problems = _problems(ctx)
    summary = {"mode": mode, "shots": shots, "lang": ctx.lang, "sound": ctx.sound.available}
    session_id = ctx.store.sessions.latest()
    report = ctx.store.sessions.report(session_id) if session_id else None
    if report is None or report.finished is None:
        problems.append(f"demo ended on '{scene.name}' before the session finished")
    if mode == "classroom" and report is not None:
        points = {t["team"]: 0 for t in report.teams}
        for answer in report.answers:
            points[answer["team"]] += answer["points"]
        summary["teams"] = [{"name": t["name"], "colour": t["colour"], "shape": t["shape"],
                             "points": round(points[t["team"]], 1)} for t in report.teams]
        summary["played"] = len({a["position"] for a in report.answers})
    if report is not None and report.cards:
        summary.update(_card_summary(ctx, report, problems))
    if report is not None and report.phones:
        summary.update(_phone_summary(report, problems))
    if mode == "community" and report is not None:
        summary["played"] = len(report.votes)
        summary["votes"] = [{"scenario": v["scenario_id"], "part": v["part"], "real": v["real"],
                             "ai": v["manipulated"]} for v in report.votes]
    summary["session"] = session_id
    summary["problems"] = problems
    return summary


def _card_summary(ctx, report, problems: list[str]) -> dict:
    """Each card's answers as recorded (per question), and how many the reader got right
    against what the generated room held up (a wrong one is a problem)."""
    positions = sorted({vote["position"] for vote in report.card_votes})
    shown = {(v["position"], v["question"], v["card"]): _card_answer(v["answer"]) for v in report.card_votes}
    per_card = {str(card["card"]): {question: " ".join(shown.get((p, question, card["card"]), "-") for p in positions)
                                    for question in ("judge", "action")} for card in report.cards}
    room = ctx.camera
    checked = room.check(report.card_votes) if hasattr(room, "check") else None
    summary = {"cards": len(report.cards), "card_votes": len(report.card_votes),
               "questions": len(positions), "votes_per_card": per_card}
    if checked is not None:
        summary["cards_held_up"], summary["cards_read_right"], wrong = checked
        problems += [f"card {card} read as {answer!r}, held up as {held!r}" for card, answer, held in wrong]
    return summary


def _card_answer(answer: str) -> str:
    """A card's recorded answer as the summary shows it: real, AI, or the option's edge A-D."""
    from game.core.cards import EDGES

    return {"real": "real", "manipulated": "AI"}.get(answer) or EDGES[int(answer)]


def _phone_summary(report, problems: list[str]) -> dict:
    """Each phone's answers as recorded (by nickname), and a problem for any question closed
    before every phone that joined had answered it."""
    positions = sorted({vote["position"] for vote in report.phone_votes})
    shown = {(v["position"], v["question"], v["person"]): _card_answer(v["answer"]) for v in report.phone_votes}
    per_person = {person["nickname"]: {question: " ".join(shown.get((p, question, person["person"]), "-")
                                                          for p in positions) for question in ("judge", "action")}
                  for person in report.phones}
    asked: dict[tuple, int] = {}
    for vote in report.phone_votes:
        asked[(vote["position"], vote["question"])] = asked.get((vote["position"], vote["question"]), 0) + 1
    problems += [f"question {position + 1} ({question}): {n} of {len(report.phones)} phones' answers arrived"
                 for (position, question), n in sorted(asked.items()) if n < len(report.phones)]
    return {"phones": len(report.phones), "phone_votes": len(report.phone_votes), "phone_questions": len(asked),
            "votes_per_phone": per_person}
