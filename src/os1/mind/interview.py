"""The first-boot interview: four questions, any of which may be skipped."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

from os1.errors import InputError
from os1.memory.store import Store

INTERVIEW_KEY = "interview"
MAX_ANSWER_CHARS = 600
_SKIP = {"", "skip", "pass", "-", "n/a", "no comment", "rather not say", "next"}
_NAME_LEAD = re.compile(
    r"^(?:you can |please )?(?:call me|my name is|my name's|i am|i'm|it's|its)\s+", re.I
)


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    ask: str


@dataclass(frozen=True, slots=True)
class Answers:
    user_name: str | None = None
    sociability: str | None = None
    focus: str | None = None
    relationships: str | None = None

    def described(self) -> list[str]:
        """The answers as plain sentences about the person, skipping what was skipped."""
        lines = []
        if self.user_name:
            lines.append(f"Their name is {self.user_name}.")
        if self.sociability:
            lines.append(f"Asked if they are social or private, they said: {self.sociability}")
        if self.focus:
            lines.append(f"What matters most to them right now: {self.focus}")
        if self.relationships:
            lines.append(f"About the people close to them: {self.relationships}")
        return lines


def questions(user_name: str | None = None) -> list[Question]:
    """Asked in order; the second question greets the person by the name just given."""
    hello = f"Nice to meet you, {user_name}. " if user_name else "All right. "
    return [
        Question(
            "user_name",
            "Hello. I'm just waking up, and before anything else I'd like to know you a "
            "little. What should I call you?",
        ),
        Question("sociability", hello + "Would you say you're social, or more private?"),
        Question("focus", "What matters most to you right now?"),
        Question(
            "relationships",
            "And how would you describe your relationship with the people close to you?",
        ),
    ]


def clean_answer(key: str, text: str) -> str | None:
    """None for a skipped answer; an InputError for one os1 cannot keep."""
    answer = " ".join(text.split())
    if answer.lower().strip(".!") in _SKIP:
        return None
    if len(answer) > MAX_ANSWER_CHARS:
        raise InputError(
            f"That answer is {len(answer):,} characters long",
            f"keep it under {MAX_ANSWER_CHARS} (a sentence or two), or say 'skip'",
        )
    if key == "user_name":
        answer = _NAME_LEAD.sub("", answer).strip(" .!,")
        if not answer or len(answer) > 40:
            raise InputError(
                "That does not look like a name", "tell me the name to call you, or say 'skip'"
            )
        answer = answer[0].upper() + answer[1:]
    return answer


def load_answers(store: Store, user_id: str) -> Answers:
    data = store.get_state(user_id, INTERVIEW_KEY) or {}
    known = {f.name for f in fields(Answers)}
    return Answers(**{k: v for k, v in data.items() if k in known})


def save_answers(store: Store, user_id: str, answers: Answers) -> None:
    store.put_state(user_id, INTERVIEW_KEY, asdict(answers))


def forget_told(store: Store, user_id: str, said: str) -> bool:
    """Forget one sentence of what they told of their people or of what matters to them,
    as the portrait showed it; False if no answer says it. The readings kept of the
    prompt, which holds the answers, go too (Store.forgot)."""
    answers = load_answers(store, user_id)
    for name in ("relationships", "focus"):
        told = getattr(answers, name) or ""
        if said.strip() and said.strip() in told:
            rest = " ".join(told.replace(said.strip(), " ").split()) or None
            save_answers(store, user_id, replace(answers, **{name: rest}))
            store.forgot(user_id)
            return True
    return False
