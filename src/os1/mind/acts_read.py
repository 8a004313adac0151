"""The person's act toward the OS (thanks, praise, an insult, amends), as the act reading
says it, less where a small grammar shows the reading took someone's story, a question of
their own or a wish for an act toward the OS.
"""

from __future__ import annotations

import re

from os1.mind.amends import amends_of_another
from os1.mind.appraisal import Appraisal
from os1.mind.grammar_cues import (
    asks,
    asks_of_themselves,
    asks_what_it_is,
    confides,
    kind_for_a_machine,
    of_others,
    of_themselves,
    runs_themselves_down,
    thanks_unsaid,
)
from os1.mind.jibes import concedes, exculpates, ironic_simile, scorns, teases
from os1.mind.own_affairs import (
    swears_off,
    tells_of_someone,
    tells_own_wish,
    tells_what_its_about,
)
from os1.mind.remarks import (
    dares_it,
    describes_it,
    faults_its_advice,
    leave_to_be_frank,
    of_people_at_large,
    plays_it_down,
)

# A hail, not praise: "Mate." (read as praise 0.75, and the OS said "I'm glad it helped.").
_HAILED = re.compile(
    r"^\W*(?:oi,?\s+)?(?:mate|dude|bro|buddy|pal|man|my man|fella|lads?|yo)\W*$", re.IGNORECASE
)

# An act toward the OS read this surely decides the OS's emotion at it, over the words
# (act_appraisal.py): GoEmotions read "You're a joke" as joy and "I owe you one for
# catching that" as upset. Out of fold (training/train_acts.py), 83% of the acts read this
# surely are right, and 1.4% of sentences that are no act toward the OS read as one.
ACT_SURE = 0.6
# An act reading that gives an insult this much, though it is sure of nothing, leaves glad
# words at the OS in doubt ("Honestly you sound like a greeting card sometimes." read praise
# 0.58, insult 0.23, and was thanked). Out of fold on the act corpus, of the sentences read
# so, 14 were praise and 2 thanks, 11 insults and 16 no act at all: thanks would be wrong
# more often than right.
JIBE_POSSIBLE = 0.2
BY_ACT = {"thanks": "gratitude", "praise": "pride", "insult": "distress", "amends": "gratitude"}


def act_toward_it(appraisal: Appraisal, text: str) -> tuple[str | None, float]:
    """The act toward the OS the act reading is sure of (ACT_SURE), and its probability;
    never praise in words that tell only of the speaker or in a question, thanks in words that
    thank nobody, nor praise or an insult in words that tell of someone else."""
    act = appraisal.act
    if ironic_simile(text) or scorns(text):
        # Scorn the act reading, led by "helpful", takes for praise as often as not.
        return "insult", max(act.probabilities.get("insult", 0.0) if act else 0.0, ACT_SURE)
    if act is None or act.kind not in BY_ACT or act.probability < ACT_SURE:
        return None, 0.0
    praise_misread = act.kind == "praise" and (
        of_themselves(text) or asks(text) or tells_of_someone(text) or _HAILED.match(text)
    )
    if praise_misread or (act.kind == "thanks" and thanks_unsaid(text)):
        return None, 0.0
    if act.kind in ("thanks", "praise", "amends") and faults_its_advice(text):
        return None, 0.0  # "You gave me bad advice yesterday." read as amends
    if (act.kind in ("praise", "insult") and of_others(text)) or (
        act.kind == "amends" and amends_of_another(text)
    ):
        return None, 0.0  # "She says I spend too much.", "I don't know if I can forgive her."
    themselves = asks_of_themselves(text) or runs_themselves_down(text) or teases(text)
    plain = exculpates(text) or asks_what_it_is(text) or confides(text) or kind_for_a_machine(text)
    plain = plain or concedes(text) or tells_own_wish(text) or swears_off(text)
    plain = plain or tells_what_its_about(text) or describes_it(text) or of_people_at_large(text)
    plain = plain or leave_to_be_frank(text) or plays_it_down(text) or dares_it(text)
    if act.kind == "insult" and (themselves or plain):
        # "Is it stupid to be jealous…?", "I'm so useless.", "It's not you.", "Are you real?",
        # "I don't know why I'm telling a computer this.", "You're kind for a machine."
        return None, 0.0
    return act.kind, act.probability


def jibe_possible(appraisal: Appraisal) -> bool:
    """Whether the act reading, unsure, also reads an insult (JIBE_POSSIBLE)."""
    act = appraisal.act
    return act is not None and act.probabilities.get("insult", 0.0) >= JIBE_POSSIBLE
