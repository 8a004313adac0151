"""Titles said before a name, which keep their capital mid-sentence: "Coach Jim said…",
"Aunt May", "Dr Patel" (said back, "You told me coach Jim said…" read as a coach named Jim
only by chance)."""

from __future__ import annotations

TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Mister", "Dr", "Prof", "Professor", "Coach", "Aunt", "Auntie",
    "Uncle", "Nan", "Nana", "Grandma", "Grandpa", "Granny", "Grandad", "Father", "Sister",
    "Brother", "Captain", "Sir", "Dame", "Lady", "Lord", "Saint", "St", "Rev", "Pastor", "Rabbi",
    "Imam", "Nurse", "Officer", "Judge",
})  # fmt: skip
