"""The microphone and speakers transport (sounddevice, over PortAudio).

The sound card calls back on its own threads: captured blocks are handed to
the event loop, where the session hears them; the speakers pull from a queue
that a barge-in empties at once, so the OS falls silent within one block.
Devices that do not run at 16 kHz (input) or 24 kHz (output) are recorded
and played at their own rate and converted here.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

from os1.errors import ConfigError, InputError
from os1.voice.audio import RATE, resample
from os1.voice.events import Event, Spoken, Stopped
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE

BLOCK_MS = 32  # one voice activity frame: short blocks keep barge-in quick


class Speakers:
    """What is left to play; the output callback drains it, `flush` empties it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: deque[np.ndarray] = deque()

    def play(self, samples: np.ndarray) -> None:
        with self._lock:
            self._queued.append(np.asarray(samples, dtype=np.float32))

    def flush(self) -> None:
        with self._lock:
            self._queued.clear()

    def pending(self) -> int:
        with self._lock:
            return sum(len(s) for s in self._queued)

    def fill(self, out: np.ndarray) -> None:
        """Called by the sound card: the next len(out) samples, silence when nothing is left."""
        filled = 0
        with self._lock:
            while filled < len(out) and self._queued:
                head = self._queued[0]
                take = min(len(head), len(out) - filled)
                out[filled : filled + take] = head[:take]
                filled += take
                if take == len(head):
                    self._queued.popleft()
                else:
                    self._queued[0] = head[take:]
        out[filled:] = 0.0


def _sounddevice() -> Any:
    # Imported here, not at the top: importing it raises when PortAudio is missing (a
    # server has no sound card library), and that is told in words, with the fix.
    try:
        import sounddevice
    except OSError as exc:  # the package is there, the PortAudio library is not
        raise ConfigError(
            f"The sound library is missing ({exc})",
            "install Debian's libportaudio2 (`make install` does), or talk through files: "
            "os1 talk --in question.wav --out answer.wav",
        ) from exc
    return sounddevice


async def converse_through_microphone(
    session: VoiceSession, show: Callable[[Event], None], device: int | str | None = None
) -> None:
    """Listen and answer aloud until cancelled (Ctrl-C)."""
    sd = _sounddevice()
    loop = asyncio.get_running_loop()
    heard: asyncio.Queue[np.ndarray] = asyncio.Queue()
    speakers = Speakers()
    try:
        in_rate = int(sd.query_devices(device, "input")["default_samplerate"])
        out_rate = int(sd.query_devices(device, "output")["default_samplerate"])
    except (ValueError, sd.PortAudioError) as exc:
        raise _no_device(exc) from exc

    def captured(block: np.ndarray, frames: int, when: Any, status: Any) -> None:
        # A copy: the sound card reuses its buffer once this returns.
        samples = resample(block[:, 0].copy(), in_rate, RATE)
        loop.call_soon_threadsafe(heard.put_nowait, samples)

    def playing(block: np.ndarray, frames: int, when: Any, status: Any) -> None:
        speakers.fill(block[:, 0])

    async def answer() -> None:
        while True:
            event = await session.events.get()
            if isinstance(event, Spoken):
                speakers.play(resample(event.samples, SAMPLE_RATE, out_rate))
            elif isinstance(event, Stopped):
                speakers.flush()
            show(event)

    answering = asyncio.create_task(answer())
    try:
        with contextlib.ExitStack() as streams:
            try:
                for kind, rate, callback in (
                    (sd.InputStream, in_rate, captured),
                    (sd.OutputStream, out_rate, playing),
                ):
                    streams.enter_context(
                        kind(
                            device=device,
                            samplerate=rate,
                            channels=1,
                            dtype="float32",
                            blocksize=rate * BLOCK_MS // 1000,
                            callback=callback,
                        )
                    )
            except (ValueError, sd.PortAudioError) as exc:
                raise _no_device(exc) from exc
            while True:
                await session.hear(await heard.get())
    finally:
        answering.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await answering
        await session.close()


def _no_device(cause: Exception) -> InputError:
    return InputError(
        f"There is no microphone and speaker os1 can use ({cause})",
        "plug one in (`python -m sounddevice` lists what there is), or talk through "
        "files: os1 talk --in question.wav --out answer.wav",
    )
