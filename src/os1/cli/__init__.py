"""The `os1` command."""
