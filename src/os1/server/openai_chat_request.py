"""The OpenAI chat request as os1 reads it, and what in it os1 refuses.

Fields of the OpenAI request that do not change what the reply is (top_p, user,
...) are accepted and not used; those that would (n over 1, tools, a format other
than words or JSON) are refused with a 400 that names them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from os1.errors import InputError


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    # Other fields of the OpenAI request (top_p, user, ...) are accepted and not used;
    # those that would change what the reply is (n, tools) are refused.
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=2000)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    n: int | None = Field(None, ge=1)
    tools: list[Any] | None = None
    tool_choice: Any = None
    functions: list[Any] | None = None
    response_format: dict[str, Any] | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    seed: int | None = None

    def schema(self) -> dict[str, Any] | None:
        """The JSON Schema the reply must match, when the client asked for JSON."""
        kind = (self.response_format or {}).get("type", "text")
        if kind == "json_object":
            return {"type": "object"}
        if kind == "json_schema":
            given = (self.response_format or {}).get("json_schema") or {}
            schema = given.get("schema") if isinstance(given, dict) else None
            return schema if isinstance(schema, dict) else {"type": "object"}
        return None

    def token_limit(self) -> int | None:
        given = [n for n in (self.max_tokens, self.max_completion_tokens) if n is not None]
        return min(given) if given else None


class Unsupported(InputError):
    """A request field os1 cannot honour: a 400 naming the `param` and OpenAI's `code`
    for it (error_shapes.py), rather than a reply that silently ignores it."""

    def __init__(self, param: str, code: str, problem: str, fix: str) -> None:
        super().__init__(problem, fix)
        self.param = param
        self.code = code


def refusal(body: ChatRequest) -> Unsupported | None:
    if body.n is not None and body.n > 1:
        return Unsupported(
            "n",
            "unsupported_value",
            f"os1 gives one reply to each message, not {body.n}",
            "leave out n (or set it to 1)",
        )
    for param in ("tools", "functions"):
        if getattr(body, param):
            return Unsupported(
                param,
                "unsupported_parameter",
                f"os1 does not call a client's {param}: it acts with its own skills",
                f"leave out {param}, or ask the OS in words (its skills are listed by os1 mcp)",
            )
    if body.tool_choice not in (None, "none"):
        return Unsupported(
            "tool_choice",
            "unsupported_parameter",
            "os1 does not call a client's tools",
            "leave out tool_choice",
        )
    kind = (body.response_format or {}).get("type", "text")
    if kind not in {"text", "json_object", "json_schema"}:
        return Unsupported(
            "response_format",
            "unsupported_value",
            f"os1 answers in words or JSON, not in the format '{kind}'",
            "set response_format's type to text, json_object or json_schema",
        )
    return None
