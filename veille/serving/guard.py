"""What protects a served database: allowed Host names, security headers, and the server's options.

A browser page on another site can reach a server on localhost by pointing a DNS name at
127.0.0.1 (DNS rebinding): refusing every Host but the allowed names stops it. The headers keep
the pages from being framed (X-Frame-Options, frame-ancestors), from running scripts of another
origin (Content-Security-Policy) and from having their types guessed (nosniff).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI, Request
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import ConfigError

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")
# Seconds a query may run before the database stops it (a 503 in the error envelope).
QUERY_TIMEOUT = 5.0
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
    """How the app guards its database: the Host names it answers and each query's time limit."""

    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS
    query_timeout: float = QUERY_TIMEOUT
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, bind: str = "127.0.0.1", allow: tuple[str, ...] = (), query_timeout: float = QUERY_TIMEOUT
              ) -> "ServerOptions":
        """Localhost, the address the server listens on (unless every one), and the names allowed."""
        if query_timeout <= 0:
            raise ConfigError("V501", name="--query-timeout", reason=f"{query_timeout} must be a positive number of seconds")
        hosts = list(LOCAL_HOSTS)
        if bind not in WILDCARD_BINDS:
            hosts.append(bind)
        hosts += [h.strip().lower() for h in allow if h.strip()]
        return cls(tuple(dict.fromkeys(hosts)), query_timeout)

    def to_environment(self) -> dict[str, str]:
        """The variables that carry these options to worker processes."""
        return {"VEILLE_ALLOW_HOSTS": ",".join(self.allowed_hosts), "VEILLE_QUERY_TIMEOUT": str(self.query_timeout)}

    @classmethod
    def from_environment(cls) -> "ServerOptions":
        hosts = tuple(h for h in os.environ.get("VEILLE_ALLOW_HOSTS", "").split(",") if h) or LOCAL_HOSTS
        return cls(hosts, float(os.environ.get("VEILLE_QUERY_TIMEOUT") or QUERY_TIMEOUT))


def install_guards(app: FastAPI, options: ServerOptions) -> None:
    """The Host allow-list, then the security headers on every answer."""

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # noqa: ANN001, ANN202
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        policy = DOCS_POLICY if request.url.path == "/docs" else PAGE_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        return response

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(options.allowed_hosts))
