"""The letter studio: clients, recipients, dossiers, drafting in the client's voice, checks."""
