"""URL fetching against a local http.server: content types, errors, retry, timeouts."""

from __future__ import annotations

import time

from recoupe.ingest import IngestOptions, fetch_url, read_inputs
from recoupe.ingest.options import USER_AGENT
from recoupe.types import PageError, RawPage

FAST = IngestOptions(timeout=1.0, connect_timeout=1.0, host_delay=0.0)


def test_html_url_becomes_an_html_page_with_polite_user_agent(local_server, french_html) -> None:
    local_server.serve("/article", (200, "text/html; charset=utf-8", french_html.encode()))
    page = fetch_url(local_server.url("/article"), options=FAST)
    assert isinstance(page, RawPage)
    assert (page.kind, page.container, page.source) == ("html", "url", local_server.url("/article"))
    assert "Sotchi" in page.text and page.fetched_at
    assert local_server.user_agents == [USER_AGENT]


def test_plain_text_url_is_a_dump_and_feed_url_gives_entries(local_server, french_rss) -> None:
    local_server.serve("/texte", (200, "text/plain; charset=utf-8", "Titre\r\nTexte.".encode()))
    local_server.serve("/flux", (200, "application/rss+xml", french_rss.encode()))
    results = list(read_inputs([local_server.url("/texte"), local_server.url("/flux")], options=FAST))
    assert [(r.kind, r.container) for r in results] == [("dump", "url"), ("html", "feed"), ("html", "feed")]
    assert results[0].text == "Titre\nTexte."
    assert results[1].source == local_server.url("/flux") + "#1"


def test_404_is_an_error_and_the_next_url_is_still_read(local_server, french_html) -> None:
    local_server.serve("/ok", (200, "text/html", french_html.encode()))
    missing, ok = read_inputs([local_server.url("/absent"), local_server.url("/ok")], options=FAST)
    assert isinstance(missing, PageError) and "HTTP 404" in missing.reason and "check the URL" in missing.reason
    assert isinstance(ok, RawPage)


def test_500_then_200_is_retried_once(local_server, french_html) -> None:
    route = local_server.serve("/flaky", (500, "text/html", b"oops"), (200, "text/html", french_html.encode()))
    page = fetch_url(local_server.url("/flaky"), options=FAST)
    assert isinstance(page, RawPage) and route.hits == 2


def test_persistent_500_gives_up_after_one_retry(local_server) -> None:
    route = local_server.serve("/down", (503, "text/html", b"down"))
    error = fetch_url(local_server.url("/down"), options=FAST)
    assert isinstance(error, PageError) and "HTTP 503" in error.reason and "after 2 attempts" in error.reason
    assert route.hits == 2


def test_slow_server_times_out_with_a_clear_reason(local_server) -> None:
    local_server.serve("/slow", (200, "text/html", b"<p>trop tard</p>"), delay=1.5)
    options = IngestOptions(timeout=0.3, connect_timeout=1.0, host_delay=0.0)
    started = time.monotonic()
    error = fetch_url(local_server.url("/slow"), options=options)
    assert isinstance(error, PageError) and "timed out" in error.reason
    assert time.monotonic() - started < 3.5


def test_refused_port_is_an_error_not_an_exception(refused_url) -> None:
    error = fetch_url(refused_url, options=FAST)
    assert isinstance(error, PageError) and "connection refused" in error.reason


def test_binary_answer_and_oversized_page_are_refused(local_server) -> None:
    local_server.serve("/logo", (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100))
    local_server.serve("/big", (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"))
    options = IngestOptions(timeout=1.0, host_delay=0.0, max_page_bytes=1000)
    logo, big = read_inputs([local_server.url("/logo"), local_server.url("/big")], options=options)
    assert "not a text page" in logo.reason
    assert "above the 1.0 kB cap" in big.reason


def test_requests_to_one_host_are_spaced_by_the_host_delay(local_server, french_html) -> None:
    local_server.serve("/a", (200, "text/html", french_html.encode()))
    options = IngestOptions(timeout=1.0, host_delay=0.4)
    started = time.monotonic()
    pages = list(read_inputs([local_server.url("/a")] * 3, options=options))
    assert all(isinstance(p, RawPage) for p in pages)
    assert time.monotonic() - started >= 0.8

