"""The embedded brain: a GGUF model run in-process by llama.cpp.

Generation runs on one worker thread (llama.cpp contexts are not thread-safe)
and its pieces are handed to the event loop as they come. llama.cpp keeps the
last prompt in its cache and evaluates only what differs, so a stable prompt
start (persona, then history) makes a turn pay only for its new tokens. The
readings of the system prompt and of the history are also kept on disk
(`prompt_cache`, kept_starts.py), so a new process does not read them again either.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

# llama.cpp costs about 0.17 s to import; this module is itself imported only when the
# embedded brain is made (assembly/brains.py imports it inside its factory).
import llama_cpp
from llama_cpp import LLAMA_POOLING_TYPE_MEAN, Llama, LlamaGrammar, llama_chat_format

from os1.brain.decoding import GENERIC, Decoding
from os1.brain.kept_starts import KeptStarts, reusable
from os1.brain.prompt_cache import PromptCache, model_identity
from os1.brain.types import Message, Request, Usage
from os1.brain.voice_adapter import VoiceAdapter, fit_problem, refused
from os1.errors import BrainError

_DONE = object()


def check_gguf(path: Path) -> None:
    """Fail early, in words, on the usual wrong paths."""
    if not path.exists():
        raise BrainError(
            f"The model file {path} does not exist",
            "set OS1_MODEL to a GGUF file, or unset it to use the built-in SmolLM2",
        )
    if not path.is_file():
        raise BrainError(f"The model path {path} is not a file", "point OS1_MODEL at a .gguf file")
    with path.open("rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise BrainError(
            f"The file {path} is not a GGUF model (it starts with {magic!r})",
            "set OS1_MODEL to a .gguf file, or unset it to use the built-in SmolLM2",
        )


# Tokens a chat template adds after the last message to open the reply ("<|im_start|>assistant\n").
OPENER_TOKENS = 4


class LlamaCppBrain:
    name = "llamacpp"

    def __init__(
        self,
        model_path: Path,
        threads: int = 1,
        context_tokens: int = 4096,
        seed: int = 1,
        prompt_threads: int | None = None,
        decoding: Decoding = GENERIC,
        prompt_cache: Path | None = None,
        model_sha256: str | None = None,
        voice: VoiceAdapter | None = None,
    ) -> None:
        """`threads` write the reply; `prompt_threads` (default: every spare core) read prompts.

        Reading a prompt happens while nothing else runs (the person has just
        stopped talking), and it is the slow part of a turn on a small CPU:
        SmolLM2-135M reads about 90 tokens a second on one core here, 190 on two.
        Writing overlaps with speaking, so it keeps to its own threads.
        `decoding` is how this model's conversational replies are best sampled.
        `prompt_cache` is a folder where the system prompt's reading is kept for
        the next process; `model_sha256`, the model file's checksum where known.
        `voice`: os1's LoRA adapter to apply (voice_adapter.py); one llama.cpp refuses
        is said in one log sentence, and the model runs without it.
        """
        check_gguf(model_path)
        self.model_path = model_path
        self.decoding = decoding
        self._threads = threads
        # None: every core, while the machine has them to spare (`_fit_prompt_threads`).
        self._prompt_threads = prompt_threads
        self._reading_threads = prompt_threads or os.cpu_count() or threads
        self.voice = voice
        try:
            self._llm = self._load(context_tokens, seed)
        except (ValueError, RuntimeError) as exc:
            raise BrainError(
                f"The model {model_path} could not be loaded ({exc}); the file may be "
                "truncated or corrupt",
                "replace it, or unset OS1_MODEL to use the built-in SmolLM2",
            ) from exc
        template = self._llm.metadata.get("tokenizer.chat_template")
        if not template:
            raise BrainError(
                f"The model {model_path.name} has no chat template (is it a base model?)",
                "use an instruction-tuned GGUF that includes its chat template",
            )
        eos_id, bos_id = self._llm.token_eos(), self._llm.token_bos()
        self._format = llama_chat_format.Jinja2ChatFormatter(
            template=template,
            eos_token=self._llm._model.token_get_text(eos_id) if eos_id != -1 else "",
            bos_token=self._llm._model.token_get_text(bos_id) if bos_id != -1 else "",
            stop_token_ids=[eos_id],
        )
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="os1-llama")
        self._embedder: Any = None
        identity = model_identity(model_path, model_sha256)
        # A kept reading is the adapted model's: it is kept apart from the plain one's.
        identity += f"+lora sha256:{self.voice.sha256}" if self.voice is not None else ""
        self._keep_next = False  # keep_read was asked: keep the next history read
        self._kept = (
            KeptStarts(PromptCache(prompt_cache, identity, context_tokens), self._llm, self.prompt)
            if prompt_cache is not None
            else None
        )

    def _load(self, context_tokens: int, seed: int) -> Llama:
        settings: dict[str, Any] = {
            "model_path": str(self.model_path),
            "n_ctx": context_tokens,
            "n_threads": self._threads,
            "n_threads_batch": self._reading_threads,
            "seed": seed,
            "verbose": False,
        }
        voice = self.voice
        problem = fit_problem(voice.path, self.model_path) if voice is not None else None
        if voice is not None and problem is None:
            try:
                return Llama(**settings, lora_path=str(voice.path))
            except ValueError as exc:
                if "LoRA" not in str(exc):
                    raise
                problem = "was refused by llama.cpp"
        if voice is not None and problem is not None:
            refused(voice.path, problem, "train it for this model, or set OS1_VOICE_ADAPTER")
            self.voice = None
        return Llama(**settings)

    @property
    def model_name(self) -> str:
        return str(self._llm.metadata.get("general.name") or self.model_path.stem)

    def prompt(self, messages: Sequence[Message]) -> str:
        """The exact text the model sees, rendered by the model's own chat template."""
        rendered = self._format(messages=[{"role": m.role, "content": m.content} for m in messages])
        return rendered.prompt

    def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        prompt = self.prompt(messages) + request.reply_start
        return self._stream(prompt, messages, request, usage or Usage())

    async def _stream(
        self, prompt: str, messages: Sequence[Message], request: Request, usage: Usage
    ) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[object] = asyncio.Queue()
        stop = threading.Event()

        def hand_over(item: object) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the loop is gone: nobody is listening any more
                stop.set()

        def generate() -> None:
            try:
                for piece in self._generate(prompt, messages, request, usage):
                    if stop.is_set():
                        break
                    hand_over(piece)
            except Exception as exc:
                hand_over(exc)
            finally:
                hand_over(_DONE)

        loop.run_in_executor(self._worker, generate)
        try:
            if request.reply_start:
                yield request.reply_start
            while (item := await queue.get()) is not _DONE:
                if isinstance(item, Exception):
                    raise BrainError(
                        f"The embedded model failed while writing ({item})",
                        "try again; if it repeats, run with OS1_DEBUG=1 and report it",
                    ) from item
                yield str(item)
        finally:
            # The listener stopped early (barge-in, Ctrl-C): stop at the next token.
            stop.set()

    async def prefill(self, messages: Sequence[Message]) -> None:
        """Read `messages` into the cache now, so the next turn that starts with them is quick.

        Called after a reply, while the person listens: the next prompt begins
        with the same history, and only its new words are left to read then.
        The history's reading is also kept on disk for the next process (kept_starts.py).
        """
        loop, asked_ns = asyncio.get_running_loop(), time.time_ns()
        await loop.run_in_executor(
            self._worker, self._prefill, self.prompt(messages), messages, asked_ns
        )

    def _prefill(self, prompt: str, messages: Sequence[Message], asked_ns: int) -> None:
        llm = self._llm
        tokens = llm.tokenize(prompt.encode("utf-8"), special=True)
        self._fit_prompt_threads()
        heads = self._kept.heads(messages) if self._kept is not None else []
        if self._kept is not None:
            self._kept.recall(tokens, heads)
        # All but the template's reply opener already read: the cache may hold more
        # (a turn read in anticipation), and reading this would throw that away.
        if len(tokens) >= llm.n_ctx() or reusable(llm, tokens) >= len(tokens) - OPENER_TOKENS:
            return
        if self._kept is not None:
            self._kept.read(tokens, heads, asked_ns)
            self._keep()
        else:
            llm.n_tokens = reusable(llm, tokens)
            llm.eval(tokens[llm.n_tokens :])

    def keep_read(self) -> Future[None]:
        """Once the conversation ends: keep the history it last read ahead on disk, for the
        next process (kept_starts.py). A read-ahead may still be on its way to this worker
        (its task not yet run): then it is kept once read. Not waited for here (a process
        waits for its worker before it exits)."""
        self._keep_next = True
        return self._worker.submit(self._keep)

    def _keep(self) -> None:
        if self._keep_next and self._kept is not None and self._kept.keep():
            self._keep_next = False

    def _fit_prompt_threads(self) -> None:
        """Read a prompt on every core only while the machine has them to spare.

        llama.cpp's threads wait for each other at every step; when one of them has
        to share its core with another program, all wait for it. On two cores with
        a load average of 13, 31 tokens took 6.45 s on two threads and 0.58 s on
        one, with the same logits to the bit (/tmp/bench_H1.md).
        """
        if self._prompt_threads is not None:
            return
        cores = os.cpu_count() or 1
        wanted = cores if os.getloadavg()[0] < cores else 1
        if wanted != self._reading_threads:
            llama_cpp.llama_set_n_threads(self._llm.ctx, self._threads, wanted)
            self._reading_threads = wanted

    def _generate(
        self, prompt: str, messages: Sequence[Message], request: Request, usage: Usage
    ) -> Any:
        """Runs on the worker thread."""
        llm = self._llm
        tokens = llm.tokenize(prompt.encode("utf-8"), special=True)
        self._fit_prompt_threads()
        read_now = 0
        if self._kept is not None:
            read_now = self._kept.recall(tokens, self._kept.heads(messages))
        usage.prompt_tokens, usage.reused_tokens = len(tokens), reusable(llm, tokens) - read_now
        grammar = None
        if request.schema is not None:
            grammar = LlamaGrammar.from_json_schema(json.dumps(request.schema), verbose=False)
        chunks = llm.create_completion(
            tokens,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            seed=request.seed,
            stop=list(request.stop) or None,
            top_p=request.top_p,
            min_p=request.min_p,
            repeat_penalty=request.repeat_penalty,
            presence_penalty=request.presence_penalty,
            frequency_penalty=request.frequency_penalty,
            grammar=grammar,
            stream=True,
        )
        usage.cut_off = False
        for chunk in chunks:
            text = chunk["choices"][0]["text"]
            usage.completion_tokens += 1
            usage.cut_off = chunk["choices"][0].get("finish_reason") == "length"
            if text:
                yield text

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, self._embed, list(texts))

    def _embed(self, texts: list[str]) -> list[list[float]]:
        if self._embedder is None:
            # A second context: embedding mode cannot share the chat context's cache.
            self._embedder = Llama(
                model_path=str(self.model_path),
                embedding=True,
                pooling_type=LLAMA_POOLING_TYPE_MEAN,
                n_threads=self._threads,
                verbose=False,
            )
        return [list(map(float, v)) for v in self._embedder.embed(texts, normalize=True)]
