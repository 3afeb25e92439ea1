"""A polite HTTP client on the standard library: identifying User-Agent, connect and read
timeouts, a size cap, one retry on 5xx answers and timeouts, and a delay between requests
to the same host."""

from __future__ import annotations

import functools
import gzip
import http.client
import io
import logging
import socket
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from recoupe.ingest.options import IngestOptions, size_label
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

_CHUNK = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"


@dataclass(slots=True)
class Fetched:
    """A successful answer: the body bytes and what the server said about them."""

    url: str  # after redirects
    data: bytes
    media_type: str  # "text/html"
    charset: str | None
    fetched_at: str


class FetchError(Exception):
    """A URL that could not be fetched; the message is one readable line."""


class _Retryable(FetchError):
    """A failure worth one more try (5xx answer, timeout)."""


class _ReadTimeoutMixin:
    """Connect with the connect timeout, then switch the socket to the read timeout."""

    read_timeout: float

    def __init__(self, *args, read_timeout: float, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout = read_timeout

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.sock.settimeout(self.read_timeout)  # type: ignore[attr-defined]


class _HTTPConnection(_ReadTimeoutMixin, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_ReadTimeoutMixin, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, read_timeout: float) -> None:
        super().__init__()
        self.read_timeout = read_timeout

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTPConnection, read_timeout=self.read_timeout), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, read_timeout: float) -> None:
        super().__init__()
        self.read_timeout = read_timeout

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPSConnection, read_timeout=self.read_timeout), req,
                            context=self._context)


@dataclass(slots=True)
class PoliteClient:
    """Fetches URLs one at a time; remembers when each host was last asked (per client)."""

    options: IngestOptions = field(default_factory=IngestOptions)
    _last_request: dict[str, float] = field(default_factory=dict)
    _opener: urllib.request.OpenerDirector | None = None

    def fetch(self, url: str) -> Fetched:
        """GET `url`, retrying once on 5xx or timeout; raises FetchError with a readable reason."""
        attempts = 1 + self.options.retries
        for attempt in range(1, attempts + 1):
            try:
                return self._fetch_once(url)
            except _Retryable as error:
                if attempt == attempts:
                    raise FetchError(f"{error} (after {attempts} attempts)") from error
                LOG.info("%s: %s; retrying", url, error)
        raise AssertionError("unreachable")

    def _fetch_once(self, url: str) -> Fetched:
        """One polite GET."""
        self._wait_for_host(url)
        request = urllib.request.Request(url, headers={
            "User-Agent": self.options.user_agent, "Accept": _ACCEPT,
            "Accept-Encoding": "gzip", "Accept-Language": "fr,en;q=0.5"})
        try:
            with self._open(request) as response:
                return self._read_response(response)
        except urllib.error.HTTPError as error:
            raise _http_error(error) from error
        except urllib.error.URLError as error:
            raise _network_error(error.reason, url) from error
        except (TimeoutError, socket.timeout, ConnectionError, http.client.HTTPException) as error:
            raise _network_error(error, url) from error

    def _open(self, request: urllib.request.Request):
        """Open with the connect timeout; the handlers switch to the read timeout."""
        if self._opener is None:
            self._opener = urllib.request.build_opener(
                _HTTPHandler(self.options.timeout), _HTTPSHandler(self.options.timeout))
        return self._opener.open(request, timeout=self.options.connect_timeout)

    def _wait_for_host(self, url: str) -> None:
        """Sleep so two requests to one host are `host_delay` seconds apart."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            pause = last + self.options.host_delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _read_response(self, response) -> Fetched:
        """Read the body under the size cap and a total deadline, then undo Content-Encoding."""
        cap = self.options.max_page_bytes
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > cap:
            raise FetchError(f"page is {size_label(int(length))}, above the {size_label(cap)} cap; "
                             "raise the cap (max_page_bytes) to read it")
        data = _read_capped(response, cap=cap, deadline=time.monotonic() + 3 * self.options.timeout)
        data = _decompress(data, response.headers.get("Content-Encoding"), cap=cap)
        media_type = (response.headers.get_content_type() or "").lower()
        return Fetched(url=response.geturl(), data=data, media_type=media_type,
                       charset=response.headers.get_content_charset(),
                       fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _read_capped(response, *, cap: int, deadline: float) -> bytes:
    """Read chunks until the end, the cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if size > cap:
            raise FetchError(f"page is larger than the {size_label(cap)} cap; "
                             "raise the cap (max_page_bytes) to read it")
        if time.monotonic() > deadline:
            raise _Retryable("the server sends too slowly (read deadline passed)")
    return b"".join(chunks)


def _decompress(data: bytes, encoding: str | None, *, cap: int) -> bytes:
    """Undo gzip/deflate Content-Encoding, under the size cap."""
    encoding = (encoding or "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return data
    try:
        if encoding == "deflate":
            return zlib.decompressobj().decompress(data, cap + 1)
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return handle.read(cap + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise FetchError(f"the server sent a broken {encoding} body ({error}); try again later") from error


def _http_error(error: urllib.error.HTTPError) -> FetchError:
    """4xx is final, 5xx is worth a retry."""
    message = f"HTTP {error.code} {error.reason}"
    if error.code >= 500:
        return _Retryable(f"{message} from the server; try again later")
    if error.code in (401, 403):
        return FetchError(f"{message}: the site refuses the request; save the page from a browser")
    return FetchError(f"{message}; check the URL")


def _network_error(reason: object, url: str) -> FetchError:
    """A readable line for a network failure."""
    host = urlsplit(url).netloc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _Retryable(f"timed out talking to {host}; try again later or raise the timeout")
    if isinstance(reason, ConnectionResetError):
        return _Retryable(f"{host} closed the connection; try again later")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(f"connection refused by {host}; is the server up and the port right?")
    if isinstance(reason, socket.gaierror):
        return FetchError(f"host {host} not found; check the URL and the network")
    return FetchError(f"cannot reach {host} ({reason}); check the URL and the network")


def fetch_url(url: str, *, timeout: float = 20.0, options: IngestOptions | None = None,
              client: PoliteClient | None = None) -> RawPage | PageError:
    """Fetch one URL as a page (``html`` or ``dump``); failures come back as a PageError."""
    from recoupe.ingest.route import pages_from_url

    options = options or IngestOptions(timeout=timeout)
    pages = list(pages_from_url(url, client=client or PoliteClient(options), as_kind=None))
    return pages[0] if pages else PageError(url, "ingest", "the URL gave no page")
