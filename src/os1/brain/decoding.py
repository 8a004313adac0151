"""How a model's conversational replies are sampled, held with the model.

A small model needs different settings from a large one: SmolLM2-135M at 0.7
with no repetition control drifts into other languages and loops; at its
authors' recommendation (temperature 0.2, top-p 0.9) with a mild repeat
penalty it stays on the person's words. A reply of one to three sentences
needs a token budget to match, not 300 tokens: the budget is sentences times
a measured sentence length, so a loop is cut by the budget even before the
guard (os1.conversation.guard) cuts it by reading.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from os1.brain.types import Request


@dataclass(frozen=True, slots=True)
class Decoding:
    temperature: float = 0.7
    top_p: float = 0.9
    min_p: float = 0.05
    # llama.cpp's penalty on tokens of the last 64; 1.0 is off. Servers that follow
    # OpenAI's API take presence and frequency penalties instead.
    repeat_penalty: float = 1.1
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    # A spoken or written sentence of a conversational reply, with some slack.
    tokens_per_sentence: int = 32
    # The longest reply this model writes well; the OS's budget is the smaller of this
    # and the turn's (three sentences written, two spoken).
    max_sentences: int = 3
    # Start the reply with words the mind chose from its reading ("I'm so sorry"), and
    # let the model go on: a small model then keeps to the tone (see loop.py).
    primed: bool = False
    # The languages (ISO 639-1) the model can hold a conversation in; None: any.
    languages: tuple[str, ...] | None = None
    # Role markers a model may write when it runs on into the person's next turn.
    stop: tuple[str, ...] = ("<|im_start|>", "<|im_end|>", "\nUser:", "\nuser:", "\nYou:")

    def request(
        self,
        sentences: int,
        seed: int | None,
        temperature_shift: float = 0.0,
        max_tokens: int | None = None,
        reply_start: str = "",
    ) -> Request:
        """A request for a reply of at most `sentences` sentences.

        `temperature_shift` is the mood's (a low mood cools the sampling);
        `max_tokens` caps the budget where a setting asks for less.
        """
        sentences = min(sentences, self.max_sentences)
        budget = sentences * self.tokens_per_sentence + 8
        if max_tokens is not None:
            budget = min(budget, max_tokens)
        return Request(
            max_tokens=budget,
            temperature=min(max(self.temperature + temperature_shift, 0.0), 1.5),
            seed=seed,
            stop=self.stop,
            top_p=self.top_p,
            min_p=self.min_p,
            repeat_penalty=self.repeat_penalty,
            presence_penalty=self.presence_penalty,
            frequency_penalty=self.frequency_penalty,
            reply_start=reply_start if self.primed else "",
        )

    def redrawn(self, attempt: int) -> Decoding:
        """Settings for the `attempt`-th draw after a failed draft: cooler and stricter
        about repeating, so a draft that wandered or looped is not drawn the same way."""
        if attempt <= 0:
            return self
        return replace(
            self,
            temperature=max(self.temperature - 0.1 * attempt, 0.0),
            repeat_penalty=self.repeat_penalty + 0.1 * attempt,
            presence_penalty=self.presence_penalty + 0.2 * attempt,
        )


# For a model os1 knows nothing about: common llama.cpp defaults, with repetition control.
GENERIC = Decoding()

# SmolLM2-135M-Instruct: its model card samples with temperature 0.2 and top-p 0.9
# (huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct); the repeat penalty and the
# sentence length were measured with benchmarks/conversation.py (docs/benchmarks.md).
# It writes one or two good sentences and wanders after, so it writes at most two.
# Its card: it "primarily understands and generates content in English"; its German and
# French read as word salad here (benchmarks/conversation.py, other_language).
SMOLLM2 = Decoding(
    temperature=0.2, top_p=0.9, min_p=0.05, repeat_penalty=1.15, max_sentences=2, primed=True,
    languages=("en",),
)  # fmt: skip
