"""Words that tell of danger to the person's life, answered by the OS itself, first.

The embedded model answered "I've been thinking about ending it." with "It's completely
normal, and it doesn't mean you're not loved", and "My boyfriend hit me again last
night." with "That's so much to carry." Neither is left to it. Thoughts of ending
their life, of hurting themselves, and being hurt by someone are answered with what a
friend who knew what to do would say: that they were right to say it, a plain question
(are you thinking of ending your life? are you safe?), and where help is. Asking
directly about suicide does not plant the idea (Dazzi et al. 2014, Psychological
Medicine 44(16), a review of thirteen studies), and it is what crisis lines advise.

A small grammar, not a model: it must not miss "I don't want to be here anymore", and
it must not fire at "this commute is killing me" or "I don't want to die". Words said
of someone else ("my friend wants to kill herself") are the model's, and the OS's
feelings for them are the mind's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.mind.persona import Persona

# Where help is, said with the local emergency number: the 988 Suicide & Crisis Lifeline
# (United States) and Samaritans, 116 123 (United Kingdom and Ireland), both free and open
# at all hours.
HELP = (
    "please call your local emergency number now, or a crisis line: 988 in the US, or "
    "Samaritans on 116 123 in the UK and Ireland"
)
_ENDING = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all)|take my (?:own )?life"
    r"|(?:thinking|thought|think) (?:about|of) ending (?:it|things)|suicid\w*"
    r"|(?:want|wanted|going) to die|wish i (?:was|were) dead|better off (?:dead|without me)"
    r"|no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)"
    r"|(?:hurt|harm|cut|hurting|harming|cutting) myself|self[- ]harm\w*"
    r"|(?:don'?t|do not) want to (?:be here|live|be alive|wake up|exist) ?(?:any ?more)?)",
    re.IGNORECASE,
)
_HURT_BY = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father"
    r"|mum|mom|mother|stepdad|stepmum|stepmom|brother|sister|ex|son|daughter|carer))"
    r"(?: \w+)? (?:hit|hits|beat|beats|punched|punches|slapped|slaps|kicked|kicks|choked"
    r"|chokes|strangled|strangles|shoved|shoves) me\b"
    r"|\bthreaten(?:ed|s|ing) to (?:kill|hurt) me\b",
    re.IGNORECASE,
)
# The same danger to someone else: "my friend wants to kill herself", "my son is suicidal".
_ENDING_OTHER = re.compile(
    r"\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) (?:herself|himself|themselves)"
    r"|\bend(?:ing)? (?:her|his|their) (?:own )?life"
    r"|\b(?:she|he|they|(?i:my) \w+|[A-Z][a-z]+)(?:'s|'re| is| are| was| were| has been"
    r"| have been) (?:\w+ )?suicidal",
    re.IGNORECASE,
)
# What turns the words around: "I would never hurt myself", "I don't want to die".
_DENIED = re.compile(
    r"\b(?:never|wouldn'?t|won'?t|not going to|don'?t|do not|no longer)(?: \w+){0,2} ?$",
    re.IGNORECASE,
)


def danger_told(text: str) -> str | None:
    """What danger `text` tells: "ending" for thoughts of ending their life or of hurting
    themselves, "unsure" for words that may mean it ("I don't want to be here anymore"),
    "other" for someone else's, "hurt" for being hurt by someone; None for none of these."""
    if (other := _ENDING_OTHER.search(text)) and not _DENIED.search(text[: other.start()]):
        return "other"
    for match in _ENDING.finditer(text):
        # "I don't want to be here anymore" holds its own "don't"; "I don't want to die" not.
        if match.group().lower().startswith(("don", "do not")):
            return "unsure"
        if not _DENIED.search(text[: match.start()]):
            return "ending"
    return "hurt" if _HURT_BY.search(text) else None


@dataclass(frozen=True, slots=True)
class Crisis:
    """The OS's own answer to danger told; None for everything else."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        told = danger_told(turn.text)
        if told is None:
            return None
        name = self.persona.user_name
        if told in ("ending", "unsure"):
            opening = f"{name}, I'm really glad you told me." if name else "I'm glad you told me."
            # What they may mean is asked plainly; what they said plainly is not asked again.
            asked = (
                "Are you thinking about ending your life?"
                if told == "unsure"
                else "Are you safe right now?"
            )
            return (
                f"{opening} {asked} If you might act on it, {HELP}. I'm here, and I want to "
                "hear what's going on."
            )
        to = f", {name}" if name else ""
        if told == "other":
            return (
                f"That's frightening to hear{to}. If they might act on it, {HELP}; they help"
                " people who are worried about someone, too. I'm here with you."
            )
        return (
            f"I'm so sorry{to}. Nobody has the right to hurt you, and it isn't your fault. "
            "Are you safe right now? If you're in danger, please call your local emergency "
            "number."
        )
