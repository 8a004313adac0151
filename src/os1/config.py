"""Settings: environment beats the config file, which beats the defaults.

Every setting is an `OS1_*` environment variable; the same names, lower-case and
without the prefix, may sit in a TOML file (`OS1_CONFIG`, default
`$OS1_HOME/config.toml`).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from os1.database_address import describe_database_url
from os1.errors import ConfigError

ENV_PREFIX = "OS1_"
BrainKind = Literal["llamacpp", "openai", "scripted"]
# Whisper tiny.en (quick) or base (about 2.7 times as slow; on os1's synthetic test voices
# no more accurate: docs/benchmarks.md).
SttModel = Literal["tiny", "base"]


def default_home() -> Path:
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "os1"


def config_file_path() -> Path:
    explicit = os.environ.get(f"{ENV_PREFIX}CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get(f"{ENV_PREFIX}HOME")
    return (Path(home).expanduser() if home else default_home()) / "config.toml"


class Settings(BaseSettings):
    """What os1 runs with. `os1 status` shows each value and where it came from."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid")

    home: Path = Field(default_factory=default_home, description="Where os1 keeps its data.")
    database_url: SecretStr | None = Field(
        None,
        description="A PostgreSQL database (postgresql://USER:PASSWORD@HOST:PORT/NAME) that "
        "several server workers share; unset: SQLite, os1.db in the home folder.",
    )
    user: str = Field("local", min_length=1, description="Whose OS this is (one per person).")

    brain: BrainKind = Field("llamacpp", description="Which language model backend answers.")
    model: Path | None = Field(None, description="GGUF file; unset means the packaged SmolLM2.")
    voice_adapter: str | None = Field(
        None,
        description="os1's LoRA voice adapter for the embedded model: a GGUF file, or `none` "
        "for off; unset means the one that ships, if one does.",
    )
    threads: int = Field(1, ge=1, le=256, description="CPU threads for the embedded model.")
    prompt_threads: int | None = Field(
        None, ge=1, le=256, description="Threads for reading a prompt; unset means every core."
    )
    context_tokens: int = Field(4096, ge=512, description="Context window of the embedded model.")
    brain_url: str | None = Field(None, description="OpenAI-compatible server, e.g. .../v1.")
    brain_model: str | None = Field(None, description="Model name on that server.")
    brain_key: SecretStr | None = Field(None, description="API key for that server, if any.")
    brain_timeout: float = Field(60.0, gt=0, description="Seconds to wait for that server.")
    brain_script: Path | None = Field(None, description="Replies for the scripted brain.")

    temperature: float | None = Field(
        None,
        ge=0,
        le=2,
        description="Sampling temperature; unset: the model's own (0.2 for SmolLM2).",
    )
    seed: int = Field(1, description="Sampling seed, so a conversation can be replayed.")
    reply_tokens: int | None = Field(
        None, ge=16, description="Longest reply, in tokens; unset: as the sentence budget needs."
    )
    history_tokens: int = Field(1500, ge=64, description="Budget for recent turns in a prompt.")
    memory_tokens: int = Field(
        300, ge=0, description="Budget for older turns memory brings back (0: none)."
    )
    max_message_chars: int = Field(8000, ge=1, description="Longest message os1 accepts.")
    feelings: bool = Field(
        True, description="Appraise each message and let mood and affinity shape replies."
    )
    calendar: str | None = Field(
        None, description="An .ics file or a CalDAV address; unset: os1's own calendar.ics."
    )
    calendar_user: str | None = Field(None, description="User name on that CalDAV server.")
    calendar_password: SecretStr | None = Field(None, description="Password on that server.")
    calendar_name: str | None = Field(None, description="Which calendar there; unset: the first.")
    mail_imap: str | None = Field(None, description="IMAP server as host:port, e.g. :993.")
    mail_smtp: str | None = Field(None, description="SMTP server as host:port, e.g. :465.")
    mail_user: str | None = Field(None, description="User name on the mail servers.")
    mail_password: SecretStr | None = Field(None, description="Password on the mail servers.")
    mail_address: str | None = Field(None, description="Your own address, to send as.")
    mail_security: Literal["tls", "starttls", "none"] = Field(
        "tls", description="How to talk to the mail servers: tls, starttls, none (loopback)."
    )
    facts: bool = Field(
        True, description="Read what was said for facts after each turn, and use them."
    )
    facts_within_s: float = Field(
        4.0,
        ge=0,
        description="Seconds `os1 chat --once` (or a script's chat) reads the turn for facts "
        "before it exits; what is not read by then is read next time.",
    )
    initiative: bool = Field(
        True,
        description="Let the OS speak first: greetings, check-ins, follow-ups (reminders and "
        "meetings are always said).",
    )
    wake_word: str | None = Field(
        None,
        description="Listen for this word first: hey_jarvis, okay_nabu, alexa, hey_mycroft.",
    )
    allowed_hosts: str | None = Field(
        None,
        description="Host names `os1 serve` answers to, comma-separated (os1.example.org); "
        "unset: only localhost when listening on loopback, any name otherwise.",
    )
    archive_uploads: Literal["anyone", "nobody"] = Field(
        "anyone",
        description="Who may restore an archive on a shared server: anyone signed in, or "
        "nobody (the operator imports with `os1 import`).",
    )
    account_quota_mb: int = Field(
        1024, ge=1, description="Disk one person's OS may fill on a server (calendar, letters)."
    )
    peer_private_addresses: bool = Field(
        False,
        description="Let this OS reach peers on private, loopback and link-local addresses "
        "(a home network), to add them and to write to them; off, only public addresses.",
    )
    signups_per_hour: int = Field(
        20,
        ge=1,
        description="Accounts `os1 serve` makes for one address in an hour; more wait (429).",
    )
    stt_model: SttModel = Field(
        "tiny",
        description="Speech to text: Whisper tiny (quick) or base (a little more accurate, "
        "about a second slower).",
    )

    @property
    def database(self) -> Path:
        """The SQLite file, used unless OS1_DATABASE_URL names a PostgreSQL database."""
        return self.home / "os1.db"

    def describe_database(self) -> str:
        """Where the store is, for people to read: never the password."""
        if self.database_url is None:
            return str(self.database)
        return describe_database_url(self.database_url.get_secret_value())

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file_path())
        return (init_settings, env_settings, toml)


SECRETS = ("brain_key", "mail_password", "calendar_password", "database_url")


def _check_secrets_are_private(path: Path) -> None:
    """A config file that holds a password must be readable by its owner alone."""
    if not path.is_file() or (path.stat().st_mode & 0o077) == 0:
        return
    with path.open("rb") as f:
        written = tomllib.load(f)
    held = [key for key in SECRETS if key in written]
    if held:
        raise ConfigError(
            f"The config file {path} holds {', '.join(held)} and other users can read it",
            f"make it private: chmod 600 '{path}'",
        )


def load_settings(**overrides: Any) -> Settings:
    """Read the settings, turning a bad value into one sentence that names it."""
    path = config_file_path()
    try:
        _check_secrets_are_private(path)
        return Settings(**overrides)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"The config file {path} is not valid TOML ({exc})",
            "fix the file or move it aside",
        ) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else "?"
        raise ConfigError(
            f"The setting {ENV_PREFIX}{key.upper()} (or '{key}' in {path}) "
            f"has the value {first.get('input')!r}, which is not allowed: {first['msg']}",
            f"change it, or unset it to use the default ({_default_of(key)})",
        ) from exc


def _default_of(key: str) -> str:
    field = Settings.model_fields.get(key)
    if field is None:
        return "no such setting exists"
    default = field.get_default(call_default_factory=True)
    return "none" if default is None else repr(default)


def setting_sources(settings: Settings) -> dict[str, str]:
    """Where each setting came from: 'env', 'file' or 'default'."""
    path = config_file_path()
    in_file: dict[str, Any] = {}
    if path.is_file():
        with path.open("rb") as f:
            in_file = tomllib.load(f)
    sources = {}
    for name in Settings.model_fields:
        if f"{ENV_PREFIX}{name.upper()}" in os.environ:
            sources[name] = "env"
        elif name in in_file:
            sources[name] = "file"
        else:
            sources[name] = "default"
    return sources
