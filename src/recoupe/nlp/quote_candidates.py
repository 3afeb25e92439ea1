"""Speaker candidates of a quote draft, with the features the speaker ranker scores.

Candidates come from the parse and the discourse: the attribution found by the rules (subject of
the reporting verb, inverted subject of an incise, object of "selon", subject of the sentence
that introduces a colon) resolved to a person or organisation; when that attribution is a pronoun,
a role or missing, the people and organisations named in the sentences before it; the people
named in the quote's own sentence; the speaker of the previous quote of the paragraph and of the
previous paragraph. Candidates naming the same entity are one candidate. A "nobody" candidate
stands for a quote the article gives no source for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from recoupe.lang.fr.quotes import ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PRONOUNS_PLURAL, PRONOUNS_SINGULAR, SPEAKER_NOUNS
from recoupe.nlp.quote_compose import Draft
from recoupe.nlp.quote_speakers import Speaker, SpeakerFinder, pronoun_word
from recoupe.nlp.roles import role_of
from recoupe.types import Entity

ANTECEDENT_SENTENCES = 3
GOVERNING_CLIMB = 5
FEMININE_PRONOUNS = frozenset({"elle", "elles", "celle-ci"})
MASCULINE_PRONOUNS = frozenset({"il", "ils", "lui", "celui-ci", "eux"})
NOBODY = "<nobody>"
SPEAKER_TYPES = ("PER", "ORG", "LOC", "MISC")
# Candidate features also read in conjunction with how the attribution names its source.
CROSSED = frozenset({
    "type_PER", "type_ORG", "type_LOC", "type_MISC", "reporting_subject_same_sentence",
    "reporting_subject_previous_sentence", "subject_same_sentence", "subject_previous_sentence",
    "complement_same_sentence", "most_named_person", "never_named_before", "named_inside_quote",
})


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quote and the evidence for it."""

    key: str
    speaker: Speaker | None
    features: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What candidates are read against: the finder, mention positions by entity, genders, and the
    speakers already chosen for earlier quotes."""

    finder: SpeakerFinder
    positions: dict[int, list[int]]  # id(entity) -> mention starts
    roles: dict[int, list[tuple[int, str, bool]]]  # id(entity) -> (sentence, dependency, of a reporting verb)
    genders: dict[int, str]
    counts: dict[int, int]
    top_person: int | None
    chosen: list[tuple[Draft, Speaker | None]] = field(default_factory=list)


def context_for(finder: SpeakerFinder) -> Context:
    """Index one document's mentions once for all its quotes."""
    positions: dict[int, list[int]] = {}
    people: dict[int, Entity] = {}
    for mention, entity in finder.mentions:
        positions.setdefault(id(entity), []).append(mention.start)
        if entity.type == "PER":
            people[id(entity)] = entity
    counts = {key: len(value) for key, value in positions.items()}
    top = max(people, key=lambda key: counts[key]) if people else None
    return Context(finder, positions, _mention_roles(finder), entity_genders(finder), counts, top)


def _mention_roles(finder: SpeakerFinder) -> dict[int, list[tuple[int, str, bool]]]:
    """For each entity, the syntactic role of each mention: its sentence, the dependency of its
    head word, and whether it governs a reporting verb as subject."""
    from recoupe.nlp.quote_attribution import is_reporting_verb

    roles: dict[int, list[tuple[int, str, bool]]] = {}
    for mention, entity in finder.mentions:
        head = finder.mention_heads.get(mention.start)
        if head is None:
            continue
        dep = head.dep_.split(":")[0]
        reporting = dep == "nsubj" and is_reporting_verb(head.head) or (dep == "obl" and head.dep_ == "obl:agent")
        sentence = finder.sentence_of.get(head.i, 0)
        roles.setdefault(id(entity), []).append((sentence, dep, bool(reporting)))
    return roles


def candidates(context: Context, draft: Draft) -> list[Candidate]:
    """Every candidate speaker of a draft, the nobody candidate last."""
    found: dict[str, Candidate] = {}
    finder = context.finder
    form = attribution_form(finder, draft)
    attribution = draft.attribution
    if attribution is not None and attribution.speaker is not None:
        _add(found, attribution.speaker, f"attribution_{attribution.source}")
    if attribution is not None and attribution.token is not None:
        _attribution_alternatives(found, finder, finder.doc[attribution.token])
    governing = _governing_subject(finder, draft) if form == "none" else None
    if governing is not None:
        _add(found, governing, "governing_subject")
    if form == "role":
        for speaker in _article_people(context):
            _add(found, speaker, "article_person")
    if form in ("pronoun", "role", "none", "phrase"):
        for speaker, back in _antecedents(context, draft):
            _add(found, speaker, f"antecedent_{min(back, 2)}")
        for speaker, back in _subject_phrases(context, draft):
            _add(found, speaker, f"subject_phrase_{min(back, 2)}")
    for speaker, source in _sentence_mentions(context, draft):
        _add(found, speaker, source)
    for speaker, where in _previous_speakers(context, draft):
        _add(found, speaker, f"previous_quote_{where}")
    result = list(found.values())
    for candidate in result:
        candidate.features.update(_candidate_features(context, draft, candidate, form))
    _mark_nearest(result)
    if attribution is not None and attribution.token is not None and _same_source(finder.doc[attribution.token]):
        for candidate in result:
            if any(name.startswith("source_previous_quote") and "&" not in name for name in candidate.features):
                candidate.features["same_source&previous_quote"] = 1.0
    result.append(Candidate(NOBODY, None, {"nobody": 1.0, f"nobody_form_{form}": 1.0, f"nobody_kind_{draft.kind}": 1.0}))
    return result


def _add(found: dict[str, Candidate], speaker: Speaker, source: str) -> None:
    key = speaker.entity.name if speaker.entity is not None else speaker.name.lower()
    candidate = found.setdefault(key, Candidate(key, speaker))
    candidate.features[f"source_{source}"] = 1.0
    if source.startswith("attribution"):
        candidate.speaker = speaker  # the attribution's own mention names it best


def _governing_subject(finder: SpeakerFinder, draft: Draft) -> Speaker | None:
    """The subject of the verb whose clause holds a quotation no reporting verb introduces ("Anaïs
    a défilé contre un « … »", "une banderole « … »" deployed by someone)."""
    index = finder.token_index_at(draft.marks[0].open if draft.marks else draft.start)
    if index >= len(finder.doc):
        return None
    token = finder.doc[index]
    for _ in range(GOVERNING_CLIMB):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.idx > draft.start:
        return None
    subject = finder.subject_of(token)
    return finder.speaker_of_token(subject) if subject is not None and subject.idx < draft.start else None


def _article_people(context: Context):
    """Every person the article names, at their first mention."""
    seen: set[int] = set()
    for mention, entity in context.finder.mentions:
        if entity.type == "PER" and id(entity) not in seen:
            seen.add(id(entity))
            yield Speaker(entity.name, mention.start, mention.end, entity)


def _role_fit(finder: SpeakerFinder, token, entity: Entity) -> str:
    """How a person fits a role phrase ("le président américain élu") by the roles the article
    gives them: the same role with its modifiers, a clashing one ("le président russe"), the same
    noun, another title, or none."""
    role = role_of(token)
    bound = [other for _, other, person in finder.roles if person.entity is entity]
    same = [other for other in bound if other.noun == role.noun]
    if any(role.fits(other) for other in same):
        return "role_fits"
    if any(role.clashes(other) for other in same):
        return "role_clashes"
    if same:
        return "role_same_noun"
    return "role_other_title" if bound else "role_unbound"


def _mark_nearest(found: list[Candidate]) -> None:
    """Flag the candidate named closest before the quote."""
    named = [c for c in found if "distance_before" in c.features and "never_named_before" not in c.features]
    if named:
        min(named, key=lambda c: c.features["distance_before"]).features["nearest_before"] = 1.0


def _same_source(token) -> bool:
    """ "la même source", "les mêmes médias": the source of the previous quote again."""
    return any(child.lower_ in ("même", "mêmes") for child in token.children)


def _attribution_alternatives(found: dict[str, Candidate], finder: SpeakerFinder, token) -> None:
    """Other readings of the attribution's words: the phrase itself, the people bound to its
    role anywhere in the article, the names inside it ("les informations du Parisien")."""
    if token.i in finder.token_mention or token.pos_ not in ("NOUN", "PROPN"):
        return
    phrase = finder.phrase(token)
    if phrase is not None:
        _add(found, phrase, "attribution_phrase")
    if finder.is_role(token):
        for person, fits in finder.role_bindings_of(token):
            _add(found, person, "role_binding_fits" if fits else "role_binding")
    for inner in token.subtree:
        if inner.i != token.i and inner.i in finder.token_mention:
            entity, mention = finder.token_mention[inner.i]
            _add(found, Speaker(entity.name, mention.start, mention.end, entity), "attribution_inner_name")


def _subject_phrases(context: Context, draft: Draft):
    """Subjects that are common noun phrases ("un policier", "les manifestants") in the draft's
    sentence and the few before it: speakers that no name designates."""
    finder = context.finder
    index = min(finder.token_index_at(draft.start), len(finder.doc) - 1)
    sentence = finder.sentence_of.get(index, 0)
    for number in range(max(0, sentence - ANTECEDENT_SENTENCES), sentence + 1):
        for token in finder.subjects_in(number):
            if token.pos_ in ("NOUN", "PROPN") and token.idx < draft.start \
                    and token.i not in finder.token_mention and not finder.inside_quote(token.idx):
                phrase = finder.phrase(token)
                if phrase is not None:
                    yield phrase, sentence - number


def attribution_form(finder: SpeakerFinder, draft: Draft) -> str:
    """How the attribution names its source: name, pronoun, role, phrase, or none."""
    attribution = draft.attribution
    if attribution is None or attribution.token is None:
        return "none"
    token = finder.doc[attribution.token]
    if token.i in finder.token_mention:
        return "name"
    word = pronoun_word(token)
    if word in PRONOUNS_SINGULAR or word in PRONOUNS_PLURAL:
        return "pronoun"
    if finder.is_role(token):
        return "role"
    return "phrase"


def _antecedents(context: Context, draft: Draft):
    """People and organisations named before the draft in its sentence and the few before it."""
    finder = context.finder
    index = finder.token_index_at(draft.start)
    sentence = finder.sentence_of.get(min(index, len(finder.doc) - 1), 0)
    first = finder.sentences[max(0, sentence - ANTECEDENT_SENTENCES)].start_char
    for mention, entity in finder.mentions:
        if first <= mention.start < draft.start and entity.type in SPEAKER_TYPES and not finder.inside_quote(mention.start):
            token = finder.token_index_at(mention.start)
            back = sentence - finder.sentence_of.get(min(token, len(finder.doc) - 1), sentence)
            yield Speaker(entity.name, mention.start, mention.end, entity), back


def _sentence_mentions(context: Context, draft: Draft):
    """People and organisations named in the draft's sentence, outside every quotation."""
    finder = context.finder
    index = min(finder.token_index_at(draft.start), len(finder.doc) - 1)
    sentence = finder.sentences[finder.sentence_of.get(index, 0)]
    end_index = min(finder.token_index_at(draft.end), len(finder.doc) - 1)
    last = finder.sentences[finder.sentence_of.get(end_index, 0)]
    following = finder.sentences[min(len(finder.sentences) - 1, finder.sentence_of.get(end_index, 0) + 1)]
    for mention, entity in finder.mentions:
        if draft.start <= mention.start < draft.end or finder.inside_quote(mention.start) or entity.type not in SPEAKER_TYPES:
            continue
        if sentence.start_char <= mention.start < last.end_char:
            yield Speaker(entity.name, mention.start, mention.end, entity), "sentence_mention"
        elif last.end_char <= mention.start < following.end_char and "\n" not in finder.text[draft.end:mention.start]:
            yield Speaker(entity.name, mention.start, mention.end, entity), "next_sentence_mention"


def _previous_speakers(context: Context, draft: Draft):
    """The speaker of the last quote of this paragraph, or of the previous paragraph."""
    text = context.finder.text
    paragraph_start = text.rfind("\n", 0, draft.start) + 1
    previous_start = text.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
    for earlier, speaker in reversed(context.chosen):
        if speaker is None or earlier.end > draft.start:
            continue
        if earlier.start >= paragraph_start:
            yield speaker, "paragraph"
            return
        if earlier.start >= previous_start or not text[earlier.end:paragraph_start].strip():
            yield speaker, "previous_paragraph"
        return


def _candidate_features(context: Context, draft: Draft, candidate: Candidate, form: str) -> dict[str, float]:
    speaker = candidate.speaker
    entity = speaker.entity if speaker is not None else None
    features = {f"type_{entity.type if entity else 'phrase'}": 1.0, f"form_{form}": 1.0}
    for source in [name for name in candidate.features if name.startswith("source_")]:
        features[f"{source}&form_{form}"] = 1.0
    if entity is None:
        features[f"phrase_head_{_phrase_head_class(speaker.name)}"] = 1.0
        return features
    positions = context.positions.get(id(entity), [])
    before = [p for p in positions if p < draft.start]
    features["salience"] = math.log1p(context.counts.get(id(entity), 0))
    features["distance_before"] = math.log1p(draft.start - max(before)) / 8 if before else 1.0
    if not before:
        features["never_named_before"] = 1.0
    if any(draft.start <= p < draft.end for p in positions):
        features["named_inside_quote"] = 1.0
    if id(entity) == context.top_person:
        features["most_named_person"] = 1.0
    features.update(_role_features(context, draft, entity))
    features.update(_agreement(context, draft, entity, form))
    if form == "role" and entity.type == "PER":
        features[_role_fit(context.finder, context.finder.doc[draft.attribution.token], entity)] = 1.0
    for name in [n for n in features if n in CROSSED]:
        features[f"{name}&form_{form}"] = features[name]
    return features


def _phrase_head_class(phrase: str) -> str:
    """ "speaker" when a phrase's words hold a noun that can speak (a role, a group, a medium, a
    document), else "other" ("cette mesure", "les extraits")."""
    words = {word.strip(".,;:«»\"'’").lower() for word in phrase.replace("’", "'").replace("'", " ").split()}
    singular = {word[:-1] for word in words if word.endswith(("s", "x"))}
    known = SPEAKER_NOUNS | PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS
    return "speaker" if (words | singular) & known else "other"


def _role_features(context: Context, draft: Draft, entity: Entity) -> dict[str, float]:
    """How the candidate is named near the quote: as the subject of a reporting verb, as a
    subject, or only inside an object or a complement."""
    finder = context.finder
    index = min(finder.token_index_at(draft.start), len(finder.doc) - 1)
    sentence = finder.sentence_of.get(index, 0)
    features: dict[str, float] = {}
    for number, dep, reporting in context.roles.get(id(entity), []):
        distance = sentence - number
        if not 0 <= distance <= 1:
            continue
        where = "same" if distance == 0 else "previous"
        if reporting:
            features[f"reporting_subject_{where}_sentence"] = 1.0
        elif dep == "nsubj":
            features[f"subject_{where}_sentence"] = 1.0
        elif dep in ("obl", "nmod", "obj"):
            features[f"complement_{where}_sentence"] = 1.0
    return features


def _agreement(context: Context, draft: Draft, entity: Entity, form: str) -> dict[str, float]:
    """Whether a pronoun attribution agrees in gender and number with the candidate."""
    if form != "pronoun" or draft.attribution is None or draft.attribution.token is None:
        return {}
    word = pronoun_word(context.finder.doc[draft.attribution.token])
    if word in ("celui-ci", "celle-ci"):
        return {"demonstrative_pronoun&type_" + entity.type: 1.0}
    if word in PRONOUNS_PLURAL:
        return {"plural_pronoun&type_" + entity.type: 1.0}
    wanted = "Fem" if word in FEMININE_PRONOUNS else "Masc" if word in MASCULINE_PRONOUNS else None
    known = context.genders.get(id(entity))
    if wanted is None or entity.type != "PER":
        return {"pronoun&type_" + entity.type: 1.0}
    if known is None:
        return {"gender_unknown": 1.0}
    return {"gender_agrees" if known == wanted else "gender_disagrees": 1.0}


def entity_genders(finder: SpeakerFinder) -> dict[int, str]:
    """Gender of the people an article names, from its own cues: an honorific ("M.", "Mme") or a
    determiner of a role noun right before a mention ("la ministre", "le porte-parole"); else
    from their first name, as the press corpus genders it (:mod:`recoupe.lang.fr.first_names`)."""
    from recoupe.lang.fr.first_names import gender_of_name
    from recoupe.lang.fr.names import FEMININE_HONORIFICS, MASCULINE_HONORIFICS

    votes: dict[int, list[str]] = {}
    text = finder.text
    for mention, entity in finder.mentions:
        if entity.type != "PER":
            continue
        words = text[max(0, mention.start - 40):mention.start].replace(",", " ").split()
        cue = words[-1].lower() if words else ""
        if cue in MASCULINE_HONORIFICS:
            votes.setdefault(id(entity), []).append("Masc")
        elif cue in FEMININE_HONORIFICS:
            votes.setdefault(id(entity), []).append("Fem")
        else:
            gender = _role_gender(finder, mention.start)
            if gender:
                votes.setdefault(id(entity), []).append(gender)
    genders = {key: max(set(value), key=value.count) for key, value in votes.items()}
    for _, entity in finder.mentions:
        if entity.type == "PER" and id(entity) not in genders:
            gender = gender_of_name(entity.name)
            if gender is not None:
                genders[id(entity)] = gender
    return genders


def _role_gender(finder: SpeakerFinder, position: int) -> str | None:
    """Gender of the determiner of a role noun that stands right before a name."""
    index = finder.token_index_at(position) - 1
    while index >= 0 and finder.doc[index].pos_ in ("ADJ", "PUNCT") and finder.doc[index].text != ".":
        index -= 1
    if index < 0 or not finder.is_role(finder.doc[index]):
        return None
    for child in finder.doc[index].children:
        if child.pos_ == "DET":
            gender = child.morph.get("Gender")
            if gender:
                return gender[0]
    return None
