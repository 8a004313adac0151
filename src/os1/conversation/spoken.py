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
from os1.voice.file_transport import Exchange, converse_through_files
from os1.voice.session import VoiceSession, WakeWordDetector
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import Delivery, Speaker


class ConversationResponder:
    """A `voice.session.Responder` over a Conversation."""

    def __init__(self, conversation: Conversation) -> None:
        self._conversation = conversation
        self._reply: Reply | None = None

    async def respond(self, heard: str) -> AsyncIterator[str]:
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
        await self._conversation.anticipate(heard)

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
