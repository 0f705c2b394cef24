"""The journey through the game: the one place that says which screen follows which.

Scenes never open one another. Each finishes with a small typed result
(``scene.finish(result)``; None means the player went back), and the method here that
pushed it decides what comes next. Read top to bottom, this file is the whole game:

- solo: title → language → player → (first time: tour) → packs → round → results
- a returning player: title → greeting ("Welcome back") → home (what they have practised) → packs;
  "Someone else" → language → player. A player with no answers yet skips the home screen.
- practice again: packs or results → review round → results
- learning check: packs → check intro → round (no feedback) → check results
- classroom: title → rooms → classroom setup (→ team names) → classroom round → export
- community: title → rooms → community setup (→ group name; answer cards: printed cards,
  camera preview, card names) → presenter → export
- from every screen: F1 help and F3 settings, over whatever is showing

Before any round whose calls speak, the preparing-voices screen comes first; the round is
built and shown only after it (see ``_with_voices``).
"""
from __future__ import annotations

from typing import Callable

from game.core.callspeech import pack_requests, scenario_requests
from game.core.learningcheck import check_test_items
from game.core.models import Scenario
from game.core.packs import Pack
from game.core.review import review_selection
from game.core.round import Round
from game.ui.cardsetup import EditCardNames, PreviewCamera, PrintCards
from game.ui.exporting import write_card_sheets, write_certificate, write_session
from game.ui.roomscene import SessionChoice
from game.ui.scenes.camerapreview import CameraPreviewScene
from game.ui.scenes.cardnames import CardNamesScene
from game.ui.scenes.printcards import PrintCardsScene
from game.ui.scenes.classroom import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, EditGroup, EditNames, StartClass
from game.ui.scenes.community_setup import CommunitySetupScene, NameGroup, StartSession
from game.ui.scenes.exported import ExportedScene
from game.ui.scenes.greeting import GreetingChoice, GreetingScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.home import HomeChoice, HomeScene
from game.ui.scenes.language import LanguageChosen, LanguageScene
from game.ui.scenes.learncheck import CheckIntroScene, CheckResultsChoice, CheckResultsScene
from game.ui.scenes.packproblems import PackProblemsScene
from game.ui.scenes.packs import PackScene, PlayPack, ResumeRound, Review, ShowProblems, TakeCheck
from game.ui.scenes.player import PlayerChosen, PlayerScene
from game.ui.scenes.prepare import PrepareScene
from game.ui.scenes.presenter import PresenterScene
from game.ui.scenes.results import ResultsChoice, ResultsScene
from game.ui.scenes.rooms import RoomChoice, RoomsScene
from game.ui.scenes.round import RoundScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.teamnames import GroupNameScene, TeamNamesScene
from game.ui.scenes.title import TitleChoice, TitleScene
from game.ui.scenes.tour import TourScene

PackChoice = PlayPack | ResumeRound | TakeCheck | Review | ShowProblems


class Journey:
    """Pushes each scene with the method that takes its result. Made once per App."""

    def __init__(self, app):
        self.app = app
        self.ctx = app.ctx
        app.journey = self   # the App opens help and settings through ``overlay``

    # --- the start ---

    def start(self) -> None:
        """The title screen, alone on the stack (also "Main menu" from any screen)."""
        self.app.reset_to(TitleScene(self.app), self.after_title, menu=True)

    def after_title(self, choice: TitleChoice | None) -> None:
        if choice is TitleChoice.START:
            last = self.ctx.store.last_profile()   # who played last on this computer
            if last is None:
                self.app.push(LanguageScene(self.app), self.after_language)
            else:
                self.app.push(GreetingScene(self.app, last), self.after_greeting)
        elif choice is TitleChoice.TOUR:
            self.app.push(TourScene(self.app))
        elif choice is TitleChoice.ROOMS:
            self.app.push(RoomsScene(self.app), self.after_rooms, menu=True)
        elif choice is TitleChoice.QUIT:
            self.app.running = False

    def overlay(self, name: str) -> None:
        """F1 or F3: help or settings over the screen showing; closing it goes back there."""
        self.app.push(HelpScene(self.app) if name == "help" else SettingsScene(self.app))

    # --- solo practice ---

    def after_greeting(self, choice: GreetingChoice | None) -> None:
        if choice is GreetingChoice.ME:
            self.home()
        elif choice is GreetingChoice.SOMEONE_ELSE:
            self.app.push(LanguageScene(self.app), self.after_language)

    def after_language(self, chosen: LanguageChosen | None) -> None:
        if chosen is not None:
            self.app.push(PlayerScene(self.app), self.after_player)

    def after_player(self, chosen: PlayerChosen | None) -> None:
        if chosen is not None:
            self.home()

    def home(self) -> None:
        """What the player has practised so far, for a player who has answered before; a new
        player goes straight on to the packs."""
        if not self.ctx.store.attempts(self.ctx.profile):
            self.to_packs()
            return
        home = HomeScene(self.app)
        self.app.push(home, lambda choice: self.after_home(home, choice), menu=True)

    def after_home(self, home: HomeScene, choice: HomeChoice | None) -> None:
        if choice is HomeChoice.PRACTISE:
            self.to_packs()
        elif choice is HomeChoice.REVIEW:
            self.to_packs()   # the review's results go back to the list of packs, as from there
            self.review()
        elif choice is HomeChoice.SOMEONE_ELSE:
            self.app.close(home)
            self.app.push(LanguageScene(self.app), self.after_language)

    def to_packs(self) -> None:
        """The list of packs for the player now chosen; a first-time player gets the short tour first."""
        self.app.push(PackScene(self.app), self.after_packs, menu=True)
        if not self.ctx.settings.tour_seen:
            self.app.push(TourScene(self.app))

    def after_packs(self, choice: PackChoice | None) -> None:
        if isinstance(choice, PlayPack):
            self.play(choice.pack, list(choice.pack.scenarios))
        elif isinstance(choice, ResumeRound):
            self.play(choice.pack, choice.scenarios, round_id=choice.round_id)
        elif isinstance(choice, TakeCheck):
            self.app.push(CheckIntroScene(self.app, choice.pack, choice.kind),
                          lambda start: self._check(choice.pack, choice.kind) if start else None)
        elif isinstance(choice, Review):
            self.review(choice.pack_id, choice.scenario_ids)
        elif isinstance(choice, ShowProblems):
            self.app.push(PackProblemsScene(self.app))

    def play(self, pack: Pack, scenarios: list[Scenario], kind: str = "practice", round_id: int | None = None) -> None:
        """A round of ``scenarios`` (after its voices are ready); its results after it."""
        def show() -> None:
            scene = RoundScene(self.app, pack, scenarios, kind=kind, round_id=round_id)
            self.app.push(scene, lambda played: self.after_round(pack, played))

        self._with_voices(pack_requests(pack, self.ctx.effective.voice_speed), show)

    def review(self, pack_id: str | None = None, scenario_ids: list[str] | None = None) -> None:
        """A round of what this player got wrong (or of ``scenario_ids`` in ``pack_id``)."""
        ctx = self.ctx
        if pack_id is None:
            missed = ctx.store.missed(ctx.profile)
        else:
            missed = [(pack_id, scenario_id) for scenario_id in scenario_ids or []]
        found = review_selection(missed, ctx.packs())
        if found is None:
            ctx.notify("review.none")
            return
        pack, scenarios = found
        self.play(pack, scenarios, kind="review")

    def after_round(self, pack: Pack, played: Round | None) -> None:
        if played is None:      # left the round (it can be taken up again from the pack list)
            return
        if pack.info.purpose == "check":
            self.app.push(CheckResultsScene(self.app, pack, played), self.after_check_results)
        else:
            results = ResultsScene(self.app, pack, played)
            self.app.push(results, lambda choice: self.after_results(results, choice), menu=True)

    def after_results(self, results: ResultsScene, choice: ResultsChoice | None) -> None:
        if choice is ResultsChoice.CERTIFICATE:
            self._show_export(write_certificate(self.app, results.summary))
        elif choice is ResultsChoice.REVIEW:
            self.app.close(results)
            self.review()
        elif choice is ResultsChoice.MENU:
            self.start()
        elif choice is ResultsChoice.AGAIN:
            self.app.close(results)   # back to the list of packs

    # --- the learning check ---

    def _check(self, pack: Pack, kind: str) -> None:
        self.play(pack, check_test_items(pack, kind), kind=kind)

    def after_check_results(self, choice: CheckResultsChoice | None) -> None:
        if choice is CheckResultsChoice.MENU:
            self.start()
        # Practise: back to the list of packs, which is under the results

    # --- classroom rounds and community sessions ---

    def after_rooms(self, choice: RoomChoice | None) -> None:
        if choice is RoomChoice.CLASSROOM:
            setup = ClassroomSetupScene(self.app)
            self.app.push(setup, lambda choice: self.after_class_setup(setup, choice), menu=True)
        elif choice is RoomChoice.COMMUNITY:
            plans = CommunitySetupScene(self.app)
            self.app.push(plans, lambda choice: self.after_community_setup(plans, choice), menu=True)

    def after_class_setup(self, setup: ClassroomSetupScene,
                          choice: EditNames | EditGroup | StartClass | None) -> None:
        if self.card_setup(setup, choice):
            return
        if isinstance(choice, EditNames):
            self.app.push(TeamNamesScene(self.app, choice.teams), setup.take_names)
        elif isinstance(choice, EditGroup):
            self.app.push(GroupNameScene(self.app, choice.name), setup.take_group)
        elif isinstance(choice, StartClass):
            self.app.close(setup)

            def show() -> None:
                scene = ClassroomScene(self.app, choice.pack, choice.teams, choice.timer, choice.entry,
                                       choice.cards, choice.phones)
                self.app.push(scene, lambda then: self.after_room_session(scene, then), menu=True)

            self._with_voices(pack_requests(choice.pack, self.ctx.effective.voice_speed), show)

    def after_community_setup(self, setup: CommunitySetupScene, choice: NameGroup | StartSession | None) -> None:
        if isinstance(choice, NameGroup):
            self.app.push(GroupNameScene(self.app, choice.name), setup.take_group)
            return
        if choice is None or self.card_setup(setup, choice):
            return
        self.app.close(setup)

        def show() -> None:
            scene = PresenterScene(self.app, choice.items, choice.plan_id, choice.room_size, choice.cards,
                                   choice.phones)
            self.app.push(scene, lambda then: self.after_room_session(scene, then), menu=True)

        self._with_voices(scenario_requests([i.scenario for i in choice.items], ["zh", "en"],
                                            self.ctx.effective.voice_speed), show)

    def after_room_session(self, room: ClassroomScene | PresenterScene, choice: SessionChoice | None) -> None:
        if choice is SessionChoice.EXPORT and room.session_id is not None:
            self._show_export(write_session(self.app, room.session_id))
        elif choice is SessionChoice.MENU:
            self.start()

    # --- shared steps ---

    def card_setup(self, setup, choice) -> bool:
        """A classroom or community setup's answer-card request (``game.ui.cardsetup``): print
        the cards, preview the camera, type card names. False when ``choice`` is none of them.
        The setup stays under what it opens; card names typed go back to it (``take_card_names``)."""
        if isinstance(choice, PrintCards):
            config = choice.config
            self.app.push(PrintCardsScene(self.app, config),
                          lambda write: self._show_export(write_card_sheets(self.app, config)) if write else None)
        elif isinstance(choice, PreviewCamera):
            self.app.push(CameraPreviewScene(self.app, choice.config.count))
        elif isinstance(choice, EditCardNames):
            self.app.push(CardNamesScene(self.app, choice.config.names_text, choice.config.count),
                          setup.take_card_names)
        else:
            return False
        return True

    def _with_voices(self, requests: list, show: Callable[[], None]) -> None:
        """``show()`` once every voice line in ``requests`` is ready: the preparing screen
        comes first, and the scene that follows is built only when it has gone."""
        if not requests or self.ctx.speech is None:
            show()
            return
        self.app.push(PrepareScene(self.app, requests), lambda ready: show() if ready else None)

    def _show_export(self, written) -> None:
        """Where the files went (or why they could not be written)."""
        folder, paths, error = written
        self.app.push(ExportedScene(self.app, folder, paths, error))
