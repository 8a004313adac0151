"""`os1 serve`: one private OS for each person who signs up, in the browser and over the API."""

from __future__ import annotations

import gc
import resource
import socket

import click

from os1.errors import Os1Error

# The server itself (uvicorn, FastAPI, every person's parts) is imported inside `serve`:
# `os1 --help` loads this module, and the server's app takes seconds to import on 2 cores
# (python -X importtime), against 0.1 s for the whole help.


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option(
    "--backlog",
    type=click.IntRange(1),
    default=16384,
    show_default=True,
    help="Connections that may wait to be accepted (thousands of people open at once).",
)
def serve(host: str, port: int, backlog: int) -> None:
    """Serve os1: the web client at / and the OpenAI-compatible API at /v1.

    Each person signs up in the browser and gets an OS of their own. Listening
    beyond 127.0.0.1 puts it on the network: put it behind HTTPS first.
    """
    import uvicorn

    from os1.cli.announced_server import AnnouncedServer
    from os1.config import load_settings
    from os1.server.allowed_hosts import is_loopback
    from os1.server.app import create_app

    _raise_file_limit()
    _collect_garbage_less_often()
    settings = load_settings()
    app = create_app(settings, listening_on=host)
    # Bound here, so a port in use is one clear sentence, not a traceback from uvicorn.
    # IPPROTO_TCP named, not left 0: asyncio turns Nagle's algorithm off only for sockets
    # that say they are TCP, and with it on every streamed piece waited 40 ms for an ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        raise Os1Error(
            f"Cannot listen on {host}:{port} ({exc.strerror})",
            "choose another port with --port, or stop what is using it",
        ) from exc
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{listener.getsockname()[1]}/"
    click.echo("os1 is loading the models…", err=True)
    if not settings.allowed_hosts and not is_loopback(host):
        click.echo(
            "It will answer to any host name: set OS1_ALLOWED_HOSTS to the names it is "
            "reached by (os1.example.org), so that no other site's page can talk to it.",
            err=True,
        )
    # No per-message deflate: os1's frames are a few words of JSON or PCM, where
    # compressing costs more CPU than it saves bytes, for every person on the server.
    config = uvicorn.Config(
        app,
        log_level="warning",
        backlog=backlog,
        ws_max_size=1 << 20,
        ws_ping_interval=None,
        ws_per_message_deflate=False,
    )
    AnnouncedServer(config, address).run(sockets=[listener])


def _raise_file_limit() -> None:
    """Every person connected is an open socket, and the usual soft limit of 1,024 open
    files would refuse the 1,025th: take as many as the hard limit allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard and hard != resource.RLIM_INFINITY:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _collect_garbage_less_often() -> None:
    """Thousands of open conversations are millions of objects, and a full collection of
    cyclic garbage walks every one with every conversation stopped: 1.5 s at 8,316 people
    (benchmarks/load.py). One is due when a quarter as many objects as the last one kept
    have since survived two young collections; young collections 50 times rarer let the
    short-lived objects of turns in flight die by reference counting first, so far fewer
    survive, and full collections come when the people connected grow, not every minute."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(35_000, middle, old)
