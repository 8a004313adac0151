"""The manners the person sets for an OS that speaks first (`os1 presence`, the web).

Quiet hours, do-not-disturb, how many messages a day the OS may start on its
own, and the person's time zone; kept in the store's state under `STATE_KEY`.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, ValidationError, field_validator

from os1.errors import InputError
from os1.memory.store import Store

STATE_KEY = "presence"


class Presence(BaseModel):
    """How the OS may reach out to this person; they change it (`os1 presence`, the web)."""

    quiet_from: time = Field(time(22, 0), description="Quiet hours start (local time).")
    quiet_to: time = Field(time(8, 0), description="Quiet hours end.")
    per_day: int = Field(3, ge=0, le=24, description="Messages a day the OS may start itself.")
    do_not_disturb_until: datetime | None = Field(None, description="Nothing until then.")
    timezone: str | None = Field(None, description="IANA zone, e.g. Europe/London.")

    @field_validator("quiet_from", "quiet_to")
    @classmethod
    def _clock_time(cls, value: time) -> time:
        if value.tzinfo is not None:
            raise ValueError("a time of day carries no zone of its own: set `timezone` instead")
        return value

    @field_validator("do_not_disturb_until")
    @classmethod
    def _moment(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone, e.g. 2030-01-01T09:00:00+01:00")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"there is no time zone called {value!r}") from exc
        return value

    def zone(self) -> ZoneInfo | None:
        return ZoneInfo(self.timezone) if self.timezone else None

    def local(self, moment: datetime) -> datetime:
        zone = self.zone()
        return moment.astimezone(zone) if zone else moment.astimezone()

    def quiet(self, moment: datetime) -> bool:
        if self.do_not_disturb_until is not None and moment < self.do_not_disturb_until:
            return True
        now = self.local(moment).time()
        start, end = self.quiet_from, self.quiet_to
        if start == end:
            return False
        return start <= now < end if start < end else now >= start or now < end

    def morning(self, moment: datetime) -> datetime:
        """When this local day's quiet hours ended (its morning)."""
        local = self.local(moment)
        return datetime.combine(local.date(), self.quiet_to, tzinfo=local.tzinfo)


def load_presence(store: Store, user_id: str) -> Presence:
    saved = store.get_state(user_id, STATE_KEY)
    return Presence.model_validate(saved) if saved else Presence()


def save_presence(store: Store, user_id: str, **changes: object) -> Presence:
    """The person's settings with `changes`, checked, then kept."""
    current = load_presence(store, user_id).model_dump()
    try:
        updated = Presence.model_validate(current | changes)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(
            f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}", "give a valid value"
        ) from exc
    store.put_state(user_id, STATE_KEY, updated.model_dump(mode="json"))
    return updated
