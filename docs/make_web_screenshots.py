"""Takes the README's pictures of os1 in the browser: docs/web-*.png.

    python docs/make_web_screenshots.py

It starts a real `os1 serve` (feelings on) and drives Debian's Chromium
(`make test-servers` installs it) through sign-in, the first boot and a short
conversation. The replies come from the scripted brain, so the pictures show
the client, not what a language model would say; the name is the one the
script proposes, checked as every proposal is.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, expect, sync_playwright

DOCS = Path(__file__).resolve().parent
SRC = DOCS.parent / "src"
CHROMIUM = "/usr/bin/chromium"
MAX_BYTES = 200_000
PASSWORD = "a quiet morning by the sea"
SCRIPT = [
    # The free naming proposal, in the format the interview asks the model for.
    "Name: Samantha\\nWhy: I read that it may come from an old word for listening, "
    "and I liked how it sounded.",
    "Good morning, Theodore. You sound tired. Did the letters keep you up again?",
    "Then let's make today lighter. Which letter is the hardest one?",
    "Chris and Loretta, after fifty years. Start with the boat, the night he fell in the "
    "harbour. Everything else follows from that.",
]
MESSAGES = [
    "Morning. I slept badly.",
    "Yes. Three anniversary letters are due on Friday.",
    "The one for Loretta. She wants it to sound like him.",
    "remind me to call my sister tomorrow at 9am",
]


def main() -> None:
    with tempfile.TemporaryDirectory() as where:
        home = Path(where)
        script = home / "replies.txt"
        script.write_text("\n".join(SCRIPT) + "\n", encoding="utf-8")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
        env.update(
            OS1_HOME=str(home / "os1"),
            OS1_BRAIN="scripted",
            OS1_BRAIN_SCRIPT=str(script),
            OS1_FEELINGS="1",
            PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")])),
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "os1", "serve", "--port", str(port)], env=env
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait(url, server)
            _shoot(url)
        finally:
            server.terminate()
            server.wait(10)


def _wait(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("os1 serve did not start; its output is above")


def _shoot(url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        desktop = browser.new_context(base_url=url, viewport={"width": 1180, "height": 740})
        page = desktop.new_page()
        page.goto("/")
        page.get_by_role("button", name="Create an account").click()
        page.get_by_label("Your name").fill("theodore")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_label("Your name").focus()
        _save(page, "web-signin.png")

        page.get_by_role("button", name="Create my OS").click()
        for answer in [
            "Theodore",
            "Private, mostly",
            "Finishing the letters I write for other people",
            "Close to my sister. My divorce is nearly final.",
        ]:
            page.locator("#interview-answer").fill(answer)
            page.get_by_role("button", name="Answer").click()
        expect(page.locator("#chosen-name")).to_be_visible()
        _save(page, "web-name.png")

        page.get_by_role("button", name="Start talking").click()
        for message in MESSAGES:
            replies = page.evaluate("() => window.os1.chat.replies")
            page.get_by_role("textbox", name="Message").fill(message)
            page.keyboard.press("Enter")
            page.wait_for_function("n => window.os1.chat.replies > n", arg=replies)
        expect(page.locator("#reminders")).to_contain_text("call my sister")
        page.locator("#memories li").nth(7).wait_for()
        page.get_by_role("textbox", name="Message").blur()
        _save(page, "web-chat.png")

        phone = browser.new_context(
            base_url=url,
            viewport={"width": 375, "height": 812},
            is_mobile=True,
            has_touch=True,
            storage_state=desktop.storage_state(),
        )
        small = phone.new_page()
        small.goto("/")
        expect(small.locator(".bubble.os").last).to_contain_text("remind")
        _save(small, "web-phone.png")
        browser.close()


def _save(page: Page, name: str) -> None:
    """A screenshot, made a palette PNG if that is what keeps it under MAX_BYTES."""
    path = DOCS / name
    page.screenshot(path=path)
    if path.stat().st_size > MAX_BYTES:
        with Image.open(path) as image:
            image.convert("RGB").quantize(colors=128, dither=Image.Dither.NONE).save(
                path, optimize=True
            )
    print(f"{path.relative_to(DOCS.parent)}: {path.stat().st_size // 1000} kB")


if __name__ == "__main__":
    main()
