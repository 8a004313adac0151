"""os1's own voice: a LoRA adapter llama.cpp applies over the embedded model (issue 17).

The adapter is trained by `python -m training.train_voice` on conversations written
for os1, and written as a GGUF LoRA (general.type adapter). OS1_VOICE_ADAPTER picks
it: unset, the one that ships with os1 if one does; `none`, off; a path, that file.
A shipped adapter is checked against the sha256 it was tested with, like every model
file; an adapter that is missing, altered or refused by llama.cpp is said in one log
sentence and os1 talks without it, never not at all.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from os1.checksums import sha256_of

log = logging.getLogger(__name__)

# Where the trained adapter ships, and the checksum it was tested with. None: no adapter
# ships yet. One ships once the conversation benchmark says it is better; the one trained
# on the whole corpus was not (tone 85.7% against 88.1%, decoding 15% slower:
# docs/benchmarks.md, "The full run").
SHIPPED = Path(__file__).parent / "voice" / "os1-voice.gguf"
SHIPPED_SHA256: str | None = None
OFF = "none"


@dataclass(frozen=True, slots=True)
class VoiceAdapter:
    path: Path
    sha256: str
    shipped: bool


@dataclass(frozen=True, slots=True)
class Choice:
    """The adapter to load, if any, and in words what was chosen (for `os1 status`)."""

    adapter: VoiceAdapter | None
    described: str


def choose(setting: str | None, shipped: Path = SHIPPED, sha256: str | None = None) -> Choice:
    """The adapter OS1_VOICE_ADAPTER (`setting`) names, checked; `shipped` and `sha256` are
    the shipped file and its checksum (default: os1's)."""
    expected = SHIPPED_SHA256 if sha256 is None and shipped == SHIPPED else sha256
    if setting is not None and setting.strip().lower() == OFF:
        return Choice(None, "off (OS1_VOICE_ADAPTER=none)")
    if setting is None or not setting.strip():
        if expected is None:
            return Choice(None, "none ships yet")
        return _checked(shipped, expected, shipped=True)
    return _checked(Path(setting.strip()).expanduser(), None, shipped=False)


def _checked(path: Path, expected: str | None, shipped: bool) -> Choice:
    fix = "reinstall os1 with `make install`" if shipped else (
        "set OS1_VOICE_ADAPTER to a GGUF LoRA file, or to none"
    )  # fmt: skip
    problem = "does not exist" if not path.is_file() else lora_problem(path)
    if problem is None:
        found = sha256_of(path)
        if expected is not None and found != expected:
            problem = f"has checksum {found[:12]}…, not the expected {expected[:12]}…"
        else:
            return Choice(VoiceAdapter(path, found, shipped), f"{path} (sha256 {found[:12]}…)")
    refused(path, problem, fix)
    return Choice(None, f"not loaded: {path} {problem}")


def refused(path: Path, problem: str, fix: str) -> None:
    """The one sentence said when an adapter cannot be used."""
    log.warning("The voice adapter %s %s; os1 talks without it (%s).", path, problem, fix)


# GGUF's value types (ggml/docs/gguf.md), by type number: struct formats of the fixed ones.
_FIXED = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9
# Tensor types an adapter may hold: bytes per block, values per block (f32, f16, q8_0, bf16).
_TENSOR_TYPES = {0: (4, 1), 1: (2, 1), 8: (34, 32), 30: (2, 1)}
_UNREADABLE = "is not a readable GGUF file (its header is cut short or corrupt)"


@dataclass(frozen=True, slots=True)
class Header:
    """A GGUF file's metadata and its tensors' shapes (GGUF's order: the row length first)."""

    values: dict[str, object]
    shapes: dict[str, tuple[int, ...]]
    # Where the last tensor's data ends; None when a tensor's type has no known size.
    data_end: int | None


def lora_problem(path: Path) -> str | None:
    """What makes `path` no GGUF LoRA adapter, or None. llama-cpp-python 0.3.36 loads an
    adapter cut short without a word, so the header is read here, and the tensors' data
    must all be in the file."""
    try:
        header = read_header(path)
    except _NotGGUF as exc:
        return str(exc)
    except (OSError, struct.error, UnicodeDecodeError, ValueError, MemoryError):
        return _UNREADABLE
    values = header.values
    if values.get("general.type") != "adapter" or values.get("adapter.type") != "lora":
        return "is a GGUF file but not a LoRA adapter (general.type is not adapter)"
    if header.data_end is None:
        return "holds a tensor of a type no adapter uses"
    if header.data_end > path.stat().st_size:
        return f"is cut short ({path.stat().st_size} bytes of {header.data_end})"
    return None


def fit_problem(adapter: Path, model: Path) -> str | None:
    """Why `adapter` does not fit `model`, or None. llama.cpp finds a wrong shape but, in
    llama-cpp-python 0.3.36, hands back the adapter anyway: so the shapes are read here."""
    try:
        lora, base = read_header(adapter), read_header(model)
    except (_NotGGUF, OSError, struct.error, UnicodeDecodeError, ValueError, MemoryError):
        return _UNREADABLE
    arch = base.values.get("general.architecture")
    if lora.values.get("general.architecture") != arch:
        return f"is for another kind of model than {model.name} ({arch})"
    for name, a in lora.shapes.items():
        if not name.endswith(".lora_a"):
            continue
        target = name.removesuffix(".lora_a")
        b = lora.shapes.get(target + ".lora_b")
        weight = base.shapes.get(target)
        if b is None or weight is None or len(a) != 2 or len(b) != 2 or len(weight) < 2:
            return f"adapts {target}, which {model.name} does not have as the adapter has it"
        if a[0] != weight[0] or b[1] != weight[1] or a[1] != b[0]:
            return f"was made for another model: {target} has another shape in {model.name}"
    return None


class _NotGGUF(ValueError):
    pass


def read_header(path: Path) -> Header:
    with path.open("rb") as f:
        magic = f.read(4)
        if magic != b"GGUF":
            raise _NotGGUF(f"is not a GGUF file (it starts with {magic!r})")
        _version, tensors, pairs = struct.unpack("<IQQ", f.read(20))
        values: dict[str, object] = {}
        for _ in range(pairs):
            key = _string(f)
            values[key] = _value(f, struct.unpack("<I", f.read(4))[0])
        found = values.get("general.alignment", 32)
        alignment = found if isinstance(found, int) and found > 0 else 32
        shapes: dict[str, tuple[int, ...]] = {}
        end: int | None = 0
        for _ in range(tensors):
            name = _string(f)
            (dims,) = struct.unpack("<I", f.read(4))
            shape = struct.unpack(f"<{dims}Q", f.read(8 * dims))
            kind, offset = struct.unpack("<IQ", f.read(12))
            shapes[name] = shape
            if kind not in _TENSOR_TYPES or end is None:
                end = None
                continue
            block_bytes, block_values = _TENSOR_TYPES[kind]
            count = 1
            for d in shape:
                count *= d
            end = max(end, offset + count // block_values * block_bytes)
        start = -(-f.tell() // alignment) * alignment
        return Header(values, shapes, None if end is None else start + end)


def _string(f: BinaryIO) -> str:
    (length,) = struct.unpack("<Q", f.read(8))
    if length > 1 << 20:
        raise ValueError("a string longer than any header holds")
    return f.read(length).decode("utf-8")


def _value(f: BinaryIO, kind: int) -> object:
    if kind == _STRING:
        return _string(f)
    if kind == _ARRAY:
        inner, count = struct.unpack("<IQ", f.read(12))
        return [_value(f, inner) for _ in range(count)]
    if kind not in _FIXED:
        raise ValueError(f"no GGUF value type {kind}")
    form = "<" + _FIXED[kind]
    return struct.unpack(form, f.read(struct.calcsize(form)))[0]
