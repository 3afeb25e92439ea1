"""clean_html on real pages (scrapinghub benchmark) and on small French pages written here."""

from __future__ import annotations

import re

import pytest

from recoupe.clean.html import clean_html, extract_html

FRENCH_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Trump et Poutine prêts à renouer le contact | Exemple Presse</title>
<meta property="og:site_name" content="Exemple Presse">
<meta property="article:published_time" content="2024-11-08T14:05:00+01:00">
</head><body>
<div id="didomi-notice"><p>Nous utilisons des cookies pour améliorer votre expérience.</p></div>
<nav class="main-menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/politique">Politique</a></li></ul></nav>
<article><h1>Trump et Poutine prêts à renouer le contact</h1>
<p>Suite à la victoire de Donald Trump à l'élection présidentielle américaine, le président russe
Vladimir Poutine s'est dit prêt à reprendre contact avec le républicain.</p>
<p>Vladimir Poutine a exprimé son ouverture lors d'un forum à Sotchi, déclarant « Si quelqu'un
veut reprendre contact, cela ne me dérange pas. Je suis prêt. »</p>
<p>De son côté, Donald Trump a répondu en affirmant « Je pense que nous allons nous parler »,
lors d'une interview accordée à la télévision NBC.</p>
</article>
<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/x">Le Kremlin salue la victoire</a></li></ul></aside>
<footer><p>© Exemple Presse 2024 - Tous droits réservés</p></footer>
</body></html>"""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_french_article_keeps_the_body_and_drops_menus_with_reasons() -> None:
    result = clean_html(FRENCH_PAGE, url="https://www.exemple-presse.fr/monde/trump-poutine")
    text = _squash(result.text)
    assert "Je suis prêt. »" in text and "télévision NBC." in text
    assert "Accueil" not in text and "Tous droits réservés" not in text and "cookies" not in text
    reasons = {block.reason for block in result.removed}
    assert {"navigation", "cookie-banner", "footer"} <= reasons
    menu = next(block for block in result.removed if block.reason == "navigation")
    assert menu.text == "Accueil\nMonde\nPolitique" and menu.line is not None


def test_french_article_metadata_comes_from_the_page() -> None:
    result = clean_html(FRENCH_PAGE, url="https://www.exemple-presse.fr/monde/trump-poutine")
    assert result.title == "Trump et Poutine prêts à renouer le contact"
    assert result.outlet == "Exemple Presse"
    assert result.published.value == "2024-11-08T14:05:00+01:00"
    assert (result.published.origin, result.published.evidence) == (
        "html-meta", 'meta article:published_time="2024-11-08T14:05:00+01:00"')
    assert not any(p.startswith("Trump et Poutine prêts") for p in result.paragraphs)


def test_page_without_any_date_gets_none_not_an_invented_date() -> None:
    html = FRENCH_PAGE.replace('<meta property="article:published_time" content="2024-11-08T14:05:00+01:00">', "")
    assert clean_html(html).published is None


def test_date_in_url_is_used_with_the_url_as_evidence() -> None:
    html = FRENCH_PAGE.replace('<meta property="article:published_time" content="2024-11-08T14:05:00+01:00">', "")
    url = "https://www.exemple-presse.fr/monde/2024/11/08/trump-poutine.html"
    published = clean_html(html, url=url).published
    assert (published.value, published.origin, published.evidence) == ("2024-11-08", "url", url)


@pytest.mark.parametrize("html", ["", "<<<>>>", "<html><body><div><p>Texte <b>non fermé<p>Suite</div>",
                                  "\x00\x01 pas du HTML", "<p>" * 5000])
def test_broken_or_empty_html_never_raises(html: str) -> None:
    result = clean_html(html)
    assert isinstance(result.paragraphs, list)


def test_tiny_page_still_gives_its_only_paragraph_and_says_how() -> None:
    extraction = extract_html("<html><body><div><p>Le Kremlin a confirmé l'appel téléphonique.</p></div></body></html>")
    assert extraction.result.paragraphs == ["Le Kremlin a confirmé l'appel téléphonique."]
    assert extraction.method != "trafilatura" and extraction.notes


def test_scrapinghub_gold_sentences_are_kept_and_navigation_is_removed(scrapinghub) -> None:
    recalled = 0
    for html, item in scrapinghub:
        result = clean_html(html, url=item["url"])
        text = _squash(result.text)
        gold_lines = [_squash(line) for line in item["articleBody"].split("\n") if len(line) > 80]
        recalled += sum(line in text for line in gold_lines[:3]) == min(3, len(gold_lines))
        for block in result.removed:
            if block.reason == "navigation" and len(block.text) > 30:
                assert _squash(block.text) not in text
    assert recalled >= 10  # of 12 pages, the first three long gold paragraphs are all kept


def test_wsj_page_keeps_its_first_gold_sentence_and_drops_the_subscribe_link(scrapinghub) -> None:
    html, item = next((h, i) for h, i in scrapinghub if "wsj.com" in i["url"])
    result = clean_html(html, url=item["url"])
    assert "Gaming used to be so simple." in result.text
    assert not any(line.strip() in ("Subscribe", "Sign In", "SubscribeSign In") for line in result.paragraphs)
    assert any("Subscribe" in block.text for block in result.removed)


def test_feed_footer_and_fine_print_at_the_edges_are_removed():
    from recoupe.clean.html import clean_html

    body = "".join(
        f"<p>Le conseil municipal a voté le budget {n} après un long débat sur les investissements "
        f"de la commune, selon le compte rendu publié mardi par la mairie.</p>" for n in range(6)
    )
    html = (f"<html><body><article>{body}"
            "<p>L'article Budget : le conseil vote est apparu en premier sur Le Journal.</p>"
            "<p><small>Crédits : rédaction du Journal, mentions légales</small></p>"
            "</article></body></html>")
    result = clean_html(html)
    assert "apparu en premier" not in result.text
    assert "mentions légales" not in result.text
    assert result.text.count("Le conseil municipal a voté le budget") == 6
    assert {"feed-footer", "fine-print"} <= {block.reason for block in result.removed}
