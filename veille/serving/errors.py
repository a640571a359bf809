"""HTTP errors as exceptions carrying their status, and the one JSON envelope every API error uses.

    {"ok": false, "error": "one readable sentence", "errors": [{"loc": [...], "msg": "..."}], "status": 400}

Library errors keep their meaning: a bad value (ConfigError) is a 400, a missing article
(StoreError V402) a 404, any other StoreError a 503. Request validation by FastAPI (a negative
limit) is a 422 in the same envelope. Pages (outside /api/) get the same status as an HTML page.
The envelope's shape is pinned by tests/api/test_api_errors.py.

Besides its English sentence, an error keeps what it is as words a page can put in its own
language: `reason` (the library's code, e.g. V501, with the field's `why` when it gives one,
or `validation`, `no_page`, `internal`) and the `values` to fill in.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, StoreError, VeilleError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error answered with `status` and the envelope; subclasses fix the status."""

    status = 400

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None, status: int | None = None,
                 reason: str | None = None, values: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or []
        if status is not None:
            self.status = status
        self.reason = reason
        self.values = values or {}


class BadRequest(ApiError):
    """A parameter has a value the API cannot use."""

    status = 400


class NotFound(ApiError):
    """Nothing is stored under that id or key."""

    status = 404


def error_body(message: str, status: int, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The envelope: the same four keys for every error."""
    return {"ok": False, "error": message, "errors": errors or [], "status": status}


def from_veille_error(err: VeilleError) -> ApiError:
    """The HTTP meaning of a library error."""
    error = _status_of(err)
    error.reason = err.code
    error.values = dict(err.fields)
    return error


def _status_of(err: VeilleError) -> ApiError:
    message = str(err)
    if isinstance(err, ConfigError):
        name = err.fields.get("name")
        errors = [{"loc": ["query", name] if name else [], "msg": str(err.fields.get("reason", message))}]
        return BadRequest(message, errors)
    if isinstance(err, StoreError) and err.code == "V402":
        return NotFound(message)
    if isinstance(err, StoreError) and err.code == "V403":  # stopped by the time limit
        return ApiError(message, status=503)
    if isinstance(err, StoreError):
        return ApiError(message, status=503)
    return ApiError(message, status=500)


def _validation_error(err: RequestValidationError) -> ApiError:
    """FastAPI's validation details as one sentence plus the list of what was wrong where."""
    errors = [{"loc": [str(part) for part in e.get("loc", ())], "msg": e.get("msg", "invalid")} for e in err.errors()]
    sentence = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
    names = ", ".join(dict.fromkeys(_where(e["loc"]) for e in errors))
    return ApiError(f"bad parameter: {sentence}", errors, status=422, reason="validation", values={"names": names})


def _where(loc: list[str]) -> str:
    """`query.limit` -> `limit`: the parameter name a user typed."""
    return loc[-1] if loc else "request"


def install_error_handlers(app: FastAPI, render_page: Any = None) -> None:
    """Route every error through the envelope (API) or `render_page(request, error)` (pages)."""

    def answer(request: Request, error: ApiError) -> Response:
        if render_page is not None and not request.url.path.startswith("/api/"):
            return render_page(request, error)
        return JSONResponse(error_body(error.message, error.status, error.errors), status_code=error.status)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, err: ApiError) -> Response:
        return answer(request, err)

    @app.exception_handler(VeilleError)
    async def _veille_error(request: Request, err: VeilleError) -> Response:
        return answer(request, from_veille_error(err))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> Response:
        return answer(request, _validation_error(err))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> Response:
        missing = err.status_code == 404
        message = "no such page: " + request.url.path if missing else str(err.detail)
        return answer(request, ApiError(message, status=err.status_code, reason="no_page" if missing else None,
                                        values={"path": request.url.path}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, err: Exception) -> Response:
        # A bug, not a bad request: log it whole, answer in the envelope without internals.
        log.exception("unexpected error on %s", request.url.path)
        return answer(request, ApiError("internal error: see the server log", status=500, reason="internal"))
