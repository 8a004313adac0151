"""The voice corpus reader: checked lines, os1's own prompt, a stable held-out tenth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from training.voice_corpus import (
    CorpusError,
    examples,
    guard_problems,
    held_out,
    main,
    read_corpus,
    stage_affinity,
)

from os1.mind.affect import PAD
from os1.mind.expression import express
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt

THEO = {
    "id": "z001",
    "os": {"name": "Wren", "style": None},
    "person": {"name": "Theo", "focus": "my writing", "relationships": "my sister Amy"},
    "stage": "friends",
    "turns": [
        {
            "person": "Who is Amy again?",
            "known": ["Theo's sister Amy lives in Leeds."],
            "os": "Amy is your sister, the one in Leeds. Have you talked to her lately?",
        },
        {
            "person": "My dog died this morning.",
            "feeling": {"emotion": "sorry-for", "intensity": 0.8, "mood": [-0.3, 0.1, -0.1]},
            "remembered": ["I've had Biscuit since I was twenty."],
            "os": "Oh, Theo. Biscuit was with you since you were twenty. I'm right here.",
        },
    ],
}


def _write(tmp_path: Path, *conversations: dict[str, object], name: str = "part_z") -> Path:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in conversations) + "\n", encoding="utf-8")
    return path


def test_a_reply_is_prompted_as_os1_prompts_it(tmp_path: Path) -> None:
    (conversation,) = read_corpus([_write(tmp_path, THEO)])
    first, second = examples(conversation)
    answers = Answers("Theo", None, "my writing", "my sister Amy")
    system = system_prompt(Persona("Wren", "interview", "", user_name="Theo"), answers)
    assert first.messages[0].role == "system" and first.messages[0].content == system
    # The note sits right before the person's words, as Gathering.prompt puts it.
    assert [m.role for m in second.messages] == ["system", "user", "assistant", "system", "user"]
    note = second.messages[3].content
    feeling = express(PAD(-0.3, 0.1, -0.1), stage_affinity("friends"), "sorry-for", 0.8)
    assert note == "Earlier they told you: “I've had Biscuit since I was twenty.”\n" + feeling.note
    assert "comfort them first" in note and "like a friend" in note
    assert first.messages[1].content.startswith("You know: Theo's sister Amy lives in Leeds.")
    assert second.messages[-1].content == "My dog died this morning."
    assert second.reply == THEO["turns"][1]["os"]  # type: ignore[index]


def test_each_stage_gives_an_affinity_in_it() -> None:
    for stage in ("just met", "getting to know each other", "friends", "close friends",
                  "very close"):  # fmt: skip
        assert stage_affinity(stage).stage == stage


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"stage": "besties"}, "stage 'besties' is not one of"),
        ({"id": "Z-1"}, "id must be the part's letter and a number"),
        ({"mood": "happy"}, "unknown field 'mood'"),
        ({"turns": []}, '"turns" must be a list of at least one turn'),
        ({"turns": [{"person": "hi", "os": ""}]}, "turn 1 os: must be non-empty text"),
        ({"turns": [{"person": "hi", "os": "You know: nothing."}]}, "quotes a note's label"),
        (
            {"turns": [{"person": "hi", "os": "Hi.", "feeling": {"emotion": "glee"}}]},
            "emotion 'glee' is not one of",
        ),
        (
            {
                "turns": [
                    {"person": "hi", "os": "Hi.", "feeling": {"emotion": "joy", "mood": [2, 0, 0]}}
                ]
            },
            "mood must be [pleasure, arousal, dominance]",
        ),
    ],
)
def test_a_bad_line_is_refused_with_where_it_is(
    tmp_path: Path, change: dict[str, object], said: str
) -> None:
    good = {**THEO, "id": "z002"}
    path = _write(tmp_path, good, {**THEO, **change})
    with pytest.raises(CorpusError, match=r"part_z\.jsonl:2") as raised:
        read_corpus([path])
    assert said in str(raised.value)


def test_an_id_used_twice_is_refused(tmp_path: Path) -> None:
    first = _write(tmp_path, THEO, name="part_y")
    second = _write(tmp_path, THEO)
    with pytest.raises(CorpusError, match=r"already used at .*part_y\.jsonl:1"):
        read_corpus([first, second])


def test_the_held_out_tenth_is_stable_and_about_a_tenth() -> None:
    ids = [f"{letter}{n:03d}" for letter in "ab" for n in range(1000)]
    share = sum(held_out(i) for i in ids) / len(ids)
    assert 0.07 < share < 0.13
    assert [held_out(i) for i in ids[:50]] == [held_out(i) for i in ids[:50]]


def test_the_guard_names_a_reply_it_would_redraw(tmp_path: Path) -> None:
    bad = {
        **THEO,
        "id": "z003",
        "turns": [{"person": "What are you?", "os": "I'm an AI assistant."}],
    }
    conversations = read_corpus([_write(tmp_path, THEO, bad)])
    assert guard_problems(conversations[0], None) == []
    (problem,) = guard_problems(conversations[1], None)
    assert "(z003) turn 1: redrawn: calls itself a program" in problem


def test_the_check_prints_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, THEO)
    assert main(["--check", "--no-tone", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 conversations, 2 replies" in out and "part_z: 1 conversations" in out
    bad = _write(tmp_path, {**THEO, "stage": "x"}, name="part_x")
    assert main([str(bad)]) == 1
    assert "part_x.jsonl:1" in capsys.readouterr().err


def test_training_sees_the_prompt_llama_cpp_is_given_and_learns_only_the_reply(
    tmp_path: Path,
) -> None:
    from llama_cpp import Llama
    from training.train_voice import IGNORE, Encoder

    from os1.brain.llamacpp import LlamaCppBrain
    from os1.brain.packaged import SMOLLM2_135M

    (conversation,) = read_corpus([_write(tmp_path, THEO)])
    example = examples(conversation)[1]
    ids, labels = Encoder(SMOLLM2_135M.path).encode(example)
    vocab = Llama(model_path=str(SMOLLM2_135M.path), vocab_only=True, verbose=False)
    # The text the embedded brain renders for these messages, read as it reads it.
    rendered = LlamaCppBrain(SMOLLM2_135M.path).prompt(example.messages)
    prompt = vocab.tokenize(rendered.encode(), special=True)
    assert rendered.endswith("<|im_start|>assistant\n")
    assert ids[: len(prompt)] == prompt and labels[: len(prompt)] == [IGNORE] * len(prompt)
    reply = labels[len(prompt) :]
    assert reply[-1] == vocab.token_eos()
    assert vocab.detokenize(reply[:-1]).decode() == example.reply


def test_the_reply_s_loss_over_the_prompt_s_kept_reading_is_the_whole_pass_s(
    tmp_path: Path,
) -> None:
    import torch
    from training.train_voice import IGNORE, Encoder, load_model, reply_loss

    from os1.brain.packaged import SMOLLM2_135M

    (conversation,) = read_corpus([_write(tmp_path, THEO)])
    ids, labels = Encoder(SMOLLM2_135M.path).encode(examples(conversation)[1])
    model, _ = load_model(SMOLLM2_135M.path)
    with torch.no_grad():
        whole = model(input_ids=torch.tensor([ids]), labels=torch.tensor([labels])).loss
        summed, count = reply_loss(model, ids, labels)
    assert count == sum(1 for label in labels[1:] if label != IGNORE)
    assert abs(float(summed) / count - float(whole)) < 1e-4
    # And it trains the adapter: the reply's loss reaches the LoRA weights.
    summed, _ = reply_loss(model, ids, labels)
    summed.backward()
    grads = [p.grad for name, p in model.named_parameters() if "lora_B" in name]
    assert grads and all(g is not None for g in grads) and any(g.abs().sum() > 0 for g in grads)
