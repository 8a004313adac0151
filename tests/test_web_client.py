"""The web client end to end: a real `os1 serve` and Debian's Chromium, driven by Playwright.

One server for the module (the scripted brain answering, feelings on); each test
is a fresh browser context, so a fresh person with their own cookies. The voice
test feeds a question spoken by hibari to Chromium's fake microphone; Whisper on
the server must hear it, and the reply's audio must play to its end in the page.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from os1.mind.naming import STORIES
from os1.voice.audio import resample, write_wav
from os1.voice.text_to_speech import SAMPLE_RATE
from tests.os1_servers import os1_serve

CHROMIUM = Path("/usr/bin/chromium")
# Every reply the same, so no test depends on the order the others ran in.
REPLY = "I am here with you. Tell me more about it."
QUESTION = "What is the weather like in Lisbon today?"
PASSWORD = "a quiet morning by the sea"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
]
WAIT_MS = 30_000
# What reaches furthest right on the page, and how far: elements, and the lines of text
# in them (a word too long for its bubble overflows it without widening it).
WIDEST = """() => {
    let widest = {right: 0, what: "nothing"};
    const range = document.createRange();
    const shown = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
    const walk = document.createTreeWalker(document.body, shown);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const text = node.nodeType === Node.TEXT_NODE;
        if ((text ? node.parentElement : node).closest(".visually-hidden")) continue;
        if (text) range.selectNodeContents(node);
        const boxes = text ? [...range.getClientRects()] : [node.getBoundingClientRect()];
        for (const box of boxes) {
            if (box.width > 0 && box.height > 0 && box.right > widest.right) {
                const what = text ? node.textContent : node.outerHTML;
                widest = {right: Math.round(box.right), what: what.slice(0, 80)};
            }
        }
    }
    return widest;
}"""
people = count(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`os1 serve` from this checkout's source, as a person starts it."""
    where = tmp_path_factory.mktemp("web")
    script = where / "replies.txt"
    script.write_text(f"{REPLY}\n" * 500, encoding="utf-8")
    with os1_serve(
        where / "server.log",
        OS1_HOME=str(where / "home"),
        OS1_BRAIN="scripted",
        OS1_BRAIN_SCRIPT=str(script),
        OS1_FEELINGS="1",
        # The two people's OSes are both on this loopback server.
        OS1_PEER_PRIVATE_ADDRESSES="1",
    ) as url:
        yield url


@pytest.fixture(scope="module")
def question_wav(tmp_path_factory: pytest.TempPathFactory, speaker) -> Path:
    """The spoken question, with silence around it, as the fake microphone will play it."""
    path = tmp_path_factory.mktemp("voice") / "question.wav"
    rate = 48_000  # Chromium's own capture rate, so its file reader need not resample
    voice = resample(speaker.speak(QUESTION), SAMPLE_RATE, rate)
    silence = np.zeros(rate // 2, dtype=np.float32)
    write_wav(path, np.concatenate([silence, voice, silence, silence, silence]), rate)
    return path


@pytest.fixture(scope="module")
def browser(question_wav: Path) -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: run `make test-servers` "
            "(it installs Debian's chromium package), then run the tests again"
        )
    # %noloop: the question is asked once per recording, then the microphone is silent.
    capture = f"--use-file-for-fake-audio-capture={question_wav}%noloop"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[*FLAGS, capture])
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser, server: str) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 800})
    context.set_default_timeout(WAIT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A page that must end its test without an uncaught JavaScript error."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"the page threw: {errors}"


def _name() -> str:
    return f"person{next(people)}-{os.getpid()}"


def sign_up(page: Page, username: str) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="Hello.")).to_be_visible()
    # Not being signed in yet is not a problem to show.
    expect(page.locator("#problem")).to_be_hidden()
    page.get_by_role("button", name="Create an account").click()
    page.get_by_label("Your name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create my OS").click()
    expect(page.locator("#interview-question")).to_contain_text("What should I call you?")


def interview(page: Page, answers: list[str]) -> str:
    """Answers the four questions (an empty answer skips); the name the OS chose."""
    for answer in answers:
        if answer:
            page.locator("#interview-answer").fill(answer)
            page.get_by_role("button", name="Answer").click()
        else:
            page.get_by_role("button", name="Skip").click()
    expect(page.locator("#chosen-name")).to_be_visible()
    name = page.locator("#chosen-name").inner_text()
    page.get_by_role("button", name="Start talking").click()
    expect(page.locator("#screen-talk")).to_be_visible()
    return name


def say(page: Page, text: str) -> str:
    """Types a message and waits for the whole reply; the reply bubble's text."""
    replies = page.evaluate("() => window.os1.chat.replies")
    page.get_by_role("textbox", name="Message").fill(text)
    page.keyboard.press("Enter")
    page.wait_for_function("n => window.os1.chat.replies > n", arg=replies)
    return page.locator(".bubble.os").last.inner_text()


def api(page: Page, path: str) -> Any:
    """The page's own API, with its cookies, to check what the server holds."""
    answer = page.request.get(path)
    assert answer.ok, answer.text()
    return answer.json()


def test_sign_up_name_talk_and_keep_edit_forget_export_memories(page: Page) -> None:
    sign_up(page, _name())
    page.locator("#interview-answer").fill("Theodore")
    page.get_by_role("button", name="Answer").click()
    # The questions after the first greet the person by the name they just gave.
    expect(page.locator("#interview-question")).to_contain_text("Theodore")
    for answer in ["private", "my letters", "close to my sister"]:
        page.locator("#interview-answer").fill(answer)
        page.get_by_role("button", name="Answer").click()
    expect(page.locator("#chosen-name")).to_be_visible()
    name = page.locator("#chosen-name").inner_text()
    assert name in STORIES
    expect(page.locator("#chosen-introduction")).to_contain_text(f"I'd like to be called {name}")
    expect(page.locator("#os-name")).to_have_text(name)
    page.get_by_role("button", name="Start talking").click()
    assert api(page, "/api/state")["name"] == name

    reply = say(page, "Hello, I had a long day at the studio.")
    assert reply == REPLY
    chat = page.evaluate("() => window.os1.chat")
    # Streamed: the reply arrived in pieces (the first at once, the rest gathered a few
    # tens of milliseconds at a time), and the pieces alone had written all of it.
    assert chat["pieces"] >= 2
    assert chat["streamed"] == REPLY

    # Feelings are on: the mood panel shows the OS's mood and where the two of them stand.
    expect(page.locator("#mood-label")).to_contain_text("Feeling ")
    # One message confided ("a long day") may already take them past "just met": the
    # panel shows the stage the mind is at, one of the stages.
    stage = api(page, "/api/state")["mood"]["affinity"]["stage"]
    assert stage in ("just met", "getting to know each other")
    expect(page.locator("#affinity-stage")).to_have_text(stage)

    memories = page.locator("#memories")
    said = memories.locator("li", has_text="long day at the studio")
    expect(said).to_have_count(1)
    expect(memories.locator("li", has_text=REPLY)).to_have_count(1)

    said.get_by_role("button", name="Edit").click()
    page.get_by_label("New text for this memory").fill("Hello, I had a long day at the harbour.")
    page.locator("#memories").get_by_role("button", name="Save").click()
    expect(memories.locator("li", has_text="long day at the harbour")).to_have_count(1)
    texts = [turn["text"] for turn in api(page, "/api/memories")["turns"]]
    assert "Hello, I had a long day at the harbour." in texts

    search = page.get_by_label("Search memories")
    search.fill("harbour")
    expect(memories.locator("li").first).to_contain_text("harbour")
    search.fill("")

    # (The scripted brain writes the same reply again: the guard takes that for a loop,
    # so this reply is another.)
    second = say(page, "The sea was calm tonight.")
    expect(memories.locator("li")).to_have_count(4)
    edited = memories.locator("li", has_text="harbour")
    # Forgetting what the person said forgets the reply written from it, and says so first.
    # Both clicks in one go: the panels redraw as the server reads the turn for facts, and
    # two clicks from the test may straddle a redraw, which rightly disarms the button.
    asked = edited.get_by_role("button", name="Forget").evaluate(
        "b => { b.click(); const asked = b.textContent; b.click(); return asked; }"
    )
    assert asked == "Forget it and my reply?"
    expect(memories.locator("li", has_text="harbour")).to_have_count(0)
    texts = [turn["text"] for turn in api(page, "/api/memories")["turns"]]
    assert texts == ["The sea was calm tonight.", second]
    expect(memories.locator("li")).to_have_count(2)

    with page.expect_download() as download:
        page.get_by_role("link", name="Export everything (JSON)").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    document = json.loads(exported)
    assert document["format"] and "The sea was calm tonight." in exported
    assert "harbour" not in exported and "studio" not in exported


def test_what_they_told_when_they_met_is_remembered_and_can_be_forgotten(page: Page) -> None:
    sign_up(page, _name())
    focus = "Being a better nurse, and getting through my night shifts."
    interview(page, ["Jonah", "private", focus, "My best friend Ilse is moving to Canada."])
    say(page, "Hello.")
    portrait = page.locator("#portrait")
    item = portrait.locator("li.portrait-item", has_text="better nurse")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("when we met")
    expect(portrait.locator("li.portrait-item", has_text="moving to Canada")).to_have_count(1)
    asked = item.get_by_role("button", name="Forget").evaluate(
        "b => { b.click(); const asked = b.textContent; b.click(); return asked; }"
    )
    assert asked == "Forget what you told me when we met?"
    expect(portrait.locator("li.portrait-item", has_text="better nurse")).to_have_count(0)
    expect(portrait.locator("li.portrait-item", has_text="moving to Canada")).to_have_count(1)


def test_the_chip_the_panel_and_the_reply_tell_one_mood_and_its_cause(page: Page) -> None:
    sign_up(page, _name())
    interview(page, ["Theodore", "", "", ""])
    say(page, "My divorce papers arrived today. I feel like my whole life is falling apart.")
    say(page, "Sorry, could you answer in English?")
    account = say(page, "How are you feeling?")
    mood = api(page, "/api/state")["mood"]
    cause = mood["cause"]
    # The request about the talk is no cause; the divorce papers are, in every place.
    assert cause["quote"] == "My divorce papers arrived today"
    assert account.startswith(f"I feel {mood['words']}. ")
    assert cause["text"].rstrip(".") in account
    chip = page.locator("#mood-chip")
    expect(chip).to_have_text(mood["words"])
    expect(chip).to_have_attribute("title", cause["text"])
    expect(page.locator("#mood-label")).to_have_text(f"Feeling {mood['words']}")
    expect(page.locator("#mood-cause")).to_have_text(cause["text"])


def test_sign_out_and_back_in_and_a_wrong_password_says_what_to_do(page: Page) -> None:
    username = _name()
    sign_up(page, username)
    name = interview(page, ["", "", "", ""])
    say(page, "The tomatoes in the garden are ripe.")

    page.reload()  # the session survives a reload: /api/me restores it, CSRF token and all
    expect(page.locator("#os-name")).to_have_text(name)
    expect(page.locator("#log")).to_contain_text("tomatoes in the garden")
    say(page, "Still there?")  # a chat socket, and the CSRF token for the panels, after reload

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Hello.")).to_be_visible()
    expect(page.locator("#log li")).to_have_count(0)
    assert page.request.get("/api/me").status == 401

    page.get_by_label("Your name").fill(username)
    page.get_by_label("Password").fill("not the password at all")
    page.get_by_role("button", name="Sign in").click()
    error = page.locator("#auth-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("That name and password do not match")
    expect(error).to_contain_text("check both and retry")  # the fix, not only the problem

    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#os-name")).to_have_text(name)
    expect(page.locator("#log")).to_contain_text("tomatoes in the garden")


def test_a_second_person_sees_nothing_of_the_first(browser: Browser, server: str) -> None:
    canary = "my locker code is 7319-pelican"
    first = browser.new_context(base_url=server)
    second = browser.new_context(base_url=server)
    try:
        one = first.new_page()
        sign_up(one, _name())
        interview(one, ["Amelia", "", "", ""])
        say(one, f"Please keep this secret: {canary}.")
        expect(one.locator("#memories")).to_contain_text("pelican")
        assert (
            "7319" in one.request.get("/api/export").text()
        )  # so its absence below means something

        two = second.new_page()
        sign_up(two, _name())
        interview(two, ["Paul", "", "", ""])
        say(two, "What do you know about lockers and pelicans?")
        two.get_by_label("Search memories").fill("locker code pelican")
        expect(two.locator("#memories li").first).to_be_visible()
        seen = [
            two.locator("#log").inner_text(),
            two.locator("#panels").inner_text(),
            two.request.get("/api/memories?q=pelican").text(),
            two.request.get("/api/export").text(),
        ]
        assert not [place for place in seen if "7319" in place]
    finally:
        first.close()
        second.close()


def test_keys_and_reminders_panels(page: Page) -> None:
    sign_up(page, _name())
    interview(page, ["", "", "", ""])
    reply = say(page, "remind me to water the tomatoes tomorrow at 9am")
    assert "water the tomatoes" in reply
    reminders = page.locator("#reminders")
    expect(reminders).to_contain_text("water the tomatoes")
    reminders.get_by_role("button", name="Cancel").click()
    reminders.get_by_role("button", name="Really cancel?").click()
    expect(reminders).not_to_contain_text("water the tomatoes")
    assert api(page, "/api/reminders") == []

    page.get_by_label("Key name").fill("laptop")
    page.get_by_role("button", name="New key").click()
    shown = page.locator("#key-secret-value")
    expect(shown).to_have_text(re.compile(r"^os1-\S{20,}$"))
    secret = shown.inner_text()
    # The key works as a bearer token, and only its prefix is listed.
    listed = page.request.get("/v1/models", headers={"Authorization": f"Bearer {secret}"})
    assert listed.ok
    keys = page.locator("#keys")
    expect(keys).to_contain_text("laptop")
    assert secret not in keys.inner_text()
    keys.get_by_role("button", name="Revoke").click()
    keys.get_by_role("button", name="Really revoke?").click()
    expect(keys).to_contain_text("revoked")
    refused = page.request.get("/v1/models", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status == 401


def test_when_the_os_may_reach_out_is_set_from_its_panel(page: Page) -> None:
    sign_up(page, _name())
    interview(page, ["", "", "", ""])
    expect(page.get_by_label("Quiet from")).to_have_value("22:00")
    page.get_by_label("Quiet from").fill("23:30")
    page.get_by_label("Messages a day of my own").fill("1")
    page.locator("#presence-form").get_by_role("button", name="Save").click()
    expect(page.locator("#presence-status")).to_have_text("Saved.")
    saved = api(page, "/api/presence")
    assert (saved["quiet_from"], saved["per_day"]) == ("23:30:00", 1)
    assert saved["timezone"]  # the browser's own zone
    page.get_by_role("button", name="Do not disturb for 2 hours").click()
    expect(page.locator("#dnd")).to_have_attribute("aria-pressed", "true")
    assert api(page, "/api/presence")["do_not_disturb_until"] is not None
    expect(page.locator("#outreach")).to_contain_text("Nothing yet.")


def test_the_archive_downloads_and_a_restore_over_a_known_life_is_refused(
    page: Page, tmp_path: Path
) -> None:
    sign_up(page, _name())
    name = interview(page, ["Hana", "", "", ""])
    say(page, "I keep bees on the roof.")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the whole archive").click()
    archive = tmp_path / "os1-archive.zip"
    download.value.save_as(archive)
    with zipfile.ZipFile(archive) as opened:
        assert "manifest.json" in opened.namelist()
        assert "bees on the roof" in opened.read("memory.json").decode()
    page.get_by_label("Restore from an archive").set_input_files(archive)
    page.locator("#restore-form").get_by_role("button", name="Restore", exact=True).click()
    # This OS already knows Hana: the page says why not, and what to do.
    expect(page.locator("#problem-message")).to_contain_text(name)


def test_two_people_s_oses_add_each_other_and_arrange_a_dinner(
    browser: Browser, server: str
) -> None:
    first = browser.new_context(base_url=server, viewport={"width": 1280, "height": 800})
    second = browser.new_context(base_url=server, viewport={"width": 1280, "height": 800})
    try:
        one, two = first.new_page(), second.new_page()
        for page, person in ((one, "Ana"), (two, "Ben")):
            sign_up(page, _name())
            interview(page, [person, "", "", ""])
            expect(page.locator("#peer-address")).to_contain_text("/peer/")
        addresses = [p.locator("#peer-address").inner_text() for p in (one, two)]
        for page, other in ((one, addresses[1]), (two, addresses[0])):
            page.get_by_label("Another OS's address").fill(other)
            page.locator("#peer-form").get_by_role("button", name="Add").click()
            expect(page.locator("#peers")).to_contain_text("OS")
        one.get_by_role("button", name="Arrange a dinner").click()
        expect(one.locator("#peer-status")).to_contain_text("Dinner", timeout=60_000)
        assert api(one, "/api/peers")[0]["name"]
    finally:
        first.close()
        second.close()


def test_voice_the_microphone_is_heard_and_the_reply_plays(page: Page) -> None:
    sign_up(page, _name())
    interview(page, ["Theodore", "", "", ""])
    hold = page.get_by_role("button", name="Hold to talk")
    # A disabled button (the history still loading) would swallow the press: wait it out.
    expect(hold).to_be_enabled()
    hold.hover()
    page.mouse.down()
    # Held while the fake microphone plays the question and some silence after it.
    page.wait_for_function("() => window.os1.voice.samplesSent >= 16000 * 3.5")
    page.mouse.up()
    heard = page.locator(".bubble.voice").last
    expect(heard).to_be_visible()
    words = set(re.findall(r"[a-z]+", heard.inner_text().lower()))
    assert {"weather", "lisbon"} <= words, heard.inner_text()

    page.wait_for_function(
        "() => window.os1.voice.phrasesQueued > 0"
        " && window.os1.voice.phrasesPlayed === window.os1.voice.phrasesQueued"
        " && window.os1.voice.events.includes('answered')",
        timeout=60_000,
    )
    voice = page.evaluate("() => window.os1.voice")
    assert voice["framesSent"] > 0 and voice["peak"] > 0.05  # the microphone was not silent
    # Played to the end on the audio clock: every phrase of the reply, at least a second of it.
    assert voice["samplesPlayed"] >= 24_000
    assert " ".join(voice["played"]) == REPLY
    expect(page.locator(".bubble.os").last).to_have_text(REPLY)


def test_hands_free_listens_until_turned_off(page: Page) -> None:
    sign_up(page, _name())
    interview(page, ["", "", "", ""])
    toggle = page.get_by_role("button", name="Hands-free")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    # No button held: the server's voice activity detection ends the turn by itself.
    page.wait_for_function("() => window.os1.voice.events.includes('answered')", timeout=60_000)
    assert "lisbon" in page.locator(".bubble.voice").last.inner_text().lower()
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    page.wait_for_function("() => window.os1.voice.samplesPlayed > 0")


def test_a_phone_sized_screen_never_scrolls_sideways(browser: Browser, server: str) -> None:
    phone = browser.new_context(
        base_url=server,
        viewport={"width": 375, "height": 812},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    try:
        page = phone.new_page()

        def fits(where: str) -> None:
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 375, f"{where}: the page is {width} px wide on a 375 px screen"
            # Nor anything inside it: a scrolling box (the conversation) would hide it otherwise.
            widest = page.evaluate(WIDEST)
            assert widest["right"] <= 375, f"{where}: {widest['what']} reaches {widest['right']} px"

        page.goto("/")
        fits("sign-in")
        sign_up(page, _name())
        fits("interview")
        interview(page, ["Theodore", "", "", ""])
        say(page, "Supercalifragilisticexpialidocious" * 2 + ", hello")  # no place to break
        fits("talk")
        # On a phone the panels are a tab away, and the conversation is hidden behind them.
        expect(page.locator("#panels")).to_be_hidden()
        page.get_by_role("button", name="Memories & more").click()
        expect(page.locator("#memories")).to_contain_text("hello")
        expect(page.locator(".conversation")).to_be_hidden()
        fits("panels")
        page.get_by_role("button", name="Talk", exact=True).click()
        expect(page.get_by_role("textbox", name="Message")).to_be_visible()
    finally:
        phone.close()
