"""The letter studio: clients, recipients, drafts, handwritten rendering, books."""
