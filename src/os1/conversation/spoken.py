"""The conversation, seen from the voice: it answers what the voice session heard.

`os1 talk --in question.wav --out answer.wav` runs a recording through the
same session the microphone uses (voice/session.py); each turn is stored with
source "voice", and a reply the person spoke over is stored as far as it was
heard.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from os1.conversation.loop import Conversation, Reply
from os1.errors import InputError
from os1.mind.inner_life import Checkpoint
from os1.voice.file_transport import Exchange, converse_through_files
from os1.voice.session import VoiceSession, WakeWordDetector
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import Delivery, Speaker


class ConversationResponder:
    """A `voice.session.Responder` over a Conversation."""

    def __init__(self, conversation: Conversation) -> None:
        self._conversation = conversation
        self._reply: Reply | None = None
        self._felt_before: Checkpoint | None = None

    def respond(self, heard: str) -> AsyncIterator[str]:
        # Forgotten at once, not when the reply starts: one cancelled before it started
        # must not leave the turn before it to be withdrawn or cut.
        self._reply = None
        return self._respond(heard)

    async def _respond(self, heard: str) -> AsyncIterator[str]:
        inner_life = self._conversation.inner_life
        self._felt_before = inner_life.checkpoint() if inner_life is not None else None
        try:
            reply = self._conversation.say(heard, source="voice")
        except InputError:
            return  # a transcript os1 cannot take (too long): nothing to answer
        self._reply = reply
        try:
            async for piece in reply:
                yield piece
        finally:
            # Stopped early, the turn is stored now, not whenever the generator is collected.
            await reply.aclose()

    def delivery(self) -> Delivery:
        expression = self._reply.turn.expression if self._reply is not None else None
        if expression is None:
            return Delivery()
        voice = expression.voice
        return Delivery(voice.rate, voice.pitch_semitones, voice.energy)

    async def anticipate(self, heard: str) -> None:
        self._conversation.speculate(heard)

    def went_on(self) -> None:
        self._conversation.drop_draft()

    def withdraw(self) -> bool:
        """The person went on before hearing any of the reply: its turn is undone (their
        words, the reply, what they made the OS feel), and the whole is said next. Not a
        turn os1 answered itself: an answerer may have acted on it (a skill ran, something
        was forgotten), which no undo can take back."""
        reply = self._reply
        if reply is None:
            return True
        turn = reply.turn
        if turn.answer is not None:
            return False
        self._reply = None
        if turn.user_turn_id is not None:
            self._conversation.store.forget_turn(turn.user_id, turn.user_turn_id, asked=False)
        inner_life = self._conversation.inner_life
        if inner_life is not None and self._felt_before is not None:
            inner_life.go_back(self._felt_before)
        return True

    def cut_off(self, said: str) -> None:
        if self._reply is not None:
            self._conversation.cut_short(self._reply.turn, said)


async def talk_over_files(
    conversation: Conversation,
    transcriber: Transcriber,
    speaker: Speaker,
    recording: Path,
    answer: Path,
    wake_word: WakeWordDetector | None = None,
) -> list[Exchange]:
    session = VoiceSession(
        ConversationResponder(conversation),
        transcriber,
        speaker,
        wake_word=wake_word,
        lockstep=True,
    )
    try:
        return await converse_through_files(session, recording, answer)
    finally:
        await session.close()
