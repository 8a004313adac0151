"""`os1 mood`, `os1 mood plot` and `os1 journal` in real processes, over a real history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from PIL import Image

from os1.cli.mood_plot import figure
from os1.mind import journal
from os1.mind.inner_life import InnerLife
from os1.mind.persona import Persona, save_persona
from os1.mind.timeline import timeline
from tests.conftest import open_test_store, run_os1
from tests.test_cli import INTERVIEW

GRIEF = "My divorce papers arrived today. I feel like my whole life is falling apart."


def _lived(os1_home, appraiser, hours_ago: float = 5, start: datetime | None = None) -> None:
    """A morning of feelings, recorded as a conversation would have."""
    store = open_test_store(os1_home)
    store.ensure_user("local")
    life = InnerLife(store, "local", appraiser)
    start = start or datetime.now(UTC) - timedelta(hours=hours_ago)
    for minutes, text in [(0, "Good morning."), (5, GRIEF), (60, "Thank you for listening.")]:
        at = start + timedelta(minutes=minutes)
        life.feel(text, store.add_turn("local", None, "user", text, at=at), at)
    store.close()


def test_mood_json_has_the_documented_shape(os1_home, appraiser):
    _lived(os1_home, appraiser)
    result = run_os1("mood", "--json")
    assert result.returncode == 0, result.stderr
    mood = json.loads(result.stdout)
    for part in ("pleasure", "arousal", "dominance"):
        assert -1 <= mood[part] <= 1
    assert mood["label"] and mood["affinity"]["stage"]
    for part in ("closeness", "trust", "familiarity"):
        assert 0 <= mood["affinity"][part] <= 1
    assert "divorce papers" in mood["why"]


def test_mood_text_and_json_tell_the_words_and_cause_the_os_says(os1_home, appraiser):
    _lived(os1_home, appraiser)
    told = json.loads(run_os1("mood", "--json").stdout)
    assert told["why"].startswith(f"I feel {told['words']}. ")
    assert told["cause"]["quote"] == "My divorce papers arrived today"
    assert told["cause"]["emotion"] == "sorry-for"
    text = run_os1("mood")
    assert text.returncode == 0, text.stderr
    lines = {line[:10].strip(): line[10:].strip() for line in text.stdout.splitlines()}
    assert lines["Mood"].startswith(f"{told['words']}  (")
    assert "I was sad for you when you said “My divorce papers arrived today”" in lines["Why"]


def test_mood_before_anything_happened_is_the_baseline():
    result = run_os1("mood")
    assert result.returncode == 0, result.stderr
    assert "Nothing much has happened" in result.stdout


def test_mood_plot_writes_a_png(os1_home, appraiser, tmp_path):
    _lived(os1_home, appraiser, hours_ago=30)
    out = tmp_path / "plots" / "mood.png"
    result = run_os1("mood", "plot", "--days", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size[0] > 800 and image.format == "PNG"


def _first_day(os1_home, appraiser, hours_old: float) -> datetime:
    """An OS named `hours_old` hours ago that has talked since: its birth time."""
    born = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=hours_old)
    store = open_test_store(os1_home)
    store.ensure_user("local")
    save_persona(store, "local", Persona("Wren", "interview", ".", born_at=born.isoformat()))
    store.close()
    _lived(os1_home, appraiser, start=born + timedelta(minutes=10))
    # The newest event a minute ago, at the right edge: its label must stay in the frame.
    store = open_test_store(os1_home)
    life = InnerLife(store, "local", appraiser)
    at = datetime.now(UTC) - timedelta(minutes=1)
    life.feel(GRIEF, store.add_turn("local", None, "user", GRIEF, at=at), at)
    store.close()
    return born


def test_a_first_day_plot_spans_the_os_life_in_its_home_with_its_name(os1_home, appraiser):
    born = _first_day(os1_home, appraiser, hours_old=3)
    result = run_os1("mood", "plot")
    assert result.returncode == 0, result.stderr
    out = os1_home / "mood.png"
    assert result.stdout.strip() == str(out)
    with Image.open(out) as image:
        title, span = image.text["Title"], image.text["Description"]
    assert title.startswith("Wren's mood, since "), title
    start, end = (datetime.fromisoformat(part) for part in span.split(" to "))
    # From its first moment to now: not the six empty days before it existed.
    assert start == born
    assert timedelta(0) <= datetime.now(UTC) - end < timedelta(minutes=2)


def test_a_first_day_plot_keeps_every_label_inside_its_frame(os1_home, appraiser):
    born = _first_day(os1_home, appraiser, hours_old=3)
    end = datetime.now(UTC)
    store = open_test_store(os1_home)
    line = timeline(store, "local", born, end)
    store.close()
    drawn = figure(line, "Wren's mood", born, end)
    try:
        top = drawn.axes[0]
        assert top.get_title() == "Wren's mood"
        left, right = (mdates.num2date(x) for x in top.get_xlim())
        assert abs(left - born) < timedelta(seconds=1) and abs(right - end) < timedelta(seconds=1)
        drawn.canvas.draw()  # places each label's box
        renderer = drawn.canvas.get_renderer()
        frame = top.get_window_extent(renderer)
        labels = [text for text in top.texts if text.get_text()]
        assert len(labels) == 4
        for label in labels:
            box = label.get_bbox_patch().get_window_extent(renderer)
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1, label.get_text()
    finally:
        plt.close(drawn)


def test_mood_plot_to_an_unwritable_place_says_so(os1_home, appraiser):
    _lived(os1_home, appraiser)
    result = run_os1("mood", "plot", "--out", "/proc/os1-mood.png")
    assert result.returncode == 1
    assert "Cannot write /proc/os1-mood.png" in result.stderr


def test_journal_write_and_read(os1_home, appraiser):
    # Yesterday morning, local time: the whole hour falls inside one day, whenever this runs.
    yesterday = datetime.now().astimezone().date() - timedelta(days=1)
    morning = datetime.combine(yesterday, time(9)).astimezone()
    _lived(os1_home, appraiser, start=morning)
    empty = run_os1("journal")
    assert "The journal is empty" in empty.stderr
    written = run_os1("journal", "--write", "--day", yesterday.isoformat())
    assert written.returncode == 0, written.stderr
    assert "divorce papers arrived" in written.stdout
    assert "divorce papers arrived" in run_os1("journal").stdout


def test_journal_for_a_quiet_day_says_what_to_do():
    result = run_os1("journal", "--write", "--day", "2020-01-01")
    assert result.returncode == 1
    assert "Nothing happened on 2020-01-01" in result.stderr


def test_chat_moves_the_mood(os1_home, tmp_path):
    script = tmp_path / "replies.txt"
    script.write_text("Name: Wren\\nWhy: It is a small bird with a big song.\n" + "Oh no.\n" * 5)
    env = {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script)}
    assert run_os1("setup", input=INTERVIEW, env=env).returncode == 0
    before = json.loads(run_os1("mood", "--json").stdout)
    chat = run_os1("chat", "--once", GRIEF, env=env)
    assert chat.returncode == 0, chat.stderr
    after = json.loads(run_os1("mood", "--json").stdout)
    assert after["pleasure"] < before["pleasure"] - 0.15  # from the resting 0.26 (issue 19)
    store = open_test_store(os1_home)
    assert store.recent_turns("local", 1)[0].meta["tone"].startswith("gentle")
    assert journal.compose(store, "local", datetime.now().date()) is not None
    store.close()
