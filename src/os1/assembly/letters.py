"""The letter desk a person writes with, and where their rendered letters go."""

from __future__ import annotations

from pathlib import Path

from os1.brain.types import Brain
from os1.config import Settings
from os1.homes import own_name
from os1.letters.desk import Desk
from os1.letters.studio import Studio
from os1.memory.store import Store


def desk_for(settings: Settings, store: Store, brain: Brain) -> Desk:
    return Desk(Studio(store, settings.user), brain, settings.seed)


def letters_folder_for(settings: Settings) -> Path:
    # Each person's rendered letters apart, as a server keeps one home for everyone.
    return settings.home / "letters" / own_name(settings.user)
