"""The composition root: the only place that builds long-lived things.

`build_app` takes validated settings and returns the engine, the clock, the HTTP transport seam
and the logger in one record. Everything below it receives what it needs as arguments, so that
tests can swap the clock, the network and the database without patching.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from bot.clock import Clock, utc_now
from bot.settings import Settings

if TYPE_CHECKING:
    import httpx
    from sqlalchemy.engine import Engine

log = logging.getLogger("vahti")


@dataclass
class App:
    settings: Settings
    engine: Engine
    clock: Clock = utc_now
    transport: httpx.AsyncBaseTransport | None = None
    console: TextIO = field(default_factory=lambda: sys.stdout)
    log: logging.Logger = log

    def replace_settings(self, settings: Settings) -> None:
        """Adopt a newly validated configuration (hot reload); the engine stays."""
        self.settings = settings

    @asynccontextmanager
    async def http(self) -> AsyncIterator[httpx.AsyncClient]:
        """The shared HTTP client for one job run, created inside the running event loop."""
        from bot.http import make_client

        client = make_client(
            timeout=self.settings.polling.timeout,
            per_host=self.settings.polling.per_host_concurrency,
            max_connections=max(self.settings.polling.concurrency, 10),
            transport=self.transport,
        )
        try:
            yield client
        finally:
            await client.aclose()


def build_app(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    transport: httpx.AsyncBaseTransport | None = None,
    engine: Engine | None = None,
    console: TextIO | None = None,
    migrate: bool = True,
) -> App:
    """Wire the program together; apply pending migrations unless told not to."""
    from storage.db import make_engine, upgrade

    if engine is None:
        engine = make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    return App(
        settings=settings,
        engine=engine,
        clock=clock,
        transport=transport,
        console=console or sys.stdout,
    )
