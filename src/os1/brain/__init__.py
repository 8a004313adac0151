"""Brains: language models behind one small interface (see types.Brain).

Backends are imported only when chosen, so `os1 --help` never loads llama.cpp.
"""

from os1.brain.types import Brain, Message, Request, Usage, complete

__all__ = ["Brain", "Message", "Request", "Usage", "complete"]
