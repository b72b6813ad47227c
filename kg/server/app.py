"""The SPARQL 1.1 Protocol endpoint: a standard-library HTTP server in front of a `QueryPool`.

The HTTP layer is `http.server.ThreadingHTTPServer` (one thread per
connection, keep-alive): measured against Starlette+uvicorn on this machine
with 50 keep-alive clients running a small SELECT, 2.3k vs 2.5k requests/s,
so the gap does not pay for two more dependencies; queries themselves run in
worker processes either way.

Routes: `/` the query page, `/sparql` queries (GET and POST) and updates
(POST), `/update` updates.
"""

from __future__ import annotations

import hmac
import ipaddress
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from .formats import accept_list
from .pool import Limits, PoolError, QueryPool

MAX_BODY = 1024 * 1024  # bytes of a query or update sent by POST
QUERY_TYPES = ("application/sparql-query",)
UPDATE_TYPES = ("application/sparql-update",)
FORM_TYPE = "application/x-www-form-urlencoded"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query{update} ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, <http://www.w3.org/ns/formats/Turtle>,
        <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/RDF_XML>,
        <http://www.w3.org/ns/formats/JSON-LD> .
"""


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}


class SparqlServer(ThreadingHTTPServer):
    """The endpoint over one graph; `serve_forever()` runs it, `shutdown()` + `server_close()` stop it."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, pool: QueryPool, host: str = "127.0.0.1", port: int = 7878, token: str | None = None,
                 log: Callable[[str], None] | None = None):
        self.pool, self.token, self.log = pool, token, log
        self.loopback_only = is_loopback(host)
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"  # keep-alive
    server_version = "kg-sparql/1"
    timeout = 120  # seconds of client silence before the connection is dropped

    # -- routing -------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(self._get, body=False)

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self._post)

    def _handle(self, route, body: bool = True) -> None:
        try:
            self._check_host()
            status, media_type, payload, headers = route()
        except HTTPError as exc:
            status, media_type, payload, headers = exc.status, "text/plain; charset=utf-8", \
                (str(exc) + "\n").encode(), exc.headers
        except PoolError as exc:
            status, media_type, payload, headers = exc.status, "text/plain; charset=utf-8", \
                (str(exc) + "\n").encode(), {"Retry-After": "5"} if exc.status == 503 else {}
        except Exception as exc:  # noqa: BLE001 - answer, never leave the client hanging
            self.log_error("internal error: %r", exc)
            status, media_type, payload, headers = 500, "text/plain; charset=utf-8", \
                f"internal error: {type(exc).__name__}\n".encode(), {}
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if body and payload:
            self.wfile.write(payload)

    def _get(self):
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            page = resources.files(__package__).joinpath("page.html").read_bytes()
            return 200, "text/html; charset=utf-8", page, {"Cache-Control": "no-cache"}
        if url.path == "/favicon.ico":
            return 204, "image/x-icon", b"", {}
        if url.path == "/sparql":
            if "update" in params:
                raise HTTPError(405, "updates must be sent by POST", {"Allow": "POST"})
            if "query" not in params:
                update = " , sd:SPARQL11Update" if self.server.token else ""
                text = SERVICE_DESCRIPTION.format(endpoint=self._endpoint(), update=update)
                return 200, "text/turtle; charset=utf-8", text.encode(), {}
            return self._query(_one(params, "query"), params)
        if url.path == "/update":
            raise HTTPError(405, "updates must be sent by POST", {"Allow": "POST"})
        raise HTTPError(404, f"not found: {url.path}; the endpoint is /sparql")

    def _post(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/update"):
            raise HTTPError(404, f"not found: {url.path}; the endpoint is /sparql")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if media_type == FORM_TYPE:
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if "update" in form and "query" in form:
                raise HTTPError(400, "send either 'query' or 'update', not both")
            if "update" in form:
                return self._update(_one(form, "update"))
            if "query" in form and url.path == "/sparql":
                return self._query(_one(form, "query"), params)
            raise HTTPError(400, "missing 'query' or 'update' in the form")
        if media_type in UPDATE_TYPES:
            return self._update(_text(body))
        if media_type in QUERY_TYPES and url.path == "/sparql":
            return self._query(_text(body), params)
        raise HTTPError(415, "send application/sparql-query, application/sparql-update or a form "
                             f"(application/x-www-form-urlencoded), not {media_type or 'no Content-Type'}")

    # -- operations ----------------------------------------------------------------------------
    def _query(self, sparql: str, params: dict[str, list[str]]):
        if not sparql.strip():
            raise HTTPError(400, "empty query")
        fmt = params.get("format", [None])[0] or None
        media_type, payload = self.server.pool.query(
            sparql, accept_list(self.headers.get("Accept")), fmt,
            params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        return 200, media_type, payload, {}

    def _update(self, sparql: str):
        token = self.server.token
        if not token:
            raise HTTPError(403, "this endpoint is read-only; start it with --allow-update to accept updates")
        sent = self.headers.get("Authorization") or ""
        scheme, _, given = sent.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPError(401, "updates need 'Authorization: Bearer TOKEN'", {"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPError(403, "wrong token")
        if not sparql.strip():
            raise HTTPError(400, "empty update")
        self.server.pool.update(sparql)
        return 204, "text/plain; charset=utf-8", b"", {}

    # -- helpers -------------------------------------------------------------------------------
    def _body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise HTTPError(411, "send a Content-Length, not a chunked body")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise HTTPError(400, "bad Content-Length") from None
        if length > MAX_BODY:
            self.close_connection = True
            raise HTTPError(413, f"request body larger than {MAX_BODY} bytes")
        return self.rfile.read(length)

    def _check_host(self) -> None:
        """A server on the loopback answers only to loopback host names (no DNS rebinding)."""
        if not self.server.loopback_only:
            return
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name not in LOOPBACK_NAMES:
            raise HTTPError(403, f"host {host!r} refused: this server answers only on localhost")

    def _endpoint(self) -> str:
        return f"http://{self.headers.get('Host') or 'localhost'}/sparql"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


def _one(params: dict[str, list[str]], key: str) -> str:
    values = params.get(key) or [""]
    if len(values) > 1:
        raise HTTPError(400, f"give '{key}' once")
    return values[0]


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPError(400, "the body is not UTF-8") from None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(graph: Path, host: str = "127.0.0.1", port: int = 7878, workers: int = 2,
                limits: Limits | None = None, token: str | None = None,
                log: Callable[[str], None] | None = None) -> SparqlServer:
    """Start the query workers over `graph` (a .ttl file) and bind the server (not yet serving)."""
    pool = QueryPool(graph, workers, limits)
    try:
        return SparqlServer(pool, host, port, token, log)
    except BaseException:
        pool.close()
        raise
