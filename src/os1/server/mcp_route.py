"""MCP over Streamable HTTP at `/mcp` on `os1 serve`, for a person's agent, by API key.

One MCP server answers everyone; each request reaches the skills and data of the
person whose key it carries (`Authorization: Bearer os1-...`), found again on every
request, and an MCP session opened with one person's key answers nobody else's
(the SDK binds a session to the `user` that opened it). The browser's session
cookie is not accepted here: a page elsewhere could ride on it, and an agent has
a key.

It lives in the server package, beside the routes it is one of: the server uses
`os1.mcp_server` (the tools, the confirmations), never the other way round.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from mcp.server import ServerRequestContext
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.requests import HTTPConnection
from starlette.types import Receive, Scope, Send

from os1.errors import InputError
from os1.mcp_server.confirmations import Confirmations
from os1.mcp_server.tools import Person, SkillTools
from os1.server.error_shapes import error_answer
from os1.server.hosting import Hosting
from os1.server.security import identify

PATH = "/mcp"
# Seconds a question waits for the person's yes, as `os1 mcp`'s default.
CONFIRM_WITHIN = 300.0
# People whose skills are kept made between requests; beyond, the longest unused goes.
KEPT = 256
# Where the caller's user id travels from the door to the tool handlers.
CALLER = "os1.mcp.user_id"


class McpEndpoint:
    """The ASGI app at `/mcp`: checks the key, then hands the request to the SDK."""

    def __init__(self, within: float = CONFIRM_WITHIN) -> None:
        self.within = within
        self.manager = StreamableHTTPSessionManager(SkillTools(within, self._person).server())
        self._people: OrderedDict[str, Person] = OrderedDict()
        self._hosting: Hosting | None = None

    @asynccontextmanager
    async def running(self, hosting: Hosting) -> AsyncIterator[None]:
        self._hosting = hosting
        async with self.manager.run():
            yield

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        hosting = self._hosting
        caller = identify(HTTPConnection(scope), hosting.accounts) if hosting else None
        if caller is None or caller.session_token is not None:
            refusal = error_answer(
                401,
                "No API key, or the key is wrong or revoked",
                "send 'Authorization: Bearer <your API key>' (make one on os1's page)",
                "authentication_error",
                "invalid_api_key",
                headers={"WWW-Authenticate": "Bearer"},
            )
            await refusal(scope, receive, send)
            return
        user_id = caller.account.user_id
        scope[CALLER] = user_id
        # The SDK answers a session's later requests only for the user that opened it.
        scope["user"] = AuthenticatedUser(AccessToken(token="", client_id=user_id, scopes=[]))
        await self.manager.handle_request(scope, receive, send)

    def _person(self, ctx: ServerRequestContext[Any]) -> Person:
        user_id = ctx.request.scope.get(CALLER) if ctx.request is not None else None
        if user_id is None or self._hosting is None:
            # Never reached through __call__; refuse rather than guess whose data to show.
            raise InputError("This MCP request carries no person", "send your API key")
        held = self._people.get(user_id)
        if held is not None:
            self._people.move_to_end(user_id)
            return held
        hosting = self._hosting
        catalogue = hosting.oses.person(user_id).skills(hosting.store).catalogue
        person = Person(
            catalogue,
            Confirmations(hosting.store, user_id, self.within, "token"),
            Confirmations(hosting.store, user_id, self.within, "question"),
        )
        self._people[user_id] = person
        if len(self._people) > KEPT:
            self._people.popitem(last=False)
        return person


def serve_mcp(app: FastAPI) -> None:
    """Answer MCP at `/mcp` on `app`, with the SDK's sessions running in its lifespan."""
    endpoint = McpEndpoint()
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(running_app: Any) -> AsyncIterator[Any]:
        async with inner(running_app) as state, endpoint.running(running_app.state.hosting):
            yield state

    app.router.lifespan_context = lifespan
    # A route, not a mount: clients post to `/mcp` itself, which a mount would redirect.
    app.add_route(PATH, endpoint, include_in_schema=False)
