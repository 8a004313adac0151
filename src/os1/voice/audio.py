"""Sound in and out: any common audio file to 16 kHz mono floats, and floats to WAV.

Decoding goes through PyAV (faster-whisper's decoder), so stereo, 8-bit,
44.1 kHz or compressed files all arrive as the same 16 kHz mono signal.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import numpy as np

from os1.errors import InputError

RATE = 16_000  # what voice activity detection and Whisper expect


def read_audio(path: Path) -> np.ndarray:
    """The file's sound as float32 samples in [-1, 1], mono, at 16 kHz."""
    if not path.is_file():
        raise InputError(f"There is no audio file {path}", "check the path")
    if path.stat().st_size == 0:
        raise InputError(f"{path} is empty", "record something first")
    return decode(str(path), str(path), "give a WAV (or another common audio) file")


def decode(source: str | BinaryIO, named: str, fix: str) -> np.ndarray:
    """`source` (a file's path, or its bytes to read) as float32 samples in [-1, 1], mono,
    at 16 kHz; an InputError naming it `named`, with `fix`, when it is not audio."""
    # faster-whisper's decoder (PyAV) takes about 0.16 s to import, and every voice module
    # and the server import this one for RATE: loaded when a file is first decoded.
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(source, sampling_rate=RATE)
    except Exception as exc:  # PyAV raises its own errors for every kind of bad file
        raise InputError(
            f"{named} is not audio os1 can read ({exc.__class__.__name__})", fix
        ) from exc
    return np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)


def resample(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """Samples at `source` Hz as `target` Hz, by linear interpolation (enough for speech)."""
    if source == target or len(samples) == 0:
        return np.asarray(samples, dtype=np.float32)
    positions = np.arange(0, len(samples), source / target)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


def write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    """16-bit mono WAV, written beside the target and renamed into place."""
    # soundfile (libsndfile) takes about 0.07 s to import; only writing a file needs it.
    import soundfile

    partial = path.with_name(path.name + ".partial.wav")
    try:
        soundfile.write(partial, np.clip(samples, -1.0, 1.0), rate, subtype="PCM_16")
        partial.replace(path)
    except (OSError, RuntimeError) as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"Cannot write {path} ({exc})", "choose another path") from exc
