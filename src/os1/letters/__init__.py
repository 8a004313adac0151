"""The letter studio: clients, recipients, dossiers, drafting in the client's voice, checks,
handwritten rendering, envelopes and books."""
