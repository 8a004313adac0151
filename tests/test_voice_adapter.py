"""os1's voice adapter: a real GGUF LoRA, loaded by the real llama.cpp over the packaged
model; a missing, altered or corrupt one is said in one sentence and os1 talks without it."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import numpy as np
import pytest
from llama_cpp import Llama
from training.voice_gguf import rope_permuted, seeded_pairs, write_lora

from os1.assembly.brains import describe_brain
from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.types import Message, Request
from os1.brain.voice_adapter import choose
from os1.checksums import sha256_of
from os1.config import Settings

PROMPT = [Message("system", "You are Wren."), Message("user", "Tell me about your day.")]


@pytest.fixture(scope="module")
def adapter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("voice") / "seeded.gguf"
    write_lora(path, seeded_pairs(7, rank=4, scale=0.08), alpha=8.0)
    return path


def _last_logits(lora: Path | None) -> np.ndarray:
    llm = Llama(
        model_path=str(SMOLLM2_135M.path),
        lora_path=str(lora) if lora else None,
        n_threads=1,
        logits_all=True,
        verbose=False,
    )
    chat = b"<|im_start|>user\nHello there<|im_end|>\n<|im_start|>assistant\n"
    tokens = llm.tokenize(chat, special=True)
    llm.eval(tokens)
    return np.array(llm.scores[len(tokens) - 1])


def _reply(brain: LlamaCppBrain) -> str:
    async def run() -> str:
        request = Request(max_tokens=12, temperature=0.0, seed=1)
        return "".join([piece async for piece in brain.stream(PROMPT, request)])

    return asyncio.run(run())


def test_the_adapter_is_a_gguf_lora_that_changes_the_logits(adapter: Path) -> None:
    import gguf

    reader = gguf.GGUFReader(str(adapter))
    fields = {name: reader.fields[name] for name in ("general.type", "adapter.type")}
    assert {k: bytes(f.parts[-1]).decode() for k, f in fields.items()} == {
        "general.type": "adapter",
        "adapter.type": "lora",
    }
    names = {t.name for t in reader.tensors}
    assert "blk.0.attn_q.weight.lora_a" in names and "blk.29.ffn_down.weight.lora_b" in names
    plain, adapted = _last_logits(None), _last_logits(adapter)
    assert np.abs(adapted - plain).max() > 0.1


def test_the_brain_loads_the_chosen_adapter_and_sounds_different(adapter: Path) -> None:
    choice = choose(str(adapter))
    assert choice.adapter is not None and choice.adapter.sha256 == sha256_of(adapter)
    with_voice = LlamaCppBrain(SMOLLM2_135M.path, voice=choice.adapter)
    assert with_voice.voice == choice.adapter
    assert _reply(with_voice) != _reply(LlamaCppBrain(SMOLLM2_135M.path))


def test_an_adapter_for_another_model_is_said_in_one_sentence_and_the_brain_replies(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Whole and well-formed, but for a model of another shape: read against the model.
    broken = tmp_path / "other-model.gguf"
    write_lora(broken, seeded_pairs(3, layers=2, rank=2, ffn=1024), alpha=4.0)
    choice = choose(str(broken))
    assert choice.adapter is not None
    with caplog.at_level(logging.WARNING, logger="os1.brain.voice_adapter"):
        brain = LlamaCppBrain(SMOLLM2_135M.path, voice=choice.adapter)
    assert brain.voice is None
    (said,) = [r.getMessage() for r in caplog.records]
    assert said.startswith(f"The voice adapter {broken} was made for another model")
    assert "os1 talks without it" in said
    assert _reply(brain).strip()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("missing", "does not exist"),
        ("zip", "is not a GGUF file"),
        ("cut", "is cut short"),
        ("header", "is not a readable GGUF file"),
        ("model", "is a GGUF file but not a LoRA adapter"),
    ],
)
def test_a_wrong_file_is_refused_before_llama_cpp(
    adapter: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str, said: str
) -> None:
    # llama.cpp itself loads an adapter cut short without a word: os1 reads the header.
    path = tmp_path / "voice.gguf"
    whole = adapter.read_bytes()
    made = {
        "zip": b"PK\x03\x04 not a model",
        "cut": whole[: len(whole) // 3],
        "header": whole[:200],
    }
    if content in made:
        path.write_bytes(made[content])
    elif content == "model":
        path.symlink_to(SMOLLM2_135M.path)
    with caplog.at_level(logging.WARNING, logger="os1.brain.voice_adapter"):
        choice = choose(str(path))
    assert choice.adapter is None and said in choice.described
    (record,) = caplog.records
    assert said in record.getMessage() and "os1 talks without it" in record.getMessage()


def test_a_shipped_adapter_is_checked_against_its_sha256(
    adapter: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = choose(None, shipped=adapter, sha256=sha256_of(adapter))
    assert good.adapter is not None and good.adapter.shipped
    with caplog.at_level(logging.WARNING, logger="os1.brain.voice_adapter"):
        altered = choose(None, shipped=adapter, sha256="0" * 64)
    assert altered.adapter is None and "not the expected 000000000000" in altered.described
    assert len(caplog.records) == 1
    assert choose("none", shipped=adapter, sha256=sha256_of(adapter)).adapter is None


def test_status_says_which_adapter(adapter: Path, tmp_path: Path) -> None:
    described = describe_brain(Settings(home=tmp_path, voice_adapter=str(adapter)))
    assert described["voice adapter"].startswith(f"{adapter} (sha256 ")
    off = describe_brain(Settings(home=tmp_path, voice_adapter="none"))
    assert off["voice adapter"] == "off (OS1_VOICE_ADAPTER=none)"


def test_the_rope_permutation_is_the_converters() -> None:
    # Two heads of four rows: each head's first half and second half interleaved.
    rows = np.arange(8, dtype=np.float32).reshape(8, 1)
    assert rope_permuted(rows, 2).ravel().tolist() == [0, 2, 1, 3, 4, 6, 5, 7]


def test_a_write_that_fails_half_way_leaves_the_adapter_as_it_was(
    adapter: Path, tmp_path: Path
) -> None:
    shipped = tmp_path / "os1-voice.gguf"
    shipped.write_bytes(adapter.read_bytes())
    before = sha256_of(shipped)
    pairs = seeded_pairs(5, layers=2, rank=2)
    # Sorted after every real module: it fails once the others are in the file.
    pairs["model.layers.1.zz.unknown_proj"] = pairs["model.layers.1.mlp.up_proj"]
    with pytest.raises(ValueError, match=r"no llama\.cpp tensor"):
        write_lora(shipped, pairs, alpha=4.0)
    assert sha256_of(shipped) == before
    assert list(tmp_path.iterdir()) == [shipped]
