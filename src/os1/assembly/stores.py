"""The store the settings point at."""

from __future__ import annotations

from os1.assembly.brains import prompt_states
from os1.config import Settings
from os1.memory.store import Store


def store_for(settings: Settings, sync_every_commit: bool = True) -> Store:
    """SQLite at OS1_HOME, or PostgreSQL when OS1_DATABASE_URL is set; the person's row made,
    and what the embedded brain keeps of their words removed when words are forgotten."""
    if settings.database_url is not None:
        store = Store.connect(settings.database_url.get_secret_value(), sync_every_commit)
    else:
        store = Store.open(settings.database, sync_every_commit=sync_every_commit)
    kept = prompt_states(settings)

    def forget_kept_prompts(user_id: str) -> None:
        # Named by hashes, the states do not say whose words they read: all of them go.
        from os1.brain.prompt_cache import forget_all  # llama.cpp, only when forgetting

        forget_all(kept)

    store.after_forgetting.append(forget_kept_prompts)
    store.ensure_user(settings.user)
    return store
