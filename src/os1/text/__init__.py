"""Text tools that both letters and skills use: the proofreading engine and the lexicon.

This package sits just above the brain in the layer order and imports nothing
from os1 above `os1.errors` and `os1.config`: letters, skills, the mind and the
conversation all read text through it, so it must not read any of them.
"""
