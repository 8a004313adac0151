"""Memory: the store of every turn, and what is recalled into a prompt."""

from os1.memory.store import Store
from os1.memory.types import StoredTurn

__all__ = ["Store", "StoredTurn"]
