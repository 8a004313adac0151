"""The store the settings point at."""

from __future__ import annotations

from os1.config import Settings
from os1.memory.store import Store


def store_for(settings: Settings, sync_every_commit: bool = True) -> Store:
    """SQLite at OS1_HOME, or PostgreSQL when OS1_DATABASE_URL is set; the person's row made."""
    if settings.database_url is not None:
        store = Store.connect(settings.database_url.get_secret_value(), sync_every_commit)
    else:
        store = Store.open(settings.database, sync_every_commit=sync_every_commit)
    store.ensure_user(settings.user)
    return store
