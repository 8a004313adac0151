"""How os1's learned parts were made: run from a clone, never installed with os1.

`python -m training.train_appraisal --data ../shared/benchmarks/goemotions` trains
the emotion adapter that ships in `src/os1/mind/emotion_adapter/`. This folder sits
outside `src/`, so the package os1 installs carries none of it (torch's training
loop, peft's trainer state, the data readers).
"""
