"""Relevance: configured terms match inflected, compound, hashtag and mention forms only."""

from __future__ import annotations

import pytest

from bot.analysis import score
from bot.analysis.topic import find_terms, gradation_variants
from bot.model import Topic
from tests.analysis._topic import TOPIC

POSITIVES = [
    "Kuntaliitto julkaisi raportin.",
    "Kuntaliiton kanssa sovittiin.",
    "Kiitos Kuntaliitolle!",
    "Helsinki ei eroa Kuntaliitosta.",
    "Kuntaliitossa valmisteltiin asiaa.",
    "Kuntaliittoon kuuluminen.",
    "kuntaliittoyhteistyö etenee",
    "Kuntaliitto-yhteistyö etenee",
    "@Kuntaliitto kiitos",
    "#kuntaliitto #helsinki",
    "#SuomenKuntaliitto",
    "Suomen Kuntaliiton hallitus",
    "Kommunförbundets styrelse",
    "Finlands Kommunförbund meddelar",
    "kommunförbundssamarbetet",
    "Tack @kommunforbundet!",
    "The Association of Finnish Municipalities said",
    "AFM's board met",
    "AFM:n hallitus",
    "#AFM and Helsinki",
    # lowercase "kuntaliitosta" is the association where the post speaks of membership or leaving
    "helsingin pitäis erota kuntaliitosta",
    "jasenmaksu on iso mutta kuntaliitosta saatu hyoty on isompi",
    # the name as the second part of a hyphenated compound
    "the Helsinki-Kuntaliitto model",
    "exit-from-AFM motion under debate",
    "Helsinki–AFM cooperation",
    "Helsingfors-Kommunförbundet samarbetet",
]
NEGATIVES = [
    "Helsinki on upea kaupunki.",
    "Yhteistyö Tallinnan kanssa jatkuu.",
    "Kuntaliitos Sipoon kanssa ei ole esillä.",
    "Kuntaliitokset ovat palanneet keskusteluun.",
    "kuntaliitosselvitys valmistui",
    "selvitys kuntaliitosta Vantaan kanssa valmistui",
    "Uudenmaan liitto ja Palloliitto",
    "Nylands förbund och Bollförbundet",
    "afm is not an acronym here",
    "Helsingfors samarbete med Stockholm",
    "the municipal sector at large",
    "Helsinki-kuntaliitos ei ole esillä",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_terms_match_every_form(text: str) -> None:
    """Inflection (with gradation), compounds, hashtags, mentions and acronyms all match."""
    assert score(text, topic=TOPIC).relevant, text


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_words_do_not_match(text: str) -> None:
    """Near misses (kuntaliitos = a merger, other liitto/förbund, Helsinki alone) do not."""
    assert not score(text, topic=TOPIC).relevant, text


def test_matched_surface_forms_are_reported() -> None:
    """Score.terms lists what was found, as written, so users see why a post matched."""
    result = score("Kuntaliiton ja #kuntaliitto sekä @Kuntaliitto", topic=TOPIC)
    assert result.terms == ("Kuntaliiton", "#kuntaliitto", "@Kuntaliitto")


def test_users_add_terms_without_code() -> None:
    """A new topic's terms work from data alone, inflected by the same rules."""
    topic = Topic(id="hsl", name="HSL", terms={"fi": ("Seutuliikenne*",), "en": ("HSL",)})
    assert find_terms("Seutuliikenteen uudistus", topic)
    assert find_terms("HSL:n liput", topic)
    assert not find_terms("hsl lowercase", topic)


def test_gradation_both_ways() -> None:
    """Finnish consonant gradation: the strong and weak grades of a stem both match."""
    assert "kuntaliito" in gradation_variants("Kuntaliitto")
    assert "kuntaliitto" in gradation_variants("kuntaliito")
    assert "kunna" in gradation_variants("kunta")
