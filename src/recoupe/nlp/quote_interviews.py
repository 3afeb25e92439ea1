"""Interviews in question-and-answer form: each answer paragraph is the interviewee's direct quote.

An article is read as a Q&A when at least two short paragraphs ending with a question mark are
each followed by paragraphs that are not questions. The answers' speaker is the person named at
the head of an answer ("Valérie Chansigaud La préservation …"), else the person the article
names most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recoupe.nlp.quote_attribution import Attribution
from recoupe.nlp.quote_compose import Draft
from recoupe.nlp.quote_speakers import Speaker, SpeakerFinder

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 40
MIN_ANSWER_WORDS = 3
_PARAGRAPH = re.compile(r"[^\n]+")
_SPACES = " \t\u00a0\u202f"


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    question: bool


def interview_drafts(finder: SpeakerFinder, taken: list[Draft]) -> list[Draft]:
    """Direct-quote drafts for the answers of a Q&A article (none for other articles); answers
    that already hold a quotation draft are left to it."""
    paragraphs = [_paragraph(finder.text, m.start(), m.end()) for m in _PARAGRAPH.finditer(finder.text)]
    paragraphs = [p for p in paragraphs if p is not None]
    answered = [i for i, p in enumerate(paragraphs[:-1]) if p.question and not paragraphs[i + 1].question]
    if len(answered) < MIN_QUESTIONS:
        return []
    drafts = []
    default = _most_named_person(finder)
    for index in range(answered[0] + 1, len(paragraphs)):
        paragraph = paragraphs[index]
        if paragraph.question or any(d.start < paragraph.end and paragraph.start < d.end for d in taken):
            continue
        start, speaker = _answer_head(finder, paragraph)
        speaker = speaker or default
        if len(finder.text[start:paragraph.end].split()) >= MIN_ANSWER_WORDS:
            attribution = Attribution(speaker, None, "interview", None)
            drafts.append(Draft(start, paragraph.end, "direct", attribution, words=len(finder.text[start:paragraph.end].split())))
    return drafts


def _paragraph(text: str, start: int, end: int) -> _Paragraph | None:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if start >= end:
        return None
    words = len(text[start:end].split())
    return _Paragraph(start, end, text[end - 1] == "?" and words <= MAX_QUESTION_WORDS)


def _answer_head(finder: SpeakerFinder, paragraph: _Paragraph) -> tuple[int, Speaker | None]:
    """An answer that opens with its speaker's name: the answer starts after it."""
    for mention, entity in finder.mentions:
        if mention.start == paragraph.start and entity.type == "PER":
            start = mention.end
            while start < paragraph.end and finder.text[start] in _SPACES + ":—–-":
                start += 1
            return start, Speaker(entity.name, mention.start, mention.end, entity)
        if mention.start > paragraph.start:
            break
    return paragraph.start, None


def _most_named_person(finder: SpeakerFinder) -> Speaker | None:
    counts: dict[int, int] = {}
    first: dict[int, tuple] = {}
    for mention, entity in finder.mentions:
        if entity.type == "PER":
            counts[id(entity)] = counts.get(id(entity), 0) + 1
            first.setdefault(id(entity), (mention, entity))
    if not counts:
        return None
    mention, entity = first[max(counts, key=counts.get)]
    return Speaker(entity.name, mention.start, mention.end, entity)
