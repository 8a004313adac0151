"""The memories panel's routes: what os1 remembers of the person, to read, correct and forget.

Every route needs a caller and reads through the caller's own `user_id` (web_api.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from os1.conversation.life_changes import correct
from os1.conversation.portrait import portrait_json, portrait_of
from os1.memory import fact_records
from os1.memory.episodes import EpisodicMemory
from os1.memory.types import StoredTurn
from os1.mind.interview import forget_told
from os1.server.web_api import Hosted, NotFound, RowId, Signed, no_such

router = APIRouter(prefix="/api")


class NewText(BaseModel):
    text: str = Field(min_length=1, max_length=8000)
    # One sentence of the turn, as the portrait showed it: it is corrected, the turn kept.
    said: str | None = Field(None, max_length=8000)


class FirstMeeting(BaseModel):
    # One sentence of the first meeting's answers, as the portrait showed it.
    said: str = Field(min_length=1, max_length=2000)


def _turn(turn: StoredTurn) -> dict[str, Any]:
    return {"id": turn.id, "role": turn.role, "text": turn.text, "at": turn.created_at}


@router.get("/memories")
async def memories(
    who: Signed,
    host: Hosted,
    q: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """The latest turns (or those that best match `q`), the facts concluded from them and
    the portrait (what os1 remembers of the person's life, each item with its source)."""
    user_id = who.account.user_id
    if q and q.strip():
        if (encoder := host.shared.encoder) is not None:
            memory = EpisodicMemory(host.store, user_id, encoder)
            turns = [turn for turn, _ in memory.search(q.strip(), limit, datetime.now(UTC))]
        else:
            needle = q.strip().lower()
            turns = [t for t in host.store.all_turns(user_id) if needle in t.text.lower()][-limit:]
    else:
        turns = host.store.recent_turns(user_id, limit)
    return {
        "turns": [_turn(t) for t in turns],
        "facts": [f.as_json() for f in fact_records.facts(host.store, user_id)],
        "portrait": portrait_json(portrait_of(host.store, user_id)),
    }


@router.patch("/memories/turns/{turn_id}")
async def edit_turn(turn_id: RowId, body: NewText, who: Signed, host: Hosted) -> dict[str, Any]:
    """The turn in new words; with `said`, a correction of that sentence (life_changes.py)."""
    user_id = who.account.user_id
    if body.said is not None:
        if not (fact := correct(host.store, user_id, body.text, turn_id=turn_id, said=body.said)):
            raise no_such("turn", turn_id)
        return {"fact": fact}
    if not host.store.edit_turn(user_id, turn_id, body.text.strip()):
        raise no_such("turn", turn_id)
    turn = host.store.turn(user_id, turn_id)
    assert turn is not None
    return _turn(turn)


@router.delete("/memories/turns/{turn_id}", status_code=204)
async def forget_turn(turn_id: RowId, who: Signed, host: Hosted) -> Response:
    if not host.store.forget_turn(who.account.user_id, turn_id):
        raise no_such("turn", turn_id)
    return Response(status_code=204)


@router.patch("/memories/facts/{fact_id}")
async def correct_fact(fact_id: RowId, body: NewText, who: Signed, host: Hosted) -> dict[str, Any]:
    """The fact in new words: a correction that supersedes it, its turns kept."""
    if not (fact := correct(host.store, who.account.user_id, body.text, fact_id=fact_id)):
        raise no_such("fact", fact_id)
    return {"fact": fact}


@router.delete("/memories/facts/{fact_id}", status_code=204)
async def forget_fact(fact_id: RowId, who: Signed, host: Hosted) -> Response:
    if not fact_records.forget_fact(host.store, who.account.user_id, fact_id):
        raise no_such("fact", fact_id)
    return Response(status_code=204)


@router.post("/memories/first-meeting/forget", status_code=204)
async def forget_first_meeting(body: FirstMeeting, who: Signed, host: Hosted) -> Response:
    """A sentence of what they told when os1 first met them, forgotten."""
    if not forget_told(host.store, who.account.user_id, body.said):
        raise NotFound(
            "Nothing you told when we first met says that", "reload your memories and try again"
        )
    return Response(status_code=204)
