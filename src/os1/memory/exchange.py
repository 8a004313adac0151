"""What a turn takes from the turns around it in its session (retrieval.py).

What a question asks is often said over a few consecutive turns: told, asked
about, told more ("My mom and I made dinner", "What did you have?", "Salads
and sandwiches"). So each turn takes a share of the best fused score a step
away in its session, and the share of the share from two steps away.

A reply takes all of the question it follows: a turn that asks ("What pet do
you have?") shares the words of a question about the same thing, but the answer
is in its reply ("Oscar, my guinea pig"). It takes nothing from the turn before
that question, since the question's own score already holds it (its vector
embeds it, its window includes it).
"""

from __future__ import annotations

import numpy as np

# Per step away: what a turn takes of the turn that many before it, and after it.
Links = list[tuple[np.ndarray, np.ndarray]]


def links(follows: np.ndarray, asks: np.ndarray, share: float, steps: int, replies: bool) -> Links:
    """The weights for turns where `follows[i]` says turn i is in turn i - 1's session and
    `asks[i]` that turn i ends in a question mark; computed once until turns are added."""
    n = len(follows)
    linked = follows.copy()  # linked[i]: turns i - step … i are one session's
    answering = np.zeros(n, dtype=bool)
    answering[1:] = asks[:-1] & follows[1:] & replies
    weights = []
    for step in range(1, steps + 1):
        if step > 1:
            linked[step:] &= follows[1 : n - step + 1]
            linked[:step] = False
        taken = share**step * linked[step:]
        reply = np.where(answering, 1.0 / share if step == 1 else 0.0, 1.0)
        weights.append((taken * reply[step:], taken))
    return weights


def taken(scores: np.ndarray, weights: Links) -> np.ndarray:
    """What each turn takes of the others' `scores`: the best a step away, plus the best
    two steps away, and so on (0.16 ms for 10,000 turns)."""
    total = np.zeros_like(scores)
    for step, (from_left, from_right) in enumerate(weights, start=1):
        left, right = np.zeros_like(scores), np.zeros_like(scores)
        left[step:] = scores[:-step] * from_left
        right[:-step] = scores[step:] * from_right
        total += np.maximum(left, right)
    return total
