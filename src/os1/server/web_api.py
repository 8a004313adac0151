"""The web client's routes: accounts, the first-boot interview, and the panels.

Every route but sign-up and sign-in needs a caller (security.caller); every
query goes through the caller's own `user_id`, never one from the request.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from os1.archive.memory_file import memory_document
from os1.archive.relationship import Place
from os1.conversation.first_boot import wake
from os1.conversation.presence import load_presence, save_presence
from os1.errors import InputError
from os1.mind.interview import Answers, clean_answer, questions
from os1.mind.persona import Persona
from os1.server.accounts import Account, SignInRefused
from os1.server.hosting import Hosting, hosting
from os1.server.security import Caller, caller, cookie_settings, same_origin
from os1.skills.reminders import Reminders

router = APIRouter(prefix="/api")
# A row's id as SQLite stores it: a larger number would not be a row, only an overflow.
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]


class Credentials(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class InterviewAnswers(BaseModel):
    user_name: str | None = Field(None, max_length=2000)
    sociability: str | None = Field(None, max_length=2000)
    focus: str | None = Field(None, max_length=2000)
    relationships: str | None = Field(None, max_length=2000)


class KeyName(BaseModel):
    name: str = Field("key", max_length=60)


class Password(BaseModel):
    password: str = Field(min_length=1, max_length=1024)


def _me(host: Hosting, account: Account, csrf: str | None) -> dict[str, Any]:
    persona = host.oses.persona(account.user_id)
    return {
        "username": account.username,
        "csrf": csrf,
        "os": _persona(persona) if persona else None,
    }


def _persona(persona: Persona) -> dict[str, Any]:
    return {"name": persona.name, "reason": persona.reason, "introduction": persona.introduction}


def _signed_in(request: Request, host: Hosting, account: Account, status: int) -> JSONResponse:
    token, csrf = host.accounts.open_session(account)
    response = JSONResponse(_me(host, account, csrf), status_code=status)
    response.set_cookie(value=token, max_age=30 * 24 * 3600, **cookie_settings(request))
    return response


def _address(request: Request) -> str:
    """Where a request came from, for the throttles: the connection's own address."""
    return request.client.host if request.client else "?"


def _from_elsewhere(request: Request) -> None:
    # Sign-in sets a cookie: a page elsewhere must not sign the person into its own account.
    if not same_origin(request):
        raise InputError("This sign-in did not come from os1's own page", "open os1's address")


@router.post("/signup", status_code=201)
async def sign_up(request: Request, body: Credentials, host: Hosted) -> JSONResponse:
    _from_elsewhere(request)
    account = await host.accounts.sign_up(
        body.username, body.password, _address(request), host.settings.signups_per_hour
    )
    return _signed_in(request, host, account, 201)


@router.post("/signin")
async def sign_in(request: Request, body: Credentials, host: Hosted) -> JSONResponse:
    _from_elsewhere(request)
    account = await host.accounts.sign_in(body.username, body.password, _address(request))
    return _signed_in(request, host, account, 200)


@router.post("/signout", status_code=204)
async def sign_out(request: Request, who: Signed, host: Hosted) -> Response:
    if who.session_token:
        host.accounts.close_session(who.session_token)
    response = Response(status_code=204)
    response.delete_cookie(**{k: v for k, v in cookie_settings(request).items()})
    return response


@router.get("/me")
async def me(who: Signed, host: Hosted) -> dict[str, Any]:
    return _me(host, who.account, who.csrf)


@router.delete("/account")
async def delete_account(body: Password, who: Signed, host: Hosted) -> dict[str, Any]:
    """Everything of this person: account, OS, memories, feelings, letters, keys."""
    account = who.account
    try:
        await host.accounts.check_password(account, body.password)
    except SignInRefused as exc:
        raise SignInRefused("The password is not right", "nothing was deleted; try again") from exc
    host.oses.forget(account.user_id)
    deleted = host.accounts.delete(account)
    # The rows are gone; so are the files kept beside them (calendar, rendered letters).
    Place.of(host.oses.settings_for(account.user_id)).delete()
    return {"deleted": deleted}


# First boot


@router.get("/interview")
async def interview_questions(
    who: Signed, name: Annotated[str | None, Query(max_length=600)] = None
) -> list[dict[str, str]]:
    """The questions in order; pass `name` once it is known, to be greeted by it."""
    user_name = clean_answer("user_name", name) if name else None
    return [{"key": q.key, "ask": q.ask} for q in questions(user_name)]


@router.post("/interview")
async def first_boot(body: InterviewAnswers, who: Signed, host: Hosted) -> dict[str, Any]:
    """The answers; the OS chooses its name from them and introduces itself."""
    user_id = who.account.user_id
    if host.oses.persona(user_id) is not None:
        raise InputError("This OS has already chosen its name", "talk to it instead")
    given = body.model_dump()
    answers = Answers(**{key: clean_answer(key, value or "") for key, value in given.items()})
    persona, _ = await wake(host.brain, host.store, user_id, answers, host.settings.seed)
    return _persona(persona)


# Panels


@router.get("/state")
async def state(who: Signed, host: Hosted) -> dict[str, Any]:
    """The OS's name, and its mood and affinity for this person (None with feelings off)."""
    user_id = who.account.user_id
    persona = host.oses.persona(user_id)
    inner_life = host.oses.inner_life(user_id)
    return {
        "name": persona.name if persona else None,
        "mood": inner_life.summary() if inner_life is not None and persona else None,
    }


@router.get("/export")
async def export(who: Signed, host: Hosted) -> Response:
    """The whole memory file, the same `os1 memory import` reads."""
    document = memory_document(host.store, who.account.user_id)
    return Response(
        json.dumps(document, ensure_ascii=False, indent=1),
        media_type="application/json",
        headers={"content-disposition": 'attachment; filename="os1-memory.json"'},
    )


@router.get("/reminders")
async def reminders(who: Signed, host: Hosted) -> list[dict[str, Any]]:
    listed = Reminders(host.store, who.account.user_id).upcoming()
    return [{"id": r.id, "text": r.text, "due_at": r.due_at.isoformat()} for r in listed]


@router.delete("/reminders/{reminder_id}", status_code=204)
async def cancel_reminder(reminder_id: RowId, who: Signed, host: Hosted) -> Response:
    if not Reminders(host.store, who.account.user_id).cancel(reminder_id):
        raise no_such("reminder", reminder_id)
    return Response(status_code=204)


# The OS speaking first


class PresenceChange(BaseModel):
    quiet_from: time | None = None
    quiet_to: time | None = None
    per_day: int | None = Field(None, ge=0, le=24)
    do_not_disturb_until: datetime | None = None
    timezone: str | None = Field(None, max_length=64)


@router.get("/presence")
async def presence(who: Signed, host: Hosted) -> dict[str, Any]:
    """When the OS may reach out: quiet hours, do-not-disturb, messages a day, time zone."""
    return load_presence(host.store, who.account.user_id).model_dump(mode="json")


@router.patch("/presence")
async def change_presence(body: PresenceChange, who: Signed, host: Hosted) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    return save_presence(host.store, who.account.user_id, **changes).model_dump(mode="json")


@router.get("/outreach")
async def outreach(who: Signed, host: Hosted) -> list[dict[str, Any]]:
    """What the OS said first, newest last, and when each reached the person."""
    initiative = host.outreaching.initiative(who.account.user_id)
    if initiative is None:
        return []
    return [
        {
            "id": o.id,
            "kind": o.kind,
            "text": o.text,
            "at": o.at.isoformat(),
            "delivered_at": o.delivered_at.isoformat() if o.delivered_at else None,
        }
        for o in initiative.history(100)
    ]


# API keys


@router.get("/keys")
async def keys(who: Signed, host: Hosted) -> list[dict[str, Any]]:
    return [
        {
            "id": k.id,
            "name": k.name,
            "prefix": k.prefix,
            "created_at": k.created_at,
            "revoked_at": k.revoked_at,
        }
        for k in host.accounts.keys(who.account)
    ]


@router.post("/keys", status_code=201)
async def create_key(body: KeyName, who: Signed, host: Hosted) -> dict[str, Any]:
    """A new key; its secret is in this answer only."""
    key, secret = host.accounts.create_key(who.account, body.name)
    return {"id": key.id, "name": key.name, "prefix": key.prefix, "key": secret}


@router.delete("/keys/{key_id}", status_code=204)
async def revoke_key(key_id: RowId, who: Signed, host: Hosted) -> Response:
    if not host.accounts.revoke_key(who.account, key_id):
        raise no_such("key", key_id)
    return Response(status_code=204)


def no_such(kind: str, number: int) -> InputError:
    return NotFound(f"There is no {kind} {number} of yours", f"list your {kind}s first")


class NotFound(InputError):
    """Answered with 404."""
