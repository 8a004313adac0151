"""What was said lately, read off the turn's recall: what the person told the OS (the
names in it are names it may use), their last few messages this evening (their grief
two messages back is still tonight's), and the OS's own last sentences (saying one
again is a loop).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from os1.conversation.guard import sentences_in
from os1.conversation.turn import Turn
from os1.memory.store import Store

# Their words this long before still belong to tonight's conversation.
JUST_BEFORE = timedelta(minutes=30)
# How many of their messages before this one the tone still hears.
EARLIER_MESSAGES = 3


def told(turn: Turn) -> list[str]:
    """What the OS was told, in this prompt: names in it are names it may use."""
    said = [t.text for t in [*turn.recalled, *turn.remembered] if t.role == "user"]
    return said + [f.text for f in turn.known]


def told_lately(turn: Turn, messages: int = EARLIER_MESSAGES) -> tuple[str, ...]:
    """The person's last `messages` before this one, the latest first, if lately
    (JUST_BEFORE)."""
    earlier: list[str] = []
    for said in reversed(turn.recalled):
        # Their words of this turn: stored, or heard ahead and not stored yet (no time).
        this_turn = said.id == turn.user_turn_id or not said.created_at
        if said.role != "user" or this_turn:
            continue
        if turn.at - datetime.fromisoformat(said.created_at) > JUST_BEFORE:
            break
        earlier.append(said.text)
        if len(earlier) == messages:
            break
    return tuple(earlier)


def just_before(turn: Turn) -> str:
    """What the person said last before this, if it was lately (JUST_BEFORE)."""
    earlier = told_lately(turn, 1)
    return earlier[0] if earlier else ""


def said_lately(turn: Turn, replies_back: int = 3) -> list[str]:
    """The OS's sentences in its last few replies."""
    replies = [t.text for t in turn.recalled if t.role == "assistant"][-replies_back:]
    return [s for reply in replies for s in sentences_in(reply + " ")[0]]


def spoke_of_lately(store: Store, user_id: str, pattern: re.Pattern[str], turns: int) -> bool:
    """Whether the person said something `pattern` finds in the last `turns` stored (theirs
    and the OS's, this message included): a speech told before "Can you help me write it?",
    an exam before "Can you help me make a plan?", panic before "Please help."."""
    return any(
        t.role == "user" and pattern.search(t.text) for t in store.recent_turns(user_id, turns)
    )
