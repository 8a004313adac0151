"""The house's shape, checked: small files in src/, and no grab-bag modules.

The layer order (which part may import which) is checked by import-linter, from the
contract in pyproject.toml (`make test` runs `lint-imports`); docs/architecture.md
draws it. These tests check what that tool does not.
"""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "os1"
# About a screenful of screenfuls: past this a module holds more than one idea.
MOST_LINES = 350
# Names that say nothing about what a module holds, so everything ends up in them.
GRAB_BAGS = {"util", "utils", "helper", "helpers", "manager", "managers"}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _too_long(pattern: str) -> list[str]:
    sizes = {path: _lines(path) for path in sorted(SRC.rglob(pattern))}
    return [
        f"{path.relative_to(SRC.parent)}: {lines} lines"
        for path, lines in sorted(sizes.items(), key=lambda item: -item[1])
        if lines > MOST_LINES
    ]


def test_no_python_module_in_src_is_over_350_lines():
    assert list(SRC.rglob("*.py")), f"no modules found under {SRC}"
    found = _too_long("*.py")
    assert not found, f"over {MOST_LINES} lines (split them by idea):\n" + "\n".join(found)


def test_no_web_client_file_is_over_350_lines():
    found = [line for kind in ("js", "css", "html") for line in _too_long(f"*.{kind}")]
    assert not found, f"over {MOST_LINES} lines (split them by idea):\n" + "\n".join(found)


def test_no_module_or_package_is_named_utils_helpers_or_manager():
    named = [
        str(path.relative_to(SRC.parent))
        for path in sorted(SRC.rglob("*"))
        if "__pycache__" not in path.parts
        and (path.is_dir() or path.suffix == ".py")
        and path.stem.lower() in GRAB_BAGS
    ]
    assert named == []
