"""The digest's own words in Finnish, Swedish and English.

Why a plain dict: the labels are few, reviewed by people who read the digest, and must not
depend on a locale installed on the server. An unknown language falls back to English.
Numbers use a decimal comma in Finnish and Swedish, as readers there expect.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Digest",
        "relevant_posts": "Relevant posts",
        "previous_week": "previous 7 days",
        "mean_stance": "Mean stance",
        "vs_previous": "previous 7 days {previous}, change {change}",
        "positive": "positive",
        "negative": "negative",
        "neutral": "neutral",
        "unlabelled": "no stance",
        "trend": "14 days",
        "part": "part",
        "continued": "continued",
        "no_relevant_posts": "No relevant posts in the period.",
        "more_posts": "…and {n} more relevant posts not shown",
        "open_post": "open post",
        "no_link": "no link",
        "changed": "Edited or deleted posts",
        "edited": "edited",
        "deleted": "deleted",
        "accounts": "Failing or silent accounts",
        "failing": "failing",
        "silent": "silent",
        "failures": "{n} failed attempts",
        "last_success": "last success",
        "never": "never",
        "last_error": "last error",
        "notices": "Notices",
        "posts": "posts",
        "possible_repeat": "↻ possible repeat: this part may have been posted already",
    },
    "fi": {
        "title": "Kooste",
        "relevant_posts": "Aiheeseen liittyvät julkaisut",
        "previous_week": "edelliset 7 päivää",
        "mean_stance": "Keskimääräinen kanta",
        "vs_previous": "edelliset 7 päivää {previous}, muutos {change}",
        "positive": "myönteinen",
        "negative": "kielteinen",
        "neutral": "neutraali",
        "unlabelled": "ei kantaa",
        "trend": "14 päivää",
        "part": "osa",
        "continued": "jatkuu",
        "no_relevant_posts": "Ei aiheeseen liittyviä julkaisuja jaksolla.",
        "more_posts": "…ja {n} muuta aiheeseen liittyvää julkaisua, joita ei näytetä",
        "open_post": "avaa julkaisu",
        "no_link": "ei linkkiä",
        "changed": "Muokatut tai poistetut julkaisut",
        "edited": "muokattu",
        "deleted": "poistettu",
        "accounts": "Virheelliset tai hiljaiset tilit",
        "failing": "virhe",
        "silent": "hiljainen",
        "failures": "{n} epäonnistunutta yritystä",
        "last_success": "viimeksi onnistunut",
        "never": "ei koskaan",
        "last_error": "viimeisin virhe",
        "notices": "Huomautukset",
        "posts": "julkaisua",
        "possible_repeat": "↻ mahdollinen toisto: tämä osa on ehkä jo lähetetty",
    },
    "sv": {
        "title": "Sammandrag",
        "relevant_posts": "Relevanta inlägg",
        "previous_week": "föregående 7 dagar",
        "mean_stance": "Genomsnittlig hållning",
        "vs_previous": "föregående 7 dagar {previous}, förändring {change}",
        "positive": "positiv",
        "negative": "negativ",
        "neutral": "neutral",
        "unlabelled": "ingen hållning",
        "trend": "14 dagar",
        "part": "del",
        "continued": "forts.",
        "no_relevant_posts": "Inga relevanta inlägg under perioden.",
        "more_posts": "…och {n} relevanta inlägg till som inte visas",
        "open_post": "öppna inlägget",
        "no_link": "ingen länk",
        "changed": "Redigerade eller raderade inlägg",
        "edited": "redigerat",
        "deleted": "raderat",
        "accounts": "Konton med fel eller tysta konton",
        "failing": "fel",
        "silent": "tyst",
        "failures": "{n} misslyckade försök",
        "last_success": "senast lyckat",
        "never": "aldrig",
        "last_error": "senaste fel",
        "notices": "Meddelanden",
        "posts": "inlägg",
        "possible_repeat": "↻ möjlig upprepning: den här delen kan redan ha skickats",
    },
}


def t(language: str, key: str, **values: object) -> str:
    """The label `key` in `language` (English when either is unknown), filled with `values`."""
    table = LABELS.get(language, LABELS["en"])
    text = table.get(key) or LABELS["en"].get(key) or key
    return text.format(**values) if values else text


def number(value: float, language: str, *, signed: bool = True, digits: int = 2) -> str:
    """A stance or change as `+0.21` (en) or `+0,21` (fi, sv)."""
    if round(value, digits) == 0:
        value = 0.0
    text = f"{value:+.{digits}f}" if signed and value else f"{value:.{digits}f}"
    if language in ("fi", "sv"):
        text = text.replace(".", ",")
    return text.replace("-", "−")
