"""Word error rate and time of os1's speech to text (Whisper tiny.en or base), synthetic and real.

The audio: 50 sentences a person might say to os1, each spoken by hibari
(Kokoro-distilled, a woman's voice, 24 kHz) and by eSpeak NG (formant
synthesis, en-us, 22 kHz; the library and its data ship in the PyPI package
`espeakng-loader`), 100 utterances in all. Both are synthetic, which is the
audio this machine can make; real voices (accents, rooms, microphones) will
do worse. Each utterance is cut by os1's voice activity detection and
transcribed as `os1 talk` would. WER is `jiwer`'s, after lowercasing and
removing punctuation; numbers are compared as the recogniser writes them.
The time is Whisper's alone, per utterance, on one thread, model already loaded.

Real speech: the 11 recorded utterances of Debian's `pocketsphinx-testdata`
(BSD-2; `make test` installs it): five LibriVox readings of Sense and
Sensibility, five spoken card names ("four queen of clubs") and "go forward ten
meters", 16 kHz, with their transcripts. Reported apart (`real`), since read
literature and card names are not what people say to os1, but they are real
voices and real microphones.
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/stt_wer.py [--model tiny|base] [--full-windows]
"""

from __future__ import annotations

import ctypes
import json
import re
import time
from pathlib import Path

import numpy as np

from os1.config import SttModel
from os1.voice.audio import RATE, resample
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.vad import utterances

SENTENCES = [
    "Good morning, how did you sleep?",
    "Read me my new mail.",
    "What is on my calendar tomorrow?",
    "Remind me to call my sister at six.",
    "Take a note: the piano tuner comes on Monday.",
    "What is Charles's number?",
    "Move lunch with Amy to Friday.",
    "Clean up my inbox.",
    "Reply to Paul that I will be late.",
    "Anything important today?",
    "I had a long day at work.",
    "My sister Ruth moved to Lisbon last spring.",
    "I went to a support group yesterday.",
    "Do you remember what I said about coriander?",
    "I feel a little lonely tonight.",
    "Tell me something that makes you happy.",
    "Should I go for a walk by the lake?",
    "Thank you for listening to me.",
    "Can you help me write a letter to my father?",
    "Proofread the letter I just wrote.",
    "What did I note about the piano?",
    "Cancel the dentist on Thursday.",
    "Add dinner with Catherine on Saturday at eight to my calendar.",
    "What are my reminders?",
    "Find the mail from Amy about the photos.",
    "I finished reading the book you suggested.",
    "The weather has been grey all week.",
    "I think I am falling in love again.",
    "We should plan a trip to the mountains.",
    "How are you feeling today?",
    "Forget what I said about my ex.",
    "What do you remember about me?",
    "My friend Paul is getting married in June.",
    "I could not sleep last night.",
    "Play something calm while I cook.",
    "Let us talk about something else.",
    "I am proud of the work I did today.",
    "The meeting ran over by an hour.",
    "Please wake me up at seven tomorrow.",
    "I miss the way things used to be.",
    "Do you ever get tired of talking to me?",
    "Tell me a short story before I sleep.",
    "I bought flowers for the kitchen table.",
    "My mother called this afternoon.",
    "Can you check the spelling of my note?",
    "I want to learn to play the guitar.",
    "It is snowing outside my window.",
    "Which day is my dentist appointment?",
    "I am going for a run by the river.",
    "Good night, talk to you tomorrow.",
]


class ESpeak:
    """eSpeak NG through its C library (from espeakng-loader), synthesising into memory."""

    def __init__(self) -> None:
        import espeakng_loader

        self._lib = ctypes.cdll.LoadLibrary(espeakng_loader.get_library_path())
        data = Path(espeakng_loader.get_data_path()).parent
        synchronous = 2  # AUDIO_OUTPUT_SYNCHRONOUS: audio comes to the callback
        self.rate = self._lib.espeak_Initialize(synchronous, 0, str(data).encode(), 0)
        if self.rate <= 0:
            raise RuntimeError("eSpeak NG did not start")
        self._chunks: list[np.ndarray] = []
        callback_type = ctypes.CFUNCTYPE(
            ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
        )

        def collect(wav: ctypes._Pointer, count: int, events: int) -> int:  # type: ignore[type-arg]
            if count > 0:
                self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
            return 0

        self._callback = callback_type(collect)  # kept: C holds a pointer to it
        self._lib.espeak_SetSynthCallback(self._callback)
        self._lib.espeak_SetVoiceByName(b"en-us")

    def speak(self, text: str) -> np.ndarray:
        self._chunks = []
        encoded = text.encode("utf-8")
        utf8, position_character = 1, 1
        self._lib.espeak_Synth(
            encoded, len(encoded) + 1, 0, position_character, 0, utf8, None, None
        )
        self._lib.espeak_Synchronize()
        samples = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
        return (samples.astype(np.float32) / 32768.0).clip(-1, 1)


REAL_SPEECH = Path("/usr/share/pocketsphinx/test/data")


def real_utterances(folder: Path = REAL_SPEECH) -> list[tuple[str, Path, str]]:
    """(name, audio file, transcript) of each recorded utterance in pocketsphinx-testdata.

    Its transcription files hold `<s> words </s> (file id)` a line; goforward.raw
    (16 kHz 16-bit raw) has its words in goforward.gram's first rule.
    """
    if not (folder / "librivox" / "transcription").is_file():
        raise SystemExit(
            f"No real speech in {folder}: run `make test-servers` "
            "(or apt-get install pocketsphinx-testdata)"
        )
    found = []
    for kind, listing in (("librivox", "transcription"), ("cards", "cards.transcription")):
        for line in (folder / kind / listing).read_text().splitlines():
            match = re.fullmatch(r"\s*<s>(.*)</s>\s*\((\S+)\)\s*", line)
            if match:
                words, name = match.group(1).strip(), match.group(2)
                found.append((f"{kind}/{name}", folder / kind / f"{name}.wav", words))
    rule = re.search(r"public <move> = ([^;]+);", (folder / "goforward.gram").read_text())
    if rule:
        found.append(("goforward", folder / "goforward.raw", rule.group(1).strip()))
    return found


def read_real(path: Path) -> np.ndarray:
    if path.suffix == ".raw":
        return np.fromfile(path, dtype="<i2").astype(np.float32) / 32768.0
    from os1.voice.audio import read_audio

    return read_audio(path)


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number(digits: str) -> str:
    value = int(digits)
    if value < 20:
        return _UNITS[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS[tens] + (f" {_UNITS[unit]}" if unit else "")
    return " ".join(_UNITS[int(d)] for d in digits)


def _spelled(text: str) -> str:
    """The real transcripts spell what Whisper may write in figures ('10 meters', 'Mr.')."""
    text = re.sub(r"\bMr\.?(?=\s)", "mister", text)
    return re.sub(r"\d+", lambda m: f" {_number(m.group())} ", text)


def normalised(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


MODEL_NAMES = {"tiny": "whisper tiny.en int8", "base": "whisper base int8"}


def main(model: SttModel, full: bool) -> None:
    import jiwer

    listener = Transcriber(model, threads=1, short_windows=not full)
    listener.load()  # loading is not what is timed
    engines = {"hibari": (Speaker(threads=1).speak, SAMPLE_RATE)}
    espeak = ESpeak()
    engines["espeak-ng"] = (espeak.speak, espeak.rate)
    results: dict[str, dict[str, float]] = {}
    every_reference, every_heard, stt_ms, real_ms = [], [], [], []
    started = time.perf_counter()
    for name, (speak, rate) in engines.items():
        references, heard = [], []
        for sentence in SENTENCES:
            audio = resample(speak(sentence), rate, RATE)
            padded = np.concatenate(
                [np.zeros(RATE // 2, np.float32), audio, np.zeros(RATE, np.float32)]
            )
            parts = utterances(padded)
            began = time.perf_counter()
            said = " ".join(listener.transcribe(padded[a:b]) for a, b in parts)
            stt_ms.append((time.perf_counter() - began) * 1000)
            references.append(normalised(sentence))
            heard.append(normalised(said) or "<nothing>")
        wer = jiwer.wer(references, heard)
        results[name] = {"utterances": len(references), "wer_pct": round(100 * wer, 1)}
        for reference, words in zip(references, heard, strict=True):
            if reference != words:
                print(f"{name}: {reference!r} -> {words!r}")
        every_reference += references
        every_heard += heard
    overall = round(100 * jiwer.wer(every_reference, every_heard), 1)
    references, heard = [], []
    for name, path, words in real_utterances():
        audio = read_real(path)
        padded = np.concatenate([audio, np.zeros(RATE // 2, np.float32)])
        parts = utterances(padded) or [(0, len(padded))]
        began = time.perf_counter()
        said = " ".join(listener.transcribe(padded[a:b]) for a, b in parts)
        real_ms.append((time.perf_counter() - began) * 1000)
        references.append(normalised(words))
        heard.append(normalised(_spelled(said)) or "<nothing>")
        if references[-1] != heard[-1]:
            print(f"real {name}: {references[-1]!r} -> {heard[-1]!r}")
    real = {
        "utterances": len(references),
        "wer_pct": round(100 * jiwer.wer(references, heard), 1),
        "stt_ms_p50": round(float(np.median(real_ms))),
    }
    seconds = round(time.perf_counter() - started, 1)
    window = "30 s windows" if full else "short windows"
    figures = {
        "model": f"{MODEL_NAMES[model]}, {window}",
        "wer_pct": overall,
        "by_voice": results,
        "utterances": len(every_reference),
        "real": real,
        "stt_ms_p50": round(float(np.median(stt_ms))),
        "stt_ms_p95": round(float(np.percentile(stt_ms, 95))),
        "seconds": seconds,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=list(MODEL_NAMES), default="tiny")
    parser.add_argument(
        "--full-windows", action="store_true", help="encode in Whisper's whole 30 s window"
    )
    arguments = parser.parse_args()
    main(arguments.model, arguments.full_windows)
