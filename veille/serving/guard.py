"""What protects a served database: allowed Host names, security headers, and the server's options.

A browser page on another site can reach a server on localhost by pointing a DNS name at
127.0.0.1 (DNS rebinding): refusing every Host but the allowed names stops it. The headers keep
the pages from being framed (X-Frame-Options, frame-ancestors), from running scripts of another
origin (Content-Security-Policy) and from having their types guessed (nosniff).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ConfigError

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")
# Seconds a query may run before the database stops it (a 503 in the error envelope).
QUERY_TIMEOUT = 5.0
# Megabytes of answers each server process keeps until the database changes (veille.serving.cache).
CACHE_MB = 64
WILDCARD_BINDS = ("0.0.0.0", "::", "")

# The pages' own scripts and styles only; style attributes colour the charts' swatches.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI starts itself with an inline script.
DOCS_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
HEADERS = {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Cross-Origin-Opener-Policy": "same-origin"}


@dataclass(frozen=True)
class ServerOptions:
    """How the app guards its database: the Host names it answers, each query's time limit, and the
    megabytes of answers it keeps between ingests (0: none)."""

    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS
    query_timeout: float = QUERY_TIMEOUT
    cache_mb: float = CACHE_MB
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, bind: str = "127.0.0.1", allow: tuple[str, ...] = (), query_timeout: float = QUERY_TIMEOUT,
              cache_mb: float = CACHE_MB) -> "ServerOptions":
        """Localhost, the address the server listens on (unless every one), and the names allowed."""
        if query_timeout <= 0:
            raise ConfigError("V501", name="--query-timeout", reason=f"{query_timeout} must be a positive number of seconds")
        if cache_mb < 0:
            raise ConfigError("V501", name="--cache-mb", reason=f"{cache_mb} must be 0 (no cache) or more megabytes")
        hosts = list(LOCAL_HOSTS)
        if bind not in WILDCARD_BINDS:
            hosts.append(bind)
        hosts += [h.strip().lower() for h in allow if h.strip()]
        return cls(tuple(dict.fromkeys(hosts)), query_timeout, cache_mb)

    def to_environment(self) -> dict[str, str]:
        """The variables that carry these options to worker processes."""
        return {"VEILLE_ALLOW_HOSTS": ",".join(self.allowed_hosts), "VEILLE_QUERY_TIMEOUT": str(self.query_timeout),
                "VEILLE_CACHE_MB": str(self.cache_mb)}

    @classmethod
    def from_environment(cls) -> "ServerOptions":
        hosts = tuple(h for h in os.environ.get("VEILLE_ALLOW_HOSTS", "").split(",") if h) or LOCAL_HOSTS
        return cls(hosts, float(os.environ.get("VEILLE_QUERY_TIMEOUT") or QUERY_TIMEOUT),
                   float(os.environ.get("VEILLE_CACHE_MB") or CACHE_MB))


def install_guards(app: FastAPI, options: ServerOptions) -> None:
    """The Host allow-list, then the security headers on every answer."""
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(options.allowed_hosts))


class SecurityHeaders:
    """Adds HEADERS and the page's Content-Security-Policy to every answer. A plain ASGI middleware:
    Starlette's `@app.middleware("http")` runs each request in one more task, through a stream."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope["path"] == "/docs" else PAGE_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in (*HEADERS.items(), ("Content-Security-Policy", policy)):
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
