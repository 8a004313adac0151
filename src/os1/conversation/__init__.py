"""Conversation: the turn loop, and the one place that wires the parts together."""
