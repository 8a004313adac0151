"""The whole relationship in one file: `os1 export --all`, `os1 import`, /api/archive.

docs/archive-format.md describes the file; `container` reads and writes it,
`letter_rows` and `settings_part` carry what `os1 memory export` does not,
`relationship` puts it all together and back.
"""
