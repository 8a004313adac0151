"""The event appraisal: what a told event means, read by the shipped model over the real
sentence encoder, and what it does to a fresh OS through the real inner life."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from training.train_events import accuracy, fit, read_corpus, split, too_near_a_probe

from os1.brain.sentence_encoder import SentenceEncoder
from os1.errors import ConfigError
from os1.memory.store import Store
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.event_appraisal import KINDS, MODEL_PATH, EventReader, EventWeights
from os1.mind.inner_life import InnerLife

PROBES = Path(__file__).parents[1] / "benchmarks" / "data" / "mood_probes.jsonl"
T0 = datetime(2026, 6, 1, 20, 0, tzinfo=UTC)


def test_the_shipped_weights_load_in_milliseconds_and_a_changed_file_is_refused(tmp_path):
    started = time.perf_counter()
    weights = EventWeights.read(Path(str(MODEL_PATH)))
    assert time.perf_counter() - started < 0.05
    assert weights.weights.shape == (384, len(KINDS))
    changed = tmp_path / "events.npz"
    shutil.copy(Path(str(MODEL_PATH)), changed)
    with changed.open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ConfigError, match="not the one os1 was tested with"):
        EventWeights.read(changed)
    with pytest.raises(ConfigError, match="missing"):
        EventWeights.read(tmp_path / "nowhere.npz")


def test_the_fifth_of_the_corpus_set_aside_is_mostly_read_right(encoder: SentenceEncoder):
    _, held = split(read_corpus())
    assert len(held) >= 100 and {kind for kind, _ in held} == set(KINDS)
    readings = EventReader(encoder).read_many([text for _, text in held])
    right = sum(r.kind == kind for r, (kind, _) in zip(readings, held, strict=True))
    # 0.724 of 214 measured when trained (0.675 of 163 before H3's 229 sentences). The
    # fifth is drawn by each sentence's hash; on it the corpus before H5 scored 0.662 (its
    # seeded-shuffle fifth, 0.792, was a kind draw: out of fold on its four fifths it was
    # right 0.694 of the time).
    assert right / len(held) >= 0.68


def test_the_corpus_holds_no_mood_probe_nor_anything_close(encoder: SentenceEncoder):
    """The probes stay a fair test: no corpus sentence is a near paraphrase of one."""
    corpus = [text for _, text in read_corpus()]
    probes = [json.loads(line)["messages"][-1] for line in PROBES.read_text().splitlines()]
    assert not set(probes) & set(corpus)
    similarity = encoder.embed(probes) @ encoder.embed(corpus).T
    assert similarity.max() < 0.8  # 0.714 at most when written


def test_the_trainer_refuses_a_probe_or_a_near_paraphrase(encoder: SentenceEncoder):
    probe = json.loads(PROBES.read_text().splitlines()[0])["messages"][-1]
    rows = [
        ("happy-for", probe),
        ("happy-for", probe.rstrip("!.") + ", we're all so happy."),
        ("nothing", "The printer on the second floor is out of toner."),
    ]
    near = too_near_a_probe(rows, encoder)
    assert [n["said"] for n in near] == [text for _, text in rows[:2]]
    assert all(n["probe"] == probe for n in near)


def test_training_is_deterministic():
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(60, 384)).astype(np.float32)
    labels = np.arange(60) % len(KINDS)
    first, second = fit(vectors, labels, 3e-4), fit(vectors, labels, 3e-4)
    assert np.array_equal(first.weights, second.weights)
    assert accuracy(first, vectors, labels) == 1.0


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Our landlord turned the water off to get rid of us.", "reproach"),
        ("My uncle passed away in the night.", "sorry-for"),
        ("Can you tell me how long to roast a chicken?", "nothing"),
    ],
)
def test_plain_events_read_as_their_kind(encoder: SentenceEncoder, said: str, kind: str):
    assert EventReader(encoder).read(said).kind == kind


def _fresh(tmp_path: Path, appraiser: LearnedAppraiser) -> tuple[Store, InnerLife]:
    store = Store.open(tmp_path / "os1.db")
    store.ensure_user("local")
    return store, InnerLife(store, "local", appraiser)


@pytest.mark.parametrize(
    "repair", ["Sorry, I didn't catch that.", "Sorry, what?", "Could you repeat the last bit?"]
)
def test_a_conversational_repair_moves_nothing_and_is_never_the_cause(
    tmp_path, appraiser: LearnedAppraiser, repair: str
):
    store, life = _fresh(tmp_path, appraiser)
    try:
        before = life.summary(T0)
        felt = life.feel(repair, store.add_turn("local", None, "user", repair, at=T0), T0)
        after = life.summary(T0)
        assert felt.appraisal.event is not None and felt.appraisal.event.kind == "nothing"
        assert felt.reaction.emotion == "calm" and felt.reaction.intensity == 0.0
        assert all(after[d] == before[d] for d in ("pleasure", "arousal", "dominance"))
        assert after["cause"] is None
        # After real news, the repair that follows does not take its place as the cause.
        news = "The vet couldn't save our old rabbit this morning."
        later = T0 + timedelta(minutes=5)
        life.feel(news, store.add_turn("local", None, "user", news, at=later), later)
        again = later + timedelta(minutes=1)
        life.feel(repair, store.add_turn("local", None, "user", repair, at=again), again)
        cause = life.cause(again + timedelta(minutes=1))
        assert cause is not None and "rabbit" in cause.as_dict(again)["quote"]
    finally:
        store.close()
