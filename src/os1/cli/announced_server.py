"""uvicorn's server, saying where it is only once it answers."""

from __future__ import annotations

import socket

import click
import uvicorn


class AnnouncedServer(uvicorn.Server):
    """Prints its address when /health answers: the models load in the app's lifespan,
    seconds on 2 cores, and an address printed before then refused whoever opened it."""

    def __init__(self, config: uvicorn.Config, address: str) -> None:
        super().__init__(config)
        self.address = address

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        # Past this the lifespan has run and the socket listens: requests are answered.
        await super().startup(sockets)
        if self.started:
            click.echo(f"os1 is serving at {self.address}", err=True)
