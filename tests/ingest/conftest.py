"""Fixtures for ingestion tests: small French pages and a local HTTP server."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

FRENCH_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poutine prêt au dialogue avec Trump</title></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Poutine prêt au dialogue avec Trump</h1>
<p>Le président russe s'est dit prêt à reprendre contact avec le président élu des États-Unis.</p>
<p>« Je suis prêt », a déclaré Vladimir Poutine lors d'un forum à Sotchi, jeudi soir.</p>
</article><footer>© Exemple Presse 2024</footer></body></html>
"""

FRENCH_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Exemple Presse</title><link>https://www.exemple-presse.fr/</link><description>Actualités</description>
<item><title>Trump et Poutine</title><link>https://www.exemple-presse.fr/monde/trump-poutine</link>
<pubDate>Fri, 08 Nov 2024 14:05:00 +0100</pubDate>
<content:encoded><![CDATA[<p>Le président russe a félicité Donald Trump.</p><p>Le Kremlin a confirmé.</p>]]></content:encoded>
<description>Résumé court.</description></item>
<item><title>Brève</title><link>https://www.exemple-presse.fr/breve</link>
<description>&lt;p&gt;Une brève sans contenu complet.&lt;/p&gt;</description></item>
</channel></rss>
"""


@dataclass
class Route:
    """What the local server answers on one path: a list of (status, content type, body)."""

    answers: list[tuple[int, str, bytes]]
    delay: float = 0.0
    hits: int = 0


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, *answers: tuple[int, str, bytes], delay: float = 0.0) -> Route:
        """Answer `path` with `answers` in turn (the last one repeats)."""
        self.routes[path] = Route(list(answers), delay=delay)
        return self.routes[path]


def _handler(server_state: LocalServer):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            server_state.user_agents.append(self.headers.get("User-Agent", ""))
            route = server_state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            status, content_type, body = route.answers[min(route.hits, len(route.answers) - 1)]
            route.hits += 1
            time.sleep(route.delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """An HTTP server on 127.0.0.1 in a thread; tests fill `routes`."""
    state = LocalServer(base="")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def refused_url() -> str:
    """A URL on a local port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/page"


@pytest.fixture
def french_html() -> str:
    return FRENCH_HTML


@pytest.fixture
def french_rss() -> str:
    return FRENCH_RSS
