"""The topic the analyser tests use: the shipped topic's terms, written out."""

from bot.model import Topic

TOPIC = Topic(
    id="kuntaliitto-helsinki",
    name="Kuntaliitto–Helsinki cooperation",
    terms={
        "fi": ("Kuntaliitto*", "Kuntaliito*", "kuntaliittoyhteistyö*", "Suomen Kuntaliitto*"),
        "sv": ("Kommunförbund*", "Finlands Kommunförbund*"),
        "en": ("Association of Finnish Municipalities", "AFM", "Kuntaliitto*"),
    },
)
