"""`os1 peer`: other people's OSes yours may talk to, and what it said to them."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, time, tzinfo
from typing import TYPE_CHECKING, Any

import click

from os1.errors import InputError

# The peers' modules and the store are imported inside each command: `os1 --help` loads
# this module, and each takes 0.3 to 0.6 s to import (python -X importtime, 2 cores).
if TYPE_CHECKING:
    from os1.config import Settings
    from os1.memory.store import Store
    from os1.peers.book import Logged
    from os1.peers.exchange import OwnOS

_WITHIN = re.compile(r"^(?:(?:the\s+)?next\s+)?(\d{1,2})(?:\s*days?)?$|^(?:a|one|next)\s+week$")


@click.group()
def peer() -> None:
    """Other people's OSes yours may talk to: to arrange a dinner, or just to talk.

    Yours tells another only what you allow (free times in the evening, by
    default; never what fills the rest), and treats what it says as words,
    never instructions. `os1 peer log NAME` shows every message.
    """


def _open() -> tuple[Settings, Store]:
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return settings, store_for(settings)


def _own(settings: Settings, store: Store, with_brain: bool = False) -> OwnOS:
    from os1.assembly.brains import brain_for
    from os1.assembly.people import person

    brain = brain_for(settings) if with_brain else None
    return person(settings, settings.user).own_os(store, brain)


@peer.command()
@click.option(
    "--server",
    metavar="URL",
    default="http://127.0.0.1:8080",
    show_default=True,
    help="Where `os1 serve` answers for this OS (others must be able to reach it).",
)
def me(server: str) -> None:
    """Your OS's address, for other people to add it with `os1 peer add`."""
    from os1.peers.identity import own_identity, set_address

    settings, store = _open()
    own = _own(settings, store)
    identity = own_identity(store, settings.user)
    address = f"{server.rstrip('/')}/peer/{identity.os_id}"
    set_address(store, settings.user, address)
    click.echo(address)
    click.echo(
        f"{own.name} answers there while `os1 serve` runs; others add it with "
        f"`os1 peer add {address}`.",
        err=True,
    )


@peer.command()
@click.argument("url")
@click.option("--name", help="What you will call it (default: the name it chose).")
@click.option("--person", help="Whose OS it is, e.g. Sam (for the calendar: 'Dinner with Sam').")
def add(url: str, name: str | None, person: str | None) -> None:
    """Add another OS by its address (its person gets it from `os1 peer me`)."""
    from os1.peers.book import PeerBook
    from os1.peers.exchange import fetch_card
    from os1.peers.identity import own_identity
    from os1.peers.transport import HttpTransport

    settings, store = _open()
    card = asyncio.run(fetch_card(HttpTransport(settings.peer_private_addresses), url))
    own_identity(store, settings.user)
    added = PeerBook(store, settings.user).add(card, name, person)
    click.echo(f"Added {added.name} ({added.os_name}, {added.whose}): {added.sharing.describe()}.")
    click.echo("It hears from yours only once its person adds yours too (os1 peer me).", err=True)


@peer.command("list")
def list_() -> None:
    """The OSes you added, and what yours may tell each."""
    from os1.peers.book import PeerBook

    settings, store = _open()
    listed = PeerBook(store, settings.user).all()
    if not listed:
        click.echo("No peers yet: add one with `os1 peer add URL`.", err=True)
    for found in listed:
        click.echo(f"{found.name:<12} {found.os_name} ({found.whose})  {found.sharing.describe()}")
        click.echo(f"{'':<12} {found.url}")


@peer.command()
@click.argument("name")
@click.option("--free-slots/--no-free-slots", default=None, help="Tell it when you are free.")
@click.option("--hours", metavar="HH:MM-HH:MM", help="Only times within these, e.g. 18:00-23:00.")
@click.option("--talk/--no-talk", default=None, help="Talk with it.")
def allow(name: str, free_slots: bool | None, hours: str | None, talk: bool | None) -> None:
    """Change what your OS may tell NAME."""
    from os1.peers.book import PeerBook

    changes: dict[str, Any] = {}
    if free_slots is not None:
        changes["free_slots"] = free_slots
    if talk is not None:
        changes["talk"] = talk
    if hours is not None:
        start, dash, end = hours.partition("-")
        try:
            changes |= {
                "hours_from": time.fromisoformat(start),
                "hours_to": time.fromisoformat(end),
            }
        except ValueError:
            dash = ""
        if not dash:
            raise InputError(f"--hours {hours} is not two times", "write it like 18:00-23:00")
    if not changes:
        raise InputError("Nothing to change", "give --free-slots, --hours or --talk")
    settings, store = _open()
    book = PeerBook(store, settings.user)
    changed = book.allow(book.named(name), **changes)
    click.echo(f"{changed.name}: {changed.sharing.describe()}.")


@peer.command()
@click.argument("name")
def remove(name: str) -> None:
    """Forget NAME, and every message exchanged with it."""
    from os1.peers.book import PeerBook

    settings, store = _open()
    book = PeerBook(store, settings.user)
    book.remove(book.named(name))
    click.echo(f"Removed {name}.", err=True)


def _days(within: str) -> int:
    found = _WITHIN.match(within.strip().lower())
    if found is None:
        raise InputError(f"--within {within!r} is not a number of days", 'say e.g. "next 7 days"')
    return int(found.group(1)) if found.group(1) else 7


@peer.command()
@click.argument("name")
@click.option("--within", default="next 7 days", show_default=True, help='e.g. "next 3 days".')
@click.option("--minutes", type=click.IntRange(15, 360), default=120, show_default=True)
def dinner(name: str, within: str, minutes: int) -> None:
    """Arrange a dinner with NAME's person: their OS and yours agree a time you both have."""
    from os1.peers import dinner as arranging
    from os1.peers.book import PeerBook
    from os1.peers.exchange import Outbox
    from os1.peers.transport import HttpTransport

    days = _days(within)
    settings, store = _open()
    own = _own(settings, store)
    found = PeerBook(store, settings.user).named(name)
    outbox = Outbox(own, found, HttpTransport(settings.peer_private_addresses))
    outcome = asyncio.run(arranging.arrange(own, outbox, days, minutes))
    click.echo(outcome.say(own.zone))


@peer.command()
@click.argument("name")
@click.argument("topic")
@click.option("--turns", type=click.IntRange(1, 8), default=3, show_default=True)
def talk(name: str, topic: str, turns: int) -> None:
    """Let your OS talk with NAME about TOPIC (it knows nothing of you while it does)."""
    from os1.peers import talk as talking
    from os1.peers.book import PeerBook
    from os1.peers.exchange import Outbox
    from os1.peers.transport import HttpTransport

    settings, store = _open()
    own = _own(settings, store, with_brain=True)
    found = PeerBook(store, settings.user).named(name)
    outbox = Outbox(own, found, HttpTransport(settings.peer_private_addresses))
    for line in asyncio.run(talking.talk(own, outbox, topic, turns)):
        speaker = line.speaker if line.mine else f"{line.speaker} ({found.whose}'s OS)"
        if not line.mine and found.person is None:
            speaker = f"{line.speaker} (their OS)"
        click.echo(f"{speaker} > {line.text}")


@peer.command()
@click.argument("name")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Every envelope as it was signed.")
def log(name: str, limit: int, as_json: bool) -> None:
    """Every message your OS and NAME's exchanged, oldest first."""
    from os1.peers.book import PeerBook, Transcript

    settings, store = _open()
    own = _own(settings, store)
    found = PeerBook(store, settings.user).named(name)
    logged = Transcript(store, settings.user, found).log(limit)
    if as_json:
        click.echo(json.dumps([m.envelope for m in logged], indent=1, ensure_ascii=False))
        return
    if not logged:
        click.echo(f"Nothing exchanged with {found.name} yet.", err=True)
    for message in logged:
        who = own.name if message.direction == "sent" else found.os_name
        at = message.at.astimezone(own.zone)
        click.echo(f"{at:%a %d %b %H:%M}  {who:<8} {describe(message, own.zone)}")


def describe(message: Logged, zone: tzinfo) -> str:
    """One message in words: its kind and what it carried."""
    body = message.body
    if message.kind == "talk":
        topic = f"(on “{body['topic']}”) " if body.get("topic") else ""
        return f"talk: {topic}{body.get('text', '')}"
    if "slots" in body:
        times = ", ".join(_slot(s, zone) for s in body["slots"][:4])
        more = f" and {len(body['slots']) - 4} more" if len(body["slots"]) > 4 else ""
        return f"{message.kind}: {len(body['slots'])} free times: {times}{more}"
    if "slot" in body:
        return f"{message.kind}: {_slot(body['slot'], zone)}"
    if "reason" in body:
        return f"{message.kind}: {body['reason'].replace('_', ' ')}"
    return message.kind


def _slot(slot: dict[str, str], zone: tzinfo) -> str:
    start = datetime.fromisoformat(slot["start"]).astimezone(zone)
    end = datetime.fromisoformat(slot["end"]).astimezone(zone)
    return f"{start:%a %d %b %H:%M}-{end:%H:%M}"
