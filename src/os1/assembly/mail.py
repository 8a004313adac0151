"""The person's mail account, from OS1_MAIL_*."""

from __future__ import annotations

from os1.config import Settings
from os1.errors import ConfigError
from os1.skills.mail import MailAccount, Mailbox, Outbox


def mail_for(settings: Settings) -> MailAccount | None:
    """The mail account (IMAP, SMTP, own address), when OS1_MAIL_IMAP is set; else None."""
    if not settings.mail_imap:
        return None
    missing = [
        name
        for name, value in [
            ("OS1_MAIL_SMTP", settings.mail_smtp),
            ("OS1_MAIL_USER", settings.mail_user),
            ("OS1_MAIL_PASSWORD", settings.mail_password),
            ("OS1_MAIL_ADDRESS", settings.mail_address),
        ]
        if not value
    ]
    if missing:
        raise ConfigError(
            f"Mail is half set up: {', '.join(missing)} missing", "set them, or unset OS1_MAIL_IMAP"
        )
    assert settings.mail_smtp and settings.mail_user and settings.mail_password
    assert settings.mail_address
    password = settings.mail_password.get_secret_value()
    imap_host, imap_port = _host_port(settings.mail_imap, "OS1_MAIL_IMAP")
    smtp_host, smtp_port = _host_port(settings.mail_smtp, "OS1_MAIL_SMTP")
    return MailAccount(
        Mailbox(imap_host, imap_port, settings.mail_user, password, settings.mail_security),
        Outbox(smtp_host, smtp_port, settings.mail_user, password, settings.mail_security),
        settings.mail_address.lower(),
    )


def _host_port(value: str, setting: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(
            f"{setting}={value} is not host:port", f"set {setting} like mail.example.org:993"
        )
    return host, int(port)
