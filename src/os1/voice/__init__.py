"""Voice: voice activity, speech to text and text to speech, all from packages, offline."""
