"""The appraisal on ONNX Runtime: what torch said, without torch at run time."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from os1.errors import ConfigError
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.emotion_model import ADAPTER_DIR, EKMAN, GROUPS, MAX_TOKENS, graph_path
from os1.mind.persona import Persona, save_persona
from tests.conftest import open_test_store

SENTENCES = [
    "They said yes! We're getting married in June!",
    "Thank you, truly, for staying up with me last night.",
    "There's someone trying to open my front door and I'm terrified.",
    "My grandmother died this morning.",
    "You never listen to anything I say, and frankly it disgusts me.",
    "Wait, you're telling me the train left an hour early?",
    "ok",
    "",
    # Longer than MAX_TOKENS: both sides must cut it at the same place.
    "I started the day thinking about the letter, then the kettle broke, then my sister "
    "called about the house, and by the time the bus finally came I had forgotten why I "
    "was even going into town, and honestly I still do not know what I feel about any of it, "
    "or about her, or about the house we grew up in, which they are selling next spring.",
]


def test_the_onnx_appraiser_agrees_with_the_torch_classifier(appraiser):
    torch = pytest.importorskip("torch")
    pytest.importorskip("peft")
    transformers = pytest.importorskip("transformers")
    from os1.brain.sentence_encoder import encoder_dir
    from os1.mind.emotion_model import merged_network

    # The torch side as os1 ran it before ONNX: transformers' tokenizer, the merged network.
    tokenizer = transformers.AutoTokenizer.from_pretrained(encoder_dir())
    inputs = tokenizer(
        SENTENCES, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
    )
    assert inputs["input_ids"].shape[1] == MAX_TOKENS
    network = merged_network(Path(str(ADAPTER_DIR)))
    with torch.inference_mode():
        ekman, group = network(inputs["input_ids"], inputs["attention_mask"])
    expected_ekman = torch.sigmoid(ekman).numpy()
    expected_groups = torch.sigmoid(group).numpy()

    # One at a time, as a turn appraises, and all at once, padded (by an appraiser that
    # has not read them yet: one keeps what it read last).
    for got in (
        [appraiser.appraise(text) for text in SENTENCES],
        LearnedAppraiser().appraise_many(SENTENCES),
    ):
        got_ekman = np.array([[a.ekman[label] for label in EKMAN] for a in got])
        got_groups = np.array([[a.groups[label] for label in GROUPS] for a in got])
        np.testing.assert_allclose(got_ekman, expected_ekman, atol=1e-4)
        np.testing.assert_allclose(got_groups, expected_groups, atol=1e-4)
    # The sentences are not all read the same way: the check above compares something.
    assert len({a.emotion for a in got}) >= 4


def test_words_read_again_in_the_same_turn_are_not_classified_again(appraiser, monkeypatch):
    # A turn is felt whole and by sentence, and its sentences read again for the reply's
    # tone: the second reading is the first's.
    first = appraiser.appraise_many(["I lost my keys again.", "Then I found them!"])
    classified: list[list[str]] = []
    appraised = appraiser._appraised
    monkeypatch.setattr(
        appraiser, "_appraised", lambda said: classified.append(said) or appraised(said)
    )
    again = appraiser.appraise_many(["Then I found them!", "A new one.", "A new one."])
    assert again[0] is first[1] and again[1] is again[2]
    assert classified == [["A new one."]]


def test_a_retrained_adapter_gets_a_graph_of_its_own(tmp_path):
    adapter = tmp_path / "adapter"
    shutil.copytree(Path(str(ADAPTER_DIR)), adapter)
    assert graph_path(adapter) == graph_path(Path(str(ADAPTER_DIR)))
    heads = adapter / "heads.safetensors"
    heads.write_bytes(heads.read_bytes() + b" ")
    assert graph_path(adapter) != graph_path(Path(str(ADAPTER_DIR)))


def test_a_missing_graph_without_torch_says_to_run_make_install(tmp_path, monkeypatch):
    adapter = tmp_path / "adapter"
    shutil.copytree(Path(str(ADAPTER_DIR)), adapter)
    config = adapter / "adapter_config.json"
    config.write_text(config.read_text() + "\n")
    assert not graph_path(adapter).exists()
    # A machine with os1 but not its training extra: torch cannot be found.
    import importlib.util

    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "torch" else found(name, *a)
    )
    with pytest.raises(ConfigError, match="make install"):
        LearnedAppraiser(adapter).appraise("hello")
    assert not graph_path(adapter).exists()


def test_a_missing_adapter_file_is_named():
    with pytest.raises(ConfigError, match=r"heads\.safetensors"):
        LearnedAppraiser(Path("/nonexistent/adapter")).appraise("hello")


# The CLI as `os1 chat --once` runs it, in a fresh process, then what it had imported.
CHAT_ONCE = textwrap.dedent(
    """
    import json, sys
    from os1.cli.app import main
    sys.argv = ["os1", "chat", "--once", sys.argv[1]]
    try:
        main()
    except SystemExit as exit:
        assert not exit.code, exit.code
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"torch", "transformers", "peft"})
    print(json.dumps({"heavy": heavy, "onnxruntime": "onnxruntime" in sys.modules}))
    """
)


def test_chat_once_feels_without_torch_transformers_or_peft(os1_home):
    store = open_test_store(os1_home)
    store.ensure_user("local")
    save_persona(store, "local", Persona("Wren", "interview", "A small bird with a big song."))
    store.close()

    grief = "My grandmother died this morning and I can't stop crying."
    done = subprocess.run(
        [sys.executable, "-c", CHAT_ONCE, grief], capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr
    *reply, last = done.stdout.strip().splitlines()
    assert "".join(reply).strip()
    imported = json.loads(last)
    assert imported == {"heavy": [], "onnxruntime": True}

    # The appraisal ran (on ONNX Runtime): the grief was felt and recorded.
    store = open_test_store(os1_home)
    tone = store.recent_turns("local", 1)[0].meta["tone"]
    store.close()
    assert tone.startswith("gentle"), tone
