"""Whose settings: a server's own settings, narrowed to one person."""

from __future__ import annotations

from os1.config import Settings


def settings_for_person(settings: Settings, user_id: str) -> Settings:
    """The settings one person's parts are made from, on a server that hosts many.

    Whoever runs the server (its own OS1_USER) keeps the mail and calendar
    accounts its settings name, as in their terminal; everyone else gets
    os1's own calendar file and no mail account, since the server's accounts
    are not theirs. Every part of a person (chat, outreach, MCP, dinner
    planning with another OS) is made from these, so a person has one calendar.
    """
    if user_id == settings.user:
        return settings
    return settings.model_copy(update={"user": user_id, "mail_imap": None, "calendar": None})
