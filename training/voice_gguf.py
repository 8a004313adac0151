"""A LoRA adapter written as GGUF, the way llama.cpp's convert_lora_to_gguf.py writes one.

The conventions (llama.cpp's, not ours): general.architecture is the base model's;
general.type is "adapter", adapter.type "lora", adapter.lora.alpha the alpha (llama.cpp
scales by alpha / rank, as peft does); each adapted weight `blk.N.attn_q.weight` gets
`blk.N.attn_q.weight.lora_a`, shaped (rank, in) like peft's lora_A, and `.lora_b`,
(out, rank) like lora_B (GGUF lists dimensions the other way round, which the gguf
package does). The converter permutes the rows of a llama model's q and k weights for
llama.cpp's rotary embedding, and a LoRA's B with them; transformers undoes it when it
reads a GGUF. So B of q_proj and k_proj is permuted here as the converter permutes it.

Only numpy and gguf: the tests write a small real adapter with it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

# peft's module names in a transformers llama model, and llama.cpp's tensor names.
TENSORS = {
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}
_MODULE = re.compile(r"(?:^|\.)layers\.(\d+)\.(\w+\.\w+)$")


@dataclass(frozen=True, slots=True)
class LoraPair:
    a: np.ndarray  # (rank, in)
    b: np.ndarray  # (out, rank)


@dataclass(frozen=True, slots=True)
class Shape:
    """What the converter needs of the base model: its architecture and heads."""

    architecture: str = "llama"
    heads: int = 9
    kv_heads: int = 3


def gguf_name(module: str) -> str:
    """'model.layers.3.self_attn.q_proj' → 'blk.3.attn_q.weight'."""
    match = _MODULE.search(module)
    if match is None or match.group(2) not in TENSORS:
        raise ValueError(f"no llama.cpp tensor for the module {module!r}")
    return f"blk.{match.group(1)}.{TENSORS[match.group(2)]}.weight"


def rope_permuted(rows: np.ndarray, heads: int) -> np.ndarray:
    """The converter's LlamaModel.permute, on rows: each head's halves interleaved."""
    out = rows.shape[0]
    return (
        rows.reshape(heads, 2, out // heads // 2, *rows.shape[1:])
        .swapaxes(1, 2)
        .reshape(rows.shape)
    )


def write_lora(
    path: Path,
    pairs: Mapping[str, LoraPair],
    alpha: float,
    shape: Shape = Shape(),
    name: str = "os1 voice",
    dtype: type = np.float16,
) -> None:
    """Write `pairs` (by peft module name) to `path`, through a temporary file beside it:
    a run stopped half-way leaves any file already there as it was."""
    temporary = path.with_name(path.name + ".part")
    try:
        _write(temporary, pairs, alpha, shape, name, dtype)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.replace(temporary, path)


def _write(
    temporary: Path,
    pairs: Mapping[str, LoraPair],
    alpha: float,
    shape: Shape,
    name: str,
    dtype: type,
) -> None:
    writer = gguf.GGUFWriter(str(temporary), shape.architecture)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(alpha))
    writer.add_name(name)
    for module, pair in sorted(pairs.items()):
        target = gguf_name(module)
        b = pair.b
        if target.endswith((".attn_q.weight", ".attn_k.weight")):
            heads = shape.heads if ".attn_q." in target else shape.kv_heads
            b = rope_permuted(b, heads)
        writer.add_tensor(target + ".lora_a", np.ascontiguousarray(pair.a, dtype=dtype))
        writer.add_tensor(target + ".lora_b", np.ascontiguousarray(b, dtype=dtype))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def seeded_pairs(
    seed: int, layers: int = 30, rank: int = 4, scale: float = 0.05, hidden: int = 576,
    kv: int = 192, ffn: int = 1536,
) -> dict[str, LoraPair]:  # fmt: skip
    """Random pairs of SmolLM2-135M's shapes on every projection (for the tests)."""
    rng = np.random.default_rng(seed)
    sizes = {
        "self_attn.q_proj": (hidden, hidden), "self_attn.k_proj": (hidden, kv),
        "self_attn.v_proj": (hidden, kv), "self_attn.o_proj": (hidden, hidden),
        "mlp.gate_proj": (hidden, ffn), "mlp.up_proj": (hidden, ffn),
        "mlp.down_proj": (ffn, hidden),
    }  # fmt: skip
    return {
        f"model.layers.{i}.{module}": LoraPair(
            rng.normal(0, scale, (rank, n_in)).astype(np.float32),
            rng.normal(0, scale, (n_out, rank)).astype(np.float32),
        )
        for i in range(layers)
        for module, (n_in, n_out) in sizes.items()
    }
