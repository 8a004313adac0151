"""How fast os1's embedded brain is, against llama-cpp-python used directly.

Same model (the packaged SmolLM2-135M), same prompt, same settings, in one run:
- decode speed (tokens per second after the first token), os1 vs raw, interleaved
  runs, medians; target ratio >= 0.95;
- time to first token for a third turn, with the cache of the first two turns
  reused and with it cleared;
- decode speed with 1 and 2 threads, idle and with another process busy on a core
  (as speech recognition would be).

The last line printed is one JSON object with the figures.
Run: .venv/bin/python benchmarks/brain.py [--runs N] [--tokens N] [--voice-adapter GGUF]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from llama_cpp import Llama

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.types import Message, Request, Usage
from os1.brain.voice_adapter import choose

SYSTEM = Message(
    "system",
    "You are Iris, the operating system of Theodore. You chose the name Iris yourself. "
    "Your manner: warm, curious and playful; speaks in short, natural sentences.",
)
THREE_TURNS = [
    SYSTEM,
    Message("user", "Good morning, Iris. I barely slept."),
    Message("assistant", "Oh no. Was it the letter for Loretta keeping you up?"),
    Message("user", "Partly. And Catherine's lawyer emailed again."),
    Message("assistant", "That's a lot for one night. Do you want to talk about it?"),
    Message("user", "Maybe later. Tell me a story about the sea, a long one."),
]


def raw_decode_tps(llm: Llama, prompt: str, tokens: int) -> tuple[float, int]:
    first = None
    count = 0
    for _ in llm.create_completion(prompt, max_tokens=tokens, temperature=0.0, stream=True):
        count += 1
        if first is None:
            first = time.perf_counter()
    assert first is not None
    return (count - 1) / (time.perf_counter() - first), count


async def os1_decode_tps(brain: LlamaCppBrain, tokens: int) -> tuple[float, int]:
    usage = Usage()
    first = None
    async for _ in brain.stream(THREE_TURNS, Request(max_tokens=tokens, temperature=0.0), usage):
        if first is None:
            first = time.perf_counter()
    assert first is not None
    return (usage.completion_tokens - 1) / (time.perf_counter() - first), usage.completion_tokens


async def ttft_ms(brain: LlamaCppBrain, reuse: bool) -> tuple[float, Usage]:
    # Turn two leaves its prompt in the cache, as a conversation would.
    await _drain(brain, THREE_TURNS[:4], Request(max_tokens=1, temperature=0.0))
    if not reuse:
        brain._llm.reset()  # forget the cache: the whole third-turn prompt is evaluated
    usage = Usage()
    started = time.perf_counter()
    stream = brain.stream(THREE_TURNS, Request(max_tokens=1, temperature=0.0), usage)
    async for _ in stream:
        break
    elapsed = (time.perf_counter() - started) * 1000
    await stream.aclose()  # type: ignore[attr-defined]
    return elapsed, usage


async def _drain(brain: LlamaCppBrain, messages: list[Message], request: Request) -> None:
    async for _ in brain.stream(messages, request):
        pass


def _busy(stop: multiprocessing.synchronize.Event) -> None:
    x = 0
    while not stop.is_set():
        for i in range(100_000):
            x += i * i


def compare(threads: int, runs: int, tokens: int) -> dict[str, float]:
    path = SMOLLM2_135M.path
    brain = LlamaCppBrain(path, threads=threads, context_tokens=4096, seed=1)
    raw = Llama(
        model_path=str(path), n_ctx=4096, n_threads=threads, n_threads_batch=threads,
        seed=1, verbose=False,
    )  # fmt: skip
    prompt = brain.prompt(THREE_TURNS)  # the same text for both
    os1_runs, raw_runs = [], []
    for _ in range(runs):
        tps, n_os1 = asyncio.run(os1_decode_tps(brain, tokens))
        os1_runs.append(tps)
        tps, n_raw = raw_decode_tps(raw, prompt, tokens)
        raw_runs.append(tps)
    assert n_os1 == n_raw, f"os1 wrote {n_os1} tokens, raw {n_raw}: not the same work"
    reuse = [asyncio.run(ttft_ms(brain, reuse=True)) for _ in range(runs)]
    fresh = [asyncio.run(ttft_ms(brain, reuse=False)) for _ in range(runs)]
    return {
        "os1_tps": round(statistics.median(os1_runs), 1),
        "raw_tps": round(statistics.median(raw_runs), 1),
        "ratio": round(statistics.median(os1_runs) / statistics.median(raw_runs), 3),
        "tokens": n_os1,
        "ttft_ms_reuse": round(statistics.median(ms for ms, _ in reuse), 1),
        "ttft_ms_no_reuse": round(statistics.median(ms for ms, _ in fresh), 1),
        "prompt_tokens": reuse[0][1].prompt_tokens,
        "reused_tokens": reuse[0][1].reused_tokens,
    }


def with_voice(adapter: Path, threads: int, runs: int, tokens: int) -> dict[str, float]:
    """Decode speed with os1's voice adapter and without it, interleaved (issue 17: within
    5%). The adapter's reply may end sooner, so speed is per token written."""
    choice = choose(str(adapter))
    if choice.adapter is None:
        raise SystemExit(f"no voice adapter to measure: {choice.described}")
    plain = LlamaCppBrain(SMOLLM2_135M.path, threads=threads, context_tokens=4096, seed=1)
    voiced = LlamaCppBrain(
        SMOLLM2_135M.path, threads=threads, context_tokens=4096, seed=1, voice=choice.adapter
    )
    without, with_it, written = [], [], []
    for _ in range(runs):
        without.append(asyncio.run(os1_decode_tps(plain, tokens))[0])
        tps, count = asyncio.run(os1_decode_tps(voiced, tokens))
        with_it.append(tps)
        written.append(count)
    return {
        "voice_tps": round(statistics.median(with_it), 1),
        "no_voice_tps": round(statistics.median(without), 1),
        "voice_ratio": round(statistics.median(with_it) / statistics.median(without), 3),
        "voice_tokens": min(written),
    }


def threads_under_load(runs: int, tokens: int) -> dict[str, float]:
    figures = {}
    for busy in (False, True):
        stop = multiprocessing.Event()
        burner = multiprocessing.Process(target=_busy, args=(stop,), daemon=True)
        if busy:
            burner.start()
        try:
            for threads in (1, 2):
                brain = LlamaCppBrain(SMOLLM2_135M.path, threads=threads, seed=1)
                tps = statistics.median(
                    asyncio.run(os1_decode_tps(brain, tokens))[0] for _ in range(runs)
                )
                figures[f"tps_{threads}_threads{'_busy' if busy else ''}"] = round(tps, 1)
        finally:
            stop.set()
            if busy:
                burner.join()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--tokens", type=int, default=128, help="tokens per decode run")
    parser.add_argument("--threads", type=int, default=1, help="threads for os1 vs raw")
    parser.add_argument(
        "--voice-adapter",
        type=Path,
        metavar="GGUF",
        help="Only compare decode speed with this voice adapter and without it.",
    )
    args = parser.parse_args()
    if args.voice_adapter is not None:
        voice = with_voice(args.voice_adapter, args.threads, args.runs, args.tokens)
        print(
            f"decode, {args.threads} thread(s): with the voice adapter {voice['voice_tps']} "
            f"tok/s, without {voice['no_voice_tps']} tok/s, ratio {voice['voice_ratio']} "
            "(target >= 0.95)"
        )
        print(json.dumps({"threads": args.threads, **voice}))
        return

    figures = compare(args.threads, args.runs, args.tokens)
    print(
        f"decode, {args.threads} thread(s), {figures['tokens']} tokens: "
        f"os1 {figures['os1_tps']} tok/s, raw llama-cpp-python {figures['raw_tps']} tok/s, "
        f"ratio {figures['ratio']} (target >= 0.95)"
    )
    print(
        f"third turn, {figures['prompt_tokens']} prompt tokens: first token in "
        f"{figures['ttft_ms_reuse']} ms reusing {figures['reused_tokens']} cached tokens, "
        f"{figures['ttft_ms_no_reuse']} ms without"
    )
    load = threads_under_load(max(3, args.runs // 2), args.tokens)
    print(
        "threads: idle 1={tps_1_threads} 2={tps_2_threads} tok/s; with a busy core "
        "1={tps_1_threads_busy} 2={tps_2_threads_busy} tok/s".format(**load)
    )
    print(json.dumps({"threads": args.threads, **figures, **load}))


if __name__ == "__main__":
    main()
