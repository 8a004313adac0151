"""The composition root: the one place that turns settings into working parts.

Every way of running os1 (the terminal, the server, the MCP server, peers,
outreach) assembles a person's parts through these functions, so one person
has one store, one brain, one calendar and one set of skills wherever they
are reached. One module per part; each function is named for what it
returns (`brain_for`, `speech_for`, `calendar_for`, `skills_for`,
`conversation_for`…), and `people.person(settings, user_id)` gathers one
person's settings and calendar with the parts made from them. Brains are
chosen from a registry (`brains.BRAINS`), not by string branches.
"""
