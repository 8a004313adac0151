"""The person's settings in an archive: what they chose, never a secret, nothing of the machine.

Exported: every setting chosen in the environment or the config file, except
passwords and keys (only their names are kept, so the new install can say
which to set again), where and who (`home`, `user`: the importing side
decides), and what belongs to the old computer (a model file, a script,
thread counts, a calendar file's path). Imported only when asked
(`os1 import --with-settings`, after the changes are shown): a foreign archive
would otherwise choose where the brain, mail and calendar connect. Then each
setting the new install has not chosen itself is written to its config file;
its own choices stay.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from os1.config import SECRETS, Settings, config_file_path, setting_sources
from os1.errors import InputError, first_problem

# Where and whose this OS is, and what names files or cores of one computer.
NOT_CARRIED = frozenset({"home", "user", "model", "brain_script", "threads", "prompt_threads"})


class SettingsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["os1-settings"]
    version: Literal[1]
    settings: dict[str, str | int | float | bool]
    # Names of the passwords and keys that were set, never their values.
    secrets_left_out: list[str]


def _portable(name: str, value: Any) -> bool:
    if name in NOT_CARRIED or name in SECRETS or value is None:
        return False
    # A CalDAV address is the person's; a calendar file's path is the old computer's.
    return name != "calendar" or str(value).startswith(("http://", "https://"))


def settings_document(settings: Settings) -> dict[str, Any]:
    chosen = [name for name, source in setting_sources(settings).items() if source != "default"]
    values = settings.model_dump(mode="json")
    return {
        "format": "os1-settings",
        "version": 1,
        "settings": {n: values[n] for n in chosen if _portable(n, values[n])},
        "secrets_left_out": [n for n in SECRETS if n in chosen],
    }


def no_settings() -> dict[str, Any]:
    """What a server exports: its configuration is the operator's, not the person's."""
    return {"format": "os1-settings", "version": 1, "settings": {}, "secrets_left_out": []}


def check_settings(document: SettingsFile) -> None:
    """An InputError naming the first setting os1 would not accept."""
    values = document.settings
    foreign = sorted(n for n in values if n not in Settings.model_fields or not _portable(n, 1))
    if foreign:
        raise InputError(
            f"The archive's settings.json holds '{foreign[0]}', which an archive never carries",
            "use an archive written by `os1 export --all`; nothing was imported",
        )
    try:
        # Given here, the values outrank the environment: any complaint is about them.
        Settings(**values)
    except ValidationError as exc:
        raise InputError(
            f"The archive's settings.json is not valid ({first_problem(exc, 'settings')})",
            "use an archive written by `os1 export --all`; nothing was imported",
        ) from exc


def staged_config(settings: Settings, document: SettingsFile) -> tuple[Path, Path, list[str]]:
    """The config file with the archive's settings this install has not chosen added,
    written beside it (renamed into place once the import is in): (staged, final, added)."""
    sources = setting_sources(settings)
    added = [n for n in document.settings if sources.get(n) == "default"]
    path = config_file_path()
    staged = path.with_name(path.name + ".import")
    if not added:
        return staged, path, []
    try:
        before = path.read_text(encoding="utf-8") if path.is_file() else ""
        lines = [f"{n} = {_toml(document.settings[n])}" for n in added]
        text = before + ("\n" if before and not before.endswith("\n") else "")
        text += "# Restored from an os1 archive\n" + "\n".join(lines) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Private like a config file with secrets should be, whatever it will hold later.
        mode = path.stat().st_mode & 0o777 if path.is_file() else 0o600
        descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise InputError(
            f"Cannot write the config file {path} ({exc.strerror})",
            "make its folder writable, or set OS1_CONFIG elsewhere; nothing was imported",
        ) from exc
    return staged, path, added


@dataclass(frozen=True, slots=True)
class Change:
    """One of an archive's settings against this install's: `applied` unless the install
    chose its own value."""

    name: str
    old: Any
    new: Any
    applied: bool

    def __str__(self) -> str:
        said = f"{self.name}: {_shown(self.name, self.old)} → {_shown(self.name, self.new)}"
        return said if self.applied else f"{said} (kept: this os1 chose its own)"


def settings_changes(settings: Settings, document: SettingsFile) -> list[Change]:
    """What restoring the archive's settings would change, setting by setting; a setting
    with the value this install has already is left out."""
    sources = setting_sources(settings)
    values = settings.model_dump(mode="json")
    return [
        Change(name, values.get(name), new, sources.get(name) == "default")
        for name, new in document.settings.items()
        if values.get(name) != new
    ]


def _shown(name: str, value: Any) -> str:
    """A value as a person may see it over their shoulder: no password, even one in a URL."""
    if value is None:
        return "unset"
    if name in SECRETS:
        return "********"
    if isinstance(value, str):
        try:
            parts = urlsplit(value)
        except ValueError:
            return json.dumps(value, ensure_ascii=False)
        if parts.password:
            host = parts.netloc.rsplit("@", 1)[1]
            value = urlunsplit(parts._replace(netloc=f"{parts.username}:********@{host}"))
        return json.dumps(value, ensure_ascii=False)
    return _toml(value)


def _toml(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # A JSON string is a TOML basic string: the same quotes and escapes.
        return json.dumps(value, ensure_ascii=False)
    return repr(value)
