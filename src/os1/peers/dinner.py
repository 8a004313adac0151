"""Arranging a dinner between two people, by their OSes, from their calendars.

    A: dinner.propose {minutes, slots}   A's free slots in the window (start, end)
    B: dinner.accept {slot}              the first of them B is free for too
       dinner.counter {slots}            ...or, none suiting, B's own free slots
       end {reason}                      ...or nothing: no time, or not allowed
    A: dinner.confirm {slot}             the slot both can take
    B: dinner.confirmed {slot}           B added it to its person's calendar

Then A adds it too. Only times travel, in the hours each person allowed for
that peer; never a title, never why a time is busy.

The calendar is read and written in its own threads (`in_calendar_thread`), never on
the event loop: a big file or a far CalDAV server holds up no one else. The store
(the transcript) stays on the loop. While this OS answers a message of a conversation,
another message of it is refused (409), and a time is checked free and added to the
calendar in one step: the awaits in between must not let two answers take one evening.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from os1.errors import InputError
from os1.peers.book import Peer, Sharing, Transcript
from os1.peers.envelope import Envelope, PeerRefused, Reply, new_conversation
from os1.peers.exchange import Outbox, OwnOS, PeerError, parsed
from os1.peers.slots import (
    FURTHEST,
    LEAD,
    MOST,
    Hours,
    Slot,
    Slots,
    free,
    free_slots,
    suits,
    within,
)
from os1.skills.calendar import Calendar, in_calendar_thread

M = TypeVar("M", bound=BaseModel)
EndReason = Literal["no_time", "not_allowed", "no_longer_free", "not_offered", "done", "too_long"]
SAID = {
    "no_time": "there was no time both of you are free",
    "not_allowed": "its person has not allowed it to arrange times",
    "no_longer_free": "the time was taken in the meantime",
    "not_offered": "it answered with a time that was not offered",
    "done": "the conversation ended",
    "too_long": "the conversation went on too long",
}

# A dinner's check that a time is free and its adding to the calendar, one at a time:
# two confirmations in the calendar threads must not both find the same evening free.
_BOOKING = threading.Lock()
# Conversations this process is answering a message of, by (user, conversation): a
# second message of one is refused (409) until the first is answered. Before the
# calendar moved to its threads, answering took no await, and the first had settled
# the conversation before the second was read.
_ANSWERING: set[tuple[str, str]] = set()


class Proposal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    minutes: int = Field(ge=15, le=360)
    until: AwareDatetime  # the end of the days being arranged in, for a counter-proposal
    slots: list[Slot] = Field(min_length=1, max_length=MOST)


class OneSlot(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slot: Slot


class End(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: EndReason


@dataclass(frozen=True, slots=True)
class Outcome:
    """How arranging ended: `slot` is set when both agreed and it is in the calendar."""

    peer: Peer
    slot: Slot | None
    why_not: str | None = None

    def say(self, zone: Any) -> str:
        if self.slot is None:
            return f"No dinner with {self.peer.whose}: {self.why_not}."
        at = self.slot.start.astimezone(zone)
        return (
            f"Dinner with {self.peer.whose} on {at:%a %d %b at %H:%M}, arranged with "
            f"{self.peer.os_name}; it is in your calendar."
        )


def hours(sharing: Sharing, own: OwnOS) -> Hours:
    return Hours(sharing.hours_from, sharing.hours_to, own.zone)


def title(peer: Peer) -> str:
    return f"Dinner with {peer.whose}"


async def arrange(
    own: OwnOS, outbox: Outbox, days: int, minutes: int, now: datetime | None = None
) -> Outcome:
    """Agree a time with the peer for a dinner within `days`, and put it in the calendar."""
    peer = outbox.peer
    if not peer.sharing.free_slots:
        raise InputError(
            f"You have not allowed your OS to tell {peer.name} when you are free",
            f"allow it: os1 peer allow {peer.name} --free-slots",
        )
    if not 1 <= days <= FURTHEST.days:
        raise InputError(f"{days} days is too far or too near", f"give 1 to {FURTHEST.days} days")
    now = now or datetime.now(UTC)
    allowed = hours(peer.sharing, own)
    until = now + timedelta(days=days)
    mine = await in_calendar_thread(free_slots, own.calendar, now, until, minutes, allowed)
    if not mine:
        return Outcome(peer, None, "you have no free time in those hours and days")
    conversation = new_conversation()
    offered = mine[:MOST]
    outbox.transcript.begin(conversation, "dinner", "us", {"offered": _times(offered)})
    reply = await outbox.send(
        conversation,
        "dinner.propose",
        {"minutes": minutes, "until": until.isoformat(), "slots": _times(offered)},
    )
    chosen: Slot | None = None
    if reply.kind == "dinner.accept":
        chosen = _answer(OneSlot, reply).slot
        if chosen.key() not in {s.key() for s in offered} or not await in_calendar_thread(
            suits, chosen, own.calendar, allowed, now
        ):
            return await _end(outbox, conversation, "not_offered")
    elif reply.kind == "dinner.counter":
        theirs = _answer(Slots, reply).slots
        chosen = await in_calendar_thread(
            _first_suiting, own.calendar, theirs, minutes, allowed, now
        )
        if chosen is None:
            return await _end(outbox, conversation, "no_time")
    elif reply.kind == "end":
        reason = _answer(End, reply).reason
        _finish(outbox.transcript, conversation, {"ended": reason})
        return Outcome(peer, None, f"{peer.os_name} says {SAID[reason]}")
    else:
        return await _end(outbox, conversation, "done")
    done = await outbox.send(conversation, "dinner.confirm", {"slot": chosen.as_json()})
    if done.kind != "dinner.confirmed" or _answer(OneSlot, done).slot.key() != chosen.key():
        reason = _answer(End, done).reason if done.kind == "end" else "done"
        _finish(outbox.transcript, conversation, {"ended": reason})
        return Outcome(peer, None, f"{peer.os_name} says {SAID[reason]}")
    await in_calendar_thread(_add, own.calendar, title(peer), chosen, own.zone)
    _finish(outbox.transcript, conversation, {"agreed": chosen.as_json()})
    return Outcome(peer, chosen)


async def answer(own: OwnOS, peer: Peer, transcript: Transcript, envelope: Envelope) -> Reply:
    """The other side: what this OS answers to a dinner message from a peer."""
    answering = (own.user_id, envelope.conversation)
    if answering in _ANSWERING:
        raise PeerRefused(
            409, "This OS is still answering another message of this conversation",
            "wait for its answer",
        )  # fmt: skip
    _ANSWERING.add(answering)
    try:
        return await _answered(own, peer, transcript, envelope)
    finally:
        _ANSWERING.discard(answering)


async def _answered(own: OwnOS, peer: Peer, transcript: Transcript, envelope: Envelope) -> Reply:
    conversation, body = envelope.conversation, envelope.body
    now = datetime.now(UTC)
    allowed = hours(peer.sharing, own)
    if envelope.kind == "dinner.propose":
        proposal = parsed(Proposal, body)
        if not peer.sharing.free_slots:
            transcript.begin(conversation, "dinner", "them", {"ended": "not_allowed"})
            return "end", {"reason": "not_allowed"}
        offered = sorted(proposal.slots, key=lambda s: s.start)
        horizon = min(proposal.until, now + FURTHEST)
        if horizon <= now:
            transcript.begin(conversation, "dinner", "them", {"ended": "no_time"})
            return "end", {"reason": "no_time"}
        taken, mine = await in_calendar_thread(
            _offer, own.calendar, offered, proposal.minutes, allowed, now, horizon
        )
        if taken is not None:
            transcript.begin(conversation, "dinner", "them", {"held": _times([taken])})
            return "dinner.accept", {"slot": taken.as_json()}
        if not mine:
            transcript.begin(conversation, "dinner", "them", {"ended": "no_time"})
            return "end", {"reason": "no_time"}
        transcript.begin(conversation, "dinner", "them", {"held": _times(mine)})
        return "dinner.counter", {"slots": _times(mine)}
    state = _state(transcript, conversation)
    if envelope.kind == "dinner.confirm":
        slot = parsed(OneSlot, body).slot
        held = {Slot.model_validate(s).key() for s in state.get("held", [])}
        if slot.key() not in held:
            _finish(transcript, conversation, {"ended": "not_offered"})
            return "end", {"reason": "not_offered"}
        booked = await in_calendar_thread(
            _book, own.calendar, title(peer), slot, own.zone, allowed, now
        )
        if not booked:
            _finish(transcript, conversation, {"ended": "no_longer_free"})
            return "end", {"reason": "no_longer_free"}
        _finish(transcript, conversation, {"agreed": slot.as_json()})
        own.tell(f"peer-dinner:{conversation}", Outcome(peer, slot).say(own.zone))
        return "dinner.confirmed", {"slot": slot.as_json()}
    if envelope.kind == "end":
        _finish(transcript, conversation, {"ended": parsed(End, body).reason})
        return "end", {"reason": "done"}
    raise PeerRefused(400, f"{envelope.kind} does not belong in a dinner", "see os1-peer/1")


def _suits_now(slot: Slot, allowed: Hours, now: datetime) -> bool:
    return within(slot, allowed) and now + LEAD <= slot.start <= now + FURTHEST


# Calendar work, run in a calendar thread: the calendar and plain values only, no store.


def _offer(
    calendar: Calendar,
    offered: list[Slot],
    minutes: int,
    allowed: Hours,
    now: datetime,
    horizon: datetime,
) -> tuple[Slot | None, list[Slot]]:
    """The first offered slot this side is free for; or, none being, its own free slots."""
    busy = calendar.events(now, horizon)
    taken = next(
        (s for s in offered if s.end <= horizon and _suits_now(s, allowed, now) and free(s, busy)),
        None,
    )
    if taken is not None:
        return taken, []
    return None, free_slots(calendar, now, horizon, minutes, allowed)[:MOST]


def _first_suiting(
    calendar: Calendar, theirs: list[Slot], minutes: int, allowed: Hours, now: datetime
) -> Slot | None:
    return next(
        (s for s in theirs if s.end - s.start == timedelta(minutes=minutes)
         and suits(s, calendar, allowed, now)),
        None,
    )  # fmt: skip


def _add(calendar: Calendar, what: str, slot: Slot, zone: tzinfo) -> None:
    with _BOOKING:
        calendar.add(what, slot.start.astimezone(zone), slot.end.astimezone(zone))


def _book(
    calendar: Calendar, what: str, slot: Slot, zone: tzinfo, allowed: Hours, now: datetime
) -> bool:
    """Adds the slot if this side can still take it; whether it did."""
    with _BOOKING:
        if not suits(slot, calendar, allowed, now):
            return False
        calendar.add(what, slot.start.astimezone(zone), slot.end.astimezone(zone))
        return True


def _state(transcript: Transcript, conversation: str) -> dict[str, Any]:
    known = transcript.state(conversation)
    if known is None or known[0] != "dinner":
        raise PeerRefused(
            409, "There is no dinner being arranged in this conversation", "propose one"
        )
    if "held" not in known[1]:
        raise PeerRefused(409, "This dinner has already been settled", "propose another")
    return known[1]


def _finish(transcript: Transcript, conversation: str, state: dict[str, Any]) -> None:
    transcript.update(conversation, state)


async def _end(outbox: Outbox, conversation: str, reason: EndReason) -> Outcome:
    await outbox.send(conversation, "end", {"reason": reason})
    _finish(outbox.transcript, conversation, {"ended": reason})
    return Outcome(outbox.peer, None, SAID[reason])


def _answer(model: type[M], reply: Envelope) -> M:
    """A peer's answer in its strict shape; a malformed one ends nothing well."""
    try:
        return parsed(model, reply.body)
    except PeerRefused as exc:
        raise PeerError(
            f"The other OS answered {reply.kind} with a malformed body ({exc.problem})",
            "nothing was arranged; tell its person",
        ) from exc


def _times(slots: list[Slot]) -> list[dict[str, Any]]:
    return [s.as_json() for s in slots]
