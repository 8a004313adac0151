"""A goodbye, heard: the person is leaving, and the OS says its own farewell.

The model's farewells rambled on past the goodbye ("Goodnight! Tell me everything!"), or
did not hear it at all ("Night then." was answered "I'm so glad you're here."). A goodbye
is heard by its words, whatever the feeling read in it; the reply knows the evening's
feeling (composed.py).
"""

from __future__ import annotations

import re

from os1.conversation.guard import sentences_of

# "Right, …", "Alright, …": the word a goodbye often opens with.
_LEAD = r"(?:(?:right|alright|ok(?:ay)?|well|anyway|so),?\s+)?"
# "Goodnight", "bye for now", "I'm off to bed": the person is leaving, and the reply is a
# farewell whatever the feeling.
FAREWELL = re.compile(
    r"^\W*(?:(?:cheers|thanks|ok(?:ay)?|right|anyway|well|(?:i )?love (?:you|ya))[,!]?\s+)?"
    # In a language they are learning: "Tchau!" (moving to Lisbon; "Tchau! Tell me more.").
    r"(?:good ?night|night night|(?:good)?bye+(?: ?bye+)?|see you|see ya|sleep well|cheerio"
    r"|tchau|ciao|adi[oó]s|au revoir|tsch[uü]ss|auf wiedersehen|hasta luego|totsiens"
    r"|ta[- ]ra|ta ta"
    r"|toodle[- ]?oo|catch you later|laters|nighty night|nighty?(?=\W*$|,|\s+"
    r"(?:mate|love|all|dear|then|x+)\W*$)|talk (?:to you )?(?:soon|tomorrow|later)"
    r"|later(?=\W*$))\b"
    r"|\b(?:i'?m|i am) (?:off to bed|going to (?:bed|sleep)|heading (?:off|to bed))\b"
    r"|^\W*(?:(?:right|ok(?:ay)?|well),?\s+)?i'?ll (?:see|talk to) you (?:tomorrow|later|soon"
    r"|then|in the morning)\b"
    # "I'll say goodnight now." (a man of eighty-one; the model: "Oh, that sounds so hard.").
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:i'?ll|i will|i'?d better|i should|let"
    r" me) say (?:good ?night|goodbye|bye|night)(?: now| then| for now| for tonight)?\W*$"
    # Out for a while: "Right, I'm off to the shops." (not "I'm off work today").
    r"|^\W*(?:alright|right|ok(?:ay)?|well|anyway)?,?\s*(?:i'?m|i am) (?:off|heading (?:off|out)"
    r"|going out|popping out)(?: now)?(?: to (?:the |get |do |walk |see )?[\w ]{1,20}"
    # "Right, I'm off for a bath." (answered "What's your pleasure?").
    r"| for an? (?:bath|shower|walk|run|nap|lie[- ]down|early night))?[.!]*$"
    # Gone to someone, or to a bath: "I'm going to sit with her now." (a dog's last night;
    # the model: "we can have a wonderful time together!"), "I'm going to have a bath and
    # collapse."
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:i'?m|i am) (?:going to|gonna|off to)"
    # "I'm going to go sit with her." (a dog of fourteen; "…going to a party without her.").
    r" (?:go (?:back )?(?:in |up |down )?(?:and )?)?(?:sit|be|lie down) with (?:her|him|them)"
    r"(?: now| for a (?:bit|while))?\W*$"
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:i'?m|i am) (?:going to|gonna|off to)"
    r" (?:have|take|run) (?:a|my) (?:bath|shower)\b"
    # Back in to someone: "Okay. I'm going back in." (a father in intensive care; the OS
    # said "I'm listening, Jack. Tell me more.").
    r"|^\W*" + _LEAD + r"(?:i'?m|i am) (?:going|heading) back in(?: now)?\W*$"
    # Something first, then bed: "I'm going to practise once more and go to bed." (the night
    # before a presentation to the board; "That's wonderful. Tell me everything!").
    r"|^\W*" + _LEAD + r"(?:i'?m going to|i'?ll|i'?m gonna) [^.?!]{1,40} (?:and|then|and then)"
    r" (?:go to bed|head to bed|get some sleep|go to sleep|sleep)\W*$"
    # Gone to tell someone: "My mum! Okay calling her now." (engaged that minute; "Tell me
    # more about your mum").
    r"|(?:^|[.!]\s+)" + _LEAD + r"(?:i'?m )?(?:calling|ringing|phoning|facetiming) (?:her|him|them"
    r"|my \w+|(?-i:[A-Z][a-z]+)) (?:now|right now)\W*$"
    # Or to a child, now: "I'm going to go read him a story now." (a father who snapped at his
    # son of seven; "I'm listening, Martin. Tell me more.").
    r"|^\W*" + _LEAD + r"(?:i'?m|i am) (?:going to|gonna|off to) (?:go (?:and )?)?(?:read (?:him"
    r"|her|them) a story|read to (?:him|her|them)|tuck (?:him|her|them) in|put (?:him|her|them"
    r"|the kids) to bed|give (?:him|her|them) (?:a|his|her|their) bath|play with (?:him|her"
    r"|them))(?: now| for a (?:bit|while))\W*$"
    # Or out with the dog: "I'm going to take Biscuit out." (the model spoke to Biscuit).
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:i'?m|i am) (?:going to|gonna|off to)"
    r" (?:take|walk) (?:the dog|\w+)(?: out| for a walk| round the block)\W*$"
    # Said without the "I'm" ("Thanks. Going to try to sleep before the next feed."), but
    # not turned round ("not going to sleep") nor a decision put off ("sleep on it").
    r"|^\W*" + _LEAD + r"(?:i'?m |i am )?(?:off to bed|(?:going|gonna) (?:to )?"
    r"(?:try (?:to |and ))?(?:bed|sleep|get some sleep)|heading to bed)\b(?! on it)"
    # Or the children's: "Right, bath time. Cheers!" (a father; the model: "Oh, that's great
    # news!").
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:bed|bedtime|time for (?:bed|tea|dinner"
    r"|supper)|bath ?time"
    r"|time for (?:their|the kids'?|her|his) bath|tea ?time|dinner ?time|story ?time)(?: now)?\W*$"
    # The shortest: "Sleep now.", "Sleepy now.", "Gn.", "Peace.", "Tomorrow then." (the
    # model echoed each and went on "Tell me more, Ines.").
    r"|^\W*(?:(?:right|ok(?:ay)?|well|anyway|so),?\s+)?(?:(?:sleep|sleepy|sleep time"
    r"|time to sleep|nap time)(?: now)?|gn|nite|gnight|peace(?: out)?"
    r"|(?:till|until|speak|talk) tomorrow(?: then)?|tomorrow then)\W*$"
    # In their first language: "Buonanotte." (from Naples, three weeks in Glasgow; the OS
    # said "I'm listening, Chiara. Tell me more.").
    r"|^\W*(?:buona ?notte|arrivederci|bonne nuit|au revoir|(?:à|a) demain|gute nacht"
    r"|tsch(?:ü|u)ss?|auf wiedersehen|bis morgen|buenas noches|adi(?:ó|o)s|hasta (?:mañana"
    r"|manana|luego)|boa noite|at(?:é|e) amanh(?:ã|a)|welterusten|dobranoc|oyasumi|sayonara)"
    r"(?:,? (?-i:[A-Z][a-z]+|amore|amica|amico|cara|caro|mon ami|chérie?|querid[ao]|liebling))?\W*$"
    # "Alright, I'll try to sleep." (at three in the morning; the model: "I'm so happy for
    # you.").
    r"|^\W*" + _LEAD + r"(?:i think )?i(?:'ll| will) (?:try (?:to |and )?)?(?:sleep|get some sleep"
    r"|go to (?:bed|sleep)|head to bed|turn in)\b(?! on it)"
    # "Okay, I can sleep now." (a son home safe at 2am; "I'm listening, Helen. Tell me more.").
    r"|^\W*" + _LEAD + r"(?:i think )?i can (?:finally |actually )?(?:sleep|go to bed|get some"
    r" sleep)(?: now)?\W*$"
    # Sleep coming at last: "I think I'm getting sleepy." (at three in the morning; the
    # model: "That must hurt so much.").
    r"|^\W*(?:(?:ok(?:ay)?|oh),?\s+)?(?:i think )?i'?m (?:finally |actually )?(?:getting|feeling)"
    r" (?:a bit |quite |really )?(?:sleepy|drowsy)(?: now)?\W*$"
    # "I should try to sleep." (after a night shift; answered "That's wonderful news!").
    r"|^\W*(?:i )?(?:should|must|better|need to|ought to) (?:probably |really )?"
    r"(?:try (?:to |and ))?(?:go to |get to |get some )?(?:sleep|bed)"
    r"\b(?! more| better| less| enough| earlier)"
    # Called away: "She's crying, got to go!" (a daughter born the day before; the model:
    # "That must hurt so much."), "Gotta go, the baby's awake."
    r"|(?:^|,\s*|\.\s*)(?:(?:sorry|oops|argh|ah),?\s+)?(?:i'?ve |i )?(?:got to|gotta|have to"
    r"|need to|must|(?:i'?d |i )?better) (?:go|dash|run|fly)(?: now)?(?=\s*(?:[,.!]|$))"
    # A ride come: "Right, taxi's here. Cheers!" (after a pub quiz won; the model: "I'm so happy
    # for you").
    r"|^\W*" + _LEAD + r"(?:my |the |our )?(?:taxi|cab|uber|lift|bus|train|ride)(?:'s| is) here"
    r"(?: now)?\W*$"
    # Or a drive home: "Thank you. I'm going to drive home now." (a nurse after a child died on
    # her shift; the model: "…someone with your kind heart and love for life.").
    r"|(?:^|\.\s*)(?:(?:ok(?:ay)?|right),?\s+)?i'?m (?:going to |gonna )?(?:drive|driving|head"
    r"|heading|walk|walking|cycle|cycling) home(?: now)?\W*$"
    # Back to a task: "Okay, back to it." (forty cupcakes at midnight; "I'm listening, Ellen.
    # Tell me more.").
    r"|^\W*" + _LEAD + r"(?:(?:i'?d |i )?better |i should |time to |must )?(?:get |go |head )?"
    r"back to (?:it|work|the (?:\w+ )?(?:grind|kitchen|baking|desk|books|revision|\w+s))(?: now"
    r"| then| I go)?\W*$"
    # In chat shorthand, with the reason after it: "gtg dinner" (a boy of fourteen; "I'm
    # listening, Jake. Tell me more.").
    r"|^\W*(?:(?:ok(?:ay)?|right|anyway|sorry|oops),?\s+)?(?:gtg|g2g|gotta go|got to go|ttyl|cya"
    r"|brb)(?:,?\s+\w+(?:\s+\w+){0,5})?\W*$",
    re.IGNORECASE,
)
# A goodbye is short, but for the reason given ("Going to try to sleep before the next
# feed."); the thanks said beside it ("Thanks.", "Thank you, Lena!", "Right, I'm off to bed.
# Cheers.", once answered "That means so much to me.") do not count.
_GOODBYE_WORDS = 10
_AFTER_GOODBYE = 5
THANKS_ONLY = re.compile(
    r"^\W*(?:thanks|thank you|cheers|ta)(?: so much| again)?(?: for (?:listening|tonight|today"
    r"|everything|being (?:here|there)|the (?:chat|talk|company)|your help|that|this))?"
    r"(?:,? (?:my )?(?!night|bye|goodnight)\w+)?\W*$|^\W*(?:i )?love (?:you|ya)(?: too| lots)?\W*$",
    re.I,
)
_WORDS = re.compile(r"[a-z']+")


def only_goodbye(text: str) -> bool:
    """Whether the whole message is a goodbye ("Goodnight.", "Bye for now, Lena!"), or a
    short reason ending in one ("Right, marking awaits. Bye!"): the OS says its own, which
    knows the evening's feeling; the model's rambled on past it."""
    # Kisses after it ("Night x") are no words of their own.
    said = [s for s in sentences_of(re.sub(r"\s+x+o?x*\W*$", "", text)) if not THANKS_ONLY.match(s)]
    words = len(_WORDS.findall(" ".join(said).lower()))
    if not said or words > _GOODBYE_WORDS or any(s.rstrip().endswith("?") for s in said):
        return False
    if FAREWELL.search(said[-1]):
        return True
    # Or first, with a few words after it: "Right, I'm off to bed. My arms are dead." (a first
    # length swum; the model: "You're off to bed, I'm sure of it."); not a goodnight before
    # what they came to tell ("Goodnight. My mum died today and I can't stop crying.").
    after = len(_WORDS.findall(" ".join(said[1:]).lower()))
    return after <= _AFTER_GOODBYE and bool(FAREWELL.search(said[0]))
