"""The mind: who the OS is (persona, its chosen name) and, later, how it feels."""
