"""Every error in the OpenAI API's shape, with os1's fix added:
{"error": {"message", "type", "param", "code", "fix"}}.

`type` and the status say who can fix it: a 4xx `invalid_request_error` (or
`authentication_error`, `rate_limit_error`) is the caller's to fix, and
OpenAI's clients never send it again as it is; a 5xx `server_error` is the
server's. The `openai` client retries every 5xx twice on its own unless the
answer says `x-should-retry: false`, so only failures a moment can mend (a
brain that timed out or was busy, a locked store) leave that header off.
`code` is OpenAI's where it has one (`model_not_found`, `invalid_api_key`,
`rate_limit_exceeded`, `unknown_url`), else os1's own, in the same style.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import openai
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from os1.errors import BrainError, ConfigError, Os1Error, StoreError
from os1.server.accounts import SignInRefused, SignInThrottled
from os1.server.openai_api import ModelNotFound
from os1.server.web_api import NotFound

# What a remote brain answered that may well be different a moment later.
PASSING_BRAIN_TROUBLE = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
)
# pydantic's complaint → OpenAI's code for it.
VALIDATION_CODES = {
    "missing": "missing_required_parameter",
    "literal_error": "unsupported_value",
    "enum": "unsupported_value",
    "extra_forbidden": "unknown_parameter",
}
# Where a parameter came from, left out of `param` (OpenAI names the field alone).
SOURCES = frozenset({"body", "query", "path", "header", "cookie", "form"})
DONT_RETRY = {"x-should-retry": "false"}


def error_answer(
    status: int,
    message: str,
    fix: str,
    kind: str,
    code: str | None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"message": message, "type": kind, "param": param, "code": code, "fix": fix}
    return JSONResponse({"error": body}, status_code=status, headers=headers or None)


def answer_for(exc: Os1Error) -> JSONResponse:
    """An `Os1Error` as its status, type, code and retry advice."""
    problem, fix = exc.problem, exc.fix
    if isinstance(exc, ModelNotFound):
        return error_answer(
            404, problem, fix, "invalid_request_error", "model_not_found", param="model"
        )
    if isinstance(exc, NotFound):
        return error_answer(404, problem, fix, "invalid_request_error", "not_found")
    if isinstance(exc, SignInRefused):
        return error_answer(401, problem, fix, "authentication_error", "invalid_credentials")
    if isinstance(exc, SignInThrottled):
        return error_answer(
            429,
            problem,
            fix,
            "rate_limit_error",
            "rate_limit_exceeded",
            headers={"Retry-After": str(exc.retry_after)},
        )
    if isinstance(exc, BrainError):
        passing = isinstance(exc.__cause__, PASSING_BRAIN_TROUBLE)
        return error_answer(
            503,
            problem,
            fix,
            "server_error",
            "brain_unavailable",
            headers=None if passing else DONT_RETRY,
        )
    if isinstance(exc, StoreError):
        return error_answer(503, problem, fix, "server_error", "store_unavailable")
    if isinstance(exc, ConfigError):
        # A setting or a model file the operator must fix: no retry mends it.
        return error_answer(
            503, problem, fix, "server_error", "server_misconfigured", headers=DONT_RETRY
        )
    return error_answer(
        400, problem, fix, "invalid_request_error", exc.code or "invalid_request", exc.param
    )


def refusal_answer(method: str, path: str, exc: HTTPException) -> JSONResponse:
    """Starlette's and FastAPI's HTTPException: os1's own (a dict detail with message and
    fix) and the router's (unknown route, wrong method)."""
    status = exc.status_code
    detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
    headers = dict(exc.headers or {})
    message = detail.get("message")
    fix = detail.get("fix", "check the request")
    code = detail.get("code")
    kind = "invalid_request_error"
    if status == 401:
        kind, code = "authentication_error", code or "invalid_api_key"
    elif status == 404 and message is None:
        message = f"Unknown request URL: {method} {path}"
        fix, code = "see /docs for the addresses os1 answers", "unknown_url"
    elif status == 405:
        allowed = headers.get("Allow") or headers.get("allow") or "another method"
        message = message or f"{method} is not allowed on {path}"
        fix, code = f"use {allowed}", code or "method_not_allowed"
    elif status == 413:
        code = code or "request_too_large"
    elif status == 429:
        kind, code = "rate_limit_error", code or "rate_limit_exceeded"
    elif status >= 500:
        kind = "server_error"
    if code is None:
        code = HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return error_answer(
        status, message or str(exc.detail), fix, kind, code, detail.get("param"), headers
    )


def validation_answer(path: str, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, named as OpenAI names a bad parameter; under /v1 OpenAI's 400, which
    its clients raise as BadRequestError (a 422 is another class, which they do not catch)."""
    problems = exc.errors()
    problem = problems[0] if problems else {"loc": (), "msg": "invalid", "type": ""}
    place = [str(part) for part in problem.get("loc", ())]
    named = place[1:] if place and place[0] in SOURCES else place
    where = ".".join(place) or "the request"
    return error_answer(
        400 if path.startswith("/v1/") else 422,
        f"{where}: {problem.get('msg', 'invalid')}",
        "see /docs for what this route takes",
        "invalid_request_error",
        VALIDATION_CODES.get(str(problem.get("type")), "invalid_value"),
        ".".join(named) or None,
    )
