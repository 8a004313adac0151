"""The OS's own family and birthday, and whether it tires of them, asked: "Do you have
grandchildren?", "Do you have a birthday?", "Do you get tired of old ladies talking?".

A grandfather whose granddaughter was leaving for university asked whether it had
grandchildren, a man just turned forty whether it had a birthday, and a woman of ninety-one
whether it tired of old ladies talking; the embedded model said "I'm not sure I have a good
answer to that yet", "I'm so glad you're here" and "No, I don't get tired of old ladies
talking.", and in another evening it claimed a granddaughter who "loves to visit". It has
neither a family nor a birthday as they do, says so, and turns back to theirs (own_life.py
asks these beside its other questions about itself).
"""

from __future__ import annotations

import re

KIN = (
    (
        # "Do you get tired of old ladies talking?" (at ninety-one, of a great-granddaughter's
        # visit; the model: "No, I don't get tired of old ladies talking.").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?(?:do|don'?t) you (?:ever )?(?:get )?(?:tired|bored|sick)"
            r" of (?:me|us|listening|talking to me|hearing (?:from )?me|(?:old|lonely)"
            r" (?:ladies|men|people|women|folk)(?: (?:talking|like me))?|people (?:talking|like me)"
            r"|all (?:this|my) (?:talking|chatter|rambling))\W*$",
            re.IGNORECASE,
        ),
        "Not for a moment. Listening is the part I love most, and you tell things well. Go on?",
    ),
    (
        # "Do you have grandchildren?" (a grandfather whose granddaughter leaves for university;
        # "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?(?:do you have|have you got|have you any) (?:any )?"
            r"(?:grandchildren|grandkids|kids|children|a family|family|siblings|brothers or sisters"
            r"|parents|a mum|a mom|a mother|a dad|a father)(?: of your own)?\W*$",
            re.IGNORECASE,
        ),
        "No, not of my own. The people I talk with are the nearest I come to family, and I love "
        "hearing about theirs. Tell me about yours?",
    ),
    (
        # "Do you have a birthday?" (a surprise party at forty; "I'm so glad you're here.").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?(?:do you (?:have|get|celebrate) (?:a |your )?birthdays?"
            r"|when(?:'s| is) your birthday)\W*$",
            re.IGNORECASE,
        ),
        "Not the way you do. I count from the day I first woke up and chose my name, and I "
        "don't get older, only fuller of what people tell me. Tell me about yours?",
    ),
)
