"""The embedded brain, with the real SmolLM2 model from its package."""

import asyncio
import json

import pytest

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M, verify
from os1.brain.types import Message, Request, Usage, complete
from os1.errors import BrainError

CHAT = [
    Message("system", "You are Iris, a warm operating system."),
    Message("user", "Hello! How are you today?"),
]


def test_the_packaged_model_matches_its_checksum():
    assert verify(SMOLLM2_135M).name == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_it_uses_the_models_own_chat_template(smollm):
    prompt = smollm.prompt(CHAT)
    assert prompt.startswith("<|im_start|>system\nYou are Iris")
    assert prompt.endswith("<|im_start|>assistant\n")


def test_it_streams_a_reply_in_pieces(smollm):
    async def collect() -> list[str]:
        return [p async for p in smollm.stream(CHAT, Request(max_tokens=24, seed=3))]

    pieces = asyncio.run(collect())
    assert len(pieces) > 3
    assert "".join(pieces).strip()


def test_it_says_when_a_reply_stopped_at_its_token_budget(smollm):
    cut, ended = Usage(), Usage()
    asyncio.run(complete(smollm, CHAT, Request(max_tokens=3, seed=3), cut))
    asyncio.run(complete(smollm, CHAT, Request(max_tokens=200, seed=3, stop=(".",)), ended))
    assert cut.cut_off and not ended.cut_off


def test_the_same_seed_gives_the_same_reply(smollm):
    request = Request(max_tokens=20, seed=7)
    first = asyncio.run(complete(smollm, CHAT, request))
    assert asyncio.run(complete(smollm, CHAT, request)) == first


def test_an_unchanged_prompt_start_is_not_evaluated_again(smollm):
    asyncio.run(complete(smollm, CHAT, Request(max_tokens=8, seed=1)))
    longer = [*CHAT, Message("assistant", "I'm well."), Message("user", "Good.")]
    usage = Usage()
    asyncio.run(complete(smollm, longer, Request(max_tokens=8, seed=1), usage))
    system_and_first = len(smollm._llm.tokenize(smollm.prompt(CHAT[:1]).encode(), special=True))
    assert usage.reused_tokens >= system_and_first
    assert usage.reused_tokens < usage.prompt_tokens


def test_a_history_read_ahead_is_not_read_again(smollm):
    history = [*CHAT, Message("assistant", "I am well, thank you. The rain stopped at last.")]
    asyncio.run(smollm.prefill(history))
    usage = Usage()
    asked = [*history, Message("user", "Shall we go out, then?")]
    asyncio.run(complete(smollm, asked, Request(max_tokens=4, seed=1), usage))
    # All but the template's "assistant" opener after the last reply was read ahead.
    whole_history = len(smollm._llm.tokenize(smollm.prompt(history).encode(), special=True))
    assert usage.reused_tokens >= whole_history - 3
    assert usage.prompt_tokens - usage.reused_tokens < 20


def test_a_schema_holds_the_reply_to_it(smollm):
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "enum": ["Iris", "Wren"]}},
        "required": ["name"],
    }
    ask = [Message("user", "Pick a name.")]
    text = asyncio.run(complete(smollm, ask, Request(max_tokens=20, schema=schema)))
    assert json.loads(text)["name"] in {"Iris", "Wren"}


def test_it_counts_tokens(smollm):
    assert smollm.count_tokens("") == 0
    assert 1 <= smollm.count_tokens("Hello there") <= 4


def test_it_embeds_text(smollm):
    a, b = asyncio.run(smollm.embed(["my sister Ruth", "my sister Ruth"]))
    assert len(a) == 576
    assert a == pytest.approx(b, abs=1e-6)
    assert sum(x * x for x in a) == pytest.approx(1.0, abs=1e-3)


def test_a_missing_model_file_says_what_to_do(tmp_path):
    with pytest.raises(BrainError, match=r"does not exist.*OS1_MODEL"):
        LlamaCppBrain(tmp_path / "nope.gguf")


def test_a_file_that_is_not_gguf_says_what_to_do(tmp_path):
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"<html>404 not found</html>")
    with pytest.raises(BrainError, match="is not a GGUF model"):
        LlamaCppBrain(bad)


def test_a_truncated_gguf_says_what_to_do(tmp_path):
    cut = tmp_path / "cut.gguf"
    with SMOLLM2_135M.path.open("rb") as f:
        cut.write_bytes(f.read(1 << 20))
    with pytest.raises(BrainError, match=r"could not be loaded.*truncated or corrupt"):
        LlamaCppBrain(cut)


def test_a_turn_anticipated_while_the_person_pauses_finds_its_prompt_read(smollm, appraiser, store):
    from os1.conversation.gathering import Mind
    from os1.conversation.loop import Conversation
    from os1.mind.inner_life import InnerLife
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona

    inner_life = InnerLife(store, "local", appraiser)
    conversation = Conversation(
        smollm, store, "local", Persona("Iris", "model", "."), Answers("Theo"),
        mind=Mind(inner_life=inner_life),
    )  # fmt: skip

    async def talk() -> tuple[Usage, Usage]:
        first = conversation.say("I walked by the lake this morning.", source="voice")
        await first.text()
        mood = store.get_state("local", "inner_life")
        await conversation.anticipate("It was frozen at the edges.")
        # Nothing was stored or felt in anticipation.
        assert len(store.recent_turns("local", 10)) == 2
        assert store.get_state("local", "inner_life") == mood
        second = conversation.say("It was frozen at the edges.", source="voice")
        await second.text()
        return first.turn.usage, second.turn.usage

    first, second = asyncio.run(talk())
    # Only the template's last token or so is left to read; the first turn read much more.
    assert second.prompt_tokens - second.reused_tokens <= 2
    assert first.prompt_tokens - first.reused_tokens > 20
