"""What a server holds for everyone: the store, accounts, the people's OSes, the models."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import HTTPConnection

from os1.assembly.minds import SharedModels
from os1.assembly.voice import Voices
from os1.brain.types import Brain
from os1.config import Settings
from os1.memory.store import Store
from os1.server.accounts import Accounts
from os1.server.outreach import Listeners, Outreaching
from os1.server.personal_os import PersonalOSes


@dataclass(slots=True)
class Hosting:
    settings: Settings
    store: Store
    brain: Brain
    shared: SharedModels
    accounts: Accounts
    oses: PersonalOSes
    voices: Voices
    listeners: Listeners
    outreaching: Outreaching


def hosting(connection: HTTPConnection) -> Hosting:
    """FastAPI dependency: the server's one Hosting (made when the app started)."""
    return connection.app.state.hosting
