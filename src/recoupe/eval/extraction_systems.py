"""The extractors compared by the extraction suite: recoupe's cleaners and the anchors.

HTML systems take the decoded page and return its main text; dump systems take a rendered text
dump. Anchors (trafilatura, readability-lxml, jusText) are imported inside the functions so the
suite runs with whatever is installed; a missing one is reported, never a crash.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator

from recoupe.eval.extraction_corpora import EvalPage, detect_language
from recoupe.eval.render import MissingDependency, render_html_text

LOG = logging.getLogger(__name__)

HtmlSystem = Callable[[str, EvalPage], str]
DumpSystem = Callable[[str, EvalPage], str]

# ISO 639-1 code -> jusText stoplist name, for the languages of the evaluation corpora.
JUSTEXT_STOPLISTS = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "cs": "Czech",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek",
    "uk": "Ukrainian", "ca": "Catalan", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian",
    "bg": "Bulgarian", "id": "Indonesian", "ar": "Arabic", "ko": "Korean", "vi": "Vietnamese",
}
DEFAULT_STOPLIST = "English"
SYSTEM_SECONDS_LIMIT = 60.0


# ---------------------------------------------------------------------------- html systems

def recoupe_html(html: str, page: EvalPage) -> str:
    """recoupe's HTML cleaner (trafilatura base + post-processing)."""
    from recoupe.clean.html import clean_html

    return clean_html(html, url=page.url).text


def trafilatura_default(html: str, page: EvalPage) -> str:
    """trafilatura.extract with its default settings."""
    import trafilatura

    return trafilatura.extract(html, url=page.url) or ""


def trafilatura_precision(html: str, page: EvalPage) -> str:
    """trafilatura.extract favouring precision."""
    import trafilatura

    return trafilatura.extract(html, url=page.url, favor_precision=True) or ""


def readability_summary(html: str, page: EvalPage) -> str:
    """readability-lxml's summary HTML, turned into text by html-text."""
    try:
        from readability import Document
    except ImportError as error:
        raise MissingDependency("readability-lxml is not installed; pip install 'recoupe[dev]'") from error
    return render_html_text(Document(html).summary(html_partial=True))


def justext_paragraphs(html: str, page: EvalPage) -> str:
    """jusText's non-boilerplate paragraphs, with the stoplist of the page's language."""
    try:
        import justext
    except ImportError as error:
        raise MissingDependency("justext is not installed; pip install 'recoupe[dev]'") from error
    stoplist = justext.get_stoplist(justext_stoplist_name(page.lang or _guess_language(html)))
    paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_stoplist_name(lang: str | None) -> str:
    """The jusText stoplist for an ISO code, English when there is none."""
    return JUSTEXT_STOPLISTS.get(lang or "", DEFAULT_STOPLIST)


def _guess_language(html: str) -> str | None:
    """Language of the page's visible text."""
    return detect_language(render_html_text(html))


HTML_SYSTEMS: dict[str, HtmlSystem] = {
    "recoupe": recoupe_html,
    "trafilatura": trafilatura_default,
    "trafilatura_precision": trafilatura_precision,
    "readability": readability_summary,
    "justext": justext_paragraphs,
}


# ---------------------------------------------------------------------------- dump systems

def recoupe_dump(dump: str, page: EvalPage) -> str:
    """recoupe's text-dump cleaner."""
    from recoupe.clean.dump import clean_dump

    return clean_dump(dump).text


def raw_dump(dump: str, page: EvalPage) -> str:
    """The rendered dump itself: the floor any dump cleaner must beat on precision."""
    return dump


DUMP_SYSTEMS: dict[str, DumpSystem] = {
    "recoupe": recoupe_dump,
    "raw": raw_dump,
}


# ---------------------------------------------------------------------------- availability

def unavailable_systems() -> dict[str, str]:
    """Systems that cannot run here, by `mode.system` key, with the reason."""
    missing: dict[str, str] = {}
    checks = {
        "html.recoupe": "recoupe.clean.html", "dump.recoupe": "recoupe.clean.dump",
        "html.trafilatura": "trafilatura", "html.trafilatura_precision": "trafilatura",
        "html.readability": "readability", "html.justext": "justext",
    }
    for key, module in checks.items():
        try:
            __import__(module)
        except ImportError as error:
            missing[key] = f"{key} skipped: cannot import {module} ({error})"
    return missing


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block after `seconds` (main thread of a POSIX process only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
