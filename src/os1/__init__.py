"""os1: an operating system you talk to."""

__version__ = "0.1.0"
