"""The OS's skills for other agents: an MCP server over one person's catalogue, on
stdio (`os1 mcp`) or over Streamable HTTP at `os1 serve`'s /mcp, by API key.

Another assistant (a desktop chat app, a coding agent) lists the skills as
tools and calls them; a skill that sends, deletes, moves or spends still asks
the person first, through the client's own question to them (elicitation)
when it can, or through a one-time token the agent must bring back.
"""
