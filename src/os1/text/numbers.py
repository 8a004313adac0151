"""Numbers as people say them: "11", "eleven", "ninety-one", "a hundred", "thousands".

Regular-expression pieces, to be put inside a pattern with the words around them: a
count said in a story ("for forty years"), asked about ("How many jars?") or answered
("He was ninety-one.").
"""

from __future__ import annotations

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

# A whole number in digits or words, up to the nineties said in words ("ninety-one").
CARDINAL = rf"(?:\d+(?:,\d{{3}})*|(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS})"
# A round number said in words: "a hundred", "hundreds", "a thousand", "thousands".
ROUND = r"(?:(?:a|one) (?:hundred|thousand|million)|hundreds|thousands|millions)"
