"""Paragraphs of trafilatura's output tree, table rows, loose text, page lines and the choice of run."""

from __future__ import annotations

from lxml import etree

from recoupe.clean.html import clean_html, extract_html
from recoupe.clean.html_text import body_paragraphs

TABLE_PAGE = """<html lang="fr"><head><title>Résultats du second tour</title></head><body>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article><h1>Résultats du second tour</h1>
<p>Le dépouillement s'est achevé dans la nuit de dimanche à lundi dans toutes les communes du
département, selon les chiffres publiés par la préfecture en début de matinée.</p>
<table><tr><th>Candidat</th><th>Voix</th></tr>
<tr><td>Marie Dupont</td><td>12 450</td></tr><tr><td>Jean Martin</td><td>11 980</td></tr></table>
<p>La participation a atteint 61 %, en hausse de quatre points par rapport au premier tour, un
niveau que les observateurs n'attendaient pas dans ce département rural.</p>
</article><footer><p>© Exemple Presse 2024</p></footer></body></html>"""


def test_loose_text_between_breaks_becomes_paragraphs() -> None:
    body = etree.fromstring("<body>Premier message<lb/>Deuxième <hi>message</hi> ici<p>Un paragraphe</p>fin</body>")
    assert body_paragraphs(body) == ["Premier message", "Deuxième message ici", "Un paragraphe", "fin"]


def test_nested_inline_text_keeps_document_order() -> None:
    body = etree.fromstring("<body><p>a <hi>b <ref>c</ref> d</hi> e<lb/>f</p></body>")
    assert body_paragraphs(body) == ["a b c d e\nf"]


def test_nested_list_items_are_not_repeated() -> None:
    body = etree.fromstring("<body><list><item>un<list><item>deux</item></list></item><item>trois</item></list></body>")
    assert body_paragraphs(body) == ["un deux", "trois"]


def test_table_rows_become_paragraphs_with_separated_cells() -> None:
    body = etree.fromstring("<body><table><row><cell>Nom</cell><cell><p>Voix</p><p>exprimées</p></cell></row>"
                            "<row><cell>Dupont</cell><cell/></row></table></body>")
    assert body_paragraphs(body) == ["Nom | Voix exprimées", "Dupont"]


def test_article_table_is_kept_row_by_row() -> None:
    result = clean_html(TABLE_PAGE, url="https://www.exemple-presse.fr/politique/second-tour")
    assert "Marie Dupont | 12 450" in result.paragraphs
    assert "Accueil" not in result.text and "© Exemple Presse" not in result.text


def test_page_lines_list_every_visible_block_kept_or_not() -> None:
    result = clean_html(TABLE_PAGE, url="https://www.exemple-presse.fr/politique/second-tour")
    assert "Accueil Politique" in result.page_lines and "© Exemple Presse 2024" in result.page_lines
    assert "Résultats du second tour" in result.page_lines
    assert all(line == " ".join(line.split()) and line for line in result.page_lines)


def test_extraction_says_which_trafilatura_run_was_kept() -> None:
    extraction = extract_html(TABLE_PAGE, url="https://www.exemple-presse.fr/politique/second-tour")
    assert extraction.method in {"trafilatura", "trafilatura-precision"}
    assert "participation a atteint 61 %" in extraction.result.text


def test_scrapinghub_paragraphs_are_found_among_the_page_lines(scrapinghub) -> None:
    found = total = 0
    for html, item in scrapinghub:
        result = clean_html(html, url=item["url"])
        lines = "\n".join(result.page_lines)
        found += sum(paragraph.split("\n")[0][:30] in lines for paragraph in result.paragraphs)
        total += len(result.paragraphs)
    assert total and found >= 0.9 * total
