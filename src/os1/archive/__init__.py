"""The whole relationship in one file: `os1 export --all`, `os1 import`, /api/archive.

docs/archive-format.md describes the file; `container` reads and writes it,
`memory_file`, `letter_rows`, `outreach_rows` and `settings_part` are its
members' formats, `owners` lists each table's owner with how its rows go out
and back in, `reading` checks an archive whole, and `relationship` puts it all
together and back.
"""
