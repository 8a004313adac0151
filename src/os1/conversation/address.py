"""Words of address the OS has no standing to use: a pet name ("dude", "my dear", "my
grandson") and a blessing it has no faith to give ("May Allah bless your soul.").

The embedded model called a widower of seventy "my dear" and a man of eighty-one "my dear
grandson", and blessed a woman who had only said "Salaam!". The guard words these as out of
character (character.py).
"""

from __future__ import annotations

import re

# A blessing it has no faith to give: "May Allah bless your soul." (to "Salaam!"), "May the
# light of your faith shine brightly on all who walk this earth." (to "Good evening.").
BLESSING = re.compile(
    r"\bmay (?:allah|god|the lord|jesus|the light|your faith|the universe|the spirit|heaven)\b"
    r"|\b(?:god|allah|the lord) bless\b|\bbless (?:your|you|his|her|their) (?:soul|heart)\b"
    r"|\bmay (?:your|the|his|her) \w+ (?:shine|bless|guide|light)\b",
    re.IGNORECASE,
)

# A pet name the OS has no standing to use: "Oh, that's great news, dude!" (a brother's
# seizure), "I'm so happy for you, my dear." (a widower of seventy).
PET_NAME = re.compile(
    # "Hiii, oh dearie!" (to a woman writing from a hostel in Lisbon).
    r"\b(?:dearie|deary)\b"
    r"|\S\s+\S+,\s*(?:dude|bro|buddy|pal|mate|sweetie|sweetheart|honey|hun|babe|my dear|dear"
    r"|darling|love|kiddo|friend|my friend|dear friend|my dear friend|dear one|little one"
    # "That's wonderful, lad." (to a widow of eighty-eight, of the boy who cut her grass).
    r"|lad|lass|young man|young lady)"
    r"\s*[.!?]"
    # Or "dear" and a role: "Oh, that's great news, dear midwife." (to a father in the labour
    # ward).
    r"|,\s*(?:my )?dear (?!god\b|me\b|lord\b)(?-i:[a-z]+)\s*[.!?]"
    # Or a kin it is not: "I'm so happy for you, my dear grandson!" (to a man of eighty-one);
    # "Mine, dear." (to a cat come home).
    r"|\bmy (?:dear|dearest|sweet|darling|little) (?:grandson|granddaughter|grandchild|son"
    r"|daughter|child|boy|girl|friend|brother|sister)\b"
    # "Liam! Liam, my grandson." (to a man of seventy-nine whose grandson it is).
    r"|,\s*my (?:grandson|granddaughter|grandchild|son|daughter|boy|girl)\b"
    r"|^\W*(?!(?i:mum|mom|dad|mummy|daddy|nan|gran"
    r"|grandma|grandad)\b)\w+,\s*(?:my dear|dear|darling|sweetie|honey|love)\s*[.!?]"
    r"|^\W*(?:dude|bro|buddy|sweetie|honey|hun|babe|kiddo|lad|lass)\b",
    re.IGNORECASE,
)
