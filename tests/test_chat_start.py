"""What a chat loads before its first reply (issue 19: `os1 chat --once` under a second):
only what a turn needs, with the guard's word lists read beside the turn, not in it.

The import checks run in a fresh process (this one has imported everything already);
the store is real SQLite, the brain a script.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from os1.assembly.calendars import CalendarOnFirstUse, calendar_for
from os1.assembly.people import person
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.memory.store import Store
from os1.mind.persona import Persona
from os1.text import lexicon

# A person's chat, assembled as `os1 chat --once` assembles it, one turn, and then what
# had been imported: the calendar's sources, the contacts' card reader and name matcher,
# the mail client, the peers' and the other commands' modules are no part of it.
CHAT = """
import asyncio, sys
from pathlib import Path
import os1.cli.app
from os1.assembly.people import person
from os1.assembly.stores import store_for
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.mind.persona import Persona

settings = Settings(home=Path(sys.argv[1]), feelings=False, memory_tokens=0, facts=False)
store = store_for(settings)
talk = person(settings, settings.user).talk(
    store, ScriptedBrain(["Hello there."]), Persona("Iris", "model", "."))

async def turn() -> None:
    async for _ in talk.conversation.say("hello"):
        pass

asyncio.run(turn())
talk.conversation.close()
print(" ".join(sorted(sys.modules)))
"""

NOT_FOR_A_CHAT = (
    "vobject",
    "rapidfuzz",
    "imapclient",
    "icalendar",
    "caldav",
    "recurring_ical_events",
    "os1.skills.calendar_sources",
    "os1.peers.exchange",
    "os1.assembly.peers",
    "os1.conversation.initiative",
    "os1.cli.mcp_command",
    "os1.cli.archive_commands",
    "os1.cli.serve_command",
    "os1.cli.peer_commands",
)


def test_a_chat_imports_neither_the_calendars_sources_nor_the_peers_nor_other_commands(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHAT, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.split())
    # It did talk: the conversation and the skills' grammar are there.
    assert {"os1.conversation.loop", "os1.skills.intents", "os1.skills.calendar_skills"} <= imported
    assert not imported & set(NOT_FOR_A_CHAT)


def test_the_guards_word_lists_are_read_beside_the_first_turn(os1_home: Path, store: Store) -> None:
    # A reading another test's conversation began must not fill the lists after this one.
    for earlier in [t for t in threading.enumerate() if t.name == "os1-word-lists"]:
        earlier.join(timeout=60)
    lexicon.english_frequency.cache_clear()
    lexicon.english_words.cache_clear()
    lexicon.given_names.cache_clear()
    settings = Settings(home=os1_home, feelings=False, memory_tokens=0, facts=False)
    talk = person(settings, "local").talk(
        store, ScriptedBrain(["Hello there."]), Persona("Iris", "model", ".")
    )
    try:
        reading = [t for t in threading.enumerate() if t.name == "os1-word-lists"]
        assert len(reading) == 1  # started by the assembly, before any turn
        reading[0].join(timeout=60)
        assert lexicon.english_words.cache_info().currsize == 1
        assert lexicon.given_names.cache_info().currsize == 1
        assert "hello" in lexicon.english_words()
    finally:
        talk.conversation.close()


def test_a_calendar_made_on_first_use_is_the_one_calendar_for_gives(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, user="theo")
    lazy = CalendarOnFirstUse(settings)
    start = datetime(2026, 5, 7, 18, 0, tzinfo=UTC)
    lazy.add("Dinner with Ruth", start, start + timedelta(hours=2))
    # The same file as the person's own calendar reads, made by another way in.
    plain = calendar_for(settings)
    assert [e.title for e in plain.events(start, start + timedelta(days=1))] == ["Dinner with Ruth"]
    assert [e.title for e in lazy.read(start, start + timedelta(days=1)).events] == [
        "Dinner with Ruth"
    ]
    assert type(person(settings, "theo").calendar) is type(plain)
