"""How fast os1 starts: `os1 chat --once "hello"` to its first byte, and `os1 mood --json`.

Each run is a fresh process with a fresh OS1_HOME and the embedded default brain
(no OS1_* setting but OS1_HOME). `chat --once` needs an OS that has been set up,
so the setup interview runs once, untimed, and each run gets its own copy of
that home. What is timed is from starting the process to the first byte of the
reply on stdout (the CLI writes the reply as the brain streams it), and for
`mood --json` to its exit. Also the peak resident memory of each `chat --once`
process (its whole turn, as the kernel counts it: ru_maxrss).

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


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
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

    chat_first, chat_exit, chat_rss, mood_exit = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="os1-start-") as scratch:
        template = Path(scratch) / "template"
        set_up(template)
        for run in range(args.runs):
            home = Path(scratch) / f"run{run}"
            shutil.copytree(template, home)
            first, ended, rss = first_byte(["chat", "--once", args.message], home)
            chat_first.append(first)
            chat_exit.append(ended)
            chat_rss.append(rss)
            _, ended, _ = first_byte(["mood", "--json"], home)
            mood_exit.append(ended)
            print(
                f"run {run + 1}: chat --once first byte {chat_first[-1]:.2f} s"
                f" (exit {chat_exit[-1]:.2f} s, {rss} MB); mood --json {ended:.2f} s"
            )
    print(
        json.dumps(
            {
                "runs": args.runs,
                "message": args.message,
                "chat_once_first_byte_s": round(statistics.median(chat_first), 2),
                "chat_once_exit_s": round(statistics.median(chat_exit), 2),
                "chat_once_peak_rss_mb": round(statistics.median(chat_rss)),
                "mood_json_s": round(statistics.median(mood_exit), 2),
                "chat_once_first_byte_all_s": [round(t, 2) for t in chat_first],
                "mood_json_all_s": [round(t, 2) for t in mood_exit],
            }
        )
    )


if __name__ == "__main__":
    main()
