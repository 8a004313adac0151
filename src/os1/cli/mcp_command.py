"""`os1 mcp`: the person's skills as tools for another assistant, over MCP on stdio."""

from __future__ import annotations

import anyio
import click


@click.command()
@click.option(
    "--confirm-within",
    type=click.FloatRange(min=1, max=3600),
    default=300,
    show_default=True,
    help="Seconds a question stays open: a confirmation token expires after them.",
)
def mcp(confirm_within: float) -> None:
    """Serve this person's skills to another assistant (MCP over stdin and stdout).

    Add `os1 mcp` to the assistant's MCP servers, with OS1_HOME (and OS1_USER) in its
    environment. Whatever sends, deletes, moves or spends still asks the person first.
    On a server, an agent connects to `os1 serve`'s /mcp instead, with the person's API key.
    """
    # Imported when the command runs: at `os1 --help` the MCP SDK, the skills and the
    # settings would add about 0.67 s to its 0.09 s of imports (-X importtime, 2026-12-04).
    from mcp.server.stdio import stdio_server

    from os1.assembly.skills import skills_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.mcp_server.confirmations import Confirmations
    from os1.mcp_server.tools import Person, SkillTools

    settings = load_settings()
    store = store_for(settings)
    catalogue = skills_for(settings, store).catalogue
    # Questions are kept in the store: a client that starts this anew for each call
    # confirms in a later process.
    person = Person(
        catalogue,
        Confirmations(store, settings.user, confirm_within, "token"),
        Confirmations(store, settings.user, confirm_within, "question"),
    )
    server = SkillTools(confirm_within, lambda _: person).server()

    async def serve() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    try:
        anyio.run(serve)
    finally:
        store.close()
