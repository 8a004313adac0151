"""When the OS speaks first: the reasons it has, and the manners that hold it back.

Reasons, looked for at each tick of a clock (the terminal's, the server's, a
test's simulated month):

- a reminder the person set is due;
- an event on their calendar starts within ten minutes;
- a morning greeting with the day ahead, once they have talked in the last week;
- a check-in, the day after a conversation that was mostly sad;
- "I missed you", after three days apart;
- a follow-up on something ahead of them ("an interview on Thursday"), the
  morning after it.

Manners, which the person sets (`presence.Presence`): nothing during quiet hours or
do-not-disturb (what comes due then waits until they end); at most `per_day`
messages the OS starts on its own (reminders and meetings, which the person
asked for or planned, do not count), at least three hours apart; and nothing
is ever said twice: each message is recorded with the thing it is about, and
that key is unique per person (`outreach_records`).

Each message is recorded when decided and marked delivered when it reaches
the person, so one that found nobody listening waits for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from os1.conversation import outreach_records
from os1.conversation.outreach_records import Kind, Outreach
from os1.conversation.presence import Presence, load_presence
from os1.errors import InputError
from os1.memory.store import Store
from os1.mind import feeling_records
from os1.skills.calendar import Calendar
from os1.skills.reminders import Reminders, to_you
from os1.skills.when import parse_day

# Started by the OS on its own, so held to the person's daily number.
OWN_INITIATIVE: frozenset[str] = frozenset({"morning", "check_in", "missed_you", "follow_up"})
MEETING_AHEAD = timedelta(minutes=10)
MORNING_WINDOW = timedelta(hours=3)  # after quiet hours end: later, no "good morning"
APART = timedelta(days=3)
SPACING = timedelta(hours=3)  # between two messages of the OS's own initiative
RECENT = timedelta(days=7)
# How long an undelivered message stays worth saying; a reminder, or what another OS
# arranged, always is.
STILL_WORTH: dict[str, timedelta] = {
    "meeting": MEETING_AHEAD,
    "morning": MORNING_WINDOW,
    "check_in": timedelta(days=1),
    "missed_you": timedelta(days=1),
    "follow_up": timedelta(days=1),
}
_UPCOMING = re.compile(
    r"\b(?:my|an?|the)\s+((?:job\s+)?interview|exam|test|appointment|surgery|operation|"
    r"presentation|audition|first day|driving test|date|concert|recital|match|game)\b"
    r"[^.?!]*?\b(today|tonight|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Reason:
    kind: Kind
    key: str  # what it is about: the same key is never said twice
    text: str


class Initiative:
    """What one person's OS has reason to say, said with manners, and remembered."""

    def __init__(
        self,
        store: Store,
        user_id: str,
        reminders: Reminders,
        calendar: Calendar | None = None,
        name: Callable[[], str | None] = lambda: None,
        own_initiative: bool = True,
    ) -> None:
        self.store = store
        self.own_initiative = own_initiative
        self.user_id = user_id
        self.reminders = reminders
        self.calendar = calendar
        self._name = name

    def settle(self, now: datetime, present: bool = False) -> list[Outreach]:
        """Decide what to say at `now`, record it, and return it (not yet delivered).

        `present`: the person is in a conversation with the OS right now (a chat
        open, a voice session). Quiet hours keep the OS from reaching out, not from
        telling someone who is there what they asked to be told.
        """
        presence = load_presence(self.store, self.user_id)
        quiet = presence.quiet(now)
        if quiet and not present:
            return []
        reasons = self._asked_for(now, presence)
        if quiet:
            return [said for reason in reasons if (said := self._record(reason, now)) is not None]
        own = self._own_initiative(now, presence)
        if own is not None and self._may_start(now, presence):
            reasons.append(own)
        return [said for reason in reasons if (said := self._record(reason, now)) is not None]

    def pending(self, now: datetime | None = None) -> list[Outreach]:
        """Decided but not yet delivered, and still worth saying: what waits for the person.

        A reminder waits however long it takes (it says when it was for); a "good morning"
        found nobody in the morning and is not said at night (`STILL_WORTH`)."""
        now = now or datetime.now(UTC)
        waiting = outreach_records.undelivered(self.store, self.user_id)
        return [
            o for o in waiting if o.kind not in STILL_WORTH or now - o.at <= STILL_WORTH[o.kind]
        ]

    def history(self, limit: int = 200) -> list[Outreach]:
        return outreach_records.latest(self.store, self.user_id, limit)

    def delivered(self, ids: Sequence[int], at: datetime) -> None:
        outreach_records.mark_delivered(self.store, self.user_id, ids, at)

    # Reasons the person gave: what they set, what they planned.

    def _asked_for(self, now: datetime, presence: Presence) -> list[_Reason]:
        found = []
        for reminder in self.reminders.due(now):
            late = now - reminder.due_at > timedelta(minutes=5)
            when = f" (it was for {presence.local(reminder.due_at):%H:%M})" if late else ""
            found.append(
                _Reason(
                    "reminder",
                    f"reminder:{reminder.id}",
                    f"It's time to {to_you(reminder.text)}{when}.",
                )
            )
        if self.calendar is not None:
            for event in self.calendar.events(now, now + MEETING_AHEAD + timedelta(minutes=1)):
                if now <= event.start <= now + MEETING_AHEAD:
                    minutes = max(1, round((event.start - now).total_seconds() / 60))
                    found.append(
                        _Reason(
                            "meeting",
                            f"meeting:{event.uid}:{event.start.isoformat()}",
                            f"{event.title} starts in {minutes} minutes, at "
                            f"{presence.local(event.start):%H:%M}.",
                        )
                    )
        return found

    # Reasons of the OS's own, most pressing first; one at a time.

    def _own_initiative(self, now: datetime, presence: Presence) -> _Reason | None:
        if not self.own_initiative:
            return None
        said = self._last_said_by_person()
        if said is None:
            return None  # it has never talked with them: nothing to follow
        for reason in (
            self._follow_up(now, presence),
            self._check_in(now, presence, said),
            self._missed_you(now, presence, said),
            self._morning(now, presence, said),
        ):
            if reason is not None and not self._said_before(reason.key):
                return reason
        return None

    def _may_start(self, now: datetime, presence: Presence) -> bool:
        local_midnight = presence.local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        since = min(local_midnight, now - SPACING)
        started = outreach_records.started_since(self.store, self.user_id, since)
        own = [at for kind, at in started if kind in OWN_INITIATIVE]
        today = [at for at in own if at >= local_midnight]
        return len(today) < presence.per_day and all(now - at >= SPACING for at in own)

    def _morning(self, now: datetime, presence: Presence, said: datetime) -> _Reason | None:
        morning = presence.morning(now)
        if not morning <= now < morning + MORNING_WINDOW or now - said > RECENT:
            return None
        name = self._person()
        greeting = f"Good morning, {name}." if name else "Good morning."
        return _Reason(
            "morning", f"morning:{morning.date()}", f"{greeting} {self._day(now, presence)}"
        )

    def _day(self, now: datetime, presence: Presence) -> str:
        local = presence.local(now)
        end = local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        parts = []
        missing = None
        if self.calendar is not None:
            agenda = self.calendar.read(now, end)
            events = [e for e in agenda.events if e.start >= now]
            parts += [f"{e.title} at {presence.local(e.start):%H:%M}" for e in events]
            missing = agenda.note()
        parts += [
            f"a reminder to {to_you(r.text)} at {presence.local(r.due_at):%H:%M}"
            for r in self.reminders.upcoming()
            if r.due_at < end
        ]
        # The date is named, so no two mornings ever say the same thing.
        today = f"It's {local:%A}, {local.day} {local:%B}"
        after = f" {missing}" if missing else ""
        if not parts:
            return f"{today}, and nothing is planned.{after}"
        return f"{today}. Today: " + "; ".join(parts) + "." + after

    def _check_in(self, now: datetime, presence: Presence, said: datetime) -> _Reason | None:
        """The day after a conversation that was mostly sad, and no word since."""
        next_day = presence.local(said).date() < presence.local(now).date()
        if not next_day or now - said > timedelta(days=2):
            return None
        day = feeling_records.feelings(
            self.store, self.user_id, said - timedelta(hours=6), said + timedelta(seconds=1)
        )
        moods = [f for f in day if f.kind == "exchange"]
        sad = [f for f in moods if "negative" in f.record.get("appraisal", {}).get("sentiment", [])]
        glad = [
            f for f in moods if "positive" in f.record.get("appraisal", {}).get("sentiment", [])
        ]
        if len(sad) < 2 or len(sad) <= len(glad):
            return None
        name = self._person()
        return _Reason(
            "check_in",
            f"check_in:{sad[-1].id}",
            f"I've been thinking about you since we last talked{', ' + name if name else ''}. "
            "How are you feeling today?",
        )

    def _missed_you(self, now: datetime, presence: Presence, said: datetime) -> _Reason | None:
        if now - said < APART:
            return None
        last = presence.local(said)
        return _Reason(
            "missed_you",
            f"missed_you:{said.isoformat()}",
            f"I missed you. It's been {(now - said).days} days, since {last:%A} "
            f"{last.day} {last:%B}. How have you been?",
        )

    def _follow_up(self, now: datetime, presence: Presence) -> _Reason | None:
        """The morning after something the person said lay ahead of them."""
        since = now - timedelta(days=10)
        for turn in reversed(self.store.turns_between(self.user_id, since, now)):
            if turn.role != "user":
                continue
            found = _UPCOMING.search(turn.text)
            if found is None:
                continue
            told = datetime.fromisoformat(turn.created_at)
            day = _event_day(found.group(2), told, presence)
            if day is None:
                continue
            after = datetime.combine(
                day + timedelta(days=1), presence.quiet_to, tzinfo=presence.local(now).tzinfo
            )
            if after <= now < after + timedelta(days=2):
                what = found.group(1).lower()
                return _Reason("follow_up", f"follow_up:{turn.id}", f"How did the {what} go?")
        return None

    # Records

    def _last_said_by_person(self) -> datetime | None:
        return self.store.last_said(self.user_id)

    def _person(self) -> str | None:
        return self._name()

    def _said_before(self, key: str) -> bool:
        return outreach_records.said_before(self.store, self.user_id, key)

    def _record(self, reason: _Reason, now: datetime) -> Outreach | None:
        return outreach_records.record(
            self.store, self.user_id, reason.kind, reason.key, reason.text, now
        )


def _event_day(words: str, told: datetime, presence: Presence) -> date | None:
    local = presence.local(told)
    words = words.lower()
    if words in ("today", "tonight"):
        return local.date()
    try:
        return parse_day(words, local)
    except InputError:
        return None
