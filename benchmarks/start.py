"""How fast os1 starts: `os1 chat --once "hello"` to its first byte, and `os1 mood --json`.

Each run is a fresh process with a fresh OS1_HOME and the embedded default brain
(no OS1_* setting but OS1_HOME). `chat --once` needs an OS that has been set up,
so the setup interview runs once, untimed, and each run gets its own copy of
that home. What is timed is from starting the process to the first byte of the
reply on stdout (the CLI writes the reply as the brain streams it), and for
`mood --json` to its exit. Also the peak resident memory of each `chat --once`
process (its whole turn, as the kernel counts it: ru_maxrss).

`chat --once` runs twice over: with no kept prompt state (the first run after
install or after the persona changed: it reads the whole system prompt and
keeps its state, $OS1_HOME/cache/prompts, brain/prompt_cache.py), and with the
state a first `chat --once` kept (every later run). Each run of either gets the
same set-up home; the warm runs only add the kept state to it. A third kind, the
returning person: a home where eight messages were said before, each by its own
`chat --once`, the way someone who comes back finds os1 (its prompt begins with that
history, whose reading the last process kept: brain/kept_starts.py).

Target: both under a second on an idle machine (issue 19). The last line
printed is one JSON object.
Run: .venv/bin/python benchmarks/start.py [--runs 5] [--message "hello"]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INTERVIEW = "Theodore\nprivate, mostly\nmy writing\nclose to my sister Ruth\n"
EVENING = (
    "hi, I'm back",
    "I finished the letter for the couple in Leeds today.",
    "It took me four drafts to get the ending right.",
    "My sister Ruth wants me to visit her in Porto next month.",
    "I haven't been on a plane in three years.",
    "Do you think I should go?",
    "You're right, I'll book it tomorrow.",
    "Thanks for listening.",
)


def environment(home: Path) -> dict[str, str]:
    # An installed os1 runs from compiled bytecode: with PYTHONDONTWRITEBYTECODE set, every
    # module edited since its last .pyc would be compiled again in each timed run (70
    # modules, about 0.3 s of CPU, seen under cProfile), so the untimed setup writes them.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("OS1_") and key != "PYTHONDONTWRITEBYTECODE"
    }
    return {**env, "OS1_HOME": str(home)}


def set_up(home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "os1", "setup"],
        input=INTERVIEW.encode(),
        capture_output=True,
        env=environment(home),
        timeout=300,
    )
    if done.returncode != 0:
        sys.exit(f"os1 setup failed: {done.stderr.decode(errors='replace')[-400:]}")


def kept_state(template: Path, scratch: Path) -> Path:
    """The prompt state one `chat --once` keeps, in a copy of `template`."""
    primer = scratch / "primer"
    shutil.copytree(template, primer)
    first_byte(["chat", "--once", "hello"], primer)
    kept = primer / "cache" / "prompts"
    if not any(kept.glob("*.kv")):
        sys.exit(f"chat --once kept no prompt state in {kept}")
    return kept


def returning(template: Path, scratch: Path) -> Path:
    """A copy of `template` where EVENING was said, each message by its own process."""
    home = scratch / "returning"
    shutil.copytree(template, home)
    for message in EVENING:
        first_byte(["chat", "--once", message], home)
    return home


def first_byte(command: list[str], home: Path) -> tuple[float, float, int]:
    """Seconds to the first byte on stdout, seconds to exit, and peak RSS in MB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "os1", *command],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(home),
    )
    assert process.stdout is not None and process.stderr is not None
    byte = process.stdout.read(1)
    first = time.perf_counter() - started
    rest = process.stdout.read()
    problem = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    ended = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not byte:
        sys.exit(
            f"os1 {' '.join(command)} failed (exit {process.returncode}):"
            f" {problem.decode(errors='replace')[-400:]}"
        )
    del rest
    # ru_maxrss is in kilobytes on Linux.
    return first, ended, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold runs of each (default 5)")
    parser.add_argument("--message", default="hello", help="what chat --once says")
    args = parser.parse_args()

    runs: dict[str, dict[str, list[float]]] = {
        kind: {"first": [], "exit": [], "rss": []} for kind in ("cold", "warm", "returning")
    }
    mood_exit: list[float] = []
    with tempfile.TemporaryDirectory(prefix="os1-start-") as scratch:
        template = Path(scratch) / "template"
        set_up(template)
        # The setup interview may have kept a state of its own prompt: not the chat's.
        shutil.rmtree(template / "cache", ignore_errors=True)
        kept = kept_state(template, Path(scratch))
        came_back = returning(template, Path(scratch))
        for run in range(args.runs):
            for kind in ("cold", "warm", "returning"):
                home = Path(scratch) / f"{kind}{run}"
                shutil.copytree(came_back if kind == "returning" else template, home)
                if kind == "warm":
                    shutil.copytree(kept, home / "cache" / "prompts")
                first, ended, rss = first_byte(["chat", "--once", args.message], home)
                for key, value in (("first", first), ("exit", ended), ("rss", rss)):
                    runs[kind][key].append(value)
                print(
                    f"run {run + 1}: chat --once, {kind} prompt state: first byte {first:.2f} s"
                    f" (exit {ended:.2f} s, {rss} MB)"
                )
            _, ended, _ = first_byte(["mood", "--json"], Path(scratch) / f"warm{run}")
            mood_exit.append(ended)
            print(f"run {run + 1}: mood --json {ended:.2f} s")
    warm, cold, back = runs["warm"], runs["cold"], runs["returning"]
    print(
        json.dumps(
            {
                "runs": args.runs,
                "message": args.message,
                "chat_once_first_byte_s": round(statistics.median(warm["first"]), 2),
                "chat_once_exit_s": round(statistics.median(warm["exit"]), 2),
                "chat_once_peak_rss_mb": round(statistics.median(warm["rss"])),
                "chat_once_first_byte_no_kept_state_s": round(statistics.median(cold["first"]), 2),
                "chat_once_first_byte_returning_s": round(statistics.median(back["first"]), 2),
                "mood_json_s": round(statistics.median(mood_exit), 2),
                "chat_once_first_byte_all_s": [round(t, 2) for t in warm["first"]],
                "chat_once_first_byte_no_kept_state_all_s": [round(t, 2) for t in cold["first"]],
                "chat_once_first_byte_returning_all_s": [round(t, 2) for t in back["first"]],
                "mood_json_all_s": [round(t, 2) for t in mood_exit],
                "load_average": [round(load, 2) for load in os.getloadavg()],
            }
        )
    )


if __name__ == "__main__":
    main()
