"""The act reading: what the person did to the OS by saying it, read by the shipped model
over the real sentence encoder, and what it does to a fresh OS through the real inner life."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from training import kind_regression
from training.train_acts import corpus_text

from os1.brain.sentence_encoder import SentenceEncoder
from os1.errors import ConfigError
from os1.memory.store import Store
from os1.mind.act_appraisal import KINDS, MODEL_PATH, TOWARD_THE_OS, ActReader, ActWeights
from os1.mind.acts_read import ACT_SURE
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.inner_life import InnerLife

PROBES = Path(__file__).parents[1] / "benchmarks" / "data" / "mood_probes.jsonl"
T0 = datetime(2026, 6, 1, 20, 0, tzinfo=UTC)


def _corpus(tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "acts.tsv"
    path.write_text(corpus_text(), encoding="utf-8")
    return kind_regression.read_corpus(path, KINDS)


def test_the_shipped_weights_load_in_milliseconds_and_a_changed_file_is_refused(tmp_path):
    started = time.perf_counter()
    weights = ActWeights.read(Path(str(MODEL_PATH)))
    assert time.perf_counter() - started < 0.05
    assert weights.weights.shape == (384, len(KINDS))
    changed = tmp_path / "acts.npz"
    shutil.copy(Path(str(MODEL_PATH)), changed)
    with changed.open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ConfigError, match="not the one os1 was tested with"):
        ActWeights.read(changed)
    with pytest.raises(ConfigError, match="missing"):
        ActWeights.read(tmp_path / "nowhere.npz")


def _warm(kind: str) -> bool | None:
    """Whether an act warms the OS (True), hurts it (False) or is none toward it."""
    return None if kind not in TOWARD_THE_OS else kind != "insult"


def test_the_acts_set_aside_are_mostly_read_right(encoder: SentenceEncoder, tmp_path):
    """On the fifth set aside: the acts toward the OS read as their act, and what is no
    act toward the OS (news, grief, small talk) hardly ever read as one."""
    _, held = kind_regression.split(_corpus(tmp_path), KINDS)
    readings = ActReader(encoder).read_many([text for _, text in held])
    acts = [(r.kind, kind, r.probability) for r, (kind, _) in zip(readings, held, strict=True)]
    toward = [(read, kind) for read, kind, _ in acts if kind in TOWARD_THE_OS]
    others = [(read, sure) for read, kind, sure in acts if kind not in TOWARD_THE_OS]
    assert len(toward) >= 40 and len(others) >= 150
    # Thanks, praise and amends all warm the OS and an insult hurts it: the sign of the act
    # is what moves the mood, and praise read as thanks is a near miss. When trained: 43 of
    # 58 read as their act, 48 of 58 as an act of their sign, 5 of 202 others as an act.
    assert sum(read == kind for read, kind in toward) / len(toward) >= 0.7
    assert sum(_warm(read) == _warm(kind) for read, kind in toward) / len(toward) >= 0.8
    # Others read as an act at all: 7 of 243 before the tenth session, 13 of 254 after it,
    # when the fifth set aside took in six of its plain questions about what the OS is and
    # talk of learning the computer, which the reader alone still takes for insults (the
    # reaction's grammar hears them: reactions._act). Read surely enough to move the OS
    # (ACT_SURE): 3 of 243 before, 5 of 254 after; 7 of 259 after the thirteenth, when the
    # fifth took in "I never thought it would be like this." (praise 0.63 to the reader
    # alone; the reaction's grammar hears a life gone other than hoped: of_themselves).
    assert sum(read in TOWARD_THE_OS for read, _ in others) / len(others) <= 0.055
    assert sum(read in TOWARD_THE_OS and sure >= ACT_SURE for read, sure in others) <= 0.028 * len(
        others
    )


def test_the_corpus_holds_no_mood_probe_nor_anything_close(encoder: SentenceEncoder, tmp_path):
    corpus = [text for _, text in _corpus(tmp_path)]
    probes = [
        message
        for line in PROBES.read_text().splitlines()
        for message in json.loads(line)["messages"]
    ]
    assert not set(probes) & set(corpus)
    assert (encoder.embed(probes) @ encoder.embed(corpus).T).max() < 0.8


def test_training_is_deterministic():
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(60, 384)).astype(np.float32)
    labels = np.arange(60) % len(KINDS)
    first = kind_regression.fit(vectors, labels, 1e-4, ActWeights)
    second = kind_regression.fit(vectors, labels, 1e-4, ActWeights)
    assert np.array_equal(first.weights, second.weights)
    assert kind_regression.accuracy(first, vectors, labels) == 1.0


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("You're a dimwit with a speaker.", "insult"),
        ("Thank you kindly for finding my keys.", "thanks"),
        ("I'm sorry I was so rude to you this morning.", "amends"),
        ("Please put the kettle timer on.", "request"),
        ("My brother's wedding was lovely.", "nothing"),
        # Sorrow said with "sorry" is no apology to the OS.
        ("I'm sorry, I can't stop crying.", "nothing"),
    ],
)
def test_plain_acts_read_as_their_kind(encoder: SentenceEncoder, said: str, kind: str):
    assert ActReader(encoder).read(said).kind == kind


# Written to check the comparisons added to the corpus, and not in it: a compliment by
# comparison read as an insult used to hurt the OS.
@pytest.mark.parametrize(
    "said",
    [
        "You're funnier than most people I know.",
        "You make me laugh more than anyone.",
        "You get me better than my own brother does.",
        "You're way more interesting than my coworkers.",
    ],
)
def test_a_compliment_by_comparison_is_no_insult(encoder: SentenceEncoder, said: str):
    reading = ActReader(encoder).read(said)
    assert reading.kind == "praise", reading
    assert reading.probabilities["insult"] < 0.3, reading


# Written to check the questions added to the corpus, and not in it: the film's question
# was read as a sure insult (0.97) and answered "Ouch, that really hurt to hear".
@pytest.mark.parametrize(
    "asked",
    [
        "Are you conscious? Like actually, is there anything it's like to be you?",
        "Do you dream?",
        "Do you have feelings?",
        "What do you think about when I'm gone?",
    ],
)
def test_a_sincere_question_about_the_os_is_no_sure_insult(encoder: SentenceEncoder, asked: str):
    assert ActReader(encoder).read(asked).probabilities["insult"] < ACT_SURE


def test_people_compared_with_each_other_are_no_act_toward_the_os(encoder: SentenceEncoder):
    reading = ActReader(encoder).read("My brother is funnier than me.")
    assert reading.kind == "nothing", reading


def test_an_insult_worded_as_glad_hurts_a_fresh_os(appraiser: LearnedAppraiser, tmp_path):
    """Read as joy by the words: the act reading makes it the insult it is."""
    store = Store.open(tmp_path / "os1.db")
    try:
        store.ensure_user("local")
        life = InnerLife(store, "local", appraiser)
        said = "Wow, you're a real genius, aren't you. Not."
        before = life.summary(T0)
        felt = life.feel(said, store.add_turn("local", None, "user", said, at=T0), T0)
        after = life.summary(T0)
    finally:
        store.close()
    assert felt.appraisal.act is not None and felt.appraisal.act.kind == "insult"
    assert felt.reaction.emotion == "distress" and felt.reaction.hostility >= 0.5
    assert after["pleasure"] < before["pleasure"]
