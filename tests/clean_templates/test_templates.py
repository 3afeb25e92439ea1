"""Per-outlet templates: what is learned from an outlet's pages and what is removed."""

from __future__ import annotations

from recoupe.clean.templates import (
    TemplateKeys, apply_template, is_label, learn_template, line_key, page_lines,
)

MENU = ["Aller au contenu", "Accueil", "Actualités", "Sports", "Culture"]
FOOTER = ["Le service jeunesse du Journal du Val", "© 2025 Le Journal du Val — Tous droits réservés"]
PITCH = ("Recevez chaque matin l'essentiel de l'actualité de la vallée dans votre boîte mail, "
         "gratuitement et sans engagement.")
BODY_A = [
    "La médiathèque municipale de Valmont a rouvert ses portes samedi, après deux années de travaux.",
    "« Nous avons voulu un lieu ouvert à tous », a déclaré la maire, Claire Dumas, lors de l'inauguration.",
    "Le bâtiment, construit en 1974, dispose désormais d'une salle de spectacle de 120 places.",
]
BODY_B = [
    "Le marché de Noël de Valmont quittera cette année la place de l'Hôtel-de-Ville pour les quais.",
    "Une soixantaine d'exposants sont attendus du 29 novembre au 24 décembre, selon la municipalité.",
    "Les commerçants du centre historique craignent toutefois une baisse de fréquentation.",
]
BODY_C = [
    "Le club de rugby de Valmont a remporté dimanche son troisième match consécutif à domicile.",
    "L'entraîneur, Marc Vidal, salue « un groupe qui a enfin trouvé son équilibre ».",
    "Le prochain déplacement, à Tours, s'annonce plus difficile face au leader du championnat.",
]


def _page(article_id: str, body: list[str], *, extra_kept: list[str] = (), extra_dropped: list[str] = ()):
    """A page whose cleaner kept `body` (and `extra_kept`) and dropped the menu and the rest."""
    kept = [*body, *extra_kept]
    lines = [*MENU, *extra_dropped, *kept]
    return page_lines(article_id, lines, ["\n".join(kept)]), kept


def test_label_shared_by_two_articles_is_removed_and_bodies_are_kept():
    a, kept_a = _page("a", BODY_A, extra_kept=FOOTER[:1])
    b, _ = _page("b", BODY_B, extra_kept=FOOTER[:1])
    template = learn_template("Le Journal du Val", [a, b])
    paragraphs, removed = apply_template(kept_a, template.keys)
    assert paragraphs == BODY_A
    assert [block.text for block in removed] == FOOTER[:1]
    assert {block.reason for block in removed} == {"outlet-template"}
    assert line_key(MENU[0]) in template.keys.anywhere  # menus are learned even when dropped


def test_two_versions_of_one_article_do_not_make_their_body_a_template():
    first, kept = _page("v1", BODY_A)
    update, _ = _page("v2", [*BODY_A[:2], "Mise à jour : la maire a annoncé une extension en 2027."])
    template = learn_template("Le Journal du Val", [first, update])
    assert template.articles == 1
    assert apply_template(kept, template.keys) == (BODY_A, [])


def test_sentence_kept_in_two_articles_is_removed_at_the_edge_but_not_inside_the_body():
    a, kept_a = _page("a", BODY_A, extra_kept=[PITCH])
    b, _ = _page("b", [BODY_B[0], PITCH, *BODY_B[1:]])
    template = learn_template("Le Journal du Val", [a, b])
    assert line_key(PITCH) in template.keys.edges
    assert apply_template(kept_a, template.keys)[0] == BODY_A
    inside = [BODY_B[0], PITCH, *BODY_B[1:]]
    assert apply_template(inside, template.keys)[0] == inside


def test_sentence_kept_in_three_articles_is_removed_anywhere():
    pages = [_page(name, [body[0], PITCH, *body[1:]])[0] for name, body in
             (("a", BODY_A), ("b", BODY_B), ("c", BODY_C))]
    template = learn_template("Le Journal du Val", pages)
    assert line_key(PITCH) in template.keys.anywhere
    assert apply_template([BODY_C[0], PITCH, BODY_C[1]], template.keys)[0] == [BODY_C[0], BODY_C[1]]


def test_a_lede_teased_in_other_pages_sidebars_stays_in_its_own_article():
    lede = BODY_A[0]
    a, kept_a = _page("a", BODY_A)
    b, _ = _page("b", BODY_B, extra_dropped=[lede])
    c, _ = _page("c", BODY_C, extra_dropped=[lede])
    template = learn_template("Le Journal du Val", [a, b, c])
    assert apply_template(kept_a, template.keys)[0] == BODY_A


def test_a_template_that_would_remove_most_of_the_text_is_not_applied():
    keys = TemplateKeys(anywhere=frozenset(line_key(line) for line in BODY_A[:2]))
    assert apply_template(BODY_A, keys) == (BODY_A, [])


def test_digits_are_folded_so_counters_and_times_match():
    assert line_key("Il y a 3 heures") == line_key("il y a 15  heures")
    assert line_key("Commentaires (12)") == line_key("Commentaires (4)")
    assert line_key("Accueil") != line_key("Actualités")


def test_labels_are_short_lines_that_do_not_end_like_sentences():
    assert is_label("Partager cet article")
    assert is_label("Le service jeunesse du Journal du Val")
    assert not is_label("Le prochain match aura lieu samedi.")
    assert not is_label(PITCH)


def test_lines_inside_multi_line_paragraphs_are_removed_one_by_one():
    keys = TemplateKeys(anywhere=frozenset({line_key(FOOTER[0])}))
    paragraphs, removed = apply_template([BODY_A[0], "\n".join([BODY_A[1], FOOTER[0]]), BODY_A[2]], keys)
    assert paragraphs == BODY_A and [block.text for block in removed] == [FOOTER[0]]
