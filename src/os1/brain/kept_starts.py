"""Which starts of a prompt are kept on disk (prompt_cache.py), and reading them back.

Two starts are worth keeping. The system prompt alone begins every turn's
prompt. The system prompt with the history begins the next turn's: a new
process (`os1 chat --once`, or `os1 chat` opened again) would otherwise read
the whole conversation so far before its first word, a few hundred tokens at
about 190 a second on two cores. After a reply the conversation reads that
start ahead (`prefill`), and that reading is what is kept; the notes and the
person's words that follow it are all a new process reads.

The history is written once a conversation ends (`keep`), not after every reply: a
few megabytes a time, and only the last is read again.

A start is kept as the tokens any prompt going on from it begins with: the
template renders a start alone with the reply opener after it, and a prompt
goes on with another message instead, so the kept tokens are those the two
renderings share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import llama_cpp
from jinja2 import TemplateError
from llama_cpp import Llama

from os1.brain.prompt_cache import PromptCache
from os1.brain.types import Message

# Renderings of starts, kept while the conversation reuses them (the system prompt's
# every turn, a history's from its read-ahead to the next turn).
_REMEMBERED = 8


def reusable(llm: Llama, tokens: Sequence[int]) -> int:
    """How many of `tokens` llama.cpp's cache already holds, from the start."""
    cached = llm._input_ids[: llm.n_tokens].tolist()
    reused = 0
    for a, b in zip(cached, tokens, strict=False):
        if a != b:
            break
        reused += 1
    return reused


class KeptStarts:
    """The starts of prompts that `cache` keeps for `llm`, rendered by `render`."""

    def __init__(
        self, cache: PromptCache, llm: Llama, render: Callable[[Sequence[Message]], str]
    ) -> None:
        self._cache = cache
        self._llm = llm
        self._render = render
        self._heads: dict[tuple[Message, ...], list[int]] = {}
        self._history: list[int] | None = None
        self._history_asked_ns = 0

    def heads(self, messages: Sequence[Message]) -> list[list[int]]:
        """The kept-worthy starts of a prompt made of `messages`, longest first: the system
        prompt with the history before this turn's notes and words, then the system prompt
        alone. None without a system prompt."""
        if not messages or messages[0].role != "system":
            return []
        history = list(messages)
        if history[-1].role == "user":
            history.pop()
        while len(history) > 1 and history[-1].role == "system":
            history.pop()
        starts = [history, history[:1]] if len(history) > 1 else [history[:1]]
        return [head for start in starts if (head := self._head(start))]

    def _head(self, start: Sequence[Message]) -> list[int]:
        key = tuple(start)
        if (head := self._heads.get(key)) is not None:
            return head
        try:
            alone = self._render(start)
            going_on = self._render([*start, Message("user", ".")])
        except TemplateError:  # a template that will not render such a start alone
            return []
        tokenize = self._llm.tokenize
        head = []
        for a, b in zip(
            tokenize(alone.encode("utf-8"), special=True),
            tokenize(going_on.encode("utf-8"), special=True),
            strict=False,
        ):
            if a != b:
                break
            head.append(a)
        if len(self._heads) >= _REMEMBERED:
            self._heads.clear()
        self._heads[key] = head
        return head

    def recall(self, tokens: list[int], heads: list[list[int]]) -> int:
        """Have the cache hold the longest of `heads` that `tokens` begins with: it may
        already; else one an earlier process kept is loaded; else the system prompt (the
        last head) is read now and kept for the next. How many tokens were read now."""
        llm, held = self._llm, reusable(self._llm, tokens)
        fitting = [h for h in heads if len(h) < len(tokens) and tokens[: len(h)] == h]
        for head in fitting:
            if held >= len(head):
                return 0
            if self._cache.load(llm.ctx, head):
                llm.input_ids[: len(head)] = head
                llm.n_tokens = len(head)
                return 0
        if not fitting or fitting[-1] is not heads[-1]:
            return 0
        system = heads[-1]
        llm.n_tokens = 0
        llm.eval(system)
        self._cache.save(llm.ctx, system)
        return len(system)

    def read(self, tokens: list[int], heads: list[list[int]], asked_ns: int) -> None:
        """Read `tokens` after what the cache holds. Where they go on from a history (the
        first of `heads`, when there are two), that history is the one `keep` keeps, unless
        something is forgotten after `asked_ns` (time.time_ns() when it was asked for)."""
        llm = self._llm
        llm.n_tokens = reusable(llm, tokens)
        llm.eval(tokens[llm.n_tokens :])
        if len(heads) > 1 and tokens[: len(heads[0])] == heads[0]:
            self._history, self._history_asked_ns = heads[0], asked_ns

    def keep(self) -> bool:
        """Keep the reading of the history last read ahead, for the next process, if the
        cache still holds it. Once a conversation ends: the notes read after the history
        are dropped from the cache, which then holds exactly the history's reading.
        Not if something was forgotten since it was asked for: the history may hold it.
        Whether it was kept."""
        history, self._history = self._history, None
        llm = self._llm
        if history is None or reusable(llm, history) < len(history):
            return False
        if self._cache.forgotten_since(self._history_asked_ns):
            return False
        llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), 0, len(history), -1)
        llm.n_tokens = len(history)
        return self._cache.save(llm.ctx, history) is not None
