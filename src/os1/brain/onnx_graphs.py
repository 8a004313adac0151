"""ONNX graphs os1 derives from packaged weights: where they live, how one is made, how it runs.

A graph is derived, like bytecode: made once with torch from weights a package
ships (by `make install`, or on first use where torch is installed), named by
the checksums of what it was made from, and kept only once ONNX Runtime gives
what torch gives on the same input. At run time only ONNX Runtime reads it.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from os1.errors import ConfigError

if TYPE_CHECKING:
    import torch

# Every graph os1 exports reads token ids and their mask, a batch of texts at a time.
TOKEN_AXES = {0: "batch", 1: "tokens"}


def derived_path(name: str) -> Path:
    """Beside the installed packages where that is writable, else in the user's cache."""
    shared = Path(sys.prefix) / "share" / "os1" / name
    if shared.exists() or os.access(
        shared.parent if shared.parent.exists() else sys.prefix, os.W_OK
    ):
        return shared
    return Path.home() / ".cache" / "os1" / name


def export_checked(
    module: torch.nn.Module,
    inputs: dict[str, np.ndarray],
    outputs: dict[str, dict[int, str]],
    destination: Path,
    what: str,
) -> None:
    """Write `module` as an ONNX graph at `destination`, if ONNX Runtime agrees with torch.

    `inputs` is a sample batch (each of shape batch by tokens), named as the graph's
    inputs; `outputs` names the graph's outputs with their dynamic axes. The graph
    is written beside `destination` and renamed only once checked, so a failed or
    interrupted export leaves nothing a later start would trust.
    """
    # torch takes about 1.3 s to import, and is needed only here, once per install.
    import torch

    # A new Module starts in training mode, and export leaves it as it found it,
    # dropout and all: both sides of the check must be in eval mode.
    module.eval()
    tensors = tuple(torch.from_numpy(array) for array in inputs.values())
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + f".{os.getpid()}.partial")
    try:
        with warnings.catch_warnings():
            # The TorchScript exporter is the one that needs only the `onnx` package.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module,
                tensors,
                str(partial),
                input_names=list(inputs),
                output_names=list(outputs),
                dynamic_axes={**dict.fromkeys(inputs, TOKEN_AXES), **outputs},
                opset_version=17,
                dynamo=False,
            )
        with torch.inference_mode():
            expected = module(*tensors)
        expected = expected if isinstance(expected, tuple) else (expected,)
        got = onnx_session(partial, 1).run(None, inputs)
        if not all(
            np.allclose(mine, theirs.numpy(), atol=1e-4)
            for mine, theirs in zip(got, expected, strict=True)
        ):
            raise ConfigError(
                f"The ONNX export of {what} does not match the original",
                "reinstall torch and onnx at the versions in requirements.lock",
            )
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)


def onnx_session(path: Path, threads: int) -> Any:
    """An ONNX Runtime session on the CPU with this many threads for one run."""
    # ONNX Runtime takes about 0.11 s to import: paid when a graph loads, not by every
    # module that imports this one for its paths.
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # Idle pool threads otherwise spin, taking the cores llama.cpp's threads want: the
    # classifier on 2 threads between prompt reads took 10 ms an utterance, 7 without.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
