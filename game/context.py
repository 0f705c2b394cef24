"""``Context``: what every scene may use. Made in ``create_app`` and passed down; no globals.

Light to import: pygame-using types are named for the type checker only, and the packs
are loaded by a ``PackLoader`` after the first frame (``start_loading``).
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core.settings import Settings
from game.core.strings import t as translate
from game.packloader import LoadedPacks, PackLoader

if TYPE_CHECKING:
    from game.core.install import InstallPaths
    from game.core.models import RightsCard, SessionPlan
    from game.core.packs import Pack, PackStatus
    from game.core.progress import Profile, ProgressStore
    from game.media.clips import MediaCache
    from game.media.cues import Cues
    from game.media.sound import SoundOutput
    from game.media.speech import Speech
    from game.ui.text import TextRenderer
    from game.ui.theme import Theme


@dataclass
class Notice:
    """A short message at the top of the screen, in the player's language, until it runs out."""

    text_key: str
    values: dict[str, object] = field(default_factory=dict)   # fills the text's {name} fields
    seconds_left: float = 6.0


@dataclass
class Context:
    """What every scene may use: language, look, text, sound, speech, the progress store,
    the player and their settings, notices, and the packs (loaded in the background)."""

    lang: str
    theme: Theme
    text: TextRenderer
    store: ProgressStore
    sound: SoundOutput
    install: InstallPaths
    size: tuple[int, int] = (1280, 720)
    speech: Speech | None = None
    cues: Cues | None = None   # the interface sounds (``cue``); None: silent
    # The player's settings as saved; ``apply`` puts them in force (the defaults until then).
    settings: Settings = field(default_factory=Settings)
    # Command-line settings for this run only, by Settings field name (so typed Any for replace()).
    overrides: dict[str, Any] = field(default_factory=dict)
    profile: Profile | None = None
    notices: list[Notice] = field(default_factory=list)
    time: float = 0.0
    pack_folders: list[Path] = field(default_factory=list)   # where packs are looked for
    cache_dir: Path | None = None
    # Answer cards: the webcam's number, pictures and videos read in its place (``--camera``),
    # or an object with its own ``source()`` (the demo's generated room).
    camera: Any = 0
    # Puts the window settings in force (the App's window sets it; see game/ui/window.py).
    on_window: Callable[[Settings], None] | None = field(default=None, repr=False)
    loader: PackLoader = field(init=False, repr=False)
    _media: MediaCache | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.loader = PackLoader(self.install, self.pack_folders, self.cache_dir, on_loaded=self._tell_problems)

    @property
    def media(self) -> MediaCache:
        """Decoded pictures shared by every clip (made when the first clip opens)."""
        if self._media is None:
            from game.media.clips import MediaCache

            self._media = MediaCache()
        return self._media

    # --- the packs, loaded after the first frame (or when first asked for) ---

    @property
    def statuses(self) -> list[PackStatus]:
        return self.loader.result().statuses

    @property
    def rights(self) -> dict[str, RightsCard]:
        return self.loader.result().rights

    @property
    def plans(self) -> list[SessionPlan]:
        """Community session plans whose every scenario exists."""
        return self.loader.result().plans

    @property
    def packs_loaded(self) -> bool:
        return self.loader.ready

    @property
    def on_wait(self) -> Callable[[], None] | None:
        """Shows "one moment" when play must wait for the packs (the App sets it)."""
        return self.loader.on_wait

    @on_wait.setter
    def on_wait(self, show: Callable[[], None] | None) -> None:
        self.loader.on_wait = show

    def start_loading(self) -> None:
        """Load the packs in the background (the title is on screen and answers keys meanwhile)."""
        self.loader.start()

    def packs(self) -> list[Pack]:
        """The packs that play as practice (a learning-check pack is kept apart), in the order
        they are listed: by their ``list_order``, then by title (``game.core.packs.in_list_order``)."""
        from game.core.packs import in_list_order  # loaded with the packs by now

        return in_list_order([p for p in self.loader.result().playable() if p.info.purpose == "practice"], self.lang)

    def check_pack(self) -> Pack | None:
        """The learning-check pack (tests before and after practice), or None."""
        return next((p for p in self.loader.result().playable() if p.info.purpose == "check"), None)

    # --- language, settings and notices ---

    def t(self, key: str, **values: object) -> str:
        return translate(key, self.lang, **values)

    def apply(self, settings: Settings) -> None:
        """Put ``settings`` (with this run's overrides on top) in force."""
        from game.ui.theme import theme_for

        self.settings = settings
        effective = self.effective
        self.lang = effective.lang
        self.theme = theme_for(effective.theme)
        self.text.set_scale(effective.text_scale)
        self.sound.volume = effective.volume
        if self.cues is not None:
            self.cues.volume = effective.cue_volume
        if self.on_window is not None:   # a returning player's window size, full screen
            self.on_window(effective)

    @property
    def effective(self) -> Settings:
        """The settings in force: the player's, with this run's overrides."""
        return replace(self.settings, **self.overrides)

    def save_settings(self, settings: Settings) -> None:
        """Apply and keep ``settings`` for the current player (or this computer)."""
        self.apply(settings)
        self.store.save_settings(self.profile, settings)

    # --- who is playing ---

    def take_player(self, profile: Profile, lang: str | None = None) -> None:
        """``profile`` plays from now on, with their own settings (in ``lang`` if given), and
        this computer greets them on its next start. A new player starts from the defaults with
        the language, text size and theme in force now (``new_player_settings``): call this
        while no one is chosen, so those are this computer's, not the last player's."""
        from game.core.settings import new_player_settings

        if self.store.has_settings(profile):
            settings = self.store.settings(profile)
        else:
            settings = new_player_settings(self.settings if self.profile is None else self.store.settings(None))
        if lang:
            settings = replace(settings, lang=lang)
        self.profile = profile
        self.save_settings(settings)
        self.store.remember_player(profile)

    def forget_player(self) -> None:
        """No one is chosen (someone else is about to say who they are): this computer's own
        settings are in force, and what is changed now is kept for this computer."""
        self.profile = None
        self.apply(self.store.settings(None))

    def cue(self, name: str) -> None:
        """Play interface sound ``name`` (``game.core.cues.CUES``): the one place scenes ask
        for one. Silent when the sounds are off, and never under a voice (``game.media.cues``)."""
        if self.cues is not None:
            self.cues.cue(name, self.time)

    def notify(self, text_key: str, **values: object) -> None:
        """Show a notice once (the same notice is never repeated)."""
        if not any(n.text_key == text_key for n in self.notices):
            self.notices.append(Notice(text_key, values))

    def _tell_problems(self, loaded: LoadedPacks) -> None:
        """Once the packs are loaded (in the loading thread): print and log each problem, and
        tell the player in a notice how many packs cannot play."""
        log = logging.getLogger("seethrough.start")
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
            log.error("%s", problem)
        broken = [s for s in loaded.statuses if not s.ok]
        for status in broken:
            first = status.problems[0] if status.problems else ""
            print(f"pack unavailable: {status.folder}: {first}", file=sys.stderr)
            log.warning("pack unavailable: %s: %s (%d problems)", status.folder, first, len(status.problems))
        if broken:
            self.notify("notice.bad_packs", n=len(broken))
