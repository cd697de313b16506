"""Which parts of a post speak about the topic, and calls to leave it.

Stance is the tone of the clauses that name the topic, not of the whole post: "Lovely weather in
Helsinki, shame the talks with Kuntaliitto went nowhere" praises the weather and criticises the
talks. A clause that names the topic but carries no tone borrows it from its neighbour in the same
sentence ("Kuntaliitto julkaisi raportin, ja se on erinomainen"), and a following sentence that
refers back to the topic with a pronoun or a word like "yhteistyö"/"samarbetet"/"cooperation"
joins it. Calling for a member to leave or split ("Helsingin kannattaisi erota Kuntaliitosta",
"Helsingfors borde gå ur Kommunförbundet") is negative even without a negative word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.analysis.screened import Finder, Screened
from bot.analysis.text import Token, either_dots, ends_sentence, spoken_that_fi, words

# The partner city is part of the cooperation: naming it is not naming someone else.
_PARTNER_CITY = re.compile(r"helsin|helsingfors")
# Capitalised words that name no one: English "I" and its contractions, languages ("the
# Swedish-language network"), months and weekdays.
_NOT_A_NAME = re.compile(
    r"i(?:['’](?:m|ve|d|ll))?|(?:swedish|finnish|english)(?:-[\w-]+)?|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?"
)
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "/"})

REFERENCE_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        words(
            "se sen sitä siitä siihen sille siltä siellä ne niiden niitä he heidän heitä heille "
            "hän tämä tämän tätä tästä nämä näiden sama yhteistyö yhteistyön yhteistyötä "
            "yhteistyössä neuvottelut neuvotteluissa neuvotteluja liitto liiton liitolta "
            "liitolle järjestö järjestön"
        )
    ),
    "sv": frozenset(
        words(
            "det den de dem deras dess detta denna dessa samarbetet samarbete samarbetets dom "
            "förhandlingarna förbundet förbundets organisationen han hon"
        )
    ),
    "en": frozenset(
        words(
            "it its they them their this these that those cooperation co-operation "
            "collaboration partnership talks negotiations association organisation "
            "organization he she"
        )
    ),
}

# The topic called by a definite name of its own after it has been named.
BACK_NAMES: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\b(?:malli|mallin|mallia|mallista|malliin|mallissa|mallilla|järjestely\w*|kumppanuus|kumppanuuden"
        # the years of the cooperation: "kahdentoista vuoden yhteistyö", "yksitoista vuotta yhteistyötä"
        r"|(?:vuoden|vuotta)\s+yhteistyö\w*)\b"
    ),
    "sv": re.compile(
        r"\b(?:modellen|modellens|arrangemanget|upplägget|partnerskapet|samarbetet|samarbetets|(?:år\s+av|års)\s+samarbete"
        r"|medlemskapet)\b"
    ),
    "en": re.compile(
        r"\b(?:(?:the|this|that)\s+(?:model|arrangement|partnership|scheme|set-?up)|years\s+of\s+(?:co-?operation|partnership)"
        r"|(?:the|our|this)\s+membership(?!-))\b"
    ),
}

# Pronouns for people or things already named, unlike the expletive "det"/"it": they refer back
# from anywhere in a short sentence ("Ett stort tack till dem.").
REFERENCE_ANYWHERE: dict[str, frozenset[str]] = {
    "fi": frozenset(words("heille heitä heidän heiltä heistä niille niitä niiden")),
    "sv": frozenset(words("dem dom deras")),
    "en": frozenset(words("them their they")),
}

# Words that open a clause depending on the one before it: "..., että / att / that ...".
SUBORDINATORS: dict[str, frozenset[str]] = {
    "fi": frozenset(words("että ettei miten kuinka mitä miksi onko ovatko oliko")),
    "sv": frozenset(words("att hur vad varför huruvida")),
    "en": frozenset(words("that how what why whether")),
}

# A question put to the audience asks for opinions rather than giving one.
POLL_PATTERNS: dict[str, re.Pattern[str]] = {
    # ... or for their wishes: "Mitä aiheita toivoisitte seminaariin?", "What would you like to see?"
    "fi": re.compile(
        r"\b(?:mielestäsi|mielestänne|mitä mieltä|oletko samaa mieltä|toivoisit(?:te)?|haluaisit(?:te)?"
        r"|kaipaisit(?:te)?|kysymys\s+(?:seuraajille|asukkaille|lukijoille|kaupunkilaisille)|kiinnostaisi\s+kuulla"
        r"|kysymys\s+(?:teille|kaikille|(?:\w+\s+)?\w+ille)|onko\s+kukaan\s+(?:\w+\s+)?(?:kokeillut|käynyt|käyttänyt|osallistunut)"
        r"|^\W*(?:pika)?kysely\b)\b"
    ),
    "sv": re.compile(
        r"\b(?:tycker (?:du|ni)|vad tycker|håller (?:du|ni) med|önskar (?:du|ni)|skulle (?:du|ni) vilja|vill (?:du|ni) att"
        r"|fråga till (?:följarna|er|invånarna|läsarna|stadsborna)|nyfiken på vad (?:ni|du)|^\W*(?:snabb)?omröstning\b"
        r"|har (?:ni|någon) (?:\w+ )?(?:testat|provat|använt|deltagit))\b"
    ),
    "en": re.compile(
        r"\b(?:do you (?:think|agree|feel)|what do you think|how do you feel|would you (?:\w+ )?like|do you want"
        r"|^\W*(?:quick\s+)?poll\b|\bdid\s+you\s+(?:follow|see|watch|read)\b|\bwhich\s+(?:\w+\s+){0,2}?stuck\s+with\s+you\b|q(?:uestion)? for (?:followers|you all|everyone|residents|readers|(?:all |new |fellow |other )?\w+s)\b|has anyone (?:\w+ )?(?:done|tried|used|been to|attended|joined)|curious (?:what|how|to hear what) (?:you|people|others))\b"
    ),
}

# A call to leave or split names a verb of leaving; the topic is in the same clause or sentence.
LEAVE_PATTERNS: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\b(?:(?:ei|emme)\s+(?:näe|nää)\s+(?:enää\s+)?perusteita\s+jatkaa\s+(?:\w+\s+)?jäsen\w*|ero(?:ta|taanko|aisiko|ammeko|aisi|aisivat|amaan|amista|aminen|amisen|amiseen|amisesta|amiseksi|ttava|tkaa|taan"
        r"|amalla|aisimme|amme|tkoon|nnut|sivat|si)"
        # "eroaa", "eroavat" also mean "differ(s)": leaving only with what is left ("eroaa Kuntaliitosta")
        r"|ero(?:aa|avat)(?=\s+(?:\w+\s+)?\w+(?:sta|stä)\b)"
        r"|irtautu\w*|irtisano(?!mise(?:hto|hdo|aika|ajan))\w*|irrottautu\w*|(?:lähte(?:ä|mään|isi|kää|a)|lähti(?:si|s|simme|sivät))\s+(?:pois|ulos)"
        r"|(?:lähte(?:ä|mään|isi|kää|a)|lähti(?:si|s|simme|sivät))\s+(?:pois\s+)?\w*liito(?:sta|lta)\b|paikka\s+ei\s+ole\s+\w*liito\w*"
        r"|pois\s+\w*liito\w*|ulos\s+\w*liito\w*|katkais\w*\s+(?:yhteistyö\w*|välit)"
        # "Ulos ja oma edunvalvonta tilalle."
        r"|(?:(?<=^)|(?<=[.!?]\s))ulos(?=\s*(?:[.!]|ja\b|,))"
        r"|lopett\w*\s+yhteistyö\w*|jäsenyy\w*\s+(?:pitää|pitäisi|kannattaa)\s+\w*\s*lopett\w*"
        r"|luopu\w*\s+jäsenyyde\w*|jäsenyydestä\s+(?:(?!ei\b|eikä\b|emme\b|älä\b|älkää\b)\w+\s+){0,3}?luopu\w*|eroaminen"
        r"|jättä(?:ä|mään|kää|isi|isimme)\s+(?:\w+\s+)?#?\w*liitto\b|valmistel\w*\s+eroa|valmistel\w*\s+(?:\w+\s+)?eroamis\w*|harki\w*\s+(?:\w+\s+){0,2}?jäsenyy\w*\s+(?:\w+\s+){0,2}?uudelleen|harki\w*\s+eroa|harki\w*\s+(?:\w+\s+){0,3}?jäsenyyden\s+jatkami\w*|jäsenyy\w*\s+(?:\w+\s+){0,3}?(?:miettiä|harkita|arvioida|punnita)\s+(?:\w+\s+)?uusiksi|eroa\s+\w*liito\w*|(?:(?<=^)|(?<=[.!?]\s))ero\s+#?\w*liito(?:sta)\b(?!\s+(?:olisi|ei|on)\b)|sano\w*\s+(?:\w+\s+){0,3}?jäsenyy\w*\s+irti"
        r"|(?:palveleeko|kannattaako|hyödyttääkö)\s+(?:\w+\s+){0,3}?jäsenyy\w*\s+(?:\w+\s+){0,2}?enää\b|jäsenyy\w*\s+uudelleenarvi\w*|uudelleenarvi\w*\s+jäsenyy\w*|arvioi\w*\s+(?:\w+\s+)?jäsenyy\w*\s+(?:\w+\s+){0,2}?uudelleen"
        r"|jäsenyy\w*\s+(?:\w+\s+){0,2}?(?:punnita|punnittava|arvioida|arvioitava|harkita|harkittava)\s+uudelleen"
        # "Kuntaliiton jäsenyys on otettava valtuustossa uudelleen harkintaan"
        r"|jäsenyy\w*\s+(?:\w+\s+){0,2}?(?:otettava|ottaa|otetaan|ottaisi)\s+(?:\w+\s+){0,2}?(?:uudelleen|uuteen|vakavaan)\s+(?:harkintaan|arvioon|tarkasteluun)"
        # "Helsingin pitää vakavasti harkita jäsenyyttään", "harkita, jatketaanko jäsenyyttä ollenkaan"
        r"|(?:pitää|pitäisi|tulee|tulisi|kannattaa|kannattaisi|on)\s+(?:\w+\s+)?harki\w*\s+(?:\w+\s+){0,2}?jäsenyy\w*"
        r"|harki\w*,?\s+jatketaanko\s+(?:\w+\s+){0,2}?jäsenyy\w*"
        r"|lopett\w*\s+(?:\w+\s+)?jäsenyy\w*|jäsenyy\w*\s+lopettami\w*|sano\w*\s+(?:\w+\s+)?\w*(?:liito|liitto|yhteistyö|jäsenyyde)\w*\s+hyvästit|sano\w*\s+hyvästit\s+\w*(?:liito|liitto|yhteistyö|jäsenyyde)\w*"
        r"|kasvanut\s+(?:\w+\s+)?ulos|kulke\w*\s+omaa\s+tietään|kiitos\s+ja\s+näkemiin"
        # "miettiä vakavasti, kannattaako Kuntaliiton jäsenyyttä jatkaa", "kannattaako Helsingin jatkaa jäsenenä"
        r"|kannattaako\s+(?:\w+\s+){0,3}?(?:jäsenyy\w*\s+jatkaa|jatkaa\s+(?:\w+\s+){0,2}?jäsen\w*)"
        r"|pärjä\w*\s+(?:\w+\s+)?(?:hyvin|paremmin|mainiosti|loistavasti)\s+(?:ilman|yksin|omillaan|\w*(?:liiton|liitto)\w*\s+ulkopuolella)|lähteminen"
        r"|(?:(?<=^)|(?<=[.!?]\s))ero(?=\s+olisi\s)"
        # "..., Helsingin pitää lähteä.": leaving with nothing after it is leaving the partner named before
        r"|(?:helsingin|kaupungin|meidän)\s+(?:pitää|pitäisi|täytyy|kannattaa|kannattaisi|tulee|tulisi)\s+lähteä(?=\s*[.!,;])"
        r")\b"
    ),
    "sv": re.compile(
        r"\b(?:gå\s+ur|går\s+ur|gick\s+ur|gå\s+ut\s+ur|utträd\w*|kliva\s+ur|kliver\s+ur|klev\s+ur"
        # "lämna" is leaving only with the association as its object: not "lämna in uppgifter",
        # "lämnar sitt utlåtande", "lämnade mötet".
        r"|lämna(?:r|de|t)?\s+(?:(?:nu|genast|helt|snarast|äntligen|också|då)\s+)?"
        r"(?:\w*förbund\w*|samarbete\w*|medlemskap\w*|kommunf\w*)(?!\s+(?:(?:och|samt)\s+(?:staden|helsingfors|kommunen|\w+staden)\s+)?(?:sitt|sin|sina|in)\b)"
        r"|(?:klarar|klara|skulle)\s+(?:\w+\s+){0,2}?(?:bättre|utmärkt|galant|fint|bra)\s+(?:utanför|utan|själv|på\s+egen\s+hand)"
        r"|bättre\s+(?:utanför|utan\s+\w*förbund\w*)"
        r"|säg\w*\s+upp\s+(?:\w+\s+){0,2}?[\w-]*medlemskap\w*|bryta\s+med|bryter\s+med"
        r"|plats\s+är\s+inte\s+i\s+\w*förbund\w*"
        r"|avsluta\s+samarbete\w*|ut\s+ur|ompröva\w*\s+(?:\w+\s+){0,6}?medlemskap\w*|medlemskap\w*\s+(?:\w+\s+){0,4}?(?:måste|bör|ska)\s+omprövas|överväg\w*\s+(?:\w+\s+){0,2}?medlemskap\w*|fundera\w*\s+(?:\w+\s+)?på\s+om\s+medlemskap\w*|se\s+över\s+medlemskap\w*|pröva\w*\s+om\s+medlemskap\w*"
        r"|ta\s+ställning\s+till\s+medlemskap\w*|reality\s*check\s+(?:av|på)\s+(?:\w+\s+)?medlemskap\w*"
        r"|säg\w*\s+(?:\w+\s+){0,2}?(?:adjö|farväl)\s+(?:till\s+)?(?:\w*förbund\w*|kommunf\w*|samarbete\w*|medlemskap\w*)|ta\w*\s+farväl|vuxit\s+ur|växt\s+ur|gå\s+sin\s+egen\s+väg|tack\s+och\s+(?:adjö|hej\s+då))\b"
    ),
    "en": re.compile(
        # "leave" is leaving only with the association, the cooperation or a membership as its
        # object: not "would leave Helsinki worse off", "left a sour taste".
        r"\b(?:(?:leave|leaves|leaving|left)\s+(?:(?:the|this|our|its)\s+)?"
        r"(?:afm|kuntaliit\w*|association\w*|partnership|cooperation|co-operation|membership"
        r"|arrangement|organisation|organization)"
        r"|better\s+off\s+(?:outside|without)|go(?:es)?\s+it\s+alone"
        r"|(?:do|does|did|doing|manage|manages|managed|get\s+by)\s+(?:\w+\s+)?(?:fine|well|better)\s+(?:without|outside|on\s+(?:our|its)\s+own)"
        r"|quit|quitting|withdraw\w*|exit(?:ing)?|split\s+from|call(?:s|ed|ing)?\s+time\s+on"
        r"|pull(?:s|ed|ing)?\s+the\s+plug"
        r"|(?:say(?:s|ing)?\s+goodbye|bid(?:s|ding)?\s+farewell)\s+to\s+(?:the\s+)?(?:afm|kuntaliit\w*|association|partnership|cooperation|membership)"
        r"|outgrown|go(?:es|ing)?\s+its\s+own\s+way|put\s+(?:our|its|the\s+city's|(?:afm|kuntaliit\w*)(?:['’]s)?)\s+membership\s+to\s+a\s+vote|(?:(?<=\bvote\s)|(?<=\bnow\s))and\s+leave(?=\s*[.!])"
        r"|walk(?:s|ed|ing)?\s+out|stop\s+paying\s+(?:afm|kuntaliitto|the\s+association|the\s+fee|for)|hand(?:s|ed|ing)?\s+in\s+(?:its|our|their|the\s+city's)\s+(?:resignation|notice)"
        r"|split\s+with|pull(?:s|ed|ing)?\s+out(?!\s+all\s+the\s+stops)|cut(?:s|ting)?\s+ties|break(?:s|ing)?\s+away"
        r"|walk(?:s|ed|ing)?\s+away|end(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:cooperation|membership)"
        r"|cancel\w*\s+(?:\w+\s+){0,3}?membership"
        r"|(?:reconsider|rethink)\w*\s+(?:[\w'’]+\s+){0,6}?membership|review\w*\s+(?:[\w'’]+\s+){0,2}?membership|reality\s+check\s+(?:on|of)\s+(?:[\w'’]+\s+){0,2}?membership"
        r"|(?:reconsider|rethink)\w*\s+whether\s+(?:we|helsinki|the\s+city)\s+(?:\w+\s+)?(?:belong|stay)"
        # "Helsinki's membership of the Association ... must be reconsidered"
        r"|membership\s+(?:[\w'’]+\s+){0,6}?(?:must|should|needs\s+to|has\s+to)\s+be\s+(?:reconsidered|reviewed|rethought)"
        # "Time for the city to ask whether AFM membership is really worth the money"
        r"|(?<!anyone\s)(?<!those\s)(?<!people\s)(?:ask|consider|question)\s+whether\s+(?:[\w'’]+\s+){0,3}?membership\s+is\s+(?:really\s+|still\s+)?worth"
        r"|give\s+notice\s+to|give\s+notice\s+on\s+(?:its|our|the\s+city's)\s+(?:\w+\s+)?membership|serve\s+notice\s+on|let'?s\s+leave\b|(?:(?<=motion\sto\s)|(?<=proposal\sto\s)|(?<=petition\sto\s))leave"
        r"|(?<!kept\s)(?<!keep\s)(?<!keeps\s)(?<!keeping\s)(?:helsinki|the\s+city|us)\s+out\s+of|leaving\s+(?:now|today|at\s+this\s+point)(?=\s+would\b)"
        r"|(?:(?<=^)|(?<=[.!?]\s))leaving(?=\s+would\s+be\b)"
        # the bare imperative as a sentence of its own: "It doesn't. Leave, and negotiate directly."
        r"|(?:(?<=^)|(?<=[.!?]\s))leave(?=\s*(?:[.!]|,\s*and\b|\s+and\s+(?:negotiate|deal|talk|go|use|spend|put|hire|build)\b))"
        r"|place\s+is\s+not\s+(?:in|inside)\s+(?:afm|kuntaliit\w*|the\s+association)|thanks\s+and\s+goodbye"
        # the writer's own vote: "I'll vote to leave when the fee comes up"
        r"|(?:(?<=i'll\s)|(?<=i’ll\s))vote\s+(?:to\s+leave|for\s+(?:leaving|an?\s+exit))"
        r"|(?<=i\swill\s)vote\s+(?:to\s+leave|for\s+(?:leaving|an?\s+exit))"
        # "..., Helsinki should leave.": leaving with nothing after it is leaving the partner named before
        r"|(?:helsinki|the\s+city|we)\s+(?:should|must|has\s+to|needs\s+to|ought\s+to)\s+leave(?=\s*[.!,;]|\s+and\b)"
        r"|(?:plan|planning|prepare|preparing)\s+for\s+(?:a\s+)?life\s+after\s+(?:afm|kuntaliit\w*|the\s+association))\b"
    ),
}
LEAVE_VALENCE = -2.5


# Staying in or building on the cooperation is a positive stance ("pysyä Kuntaliitossa",
# "stanna kvar i Kommunförbundet", "build on the model"); negated, it turns negative.
STAY_PATTERNS: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\b(?:vaikutta\w*\s+(?:\w+\s+){0,2}?sisältä\s+käsin|sisältä\s+käsin\s+vaikutta\w*|pysy(?:ä|y|vät|isi|kää|tään|mme)\s+(?:\w+\s+){0,2}?\w*liito(?:ssa|n\s+jäsen\w*)"
        r"|\w*liitossa\s+(?:myös\s+)?pysy(?:tään|mme|kää)"
        r"|jatka(?:a|mme|taan|tkoon|kaa)\s+(?:\w+\s+){0,3}?(?:yhteistyötä|kanssa)"
        # "Tällaista kumppanuutta haluamme jatkaa."
        r"|(?:yhteistyötä|kumppanuutta)\s+(?:\w+\s+){0,3}?(?:haluamme|halutaan|aiomme|aiotaan)\s+jatkaa"
        r"|(?:vahvista|syvennä|syventä)(?:a|mme|kaa|isimme)\s+(?:\w+\s+){0,3}?yhteistyö(?:tä|mallia)"
        r"|yhteistyötä\s+(?:\w+\s+){0,3}?(?:syventää|syventäisin|vahvistaa|tiivistää)"
        r"|(?:tue|tuemme|kannata|kannatamme|tuen|kannatan)\s+(?:\w+\s+){0,2}?[\w-]*(?:sopimuksen|yhteistyön|jäsenyyden)\s+jatkamista"
        r"|jatketaan\s+(?:samaan\s+malliin|tällä\s+tiellä|samalla\s+linjalla|samaa\s+rataa)|(?:(?<=^)|(?<=[.!?]\s))jatketaan(?=\s*!)"
        r"|kehittä(?:ä|mme|kää)\s+(?:\w+\s+){0,2}?eteenpäin"
        r"|rakenta(?:a|kaa|mme)\s+(?:\w+\s+){0,2}?(?:päälle|varaan)|(?:pidetään|pitäkää|pidämme)\s+(?:siitä|tästä|yhteistyöstä|jäsenyydestä|mallista)\s+kiinni|pysytään\s+mukana|pysymme\s+mukana|pysyy\s+mukana"
        # "Jäsenyys kannattaa", and those who talk of leaving are answered: "Erosta puhuvat unohtavat, että"
        r"|(?:jäsenyydestä|yhteistyöstä)\s+(?:\w+\s+)?(?:kannattaa\s+)?pitää\s+kiinni|jäsenyys\s+(?:\w+\s+)?kannattaa|(?:erosta|eroamisesta|eroa)\s+(?:\w+\s+){0,2}?(?:puhuvat|haaveilevat"
        r"|haikailevat|vaativat|vaatijat)\s+(?:\w+\s+)?unohta\w*"
        r"|parempi\s+(?:olla\s+)?(?:sisällä|mukana|jäsenenä|jäseninä))\b"
    ),
    "sv": re.compile(
        r"\b(?:samarbeta\s+(?:ännu\s+)?mer\s+med|påverka\w*\s+(?:\w+\s+){0,2}?inifrån|stann(?:a|ar|ade)\s+(?:kvar|i\s+#?\w*förbund\w*|i\s+#?kommunf\w*)|vi\s+stannar|bygga\s+vidare|bygger\s+vidare"
        r"|fortsätt(?:a|er)\s+(?:gärna\s+)?(?:samarbet\w*|i\s+samma\s+anda|att\s+samarbeta)"
        r"|(?:fördjupa|stärka|fördjupar|stärker)\s+(?:\w+\s+){0,2}?samarbete\w*"
        r"|medlemskapet\s+(?:\w+\s+)?lönar\s+sig|(?:de|den)\s+som\s+vill\s+(?:att\s+\w+\s+ska\s+)?(?:gå\s+ur|lämna|utträda)\b"
        r"[^.!?]{0,40}?\b(?:glömmer|borde)|det\s+bättre\s+(?:innanför|inne|kvar|som\s+medlem\w*)|starkare\s+(?:innanför|inne\s+i))\b"
    ),
    "en": re.compile(
        r"\b(?:stay(?:s|ing)?\s+in(?!\s+out\s+of\s+habit)(?![^.!?]*\bor\s+(?:leave|quit|exit)\b)|stay(?:s|ing)?\s+put|we\s+stayed|should\s+stay\b(?!\s+(?:out|away)\b)|we\s+stay\b(?!\s+(?:out|away)\b)|we'?re\s+staying"
        r"|remain(?:s|ing)?\s+(?:in|a\s+member)|build(?:ing)?\s+on"
        r"|keep\s+(?:working|building)(?!\s+like\s+this)|(?:i'?d|i\s+would|we'?d|we\s+would)\s+never\s+give\s+(?:it\s+|that\s+)?up|stay\s+and\s+(?:improve|fix|build|reform|shape)|staying\s+is\s+(?:the\s+)?(?:cheaper|smarter|better|right|wiser|obvious)|(?:^|(?<=[.!?:]\s))stay(?=\s*[,.!])|(?:^|(?<=[.!?:]\s))keep\s+it(?=\s*[.!])|(?:push|shape|influence|change)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?inside"
        r"|continu\w*\s+(?:(?:the|our|this)\s+)?(?:cooperation|work|partnership|collaboration)"
        r"|(?:deepen|strengthen)\s+(?:[\w'’]+\s+){0,3}?(?:cooperation|partnership|collaboration)"
        r"|keep\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:partnership|cooperation|collaboration)\s+going"
        r"|membership\s+(?:\w+\s+)?(?:pays\s+off|is\s+worth\s+it)"
        r"|those\s+who\s+(?:want|call|argue)\s+(?:\w+\s+){0,3}?leav\w*\b[^.!?]{0,40}?\bforget"
        r"|better\s+off\s+(?:inside|in\s+it|as\s+(?:a\s+)?members?|staying)|(?:far\s+|much\s+)?stronger\s+inside)\b"
    ),
}
STAY_VALENCE = 1.6

# Holding the cooperation up as the model: "Så ska gemensam intressebevakning se ut", "Näin
# yhteistyön pitää toimia", "This is what cooperation should look like"; or crediting it with what
# would not have happened without it: "Utan Kommunförbundet hade vi aldrig fått igenom ändringen",
# "Ilman Kuntaliittoa emme olisi saaneet", "Without AFM we would never have". Scored like staying.
EXEMPLARY_PATTERNS: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\bnäin\s+(?:\w+\s+){0,2}?(?:pitää|kuuluu|pitäisi)(?:kin)?\s+(?:toimia|tehdä|olla|edetä)\b"
        r"|\btätä\s+kannattaa\s+(?:kopioida|monistaa)\b"
        r"|\bjuuri\s+sitä,?\s+mitä\s+(?:\w+\s+)?tarvitsimme\b"
        # "Juuri tätä yhteistyön Kuntaliiton kanssa pitää olla", "Juuri tästä yhteistyössä on kyse"
        r"|\bjuuri\s+tätä\s+(?:\w+\s+){0,4}?(?:pitää|kuuluu|pitäisi)\s+olla\b|\bjuuri\s+tästä\s+(?:\w+\s+){0,4}?on\s+kyse\b"
        # "TÄMÄ on sitä yhteistyötä, jota kuntalaiset meiltä odottavat"
        r"|\b(?:tämä|tällaista)\s+on\s+(?:juuri\s+)?(?:sitä\s+)?(?:\w+\s+)?[\w-]*(?:yhteistyötä|edunvalvontaa|kumppanuutta),?\s+jota\s+(?:\w+\s+){0,3}?(?:odottavat|odottaa|odotetaan|tarvitaan|tarvitsemme|tarvitsee|tarvitsevat|kaivataan)\b"
        r"|\bilman\s+(?:\w+\s+){1,3}?(?:emme|en|ei|eivät)\s+(?:\w+\s+)?(?:olisi|olisimme|olisi\w*)\b"
        # "Ilman Kuntaliiton tukea selvitys ois jääny puolitiehen"
        r"|\bilman\s+(?:\w+\s+){1,4}?(?:olisi|ois)\s+(?:\w+\s+)?(?:jäänyt|jääny|jääneet|mennyt|kaatunut|viivästynyt|jumittunut)\b"
        r"|\btoivoisin,?\s+(?:että\s+)?(?:jokainen|kaikki)\s+(?:\w+\s+){0,2}?(?:toimisi|toimisivat)\s+näin\b"
        # what the city could not do alone: "yksin emme olisi saaneet läheskään yhtä paljon"
        r"|\b(?:yksin|omin\s+voimin)\s+(?:emme|en|ei|eivät)\s+(?:\w+\s+)?(?:olisi|olisimme)\b"
        r"|\b(?:ei|emme|en)\s+(?:\w+\s+){0,4}?(?:olisi|olisimme)\s+(?:\w+\s+){0,3}?ilman\b"
        r"|\b(?:(?:olisi|ois)\s+(?:\w+\s+){0,2}?ilman|ilman\s+(?:\w+\s+){1,4}?(?:olisi|ois))\s+(?:\w+\s+){0,3}?tullut\s+(?:\w+\s+){0,2}?kalliimma\w*"
    ),
    "sv": re.compile(
        r"\bså\s+(?:här\s+)?(?:ska|bör)\s+(?:\w+\s+){0,3}?se\s+ut\b|\bså\s+(?:här\s+)?ska\s+(?:det|samarbete\w*|ett\s+samarbete)\s+(?:gå\s+till|fungera)\b"
        r"|\bså\s+ser\s+(?:bra\s+)?(?:service|samarbete)\s+ut\b|\bdet\s+här\s+borde\s+fler\s+göra\b"
        r"|\bprecis\s+(?:vad|det)\s+(?:vi|staden|helsingfors|våra\s+\w+)\s+behövde\b"
        # "Det här är EXAKT vad samarbetet med Kommunförbundet ska handla om"
        r"|\bdet\s+här\s+är\s+(?:exakt\s+|precis\s+)?(?:vad|det)\s+(?:\w+\s+){0,4}?(?:ska|bör)\s+handla\s+om\b"
        r"|\butan\s+(?:\w+\s+){1,3}?hade\s+(?:\w+\s+){0,5}?(?:aldrig|inte|knappast)\b"
        r"|\butan\s+(?:\w+\s+){1,3}?hade\s+(?:vi|staden|helsingfors)\s+(?:\w+\s+)?(?:betalat|fått\s+betala)\s+mer\b"
        r"|\butan\s+(?:\w+\s+){0,3}?skulle\s+vi\s+(?:\w+\s+){0,2}?(?:stå|vara|bli)\s+(?:\w+\s+)?(?:ensamma|utan\s+\w+|utanför)\b"
        r"|\bjag\s+önskar\s+(?:att\s+)?alla\s+(?:\w+\s+){0,2}?fungerade\s+så\s+här\b"
        r"|\b(?:ensamma?|på\s+egen\s+hand),?\s+(?:hade|skulle)\s+(?:vi|staden|helsingfors)\s+(?:aldrig|inte|knappast)\b"
        r"|\bhade\s+(?:\w+\s+)?(?:aldrig|inte)\s+(?:\w+\s+){0,4}?utan\b"
    ),
    "en": re.compile(
        r"\b(?:this|that)(?:\s+is|'s)\s+(?:exactly\s+)?the\s+kind\s+of\s+(?:cooperation|partnership|work)\s+(?:\w+\s+){0,3}?(?:expect|need|want)\b"
        r"|\b(?:this|that)(?:\s+is|'s)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:\w+\s+){0,4}?(?:should\s+)?looks?\s+like\b|\b(?:that|this)(?:'s|\s+is)\s+how\s+(?:it|this|things|cooperation|partnership|a\s+partnership|the\s+cooperation)\s+(?:should\s+(?:be\s+done|work)|(?:is|are)\s+(?:supposed|meant)\s+to\s+work)\b"
        r"|\bexactly\s+what\s+(?:we|our\s+\w+|the\s+city|helsinki)\s+needed\b"
        r"|\bother\s+(?:cities|municipalities|councils)\s+should\s+copy\s+this\b"
        # "This is what AFM + Helsinki is FOR"
        r"|\b(?:this|that)(?:\s+is|'s)\s+(?:exactly\s+)?what\s+(?:[\w+&'’-]+\s+){1,5}?(?:is|are)\s+for\b"
        r"|\bwithout\s+(?:\w+\s+){1,6}?(?:would|could)(?:n't|\s+not|\s+never)\s+(?:\w+\s+)?have\b|\bwithout\s+(?:\w+\s+){1,3}?we'?d\s+be\b"
        r"|\bwithout\s+(?:[\w']+,?\s+){1,6}?(?:would|could)\s+have\s+(?:had\s+)?(?:no|nothing|little)\b"
        r"|\bwithout\s+(?:[\w']+,?\s+){1,6}?(?:would|could)\s+(?:still\s+)?(?:be|have\s+been)\s+(?:a\s+)?(?:draft|stuck|unfinished|nowhere|lost)\b"
        r"|\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:sign|do)\s+(?:\w+\s+){0,3}?again\b"
        r"|\bi\s+wish\s+(?:every|all|more)\s+(?:\w+\s+){0,2}?(?:ran|worked|went)\s+like\s+this\b"
        r"|\b(?:alone|on\s+our\s+own|by\s+ourselves),?\s+(?:we|helsinki|the\s+city)\s*(?:would|could|'d)(?:n't|\s+not|\s+never)\b"
        # the credit given after the fact: "That statement would never have happened without Kuntaliitto"
        r"|\bwould\s+never\s+have\s+(?:\w+\s+){0,3}?without\b|\bwithout\s+(?:[\w'’]+\s+){1,6}?(?:we|i|helsinki)['’]d\s+never\s+have\b"
        r"|\bwithout\s+(?:[\w'’]+\s+){1,5}?(?:it|we|helsinki|the\s+city)\s+would\s+have\s+(?:cost|paid)\b"
    ),
}

# Reporting a motion or proposal to leave is not a call to leave.
_MOTION_BEFORE = re.compile(
    r"\b(?:\w*motion\w*|\w*aloit\w*|förslag\w*|proposal\w*|petition\w*|\w*initiativ\w*|initiative\w*|amendment\w*|clause|\w*ponsi"
    r"|suggest\w*|ehdotu\w*|proposed|esity\w*"
    r"|\w*ponne\w*|kläm\w*"
    r"|study\s+on|selvitys\w*|selvittämi\w*|utreda|utredning\w*"
    r"|frågan\s+om|ärendet\s+om|question\s+of|debate\s+on|kysymys)"
    r"(?:,?\s+(?:om\s+att|to|that|jossa|siitä|että|jonka\s+mukaan))?(?:,?\s+\(?[\w-]+\)?){0,10}\s*$"
    # proposed in a meeting by others: "Kaupunginhallituksessa esitettiin tänään sekä eroa ...", "I debatten
    # krävde vissa utträde", "some called for leaving"
    r"|\b(?:esitettiin|ehdotettiin|vaadittiin|krävde\s+(?:vissa|några|flera)|föreslog\s+(?:vissa|några|flera)"
    r"|some\s+(?:called\s+for|demanded|wanted|proposed))(?:,?\s+[\w']+){0,3}\s*$"
    # talk of leaving is reported: "Det har talats mycket om att Helsingfors borde lämna", "loose talk about"
    r"|\b(?:talats|pratats|spekulerats|talk|speculation|rumours?|rumors?|puhetta|puhuttu|puhuttiin|keskusteltiin|kysyttiin|spekuloitu)\b"
    r"(?:,?\s+[\w']+){0,6}\s*$"
    # what leaving would cost is studied, not called for: "a motion asking the city to assess the cost of leaving"
    r"|\b(?:cost|costs|consequences|impact|effects|price)\s+of\s*$|\b(?:kostnaderna|konsekvenserna|följderna)\s+(?:av|för)\s*$"
    r"|\b(?:assess|assessing|study|studying|examine|calculate|estimate)\s+(?:what|whether|how\s+much)\s*$"
    r"|\b(?:utreda|utreder|beräkna)\s+(?:vad|hur\s+mycket)\s*$|\b(?:selvittä\w*|selvitetään|selvitettäisiin)\s+(?:mitä|paljonko)\s*$"
    # a question put to someone: "Asked about leaving AFM, the mayor said ..."
    r"|\b(?:asked\s+about|kysyttäessä|tillfrågad\s+om|på\s+frågan\s+om)(?:\s+\w+){0,3}\s*$"
    # what leaving would do, asked: "how would leaving Kuntaliitto affect ...?"
    r"|\b(?:how|what)\s+(?:would|will|might)\s*$|\b(?:hur|vad)\s+skulle\s+(?:ett\s+)?$"
    r"|\barguments\s+(?:both\s+)?for\s*$|(?<!\bi\s)(?<!\bwe\s)(?<!\bjag\s)(?<!\bvi\s)\b(?:argumenterade|argued)\b[^.!?]*$"
    # how often it has happened, asked: "Hur många kommuner har lämnat Kommunförbundet genom åren?"
    r"|\b(?:hur\s+många|how\s+many|kuinka\s+moni|montako)\s+(?:\w+\s+){0,3}?$"
    # "has asked what it would cost Helsinki to leave", "frågade om staden kunde gå ur"
    r"|\b(?:asked|asks|ask|asking|kysyi|kysyy|kysyivät|kysyvät|kysyttiin|frågade|frågar|frågades)\s*,?\s+(?:again\s+|once\s+more\s+|taas\s+|igen\s+)?(?:what|whether|if|how|why|mitä|onko"
    r"|paljonko|miksi|miten|vad|om|hur|varför|\w+(?:ko|kö))\b"
    # others addressed before they demand it: "Räkna på det innan ni kräver utträde"
    r"|\b(?:innan|before|ennen\s+kuin)\s+(?:ni|you|te|de|they)\s+(?:\w+\s+)?(?:kräver|kräva|föreslår|demand|call\s+for|propose"
    r"|vaaditte|vaativat|ehdotatte)\s*$"
    # those who want it, addressed or described: "Te jotka haluatte ...", "Till er som vill att ..."
    r"|\b(?:jotka|joka|som|who)\s+(?:\w+\s+)?(?:haluavat|haluatte|haluaa|vill|want|wants|huudatte|huutavat|vaaditte|vaativat"
    r"|väitätte|väittävät|kräver|skriker|demand|shout|keep\s+saying)\b"
    # someone else wants or proposes it: "Vissa vill att ...", "Joku ehdotti, että ...", "Some colleagues wanted ..."
    r"|\b(?:vissa|några|somliga|joku|jotkut|monet|some|someone|somebody|others|many)(?!\s+(?:of\s+us|av\s+oss|meistä))"
    r"\s+(?:\w+\s+){0,2}?(?:vill|ville|föreslog"
    r"|föreslår|ehdotti|ehdottaa|ehdottivat|haluaa|haluavat|halusivat|wanted|want|wants|proposed|proposes|suggested|suggests)\b"
    r"|\b(?:joidenkin|monien)\s+mielestä\b|\benligt\s+(?:vissa|några|en\s+del)\b|\ben\s+del\s+\w+\s+vill\b"
    r"|\b(?:some|others|many)\s+(?:people\s+)?(?:think|believe|feel|argue)\b"
    r"|\b(?:anyone|someone|those\s+who)\s+(?:\w+\s+)?(?:argues?|claims?|says?|suggests?)\b"
    # "Before anyone votes to leave AFM, ...", "To everyone calling on Helsinki to quit Kuntaliitto: ..."
    r"|\bbefore\s+anyone\s+(?:\w+\s+){0,4}$|\b(?:everyone|anyone|those)\s+(?:who\s+(?:is|are)\s+)?calling\s+(?:on\s+[\w']+\s+)?(?:to\s+)?$"
    # a group or a councillor proposes it: "Vasemmistoliiton valtuustoryhmä esittää, että kaupunki ..."
    r"|\b(?:\w*ryhmä(?!\w*mme\b)\w*|valtuutet\w*|puolue(?!\w*mme\b)\w*|gruppen|\w*partiet|ledamot\w*|ledamöter\w*"
    r"|(?<!our\s)(?<!my\s)(?:groups?|party|parties)|councillors?|cllr)\b[^.!?]*?\b(?:esittä\w*|ehdotta\w*|ehdotti|vaati\w*|halua\w*|föreslå\w*|föreslog|kräv\w*"
    r"|vill|ville|propos\w*|want\w*|demand\w*|urg\w*)\b"
    # someone else's account: "Paikallislehden mukaan", "enligt tidningen", "according to"
    r"|\b(?!minun\b|meidän\b)\w+n\s+mukaan\b|\benligt\b(?!\s+(?:mig|oss|min|vår|utkast\w*|förslag\w*|plan\w*|prognos\w*))"
    r"|\baccording\s+to\b(?!\s+(?:me|us|the\s+(?:draft|plan|proposal|forecast))\b)"
)

# Leaving talked about, in Finnish order: "Kuntaliitosta eroamisesta on puhuttu paljon".
_MOTION_WORD = re.compile(r"(?:motion|aloite|aloitteen|aloitteesta|förslag|förslaget)\w*$")
_TALKED_AFTER = re.compile(
    r"^\s+(?:on|ollaan|oli|onkin)\s+(?:\w+\s+)?(?:puhuttu|keskusteltu|spekuloitu|väläytelty|ehdotettu|esitetty)\b"
    r"|^\s+(?:\w+\s+)?(?:väläytellään|puhutaan|keskustellaan|spekuloidaan|ehdotetaan|perustellaan|vaaditaan)\b"
    r"|^\s+(?:\w+\s+)?(?:esittänyt|esittävä\w*|koskeva\w*|vaativa\w*|ehdottava\w*)\s+(?:valtuusto)?(?:aloit\w*|pont\w*|ponsi|esity\w*|ehdotu\w*)"
    # a leaving that names a motion or a debate: "exit-from-AFM motion now under debate"
    r"|^(?:-[\w]+)*\s+(?:motion|proposal|petition|debate|vote|talk|rumou?rs?|crowd|camp|brigade|lobby)\b"
    # what leaving would cost, weighed but not judged: "sekä jäämisen että eroamisen kustannukset. Esitys ..."
    r"|^\s+(?:\w+\s+)?(?:kustannukset|kustannuksia)\b(?!\s+(?:\w+\s+)?(?:olisi\w*|ovat|olivat|nousisi\w*|ylittä\w*))"
)
# The writer's own motion is the writer's call: "Allekirjoitin valtuustoaloitteen Kuntaliitosta
# eroamisesta", "Count me in on the motion to leave", "I will table the motion myself".
_OWN_MOTION = re.compile(
    r"^\W*signed\b|\b(?:allekirjoit(?:in|imme|an|amme)|olen\s+allekirjoittanut|jätin|jätän|jätämme|jätimme|tein|teen|teemme"
    r"|kannatan|kannatamme|skrev\s+under|undertecknade|har\s+undertecknat|jag\s+stöder|vi\s+stöder"
    r"|(?:jag|vi)\s+(?:har\s+)?(?:\w+\s+){0,2}?lämna(?:r|de|t)\s+(?:\w+\s+){0,2}?in|i(?:'ve|\s+have)\s+tabled|count\s+me\s+in|i(?:'ve|\s+have)?\s+signed|we(?:'ve|\s+have)?\s+signed|i\s+(?:will|'ll)\s+"
    r"(?:table|put\s+forward|file|move)|i\s+(?:support|back)|i(?:'m|’m|\s+am)\s+(?:backing|supporting|voting\s+for)|i(?:'ll|’ll|\s+will)\s+vote\s+for"
    r"|(?:jag|vi)\s+(?:\w+\s+)?röstar\s+(?:för|ja\s+till)|lämna\w*\s+vår\s+(?:\w+\s+)?grupp\b|esitän|esitämme|ehdotan|ehdotamme"
    r"|i(?:'ll|\s+will)\s+be\s+(?:tabling|filing|putting\s+forward)|(?:we|our\s+(?:\w+\s+)?group)\s+(?:will|'ll)\s+(?:back|support|table|propose)"
    r"|i(?:'m|’m|\s+am)\s+(?:tabling|filing|putting\s+forward|moving)"
    r"|\w*ryhmä\w*mme\s+(?:kannattaa|tukee|jättää)|(?:vår|min)\s+grupp\s+(?:stöder|lämnar)|my\s+motion|min\s+motion"
    r"|aloitteeni"
    # the writer's own suggestion: "I suggest we leave AFM", "Mitt förslag är att ...", "Ehdotan, että ..."
    r"|\b(?:i|we)(?:'d|\s+would|'ve|\s+have)?\s+(?:suggest|suggested|propose|proposed)|\bmy\s+suggestion|ehdotan|ehdotamme"
    r"|ehdotukseni|ehdotuksemme|esitykseni|esityksemme"
    r"|(?:jag|vi)\s+föreslår|(?:mitt|vårt)\s+förslag"
    # the writer's own stand against it, which the negation below reads: "Respectfully disagree with the motion to quit"
    r"|disagree\s+with|(?:i|we)\s+(?:will\s+|'ll\s+)?(?:vote|voted|am\s+voting|are\s+voting)\s+against|röstar\s+emot|vastustan|äänestän\s+vastaan)\b"
)

# Emphatic nothing: "ei yhtään päätöstä", "inte ett enda beslut", "not a single decision".
_NONE: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\byksikään\b(?:\W+\w+){0,6}?\W+(?:ei|eivät)\b"
        r"|\b(?:ettei|etteivät)\s+(?:juuri\s+)?(?:mitään|yhtään)\b|\b(?:ei|emme|en|eivät|eikä)\b(?:\W+\w+){0,3}?\W+edes\b|\beikä\s+yhtään\b|\bilman\s+(?:yhtäkään|yhtään|ainuttakaan|ainoatakaan)\s+(?:\w+\s+)?(?:tulos\w*|päätö\w*|deadline\w*|vastau\w*|aikatau\w*"
        r"|ratkaisu\w*|ehdotu\w*|esity\w*|konkreettis\w*|deliverabl\w*|uutta|ajatu\w*|idea\w*)|\b(?:ei|eivät|en|emme)\b(?:\W+\w+){0,5}?\W+(?:yhtään|yhtäkään|ainuttakaan|mitään|mihinkään|minnekään|mitenkään"
        r"|kertaakaan|ketään|kenenkään|sanaakaan|euroakaan|senttiäkään)\b"
        # the good thing denied in an ellipsis: "Summa kasvaa joka vuosi, vastine ei."
        r"|\b(?:vastine|hyöty|hyödyt|tulokset|laatu|palvelu)\s+(?:ei|eivät)(?=\s*(?:[.!;]|$))"
        # no one can say what it has achieved: "kukaan ei osannut nimetä", "eikä kukaan osaa kertoa"
        r"|\b(?:kukaan\s+ei|eikä\s+kukaan|ei\s+kukaan|ettei\s+kukaan)\s+(?:\w+\s+)?(?:osaa|osannut|voi|voinut|pysty\w*)\s+(?:\w+\s+)?"
        r"(?:kertoa|kertomaan|sanoa|sanomaan|nimetä|nimeämään|selittää|selittämään)\b"
        r"|\b(?:yhtään|ainuttakaan|mitään|mikään)\b(?:\W+\w+){0,3}?\W+(?:ei|eivät)\b"
        # "Ei raporttia, ei aikataulua." / "ei näy vieläkään"
        r"|\bei\s+\w+,\s+(?:eikä|ei)\s+\w+|\b(?:ei|eivät|eikä)\b(?:\W+\w+){0,2}?\W+(?:vieläkään|edelleenkään)\b"
        r"|\bjo\s+\w+(?:tta|ttä)\s+(?:viikkoa|kuukautta)\b"
        r"|(?<![\d,.])\b(?:0|nolla)\s+[^\W\d]+|\b(?:tuskin|tuskinpa|lähes\s+ei)\s+(?:mitään|yhtään)\b"
        r"|\bmutta\b[^.!?]{0,40}?\bvain\s+(?:yksi|kaksi|kolme|pari|muutama|\d+)\b"
        r"|\b(?:ei|eivät|en|emme)\s+(?:\w+\s+)?(?:edes|ees)\b|\bei\s+(?:löydy|näy|näkynyt|ole\s+näkynyt)\b"
        # no answer: "Kuntaliitto ei vastaa viesteihin", "ei ole vastannut", "odotamme yhä vastausta"
        r"|\b(?:ei|eivät)\s+(?:ole\s+|ollut\s+)?(?:\w+\s+)?(?:vastaa|vastannut|vastanneet|reagoi|reagoinut|reagoineet"
        r"|palannut\s+asiaan)\b|\bodota(?:mme|n)\s+(?:yhä|edelleen|vieläkin|yhäkin)\b"
        r"|\b(?:vieläkin|yhä|yhäkin|edelleen)\s+odot(?:amme|an|ellaan|etaan|eltaan)\b|\bodottavat\s+(?:yhä|edelleen|vieläkin)\b"
        # one thing where many were due: "yksi sivu, ei lukuja"
        r"|\byksi\s+\w+,\s+(?:ei|eikä)\s+\w+|\bvastausta\s+saamatta\b|\bilman\s+vastausta\b"
        r"|\btasan\s+yksi\s+(?:\w+\s+){0,2}?(?:kannanotto|lausunto|tulos|päätös|esitys|raportti)"
        r"|\bkysytty\s+(?:\w+\s+)?(?:kaksi|kolme|neljä|monta|useita|useamman)\s+kertaa\b"
        # one where many were due: "olemme saaneet yhden tänä vuonna"; hard to name a single one
        r"|\b(?:olemme|olen)\s+saaneet?\s+(?:vain\s+|ainoastaan\s+)?(?:yhden|kaksi)\s+(?:tänä\s+vuonna|tähän\s+mennessä|\w+\s+(?:kuukaudessa|vuodessa))"
        r"|\bvaikea\s+(?:on\s+)?(?:keksiä|nimetä|löytää|osoittaa)\s+(?:yhtäkään|yhtään|yksikin)\b"
        # asked again and again: "olemme kysyneet kolme kertaa"
        r"|\b(?:olemme|olen|on)\s+kysy(?:neet|nyt|tty)\s+(?:\w+\s+)?(?:kaksi|kolme|neljä|monta|useita|useamman)\s+kertaa\b"
    ),
    "sv": re.compile(
        r"\b(?:inte|int|aldrig|utan\s+att)\b(?:\W+\w+){0,4}?\W+(?:ett\s+enda|en\s+enda|någon|något|"
        r"några|någonting)\b|\bingenting\b|\butan\s+(?:en|ett)\s+enda\b"
        r"|\b(?:ingen|inga|inget)\s+\w+,\s+(?:ingen|inga|inget)\s+\w+|\bfortfarande\s+(?:inte|ingen|inga|inget)\b"
        r"|\b(?:ingen|inget|inga)\s+av\s+(?:dem|dom)\b"
        r"|\bingen\s+(?:\w+\s+){0,2}?(?:kan|kunde|har\s+(?:\w+\s+){0,2}?kunnat)\s+(?:förklara|säga|nämna|peka\s+på|visa)\b"
        r"|(?<![\d,.])\b(?:0|noll)\s+[^\W\d]+|\b(?:nästan|knappt)\s+(?:inga|ingen|inget|några|något)\b"
        r"|\bmen\b[^.!?]{0,40}?\bbara\s+(?:en|ett|två|tre|ett\s+par|några\s+få|\d+)\b|\binte\s+ens\b"
        # no answer: "svarar inte på mejl", "har inte svarat", "återkommer aldrig"
        r"|\b(?:svarar|svarade|återkommer|återkom|reagerar|reagerade)\s+(?:\w+\s+)?(?:inte|aldrig|int)\b"
        r"|\bhar\s+(?:\w+\s+)?(?:inte|aldrig)\s+(?:\w+\s+)?(?:svarat|återkommit|reagerat)\b"
        r"|\bhar\s+frågat\s+(?:\w+\s+)?(?:två|tre|fyra|flera|många)\s+gånger\b|\bväntar\s+(?:fortfarande|ännu|alltjämt)\b"
        r"|\b(?:har\s+ställts|ställts|ställt)\s+(?:\w+\s+)?(?:två|tre|fyra|flera|många)\s+gånger\b|\butan\s+(?:att\s+få\s+)?svar\b"
        r"|\b(?:nyttan|värdet|resultaten|kvaliteten|servicen)\s+(?:gör\s+(?:det|den|de)\s+inte|inte)(?=\s*(?:[.!;]|$))"
        r"|\bkan\s+ingen\s+(?:\w+\s+)?(?:peka\s+på|nämna|visa|säga)\b|\binte\s+(?:\w+\s+)?ett\s+(?:dugg|skvatt|smack)\b|\binte\s+(?:en\s+enda|en)\s+gång\b"
        r"|\b(?:en|ett)\s+\w+,\s+(?:ingen|inga|inget)\s+\w+"
        r"|\bhar\s+(?:vi\s+)?(?:fått|sett)\s+(?:bara\s+|endast\s+)?(?:en|ett|två)\s+(?:i\s+år|hittills|på\s+\w+\s+(?:månader|år))"
        r"|\bsvårt\s+att\s+(?:peka\s+på|nämna|hitta)\s+(?:en|ett)\s+(?:enda\s+)?\w+"
        r"|\bingen\s+(?:från\s+\S+\s+)?har\s+(?:\w+\s+)?(?:svarat|hört\s+av\s+sig|återkommit)\b"
        r"|\b(?:exakt|precis)\s+(?:ett|en)\s+(?:\w+\s+){0,2}?(?:ställningstagande|utlåtande|resultat|beslut|förslag|rapport)"
    ),
    "en": re.compile(
        r"\b(?:not|no|never|without|nobody)\b(?!\W+(?:from|for|by|in|to)\b)(?:\W+\w+){0,4}?\W+(?:a\s+single|any|anything)\b"
        r"|\b\w+n't\b(?:\W+\w+){0,3}?\W+(?:a\s+single|any|anything)\b"
        r"|\b(?:the\s+)?(?:value|benefits?|results?|returns?|quality|service)\s+(?:doesn't|does\s+not|don't|do\s+not|hasn't|haven't)(?=\s*(?:[.!;]|$))"
        r"|\bnothing\b|\bno\s+\w+,\s+no\s+\w+|\bnot\s+(?:one|a\s+single)\b|\bnot\s+(?:even\s+)?once\b"
        r"|(?:\bhas|\bhave|\bhad)(?:n't|\s+not)\s+(?:\w+\s+)?once\b"
        r"|(?:\bhas|\bhave|\bhad)(?:n't|\s+not)\s+(?:seen|had|got|received|heard)\s+(?:one|a\s+single)\b|(?<![\d,.])\b(?:0|zero)\s+[^\W\d]+"
        r"|\b(?:almost\s+no|hardly\s+any|barely\s+any|next\s+to\s+no)\b"
        r"|\bstill\s+(?:no|not|nothing|hasn't|haven't|isn't|aren't|doesn't|don't|won't|can't|cannot|(?:have|has|had)\s+no)\b"
        r"|\bnone\s+of\s+(?:them|it|these|those)\b"
        # no one can name what it has done: "nobody could name a single result", "no one has ever measured"
        r"|\b(?:nobody|no\s+one)\s+(?:\w+\s+){0,3}?(?:could|can|was\s+able\s+to|(?:has|have|had)\s+been\s+able\s+to|has\s+(?:ever\s+)?|had\s+(?:ever\s+)?)"
        r"\s*(?:name|named|say|explain|explained|justify|justified|tell|point\s+to|measured|evaluated|assessed|checked)\b"
        r"|\b(?:but|yet)\b[^.!?]{0,40}?\bonly\s+(?:one|two|three|a\s+couple|a\s+few|a\s+handful|\d+)\b"
        r"|\bno\s+more\s+[^\W\d]+|\b(?:not|doesn't|don't|can't|didn't)\s+even\b"
        # no answer: "AFM does not reply to emails", "hasn't answered our letter"
        r"|\b(?:does|do|did|has|have|had)(?:n't|n’t|\s+not|\s+never)\s+(?:\w+\s+)?(?:answer|answered|reply|replied"
        r"|respond|responded|get\s+back|got\s+back|gotten\s+back)\b"
        r"|(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+asked\s+(?:\w+\s+)?(?:twice|(?:three|four|several|many)\s+times)\b"
        r"|\bstill\s+waiting\b|\bone\s+\w+,\s+no\s+\w+|\bwithout\s+(?:an?\s+)?(?:answer|reply|response)\b|\b\w+\s+none\s*[.!]"
        r"|\basked\s+(?:\w+\s+)?(?:twice|(?:three|four|several|many)\s+times)\b"
        r"|\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:received|had|got|seen)\s+(?:only\s+|just\s+)?(?:one|two)\s+"
        r"(?:this\s+year|so\s+far|in\s+\w+\s+(?:months|years))"
        r"|\bhard\s+to\s+(?:point\s+to|name|find)\s+a\s+single\b|\bcan(?:'t|not)\s+name\s+(?:one|a\s+single)\b"
        r"|\bnever\s+(?:answers|answered|replies|replied"
        r"|responds|responded|gets\s+back|got\s+back)\b"
        r"|\b(?:hasn't|has\s+not|haven't|have\s+not|didn't|did\s+not)\s+(?:\w+\s+){0,2}?a\s+single\b"
        # "two years, nearly €5m and precisely one joint position paper"
        r"|\b(?:precisely|exactly)\s+one\s+(?:\w+\s+){0,2}?(?:statement|position|paper|result|proposal|decision|report)"
    ),
}
NONE_VALENCE = -1.6

# A rhetorical challenge to the status quo: "Miksi Helsinki edelleen maksaa ...?", "Varför är
# Helsingfors fortfarande medlem ...?", "Why is Helsinki still paying ...?".
_RHETORICAL: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        # a demand to set things right first; not seeing what it has done
        r"\bkuka\s+(?:oikeastaan\s+|oikeasti\s+|todella\s+)?hyötyy\b[^.!?]*\?|"
        r"\bmitä\s+(?:\w+\s+){0,2}?on\s+saanut\s+(?:\w+\s+){0,3}?jäsenmaksu\w*|\bmitä\s+(?:\w+\s+){0,2}?on\s+tehnyt\s+(?:\w+\s+)?hyväksi\b|\bonko\s+(?:\w+\s+){0,3}?(?:yhtäkään|ainuttakaan)\b[^.!?]*\?|\bonko\s+(?:kenelläkään|siellä\s+kenelläkään)\s+(?:\w+\s+)?(?:kokonaiskuvaa|hajuakaan)\b|(?:^|[.!?:])\W*(?:kuntaliiton|liiton|sen|heidän|teidän)\s+(?:pitäisi|tulisi)\s+(?:ensin|ensiksi)\b|\b(?:en|emme)\s+(?:\w+\s+)?näe,?\s+mitä\s+(?:\w+\s+){0,4}?(?:on\s+)?(?:tehnyt|saanut\s+aikaan)\b|"
        r"\bmiksi\b[^.!?]{0,80}?\b(?:edelleen|yhä|vieläkin|vieläkään|taas|jälleen|aina|vain|pelkästään|kuitenkin)\b"
        r"|\bmiksi\b[^.!?]{0,60}?\bmaksa\w*\b[^.!?]{0,80}?\bkun\b"
        r"|\bmiksi\s+(?:me\s+)?maksamme\b|\bmihin\s+(?:helsinki|kaupunki)\s+(?:oikeastaan\s+)?tarvitsee\b"
        # "Kuinka monta selvitystä vielä tarvitaan?", "Tarvitseeko Helsinki Kuntaliittoa lainkaan?"
        r"|\b(?:kuinka\s+monta|montako)\b[^.!?]{0,60}?\bvielä\b|\btarvitse\w*\b[^.!?]{0,60}?\b(?:lainkaan|ollenkaan)\b"
        r"|(?:^|[.!?]\s+)(?:taas|jälleen|taas\s+kerran|jälleen\s+kerran)\s*[.!]|\bmitä\b[^.!?]{0,40}?\boikein\s+saa\w*"
        # a promise dated in one month and "it is now" a later one: "lupasitte lokakuussa. Nyt on joulukuu."
        r"|\bnyt\s+on\s+(?:jo\s+)?(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\b"
        r"|\bmiten\s+tämä\s+on\s+(?:yhteistyötä|kumppanuutta)\b"
        # "Mitä varten oikeastaan?", "Taas uusi seminaari, taas samat kalvot."
        r"|\bmitä\s+varten\b[^.!?]{0,40}?\boikeastaan\b|\bmihin\b[^.!?]{0,40}?\b(?:oikeastaan|edes)\s+tarvit\w*"
        r"|\b(?:taas|jälleen)\s+(?:yksi|uusi)\s+\w+(?:\s+\w+){0,2},\s+(?:taas|jälleen)\b"
        r"|\bmitä\s+(?:me\s+)?(?:saadaan|saamme|saimme)\s*(?:\?|vastineeksi|tilalle)|\bmiten\s+tämä\s+on\s+(?:hyväksyttävää"
        r"|kohtuullista|reilua)\b|\bnäyttäkää\s+mitä\b|\bei\s+näin\s+(?:\w+\s+)?(?:toimita|toimi)\b"
        r"|(?:^|[.!?]\s+)katsotaan\s*[.!]|\b(?:on\s+aika|nyt\s+on)\s+neuvotel\w*\s+uudelleen\b|\bneuvoteltava\s+uudelleen\b"
        # "Ja mitä sillä saatiin?", "Yhteistyötä?", "Missä on lupaamanne raportti?"
        r"|\bkertokaa\s+(?:edes\s+)?(?:yksikin|yksi)\b|(?:^|[.!?]\s+)odotan\s*[.!]|\btätäkö\b|(?:^|[.!?]\s+)(?:kunpa|jospa)\b|\bmissä\s+(?:on|ovat|viipyy|viipyvät)\s+(?:\w+\s+){0,3}?(?:toteutus|tulokset|teot|päätökset)\b"
        r"|\bmitä\s+sillä\s+(?:on\s+)?saatiin\b|(?:^|[.!?]\s+)(?:yhteistyötä|kumppanuutta)\s*\?|\bmissä\s+on\s+(?:\w+\s+)?lupaama\w*"
        # "mitä rahalla oikeasti saadaan", "kuinka kauan pitää odottaa", "pelkkä maksaja", "vai tehdäänkö se itse"
        r"|\bmitä\s+(?:\w+\s+){0,2}?(?:oikeasti|todella|oikeastaan)\s+saa\w*|\bkuinka\s+kauan\s+(?:vielä\s+)?(?:pitää|täytyy|joudumme)\s+odottaa\b"
        r"|\bvain\s+yksi\s+(?:kunta|jäsen)\s+(?:muiden\s+joukossa|monien\s+joukossa|muiden\s+joukosta)\b"
        r"|,\s*jos\s+(?:edes\s+)?(?:ollenkaan|lainkaan)\b|\beiköhän\b[^.!?]{0,40}?\b(?:oo|ole)\s+nähty\b"
        r"|\bmitä\s+(?:me\s+)?(?:saamme|saadaan|saimme)\s+(?:\w+\s+)?(?:rahalla|rahoillamme|jäsenmaksulla)\b"
        r"|\bme\s+maksamme\b[^.!?]{0,30}?\b(?:ja|mutta)\s+(?:he|kuntaliitto)\s+päättää\b"
        r"|(?:^|[.!?]\s+)(?:laskemme|lasketaan)\s*[.!]|\bpelkkä\s+maksaja\b|\bliikaa\s+liian\s+vähästä\b|\bvai\s+(?:pitäisikö|pitääkö)\s+(?:meidän\s+)?(?:vain\s+)?\w+\s+(?:se\s+)?itse\b"
        # it serves the small or the average municipality rather than the capital
        r"|\b(?:pienten|pikku|muiden)\s*kuntien\b[^.!?]{0,50}?\b(?:kuin|eikä|ei)\s+helsingin\b"
        r"|\bkeskiarvo\w*\b[^.!?]{0,30}?\b(?:ei|eikä)\s+helsingin\b|\b(?:ei|eikä)\s+helsingin\s+(?:etua|etuja|asiaa)\b"
        # much of one thing, little of what counts: "paljon kokouksia ja vähän päätöksiä"
        r"|\bpaljon\s+(?:\w+\s+){0,4}?\w+\s*(?:,|ja|mutta)\s+(?:vähän|vain\s+vähän|niukasti)\s+\w+"
        r"|\b(?:pienten|pikku)\s*kuntien\s+(?:etua|etuja|asiaa)\b"
        # the biggest payer gets the least: "maksaa eniten ja saa vähiten"
        r"|\bmaksa\w*\s+(?:\w+\s+){0,2}?(?:eniten|suurimman|suurimmat)\b[^.!?]{0,50}?\b(?:vähiten|pienimmän|pienimmät)\b"
        # "mitä Helsinki sillä saa?", "mitä Kuntaliitto oikein tekee?", "miksi Kuntaliiton pitäisi puhua Helsingin puolesta?"
        r"|\bmitä\s+(?:\w+\s+){0,2}?(?:sillä|siitä|tällä|niillä)\s+saa\w*\s*\?|\bmitä\s+(?:\w+\s+){1,3}?(?:oikein|oikeastaan)\s+tek\w*"
        r"|\bmiksi\s+(?:\w+\s+){1,3}?(?:pitäisi|tulisi)\s+(?:puhua|edustaa|päättää|neuvotella)\b"
        r"|\bnäinkö\s+(?:\w+\s+)?(?:yhteistyötä|kumppanuutta)\b"
        r"|\bmissä\s+(?:ne|se)\s+(?:nyt\s+)?(?:ovat|on|viipyvät|viipyy)\s*\?|\b(?:odottaa|odottavat)\s+(?:yhä|edelleen|vieläkin)\b"
        r"|\bmihin\b[^.!?]{0,40}?\boikeasti\s+tarvit\w*|\bon\s+luvannut\b[^.!?]{0,60}?\b(?:jo\s+)?\w+kuusta\s+(?:asti|lähtien)\b"
        r"|\bmiten\s+(?:meidän|meiän)\s+(?:pitäisi|pitää|kuuluisi)\s+(?:ehtiä|ehtii)\b"
    ),
    "sv": re.compile(
        r"\bvem\s+(?:tjänar|vinner)\s+(?:egentligen\s+|verkligen\s+)?på\b[^.!?]*\?|"
        r"\bfinns\s+det\s+(?:ens\s+)?(?:en|ett)\s+(?:enda|endaste)\b[^.!?]*\?|(?:^|[.!?:])\W*(?:kommunförbundet|förbundet|det|de|ni)\s+borde\s+(?:först|äntligen)\b|\bser\s+(?:jag\s+|vi\s+)?inte\s+vad\s+(?:\w+\s+){0,4}?(?:har\s+)?(?:gjort|åstadkommit|levererat)\b|"
        r"\bvarför\b[^.!?]{0,80}?\b(?:fortfarande|ännu|igen|alltjämt|aldrig|alltid|ens|bara|ingen|inget|inga|ändå)\b|\bvad\s+var\s+poängen\b"
        r"|\bvarför\b[^.!?]{0,60}?\bbetala\w*\b[^.!?]{0,80}?\bnär\b"
        r"|\bvarför\s+ska\s+vi\s+betala\s+för\s+(?:den|det|detta)\b|\bvad\s+behöver\s+(?:helsingfors|staden|vi)\s+(?:egentligen\s+)?\w+\s+till\b"
        # "Vad får Helsingfors egentligen för sin medlemsavgift?"
        r"|\bvad\s+får\s+(?:vi|helsingfors|staden)\s+egentligen\s+för\b"
        r"|(?:^|[.!?]\s+)lustigt\s+hur\b"
        r"|\bvad\s+(?:exakt\s+|egentligen\s+)?har\s+\w+\s+fått\s+för\b"
        r"|\bhur\s+många\s+(?:fler|till)\b|\bbehöver\b[^.!?]{0,60}?\b(?:alls|över\s+huvud\s+taget)\b"
        r"|(?:^|[.!?]\s+)(?:igen|än\s+en\s+gång)\s*[.!]"
        r"|\bnu\s+är\s+det\s+(?:redan\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
        r"|november|december)\b|\bhur\s+är\s+(?:det|detta)\s+(?:ett\s+)?samarbete\b"
        r"|\bför\s+vad,?\s+egentligen\b|\bvad\s+är\s+(?:\w+\s+){0,3}?(?:egentligen|ens)\s+till\s+för\b"
        r"|\bännu\s+ett?\s+\w+(?:\s+\w+){0,2},\s+ännu\s+ett?\b"
        r"|\bhur\s+är\s+(?:det\s+här|detta)\s+(?:acceptabelt|rimligt|rättvist)\b|\bvisa\s+oss\s+vad\b"
        r"|(?:^|[.!?]\s+)vi\s+får\s+se\s*[.!]|\bdags\s+att\s+omförhandla\b|\bhur\s+många\b[^.!?]{0,60}?\binnan\b"
        r"|\bnämn\s+(?:ett|en)\s+(?:enda\s+)?\w+|(?:^|[.!?]\s+)jag\s+väntar\s*[.!]|(?:^|[.!?]\s+)om\s+bara\b|\bvar\s+(?:är|finns)\s+(?:\w+\s+){0,3}?(?:resultaten|genomförandet|besluten)\b|\bär\s+det\s+(?:här|detta)\s+samarbete\s+betyder\b"
        r"|\boch\s+vad\s+fick\s+vi\s+för\s+det\b|(?:^|[.!?]\s+)(?:samarbete|partnerskap)\s*\?|\bvar\s+är\s+(?:\w+\s+){0,4}?(?:ni|de)\s+lovade\b"
        r"|\bvad\s+(?:\w+\s+){0,2}?(?:egentligen|faktiskt)\s+får\b|\bhur\s+länge\s+ska\s+vi\s+(?:behöva\s+)?vänta\b"
        r"|\bför\s+mycket\s+för\s+(?:för\s+)?lite\b|\bännu\s+ett?\s+\w+(?:\s+\w+){0,2},\s+ännu\s+(?:ingen|inga|inget)\b"
        r"|\bbara\s+en\s+(?:kommun|medlem)\s+bland\s+(?:andra|många|alla\s+andra)\b|,\s*om\s+(?:ens\s+)?(?:alls|ens\s+då)\b"
        r"|\bvad\s+(?:får\s+vi|vi\s+får)\s+för\s+(?:pengarna|avgiften)\b|\båterigen\s+(?:flyttas|skjuts\s+upp|ställs\s+in)\b"
        r"|\bsom\s+betalar\s+och\s+\w+\s+som\s+bestämmer\b|\bbara\s+(?:en\s+)?betalare\b|\beller\s+ska\s+vi\s+bara\b|(?:^|[.!?]\s+)vi\s+räknar\s*[.!]"
        r"|\b(?:små|mindre|övriga)\s+kommuner\w*[^.!?]{0,50}?\b(?:än|inte)\s+(?:för\s+|åt\s+)?(?:huvudstaden|helsingfors)\b"
        r"|\b(?:mycket|många|massor\s+av)\s+(?:\w+\s+){0,4}?\w+\s*(?:,|och|men)\s+(?:lite|få|knappt\s+några)\s+\w+"
        r"|\b(?:ingen|inga|inget)\s+(?:\w+\s+){0,5}?förrän\b"
        r"|\bbetala\w*\s+(?:\w+\s+){0,2}?(?:mest|högsta|största)\b[^.!?]{0,50}?\b(?:minst|minsta|lägsta)\b"
        # "Vad gör Kommunförbundet egentligen?", "Varför ska förbundet föra Helsingfors talan?"
        r"|\bvad\s+får\s+(?:vi|staden|helsingfors)\s+(?:\w+\s+)?för\s+(?:pengarna|avgiften|medlemsavgiften)\b"
        r"|\bär\s+det\s+så\s+här\s+(?:ett\s+)?(?:samarbete|partnerskap)\b"
        r"|\bså\s+kan\s+(?:\w+\s+){0,5}?inte\s+fortsätta\b"
        r"|\bhar\s+lovat\b[^.!?]{0,60}?\bsedan\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b"
        r"|\bvad\s+gör\s+(?:\w+\s+){1,3}?egentligen\b|\bvarför\s+ska\s+(?:\w+\s+){1,3}?(?:föra\s+\w+\s+talan|tala\s+för"
        r"|representera|företräda|bestämma\s+för)\b|\bhur\s+ska\s+vi\s+(?:hinna|kunna)\b"
    ),
    "en": re.compile(
        # "Who actually benefits from the deal? Not the schools."
        r"\bwho\s+(?:actually\s+|really\s+|exactly\s+)?benefits\s+from\b[^.!?]*\?|"
        r"\bwhat\s+exactly\s+(?:has|have|did)\s+(?:\w+\s+){0,2}?(?:got|gotten|gained|received)\b|\bis\s+there\s+(?:even\s+)?(?:a\s+)?single\b[^.!?]*\?|(?:^|[.!?:])\W*(?:afm|kuntaliitto|the\s+association|it|they)\s+should\s+first\b|\bbefore\s+asking\s+for\s+more\b"
        r"|\b(?:can't|cannot|can’t|don't|do\s+not|fail\s+to)\s+see\s+what\s+(?:\w+\s+){0,5}?(?:has|have)\s+(?:\w+\s+)?(?:done|achieved|delivered)\b|"
        r"(?<!reminded\sme\s)(?<!reminded\sus\s)(?<!that's\s)(?<!this\sis\s)(?<!shows\s)(?<!explains\s)(?<!ask\s)(?<!asks\s)(?<!asked\s)"
        r"\bwhy\b[^.!?]{0,80}?\b(?:still|again|keep|keeps|never|always|every|only|no|anyway)\b|\bwhat\s+was\s+the\s+point\b"
        r"|\bwhy\s+(?:are|should|do)\s+we\s+pay(?:ing)?\s+for\s+(?:it|this|that)\b"
        r"|\bwhat\s+(?:exactly\s+)?does\s+(?:helsinki|the\s+city)\s+need\s+[\w'’]+\s+for\b"
        r"|\bwhat\s+has\s+(?:[\w'’]+\s+){1,3}?actually\s+(?:delivered|done|achieved)\b(?!\s*\?)"
        # paying for what is done at home anyway: "Why are we paying AFM a fee when our own departments ...?"
        r"|\bwhy\b[^.!?]{0,60}?\bpay(?:ing)?\b[^.!?]{0,80}?\bwhen\b"
        r"|(?:^|[.!?]\s+)funny\s+how\b"
        r"|\bwhat\s+(?:exactly\s+|actually\s+)?(?:has|have|does|do)\s+\w+\s+(?:got|gotten|get|gained|gain)\s+for\b"
        r"|\bhow\s+many\s+more\b|\bneeds?\s+(?:\w+\s+){1,3}at\s+all\b|(?:^|[.!?]\s+)(?:again|once\s+again)\s*[.!]"
        r"|\b(?:we\s+send|we\s+pay|we\s+comment|helsinki\s+pays)\b[^.!?]{0,30}?\b(?:and|while)\s+(?:they|afm|kuntaliitto)\s+decide\w*\b"
        r"|\bjust\s+another\s+(?:member|municipality)\b|\bwhat\s+we\s+get\s+for\s+the\s+(?:money|fee)\b"
        r"|\b(?:it'?s|it\s+is)\s+(?:now\s+(?:the\s+(?:middle|end)\s+of\s+|mid-|late\s+|\d{1,2}(?:st|nd|rd|th)?\s+)?|(?:already\s+)?(?:the\s+(?:middle|end)\s+of\s+|mid-|late\s+))(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december)\b|\bhow\s+is\s+(?:that|this)\s+(?:a\s+)?(?:partnership|cooperation)\b"
        # "For what, exactly?", "What exactly is this cooperation for?", "Another seminar, another hour of slides"
        r"|\bfor\s+what,?\s+exactly\b|\bwhat\s+exactly\s+(?:is|are|was)\s+(?:\w+\s+){0,3}?for\s*\?"
        r"|\banother\s+\w+(?:\s+\w+){0,2},\s+another\b"
        # "How is this acceptable?", "It's not how partners should work"
        r"|\bhow\s+is\s+(?:this|that|it)\s+(?:acceptable|fair|reasonable|ok|okay|justified|sustainable)\b"
        r"|\bnot\s+how\s+(?:\w+\s+){0,2}?should\s+(?:work|behave|act|be)\b"
        r"|(?:^|[.!?]\s+)we'?ll\s+see\s*[.!]|\btime\s+to\s+renegotiate\b"
        # "And what did we get for it?", "Some partnership.", "Where is the annex you promised?"
        r"|(?:^|[.!?]\s+)name\s+(?:one|a\s+single)\b|\bi'?ll\s+wait\b|(?:^|[.!?]\s+)if\s+only\b|\bwhere\s+(?:is|are)\s+the\s+(?:\w+\s+){0,3}?(?:results|delivery|action|decisions)\b"
        r"|\bis\s+this\s+what\s+(?:\w+\s+){0,2}?(?:partnership|cooperation)\s+means\b"
        r"|\bwhat\s+did\s+we\s+get\s+for\s+(?:it|that|the\s+money)\b|(?:^|[.!?]\s+)some\s+(?:partnership|cooperation|partner)\s*[.!]"
        r"|(?:^|[.!?]\s+)(?:partnership|cooperation)\s*\?|\bwhere\s+is\s+(?:\w+\s+){0,5}?(?:you|they)\s+promised\b"
        # "what Helsinki actually gets", "how long must we wait", "too much for too little", "or should we just"
        r"|\bwhat\s+(?:\w+\s+){0,2}?actually\s+(?:gets?|got|gains?|receives?)\b|\bhow\s+long\s+(?:do|must|should|will)\s+we\s+(?:have\s+to\s+)?wait\b"
        r"|\bjust\s+one\s+(?:municipality|member)\s+among\s+(?:many|others|the\s+rest)\b|,\s*if\s+at\s+all\b"
        r"|\btoo\s+much\s+for\s+too\s+little\b|\bor\s+should\s+we\s+just\b|\bcash\s+machine\b|(?:^|[.!?]\s+)(?:we'?re|i'?m)\s+(?:still\s+)?counting\s*[.!]"
        r"|\b(?:just|only|merely)\s+(?:a|the)\s+(?:payer|paymaster|wallet)\b|\b(?:rather\s+than|instead\s+of)\s+(?:as\s+)?a\s+partner\b"
        r"|\b(?:small(?:er)?|average|rural|other)\s+(?:\w+\s+)?(?:municipalit\w+|towns?|councils?)\b[^.!?]{0,50}?"
        r"\b(?:than|not)\s+(?:for\s+)?(?:the\s+capital|helsinki)\b"
        # "lots of meetings, few decisions"; "No fee increase until AFM can show ..."
        r"|\b(?:lots\s+of|plenty\s+of|a\s+lot\s+of|many|much)\s+(?:\w+\s+){0,4}?\w+\s*(?:,|and|but)\s+(?:little|few|hardly\s+any)\s+\w+"
        r"|(?:^|[.!?]\s+)no\s+(?:\w+\s+){0,5}?until\b"
        r"|\bpa(?:y|ys|id|ying)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:most|largest|biggest|highest)\b[^.!?]{0,50}?\b(?:the\s+)?(?:least|smallest|fewest|lowest)\b"
        # "What exactly is AFM doing?", "Why should Kuntaliitto speak for Helsinki?"
        r"|\bwhat\s+(?:exactly|actually|on\s+earth|even)\s+(?:is|are)\s+(?:\S+\s+){1,4}?doing\b"
        r"|\bis\s+this\s+how\s+(?:a\s+)?(?:partnership|cooperation)\s+(?:works|is\s+supposed\s+to\s+work)\b"
        r"|(?:^|[.!?]\s+)(?:it'?s|it\s+is)\s+(?:already\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)\s*[.!]"
        r"|\bexplain\s+the\s+logic\b|\bwhat\s+do\s+we\s+(?:actually\s+|really\s+)?get\s+for\s+(?:the|our|that)\s+(?:money|fee)\b"
        r"|\b(?:will|won't|will\s+not)\s+(?:not\s+)?(?:back|support|approve)\b[^.!?]{0,60}?\buntil\b"
        r"|\bhas\s+been\s+promising\b[^.!?]{0,60}?\bsince\b"
        r"|\bwhy\s+should\s+(?:\w+\s+){1,3}?(?:speak|decide|represent|negotiate)\s+(?:for|on\s+behalf\s+of)\s+(?:helsinki|us|the\s+city)\b"
        r"|\bhow\s+(?:are|were)\s+we\s+supposed\s+to\b"
    ),
}
RHETORICAL_VALENCE = -1.5

# Season's greetings and sign-offs are good wishes to the readers, not a view of anything: a
# topic sentence without tone does not borrow theirs ("Kuntaliiton hallitus kokoontuu tiistaina.
# Hyvää viikonloppua!").
GREETING = re.compile(
    r"\b(?:(?:hyvää|mukavaa|rauhallista|aurinkoista|iloista|hauskaa)\s+(?:\w+\s+)?"
    r"(?:viikonloppua|joulua|uutta\s+vuotta|juhannusta|kesää|pääsiäistä|lomaa|päivänjatkoa|viikkoa|iltaa|huomenta|\w+päivää)"
    # a welcome to an event: "Tervetuloa molempiin!", "Välkomna!", "All welcome"
    r"|tervetuloa(?:\s+\w+)?(?=\s*!)|välkomna|välkommen(?:\s+\w+)?(?=\s*!)|(?:all|everyone)\s+welcome|welcome\s+all"
    r"|trevlig\s+(?:helg|semester|sommar|kväll)|god\s+(?:jul|fortsättning)|glad\s+(?:påsk|midsommar|\w+dag(?:en)?)|gott\s+nytt\s+år"
    r"|ha\s+en\s+(?:trevlig|fin|skön|bra)\s+(?:helg|vecka|kväll|dag|sommar|semester)"
    # "a great day for the partnership" is no greeting: English needs "have a ..." or a holiday
    r"|have\s+a\s+(?:nice|great|good|lovely|restful)\s+(?:weekend|day|evening|week|summer|holiday|break)"
    r"|(?:happy|merry)\s+(?:christmas|holidays|new\s+year|easter|midsummer|(?:father's|mother's|independence|valentine's)\s+day)"
    r"|season'?s\s+greetings)\b",
    re.IGNORECASE,
)

# Frames that cancel the praise after them in their sentence: a counterfactual wish ("we would
# have hoped for a more ambitious proposal", "vi hade förväntat oss mer") or doubt about what
# follows ("hard to see what Helsinki gains", "not convinced it is worth the money").
FRAME_PATTERNS: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\b(?:olisi(?:mme|n|vat)?|oltaisiin)\s+(?:\w+\s+){0,2}?(?:toivo(?:nut|neet|ttu)|odotta(?:nut|neet)"
        r"|odotettu)\b|\bvaikea\s+(?:nähdä|ymmärtää|uskoa)\b"
        r"|\bonko\s+(?:tämä|se)\s+(?:todella\s+|oikeasti\s+|tosiaan\s+)?(?:parasta|paras|kaikki)\b"
        r"|\bparasta\s+mitä\s+(?:voin|voi|voimme)\s+sanoa\b"
        r"|\b(?:toivoin|odotin|toivoimme|odotimme)\b[^.!?]{0,30}?\benemmän\b|\bolisi\s+voinut\s+olla\b"
        r"|\b(?:sen|sitä|jonka|niiden)\s+piti\b|\b(?:pitää|täytyy|on\s+pakko)\s+(?:\w+\s+){0,2}?alkaa\b"
        r"|\b(?:odotan|odotamme|toivon|toivomme|odottaisi|odottaisin)\b[^.!?]{0,30}?\benemmän\b"
        r"|\bonko\s+(?:tämä|se)\s+(?:\w+\s+)?(?:järkevää|järkevä|reilua|reilu|yhteistyötä|kumppanuutta)\b"
        # "En ole vakuuttunut, että yhteistyö on hintansa arvoinen"
        r"|\b(?:en|emme|ei)\s+(?:ole\s+)?(?:\w+\s+)?vakuuttunu\w*\b"
        # no one can say what it has achieved: "ettei kukaan osaa kertoa, mitä on saatu aikaan"
        r"|\b(?:kukaan\s+ei|eikä\s+kukaan|ei\s+kukaan|ettei\s+kukaan)\s+(?:\w+\s+)?(?:osaa|osannut|voi|voinut)\s+"
        r"(?:kertoa|sanoa|nimetä|selittää)\b"
        # is it still worth it: "harkita, onko jäsenyys enää rahan arvoinen"
        r"|\bonko\b[^.!?]{0,60}?\benää\b"
        # praise that was only the sales pitch: "Malli myytiin valtuustolle voittona"
        r"|\b(?:myytiin|markkinoitiin|mainostettiin)\b"
        # doubt about what follows: "Vähän epäilen, onko yhteistyö ollut sen arvoista"
        r"|\bepäil\w*,?\s+(?:\w+\s+){0,2}?(?:onko|että|saako|tuoko|toimiiko|kannattaako|onnistuuko|auttaako|riittääkö|tuleeko|pystyykö|hyötyykö|palveleeko"
        r"|saadaanko)\b"
        # a demand that shows what is missing: "on kuultava nykyistä paremmin", "odotamme Kuntaliiton osoittavan"
        r"|\bnykyistä\s+(?:paremmin|enemmän|nopeammin|tiiviimmin)\b|\bparemmin\s+kuin\s+nyt\b"
        r"|\bpitäisi\s+(?:\w+\s+){0,4}?(?:paljon\s+|selvästi\s+)?paremmin\b"
        r"|\bodot(?:amme|an)\s+(?:\w+\s+){0,3}?(?:osoittavan|näyttävän|tuottavan)\b|\btulla\s+kuulluksi\s+ennen\b"
        # more of something else than the real thing: "enemmän tapa kuin todellista hyötyä"
        r"|\benemmän\s+(?:\w+\s+){1,3}?kuin\s+(?=(?:todellista|aitoa|oikeaa|varsinaista)\b|(?:yhteistyötä|kumppanuutta|politiikkaa)\b)"
    ),
    "sv": re.compile(
        r"\bhade\s+(?:\w+\s+){0,2}?(?:förväntat|hoppats|väntat|önskat|trott)\b"
        r"|\b(?:svårt|svårare)\s+att\s+(?:se|förstå|tro)\b|\binte\s+(?:\w+\s+)?övertygad\w*\b"
        r"|\bär\s+(?:det\s+här|detta)\s+(?:verkligen\s+)?det\s+bästa\b"
        r"|\bdet\s+bästa\s+(?:jag|vi|man)\s+kan\s+säga\b|\bhade\s+kunnat\s+vara\b|\bskulle\s+ju\b|\bvar\s+tänkt\s+att\b"
        r"|\bmåste\s+(?:\w+\s+){0,2}?börja\b|\bförväntar\s+(?:mig|oss)\s+(?:\w+\s+)?mer\b"
        r"|\bär\s+(?:det\s+här|detta)\s+(?:verkligen\s+)?(?:rimligt|rättvist|vettigt|samarbete)\b"
        r"|\b(?:såldes|marknadsfördes|presenterades)\s+(?:in\s+)?(?:\w+\s+){0,3}?som\b"
        r"|\b(?:tveksam|tveksamma|skeptisk|skeptiska|osäker)\s+(?:till\s+)?(?:om|att|på\s+att)\b"
        r"|\bmåste\s+(?:\w+\s+){0,2}?bli\s+bättre\b|\bbättre\s+än\s+(?:i\s+dag|nu)\b"
        r"|\bförväntar\s+(?:mig|oss|sig)\s+att\s+(?:\w+\s+){0,3}?(?:visar|levererar|presenterar|bli\s+hörd)\b"
        r"|\btvivla\w*\s+(?:\w+\s+){0,2}?på\s+(?:om|att)\b|\btvivlar\s+(?:jag|vi)\s+(?:\w+\s+)?på\b"
        # "mer en dyr vana än en verklig nytta"
        r"|\bmer\s+(?:av\s+)?(?:\w+\s+){1,3}?än\s+(?:en\s+|ett\s+)?(?=(?:verklig|riktig|äkta|faktisk)\w*\b|(?:samarbete|partnerskap|politik)\b)"
    ),
    "en": re.compile(
        r"\b(?:would|should|had|might)\s+(?:\w+\s+){0,2}?(?:hoped|expected|liked|wished|wanted)\b"
        r"|\b(?:hard|difficult)\s+to\s+(?:see|understand|believe)\b"
        r"|\b(?:not|never|far\s+from)\s+(?:\w+\s+)?convinced\b|\bunconvinced\b"
        r"|\b(?:remains?|are\s+yet|is\s+yet|am\s+yet)\s+to\s+be\s+convinced\b"
        # a question that mocks what it names: "Is this really the best AFM can offer?"
        r"|\bis\s+(?:this|that)\s+(?:really\s+|honestly\s+)?the\s+best\b"
        r"|\b(?:are|am|is)\s+(?:we|i|they|you)\s+(?:seriously|really|honestly)\s+(?:expected|supposed|meant)\s+to\b"
        # damning with faint praise: "The best thing I can say about it is that the coffee is good"
        r"|\b(?:the\s+)?(?:best|kindest|nicest)\s+(?:thing\s+)?(?:i|we|one)\s+can\s+say\b"
        # what has not happened yet, and more was expected: "has yet to resolve a single case"
        r"|\b(?:has|have|had)\s+yet\s+to\b|\b(?:expected|hoped\s+for)\s+(?:\w+\s+)?more\b"
        # a good thing that would have been: "would have been a better partner if it listened"
        r"|\b(?:would|could)\s+have\s+been\b|\b(?:was|were)\s+(?:supposed|meant)\s+to\b"
        # a demand that shows what is missing: "We need AFM to deliver actual results"
        r"|\bneeds?\s+(?:\w+\s+){0,3}?to\s+(?:deliver|start|begin|finally)\b|\bexpect\s+(?:much\s+)?more\b"
        r"|\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:\w+\s+){0,3}?(?:get\s+better|improve|do\s+better)\b"
        r"|\bexpected\s+(?:rather\s+|much\s+|a\s+lot\s+|a\s+good\s+deal\s+)?more\b"
        r"|\bbetter\s+than\s+(?:it\s+does\s+)?(?:now|today|at\s+present)\b|\bexpects?\s+(?:\w+\s+){0,6}?to\s+(?:show|deliver|produce|present)\b"
        r"|\bexpects?\s+to\s+be\s+(?:heard|consulted|listened\s+to|involved)\b|\b\w+'d\s+have\s+(?:hoped|expected|liked|wished|wanted)\b"
        r"|\b(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+know\s+what\b"
        r"|\bis\s+(?:this|that)\s+(?:really\s+)?(?:a\s+)?(?:sensible|fair|reasonable|good\s+use|partnership"
        r"|cooperation|value)\b"
        # doubt about what follows: "I'm somewhat doubtful that the arrangement is worth it"
        r"|\b(?:doubtful|sceptical|skeptical|unsure|not\s+sure)\s+(?:that|whether|if)\b|\bi\s+doubt\s+(?:that\s+|whether\s+)?"
        r"|\bwhether\s+(?:\w+\s+){0,3}?still\s+(?:worth|earns?)\b|\b(?:look\s+at|ask|question|review)\s+whether\b"
        # a mocking question or demand: "Remind me what it has delivered", "Show us what AFM has actually changed"
        r"|\b(?:remind|tell)\s+me\s+(?:again\s+)?(?:what|why|how)\b|\bshow\s+(?:us|me)\s+what\b[^.!?]{0,40}?\bactually\b"
        # praise that was only the sales pitch: "The model was sold to the council as a win"
        r"|\b(?:was|were)\s+(?:sold|billed|marketed|pitched|touted)\s+(?:\w+\s+){0,4}?as\b"
        # "more like a press strategy than a policy", "more habit than real benefit"
        r"|\bmore\s+(?:like\s+)?(?:\w+\s+){1,3}?than\s+(?:a\s+|an\s+)?(?=(?:real|actual|genuine|true)\b|(?:policy|partnership|cooperation)\b)"
    ),
}
FRAME_VALENCE = -0.8

# Criticism or praise quoted from others is not the writer's stance: "Oppositionen kritiserade
# samarbetet", "Critics called the deal a talking shop". A following sentence may rebut it
# ("Jag håller inte med", "the figures say otherwise"), which turns it round.
_ATTRIBUTION: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        # a post that opens by quoting an account: "Lainaan @PekkaR: ..."
        r"^\W*lainaan\s+@[\w.\-]+|"
        r"\bkuultiin\s+(?:\w+\s+){0,2}?,?\s*ett(?:ä|ei)\b|\b(?:kolmannes|neljännes|puolet|enemmistö|vähemmistö)\s+(?:\w+\s+)?valtuutetuista\b|"
        r"\b(?:valtuutet\w*|kansanedustaj\w*|toimittaj\w*|asukka\w*)\s+(?:\w+\s+)?kysyi\w*,?\s+(?:miksi|onko|milloin|miten|mitä)\b"
        r"|\b(?:oppositio\w*|kriitik\w*|arvostelij\w*|vastustaj\w*|kilpailij\w*|luottamusm\w*(?<!nä)|ammattiliit\w*|valtuutet\w*|kansanedustaj\w*|ministeri\w*|\w+ryhmä(?!\w*mme\b)\w*"
        r"|kolumnist\w*|toimittaj\w*|arvioij\w*|\w*puolueen\s+edustaja\w*"
        r"|ryhmä\w*|puolue\w*|perussuomalai\w*|vihreä\w*|kokoomu\w*|\w*johtaja\w*|\w*pormestari\w*)\b"
        r"[^.!?]*?\b(?:kutsu\w*|arvostel\w*|kritisoi\w*|sano(?!n\b|mme\b)\w*|väittä\w*|väitti\w*|moitti\w*|kyseenalaist\w*"
        r"|epäil\w*|kertoi\w*|esittä\w*|halua\w*|vaati\w*|syyttä\w*|syytti\w*|kehu\w*|kehui\w*|kuvaa\w*|kuvasi\w*|kuvaili\w*"
        # "piti yhteistyömallia välttämättömänä" (considered it), not "piti arvioida" (was to be)
        r"|(?:piti|pitivät|pitää|pitävät)(?=\s+(?:\w+\s+){0,3}?\w+(?:na|nä)\b))\b"
        # someone else's account or view: "Valtuutettu Lehtosen mukaan", "puheenjohtajan mielestä"
        r"|\b(?!minun\b|meidän\b|mun\b|meijän\b|meiän\b|\w*(?:kaavan|mallin|ohjeen|päätöksen|aikataulun|arvion|ennusteen|laskelman)\b|helsingin\b|sen\b|tämän\b|sopimuksen\b|suunnitelman\b|lain\b|käytön\b)\w+(?<!aa)(?<!ee)(?<!ii)(?<!oo)(?<!uu)(?<!yy)(?<!ää)(?<!öö)n\s+(?:mukaan|mielestä)\b"
        r"|^\W*(?:yle|hs|stt|helsingin\s+sanomat|uutinen|uutiset|taustaa|tietoisku|faktantarkistus)\s*[:|]"
        # what a statement proposes is its content: "Kannanotossa esitetään, että ..."
        # criticism in the passive is told, not made: "Kyselytunnilla arvosteltiin lausunnon viivästymistä"
        r"|\b(?:arvosteltiin|arvostellaan|kritisoitiin|kritisoidaan|moitittiin|moititaan)\b"
        # a share of a panel or of the respondents: "osa puhujista kiitti ..., osa piti sitä raskaana"
        r"|\bosa\s+(?:\w+\s+)?(?:kiitti|kehui|moitti|arvosteli|piti|pitää|kritisoi)\b"
        r"|\b(?:esitetään|ehdotetaan|vaaditaan|väitetään|väitettiin|esitettiin|vaadittiin)(?:\s+\w+){0,2}?,?\s+ett(?:ä|ei)\b|(?:(?<=pidä\spaikkaansa)|(?<=ole\stotta)),?\s+ett(?:ä|ei)\b"
        r"|^\W*(?:kyselyn\s+tulos|\w*kysely\w*|gallup)(?:\s+\w+){0,2}\s*:|\d+\s*%\s+(?:valtuutetuista|vastaajista|kaupunkilaisista)"
        r"|\b(?:lausunto|lausunnossa|kannanotto|kannanotossa|esitys|esityksessä)\s+(?:\w+\s+)?(?:esittää|ehdottaa|vaatii|edellyttää"
        r"|esitetään|ehdotetaan|vaaditaan|edellytetään)\b"
        r"|,\s+(?:\w+\s+){1,6}?(?:kertoi|kertoivat|tiedotti|tiedottivat|ilmoitti|ilmoittivat)(?:\s+\w+)?\W*$"
        r"|\bavovastau\w*\b[^.!?]*?\b(?:kiitellään|kiitetään|moititaan|kritisoidaan|mainitaan|toivotaan)\b"
        r"|\b(?:kysely|gallup)\s*:|\d+\s*(?:%|prosenttia)\s+(?:\w+\s+)?(?:haluaa|kannattaa|vastustaa|uskoo|katsoo|piti|pitää|kokee|kokivat|näkee|arvioi)\b"
        # a headline quoted to be answered: "Iltalehden otsikko '...' ei pidä paikkaansa"
        r"|^\W*\w+(?:\s+\w+){0,3}\s*:\s*[”\"'“]|kertoi\s+toimittajille"
        r"|\b(?:otsiko\w*|otsikko\w*|lööppi\w*)\b|^\W*(?:keskustelun\s+yhteenveto|yhteenveto\s+keskustelusta|valtuustoaloite|aloite)\s*:"
        r"|\b(?:raport\w*|selvity\w*|arvio\w*|artikkeli\w*|pääkirjoitu\w*|kolumni\w*|\w*puheenjohtaja\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:kyseenalaist\w*|kritisoi\w*|toteaa|totesi|väittää|väitti|sanoo|sanoi)\b"
        # a claim reported as such, and words quoted and then ascribed: "”...”, vastasi toinen"
        r"|\b(?:väite|väitteen|käsitys)\s*(?:siitä\s*)?,?\s*ett(?:ä|ei)\b|\bkuten\s+(?:\w+\s+){0,3}?väitettiin\b"
        r"|(?:[”\"'’]\s*,|,\s*[”\"'’])\s*(?:sanoi|vastasi|totesi|kirjoitti|huomautti)(?:\s+\w+){0,2}"
        r"|(?:[”\"'’]\s*,|,\s*[”\"'’])\s*(?:kirjoitit|sanoit|väität|väitit|kirjoititte|sanoitte)\b"
        r"|\b(?:kannattaja\w*|puolustaja\w*)\b[^.!?]*?\b(?:korosta\w*|sano\w*|muistutta\w*|vetoa\w*|nost\w*\s+esiin)\b"
        r"|\b(?:kaksi|kolme|neljä|viisi|kuusi|\d+)\s+(?:\w+\s+)?(?:ryhmää|valtuutettua|vastaajaa)\b"
        # the doubters: "Jos joku epäili ...", "Ne, jotka ennustivat ..."
        r"|\bjos\s+joku\s+(?:\w+\s+)?(?:epäili|epäilee|luuli|ajatteli|epäröi)\b"
        r"|\b(?:joku|jotkut)\s+(?:\w+\s+)?(?:vaati\w*|väittä\w*|väitti\w*|ehdotta\w*|ehdotti\w*|halua\w*)\b"
        r"|\b(?:mielipidekirjoitu\w*|kirjoitu\w*|kolumni\w*|blogi\w*)\s*,?\s+jonka\s+mukaan\b"
        r"|\b(?:hs|yle|stt|iltalehti|ilta-sanomat|helsingin\s+sanomat|hbl|lehti)\s+(?:kertoo|kertoi|uutisoi|raportoi)\b"
        r"|\b(?:kolumnissa|pääkirjoituksessa|artikkelissa|jutussa|blogissa|kirjoituksessa)\s+(?:\S+\s+){0,4}?(?:kutsutaan|väitetään"
        r"|sanotaan|haukutaan|moititaan|kehutaan|arvostellaan)\b"
        r"|\b(?:jossa|jonka\s+mukaan)\s+(?:\w+\s+){0,3}?(?:haukuttiin|kutsuttiin|moitittiin|arvosteltiin|väitettiin"
        r"|sanottiin|kehuttiin|kritisoitiin|tyrmättiin)\b"
        # an account answered by name: "@PelkonenJari väittää, että ..."
        r"|@\w+\s+(?:väittää|väitti|sanoo|sanoi|kirjoittaa|kirjoitti|vihjaa|vihjasi)\b"
        r"|\b(?:ne|he|kaikki),?\s+jotka\s+(?:\w+\s+)?(?:epäilivät|ennustivat|väittivät|luulivat|varoittivat)\b"
        # those addressed for what they call it: "Teille, jotka kutsutte Kuntaliittoa puhekerhoksi: ..."
        r"|\b(?:teille|niille|heille|te|ne|he),?\s+jotka\s+(?:\w+\s+)?(?:kutsutte|kutsuvat|sanotte|sanovat|väitätte|väittävät)\b"
        r"|^\W*(?:eroa|eroamista)\s+(?:vaativille|haikaileville|ajaville)\b"
        # one side of a divided room: "osa valtuutetuista piti maksua kohtuuttomana, osa ..."
        r"|\bosallistuj\w*\s+(?:\w+\s+)?(?:halusi\w*|piti\w*|katsoi\w*|näki\w*|kannatti\w*|vastusti\w*)\b"
        r"|\b\w+\s+ja\s+\w+\s+ovat\s+erimielisiä\b|\berimielisyyttä\b|\b\w+\s+puolesta\s*(?:,|ja)\s+\w+\s+vastaan\b|\b\d+\s+(?:\w+\s+)?(?:sanoi|sanoivat|katsoi|katsoivat|piti|pitivät|vastasi|vastasivat)\b"
        r"|\bosa\s+(?:\w+\s+){0,2}?(?:piti|pitivät|pitää|katsoi\w*|katsoo|korosti\w*|halusi\w*|vaati\w*|kannatti\w*"
        r"|vastusti\w*|moitti\w*|kehui\w*|arvosteli\w*|epäili\w*|oli\w*\s+sitä\s+mieltä)\b"
    ),
    "sv": re.compile(
        # "Citerar @KarlssonBo: ..."
        r"^\W*citerar\s+@[\w.\-]+|"
        r"\bkritiken\s+(?:\w+\s+){0,3}?om\s+att\b|"
        r"\b(?:oppositionen|oppositions\w*|kritiker\w*|motståndar\w*|förtroendem\w*|\w*facket|skeptiker\w*|ledamöter\w*|ledamot\w*"
        r"|ministern|ministrar\w*|riksdagsledamot\w*|\w*partiets?|sannfinländarna|gröna|gruppen|borgmästaren|vd:n|vd"
        r"|skribent\w*|insändar\w*|\w*grupperna|\w*grupp(?:en)?)\b[^.!?]*?"
        r"\b(?:kallar|kallade|kritiser\w*|menar|menade|hävdar|hävdade|påstår|påstod|säger|sade|sa|ansåg|anser|beskriver\w*|beskrev|ser\s+(?:\w+\s+){0,3}?som|såg\s+(?:\w+\s+){0,3}?som|ifrågasatte"
        r"|ifrågasätter|varnade|varnar|berättade|vill|kräver|krävde|föreslår|föreslog|anklagar|anklagade|beskyller"
        r"|beskyllde)\b"
        r"|^\W*\w+(?:\s+\w+){0,3}\s*:\s*[”\"'“]|(?:sade|sa|berättade)\s+(?:till\s+)?(?:reportrarna|journalisterna|pressen)"
        r"|^\W*(?:hbl|yle|svenska\s+yle|hufvudstadsbladet|stt|nyhet|nyheter|bakgrund|faktaruta|faktakoll)\s*[:|]|\b(?:föreslås|krävs),?\s+att\b"
        r"|^\W*(?:\w*enkät\w*|gallup)(?:\s+\w+){0,2}\s*:|\d+\s*%\s+av\s+(?:ledamöterna|de\s+svarande|invånarna)"
        r"|\b(?:utlåtandet|förslaget|ställningstagandet|skrivelsen|yttrandet)\s+(?:föreslår|kräver|efterlyser|rekommenderar)\b"
        r"|,\s*(?:meddelade|meddelar|uppger|uppgav|berättade)\s+(?:\w+\s+){1,5}?\w+\W*$"
        r"|\b(?:enkät|gallup)\s*:|\d+\s*(?:%|procent)\s+(?:\w+\s+)?(?:tycker|tyckte|vill|anser|ansåg|stöder|tror|upplever|märker)\b"
        r"|\bsvarande\s+(?:anser|tycker|upplever|menar)\b"
        r"|\b(?:kommentarerna|fritextsvaren|svaren)\s+(?:\w+\s+)?(?:nämner|nämnde|berömmer|berömde|kritiserar|kritiserade|lyfter)\b"
        r"|(?:(?<=stämmer\sinte)|(?<=inte\ssant)),?\s+att\b|\bfår\s+(?:jag|vi)\s+(?:\w+\s+)?höra\s+att\b"
        r"|\b(?:rubrik\w*|löpsed\w*|enligt(?!\s+(?:mig|oss|min|vår|avtal\w*|schema\w*|överenskommelse\w*|budget\w*|lag\w*|utkast\w*|förslag\w*|prognos\w*|tidtabell\w*|tidsplan\w*|plan(?:en)?\b"
        r"|(?:den|det)\s+(?:nya\s+|gamla\s+)?\w*(?:formel\w*|modell\w*|regl\w*|kalkyl\w*|plan\w*))))\b|^\W*sammanfattning\s+av\s+debatten\s*:"
        r"|\b(?:rapport\w*|utredning\w*|granskning\w*|revision\w*|artikel\w*|ledare\w*|\w*ordförande\w*|\w*krönik\w*"
        r"|\w*blogg\w*|tidning\w*|insändar\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:ifrågasätter|ifrågasatte|kritiserar|kritiserade|konstaterar|konstaterade|menar|hävdar|säger(?!\s+(?:ingenting|inget)\b)|påstår|påstod"
        r"|kallar|kallade|beskriver|beskrev|avfärdar|avfärdade)\b"
        r"|\b(?:någon|några|nån)\s+(?:\S+\s+){0,3}?(?:kräver|krävde|vill|föreslår|föreslog|påstår|påstod|hävdar|hävdade|säger|sa|tycker|menar|ser|såg|anser|ansåg)\b"
        # "... andra anser att staden klarar sig bättre själv" (not "Andra kvartalet ser bra ut")
        r"|\bandra\s+(?:\S+\s+){0,2}?(?:anser|ansåg|tycker|tyckte|menar|menade|kräver|krävde)\b"
        r"|\bdeltagar\w*\s+(?:\w+\s+)?(?:ville|vill|ansåg|anser|tyckte|tycker|ser|såg)\b"
        r"|\b(?:kritiserade|berömde|försvarade|ifrågasatte|krävde|hyllade)\s+(?:\w+\s+){0,2}?(?:oppositions\w*|\w*ledamöter\w*|\w*grupp\w*|kritiker\w*)\b"
        r"|\b\w+\s+och\s+\w+\s+är\s+oense\b|\b(?:oense|delade|splittrade)\s+(?:i\s+frågan\s+)?om\s+(?:huruvida|ifall)\b|\b\w+\s+för\s*(?:,|och)\s+\w+\s+emot\b|\b\d+\s+(?:av\s+\w+\s+)?(?:sa|sade|ansåg|tyckte|svarade)\b"
        r"|\bi\s+(?:dagens\s+)?(?:ledare\w*|krönika\w*|artikel\w*|tidning\w*|insändar\w*)\b[^.!?]*?\b(?:kritiseras|hävdas|påstås|kallas|beskrivs)\b"
        r"|\b(?:hbl|hufvudstadsbladet|yle|svenska\s+yle|hs|tidningen)\s+(?:rapporterar|skriver|berättar)\b"
        r"|^\W*sammanfattning\s+av\s+(?:tråden|debatten|diskussionen)\b"
        r"|\b(?:påståendet|tanken|idén|kritiken)\s+(?:om\s+)?att\b|\bkritiken\s+mot\b|^\W*att\s+\w+\s+skulle\s+vara\b|\bdet\s+(?:påstås|hävdas|sägs|påstods|hävdades)\s+att\b"
        r"|(?:[”\"'’]\s*,|,\s*[”\"'’])\s*(?:sade|sa|svarade|skrev|skriver|säger|påpekade|menade)\s+(?!man\b)\w+(?:\s+\w+)?"
        r"|(?:[”\"'’]\s*,|,\s*[”\"'’])\s*(?:skriver|skrev|säger|sa|kallar|kallade)\s+(?:du|ni)\b"
        r"|\b(?:förespråkar\w*|anhängar\w*)\b[^.!?]*?\b(?:pekar|säger|menar|hävdar|lyfter)\b"
        # the doubters: "Om någon tvivlade på ...", "De som spådde ..."
        r"|\bom\s+någon\s+(?:\w+\s+)?(?:tvivlade|tvivlar|trodde|tvekade)\b"
        r"|@\w+\s+(?:hävdar|hävdade|påstår|påstod|säger|sa|skriver|skrev|antyder)\b"
        r"|\b(?:de|alla)\s+som\s+(?:\w+\s+)?(?:tvivlade|trodde|spådde|varnade)\b"
        r"|\b(?:till\s+)?(?:er|dem|de|alla|ni)\s+som\s+(?:\w+\s+)?(?:kallar|kallade|påstår|påstod|säger|sa|hävdar"
        r"|(?:vill|kräver)(?=\s+(?:\w+\s+){0,5}?(?:utträde|lämna|gå\s+ur)))\b"
        r"|\b(?:en\s+del|somliga|flera|de\s+flesta|majoriteten|minoriteten)\s+(?:\w+\s+){0,2}?(?:tyckte|tycker|ansåg|anser"
        r"|menade|menar|ville|vill|krävde|kräver|berömde|kritiserade|tvivlade)\b"
    ),
    "en": re.compile(
        r"\bheard\s+(?:again\s+)?(?:in|at)\s+(?:\w+\s+){0,3}?that\b|\bkeep\s+hearing\s+that\b|"
        r"\b(?:critics|opposition|opponents?|rivals?|challengers?|(?:shop\s+)?stewards|unions?|union\s+reps?|detractors|sceptics|skeptics|councillors?|councilors?|cllrs?|colleagues?|(?:youth|elderly|disability)\s+councils?"
        r"|ministers?|mps?|commentators|columnists?|editorial|(?:board\s+|committee\s+)?chair(?:man|woman|person)?s?(?!\s*,)|(?:afm|kuntaliitto|kuntaliitto['’]s|afm['’]s|the\s+association['’]s)\s+(?:chief\s+executive|ceo|(?:managing\s+)?director)(?!\s*(?:at|:))|(?:several|some|many|most|a\s+few)\s+of\s+you|(?<!as\s)(?<!as\sdeputy\s)(?:deputy\s+)?mayors?(?!\s*,)(?!['’]s)|(?<!working\s)(?<!steering\s)(?<!working-)(?<!steering-)groups?|party|parties|lists?|alliance|coalition|candidates?|(?:board\s+)?members|participants|panellists|speakers)\b[^.!?]*?"
        r"\b(?:call|calls|called|calling|criticis\w*|criticiz\w*|claim\w*|say|says(?!\s+(?:plenty|a\s+lot|it\s+all|everything|enough))|said|argue\w*"
        r"|saying|describe\w*|dismiss\w*|told|tell|tells|question\w*|warn\w*|want|wants|propose\w*|demand\w*|accuse\w*)\b"
        r"|\bheadlines?\b(?!-)|^\W*\w+(?:\s+\w+){0,3}\s*:\s*[”\"'“]|\btold\s+(?:reporters|journalists|the\s+press)\b"
        # a post that opens by quoting an account: "Quoting @CllrNiemi: ..."
        r"|^\W*quoting\s+@[\w.\-]+"
        r"|\bit\s+(?:is|was|has\s+been|'s\s+been)\s+(?:claimed|alleged|said|suggested)\s+that\b"
        r"|\b(?:the\s+)?(?:claims?|idea|notion|suggestion)\s+(?:\w+\s+){0,3}?that\b|\bclaim\s+heard\b|(?:['\"”’]\s*,|,\s*['\"”’])\s*(?:said|says|replied|added|wrote|asked)\s+(?!they\b|we\b)\w+(?:\s+\w+)?"
        r"|(?:['\"”’]\s*,|,\s*['\"”’])\s*you\s+(?:called\s+it|said|wrote|say|claim|claimed)\b"
        r"|\b(?:op-?ed|column|leader|piece)\s+(?:\w+\s+){0,3}?(?:says|said|claims|claimed|calls|called|argues|argued)\b"
        r"|\baccording\s+to\b(?!\s+(?:me|us)\b)|\bchair\s+disputes\b"
        r"|\b(?:supporters|proponents|advocates|backers)\b[^.!?]*?\b(?:point|say|argue|claim)\w*\b"
        # a document's finding, and views put in others' mouths: "the audit report calls", "some say"
        r"|\b(?:auditors?'?|report|review|evaluation|study|survey|post|tweet|article|story|memo|paper|newspaper|blog|thread"
        r"|year-in-review|round-?up)\s+(?:\w+\s+)?(?:calls|calling"
        r"|called|says(?!\s+nothing\b)|said(?!\s+nothing\b)|finds|found|questions|questioned|claims|claimed|claiming"
        r"|concludes|concluded)\b|\b(?:some|others|many)(?!\s+of\s+us)\s+(?:\w+\s+){0,4}?(?:say|said|argue\w*|claim\w*|think|thought|call\w*|felt|feel|wanted)\b"
        r"|\b(?:helsingin\s+sanomat|hs|yle|hbl|hufvudstadsbladet|the\s+paper|the\s+press|\w+\s+news|(?:local\s+)?(?:news)?paper)\s+(?:reports|reported|writes|wrote)\b"
        r"|^\W*(?:mod(?:erator)?'?s?\s+)?summary\s+of\s+the\s+(?:thread|debate|discussion)\b"
        r"|\b(?:councillors?|councilors?|members?|residents?|journalists?|reporters?|mps?)\s+(?:\w+\s+)?asked\s+(?:\w+\s+){0,3}?(?:why|whether|when|how|if)\b"
        r"|\b(?:poll|survey)\s+(?:\w+\s+){0,3}?(?:found|finds|shows|showed)\b|^\W*(?:press\s+report|debate\s+summary|wire\s+report|news|yle|hs|hbl|reuters|explainer|background|fact\s+check|press\s+release(?:\s+summary)?)\s*[:|]"
        r"|\b(?:statement|proposal|letter|submission|position|response)\s+(?:proposes|calls\s+for|asks\s+for|asks|urges|recommends)\b"
        # a press item's source at its end: "..., the city and Kuntaliitto said on Monday."
        r"|,\s+(?!as\s)(?:\w+\s+){1,6}?(?:said|says|announced|reported|confirmed)(?:\s+(?:on|in|at)\s+\w+)?\W*$"
        r"|^\W*(?:poll|survey)(?:\s+result)?\s*:|\d+\s*%\s+of\s+(?:councillors|respondents|residents)"
        r"|\b(?:comments|responses|answers|replies)\s+(?:\w+\s+)?(?:mention|mentioned|praise|praised|criticis\w*|criticiz\w*|note|noted|highlight\w*)\b"
        r"|\bpoll\s*:|\d+\s*(?:%|percent|per\s+cent)\s+(?:\w+\s+){0,2}?(?:think|thought|want|say|said|support|oppose|believe|would|found|rated|see|feel|felt|report)\b"
        r"|(?:(?<=not\strue)|(?<=n't\strue)),?\s+that\b"
        # the doubters: "Anyone who predicted ...", "If anyone doubted ..."
        r"|@\w+\s+(?:claims|claimed|says|said|writes|wrote|argues|argued|suggests|suggested"
        r"|(?:makes|made)\s+(?:a|the)\s+(?:\w+\s+)?(?:point|case|claim|argument))\b"
        # a disagreement between others is reported: "Unions and management disagree over ..."
        r"|\b(?!we\b|i\b)\w+\s+and\s+(?:the\s+)?\w+\s+(?:disagree|are\s+at\s+odds)\b"
        r"|\b(?:split|divided|disagreed|disagree)\s+(?:on|over)\s+whether\b|\bdebated\s+(?:\w+\s+){0,3}?whether\b"
        r"|\b(?:someone|somebody)\s+(?:\w+\s+)?(?:demands?|wants?|calls\s+for|claims?|says)\b"
        r"|\b(?:to\s+|for\s+)?(?:those|everyone|people|all)\s+(?:who\s+(?:\w+\s+)?)?(?:call|calls|called|calling|keep\s+calling"
        r"|(?:asking|demanding|urging)\s+(?:(?:\w+\s+){0,2}?to|whether\s+(?:\w+\s+){0,3}?)\s*(?:quit|leave|exit|walk|pull|stay))\b"
        r"(?!\s+(?:in|back|on|by)\b)"
        r"|\b(?:the|[\w-]+'s)\s+(?:deputy\s+)?(?:mayor|ceo)\b[^.!?]*?\b(?:calls|called|says|said|claims|claimed|describes|described)\b"
        r"|\bin\s+(?:today's\s+)?(?:editorial|column|article|paper|op-?ed)\b[^.!?]*?\b(?:is|are|was|were)\s+(?:criticised|criticized|accused|called|described)\b"
        # a tally of views: "five broadly in favour, four against", "27 said it improved, 14 said ..."
        r"|\b\w+\s+(?:\w+\s+)?in\s+favou?r\s*(?:,|and)\s+\w+\s+against\b|\b\d+\s+(?:of\s+\w+\s+)?(?:said|say|saw|felt|thought|reported|rated)\b"
        r"|^\W*(?:\w+\s+){0,3}(?:panel|survey|poll)\s+results?\b[^:.]{0,60}:"
        r"|\b(?:anyone|those|everyone|people|whoever)\s+who\s+(?:\w+\s+)?(?:doubted|predicted|thought|claimed"
        r"|expected|feared|warned)\b|\bif\s+anyone\s+(?:still\s+)?(?:doubted|doubts|thought|wondered)\b"
    ),
}
REBUTTAL_PATTERNS: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"ei\s+mene\s+(?:ihan\s+)?noin|\b(?:olen\s+eri\s+mieltä|väite\s+ontuu|ei\s+käy(?=\s*[:.!])|päinvastoin|ovat\s+väärässä|olet(?:te)?\s+väärässä|(?<![–—-]\stäysin\s)(?<![–—-]\s)(?<!ovat\s)(?<!olivat\s)eri\s+mieltä|ei\s+pidä\s+paikkaansa|ei\s+ole\s+totta"
        r"|(?:väite|väitteesi|väitteet)\s+ei(?:vät)?\s+(?:\w+\s+)?pidä"
        r"|on\s+väärä|osoittavat\s+(?:\w+\s+)?toisin|olivat\s+väärässä|osoitt\w*\s+(?:\w+\s+)?päinvastaista"
        r"|ei\s+kestä\s+(?:lähempää\s+)?tarkastelua|kaikkea\s+muuta|miksi\s+sitten|faktat\s+pöytään"
        r"|ei\s+(?:se\s+)?siltä\s+näytä|kysykää\s+vaikka|katsokaa\s+vaikka"
        r"|(?:kertovat|kertoo|puhuvat|puhuu|näyttävät|osoittavat|todistaa|todistavat|todisti)\s+(?:\w+\s+)?(?:muuta|toista)"
        r"|ei\s+se\s+niin\s+ole|(?:ei|eipä)\s+pidä(?=\s*[.!])|no\s+ei\s+(?:oo|ole)|ei\s+oo\s+totta|tiedoksi(?=\s*:)"
        # "En allekirjoita tätä.", "En jaa tätä näkemystä."
        r"|en\s+(?:allekirjoita|allekirjoittaisi|jaa)\s+(?:tätä|sitä|tuota)|en\s+jaa\s+(?:\w+\s+)?(?:näkemystä|käsitystä)"
        r"|millä\s+mittarilla"
        # a one-word verdict on the claim just quoted: "... on rahan haaskausta. Väärin."
        r"|(?:^\s*|(?<=[.!?:]\s))(?:väärin|puppua|pötyä|roskaa)(?=\s*[.!:])"
        # the claimant's words thrown back: "Sama ”hyödytön kerho” auttoi ..."
        r"|(?:sama|tämä)\s+[”\"'“‘]"
        r"|(?:lukea|lue|lukekaa|tarkista\w*)\s+(?:ensin\s+)?faktat"
        r"|en\s+(?:itse\s+)?ole\s+(?:itse\s+)?nähnyt\s+(?:siitä\s+|sen\s+)?(?:mitään|yhtään)"
        r"|kokemu\w*\s+on\s+(?:ollut\s+)?päinvastai\w+)\b"
    ),
    "sv": re.compile(
        r"\b(?:håller\s+inte\s+med|tvärtom|motsatsen|har\s+fel|har\s+(?:du|ni|han|hon|de)\s+fel|tar\s+miste|stämmer\s+(?:\w+\s+){0,2}?inte|varför\s+då"
        r"|är\s+(?:helt\s+)?fel|inte\s+sant|hade\s+fel|fick\s+fel|fråga\s+då|se\s+bara\s+på|ser\s+annorlunda\s+på\s+(?:det|saken)"
        r"|(?:visar|säger|talar)\s+(?:\w+\s+)?(?:något\s+annat|annat|motsatsen|ett\s+annat\s+språk)"
        r"|det\s+gör\s+(?:det|den|han|hon|de)\s+inte(?=\s*[.!])"
        # "Jag delar inte den bilden.", "Den beskrivningen känner jag inte igen."
        r"|delar\s+inte\s+(?:den\s+|denna\s+)?(?:bilden|uppfattningen|synen|beskrivningen)|känner\s+(?:jag\s+|vi\s+)?inte\s+igen"
        r"|(?:det|detta)\s+vore\s+(?:ett\s+)?(?:stort\s+)?misstag|med\s+vilket\s+mått|läs\s+(?:dem|den|det)\s+innan\s+ni\s+skriver"
        r"|(?:påståendet|kritiken|det)\s+(?:\w+\s+){0,12}?håller\s+inte|håller\s+inte(?=\s*[.!]|\s*$)"
        r"|(?:^\s*|(?<=[.!?:]\s))(?:fel|osant|nonsens|strunt)(?=\s*[.!:])|(?:samma|denna)\s+[”\"'“‘]"
        r"|(?:kolla|läs)\s+(?:gärna\s+|först\s+)?(?:fakta|protokollen|siffrorna)"
        r"|(?:själv\s+)?har\s+jag\s+inte\s+sett\s+(?:något|någonting|ett\s+enda|några)|jag\s+har\s+inte\s+sett\s+(?:något|någonting|ett\s+enda|några))\b"
    ),
    "en": re.compile(
        r"that['’]?s\s+not\s+how\s+it\s+went|tell\s+that\s+to\b|\b(?:(?<!\bto\s)(?<!\bor\s)disagree|beg\s+to\s+differ|(?:say|says|suggest|suggests|show|shows|prove|proves)\s+otherwise"
        r"|proved?\s+them\s+wrong|are\s+wrong|were\s+wrong|(?:is|'s)\s+(?:simply\s+|just\s+|plain\s+|plainly\s+|clearly\s+)?wrong"
        r"|is\s+not\s+true|isn't\s+true|(?:(?:'s|’s|is)\s+)?(?:simply|just|plainly|clearly)\s+not\s+true|(?:^|(?<=[.!?:]\s))not\s+true\b|further\s+from\s+the\s+truth|owes?\s+(?:\w+\s+){0,3}?an\s+apology"
        r"|(?:proved?|proven)\s+(?:\w+\s+){0,2}?wrong|(?:doesn't|does\s+not|didn't|won't)\s+(?:survive|stand\s+up|hold\s+up)"
        # "Not what our Swedish-language unit sees at all"
        r"|(?:^|(?<=[.!?:]\s)|(?<=[.!?:][\"”'’]\s))not\s+what\s+(?:we|i|our\s+(?:\w+\s+){0,3}?\w+)\s+(?:see|sees|saw|hear|hears)\b"
        r"|(?:i'd|i\s+would)\s+invite\s+them\s+to\s+look|then\s+why|the\s+record\s*:|the\s+facts\s*:|it\s+ignores\b"
        r"|look\s+at\b[^.!?]{0,80}?\band\s+tell\s+me\b"
        # a short denial: "... 'punishes Helsinki'. It doesn't."
        r"|(?:it|they|that)\s+(?:doesn't|does\s+not|doesn’t|isn't|is\s+not|isn’t|didn't|did\s+not|don't|do\s+not)(?=\s*[.!:])"
        r"|that'?s\s+what(?=\s*[.!])|for\s+the\s+record(?=\s*:)"
        r"|(?:don't|do\s+not)\s+(?:share|recognise|recognize)\s+(?:that|this|the)\s+(?:view|picture|description)"
        r"|(?:that|it|this)\s+would\s+be\s+a\s+(?:big\s+|serious\s+|grave\s+)?mistake|by\s+what\s+measure|on\s+what\s+evidence"
        r"|(?:worth\s+)?reading\s+(?:them|it)\s+before\s+writing|\bof\s+what,?\s+exactly"
        # a one-word verdict on the claim just quoted, and the claimant told off: "... wasted money. Wrong."
        r"|(?:^\s*|(?<=[.!?:]\s))(?:wrong|false|untrue|nonsense|rubbish)(?=\s*[.!:])|(?:that|this|the\s+same)\s+[”\"'“‘]"
        r"|(?:they|you|he|she)(?:'re|’re|\s+are|'s|’s|\s+is)\s+(?:simply\s+|just\s+|plain\s+|dead\s+|flat\s+)?wrong"
        r"|(?:read|check)\s+the\s+facts|get\s+(?:your|their|his|her)\s+facts\s+right"
        # the writer has seen nothing of what was praised: "I have yet to see a single thing it has changed"
        r"|i(?:\s+have|'ve|’ve)\s+yet\s+to\s+see|i\s+(?:have\s+not|haven't|haven’t)\s+seen\s+(?:a\s+single|any|anything|one)"
        # "Our finance department's experience is the opposite"
        r"|experience\s+(?:is|has\s+been)\s+(?:the\s+)?(?:opposite|quite\s+different))"
    ),
}

# Regret adverbs colour their sentence: what follows them is what went wrong ("Tyvärr har
# samarbetet inte gett de resultat vi hoppats på").
REGRET_WORDS = frozenset(words("tyvärr beklagligtvis olyckligtvis valitettavasti unfortunately regrettably sadly alas"))
REGRET_DAMP = 0.5

# 🐌 / 🐢 beside praise mock its speed ("Vilken blixtfart! 🐌").
IRONY_EMOJI = frozenset({"🙃", "🙄", "🐌", "🐢"})
_SCARE_QUOTES = re.compile(r"(?:^|\s)['\"“”‘’«»]([^'\"“”‘’«»\n]{2,40})['\"“”‘’«»](?=\W|$)")


def irony_markers(text: str, skip: list[tuple[int, int]] | tuple[()] = ()) -> list[str]:
    """Signs of sarcasm in the text: 🙃/🙄, scare quotes around a short phrase. Quotation marks
    inside the `skip` spans (sentences that quote someone) are quotes, not sarcasm; so are the
    same words quoted again to throw them back ("Our rival calls it a 'talking shop'. That
    'talking shop' just won ...")."""
    found = [e for e in IRONY_EMOJI if e in text]
    quoted = [*skip, *thrown_back(text, skip)]
    found += [
        f"'{m.group(1)}'"
        for m in _SCARE_QUOTES.finditer(text)
        if len(m.group(1).split()) <= 4 and not any(a <= m.start(1) < b for a, b in quoted)
    ]
    return found


def thrown_back(text: str, skip: list[tuple[int, int]] | tuple[()] = ()) -> list[tuple[int, int]]:
    """Where words quoted from someone (inside the `skip` spans) are quoted again outside them, to
    be thrown back: the claimant's words, which carry no tone of the writer's own."""
    quotes = [m for m in _SCARE_QUOTES.finditer(text) if len(m.group(1).split()) <= 4]
    theirs = {m.group(1).lower() for m in quotes if any(a <= m.start(1) < b for a, b in skip)}
    return [m.span(1) for m in quotes if m.group(1).lower() in theirs and not any(a <= m.start(1) < b for a, b in skip)]


@dataclass(frozen=True, slots=True)
class Region:
    """The token indexes that speak about the topic, and which clauses they came from."""

    indexes: frozenset[int]
    spans: tuple[tuple[int, int], ...]  # character spans of the chosen clauses
    # Tokens whose tone the topic's clause denies: "Vantaan kanssa asiat etenevät, Kuntaliiton
    # kanssa eivät" (the second clause is "the same, negated").
    flipped: frozenset[int] = frozenset()


def clauses(
    tokens: list[Token], contrast: frozenset[str], weak: frozenset[str] = frozenset()
) -> list[tuple[int, int, int]]:
    """(sentence number, first token, last token + 1) for every clause. A weak contrast word
    ("yet") opens a clause only after punctuation or "and"."""
    out: list[tuple[int, int, int]] = []
    sentence = 0
    start = 0
    for i, tok in enumerate(tokens):
        is_end = ends_sentence(tok)
        is_break = (tok.kind == "punct" and tok.text in CLAUSE_BREAK) or tok.kind == "pause"
        if (
            tok.kind == "word"
            and tok.lower in contrast
            and i > start
            and (tok.lower not in weak or tokens[i - 1].kind in ("punct", "pause") or tokens[i - 1].lower == "and")
        ):
            out.append((sentence, start, i))
            start = i
        if is_end or is_break:
            if i + 1 > start:
                out.append((sentence, start, i + 1))
            start = i + 1
            if is_end:
                sentence += 1
    if start < len(tokens):
        out.append((sentence, start, len(tokens)))
    return out


def topical_region(
    tokens: list[Token],
    term_tokens: set[int],
    toned: set[int],
    *,
    lang: str,
    contrast: frozenset[str],
    negators: frozenset[str] = frozenset(),
    weak_contrast: frozenset[str] = frozenset(),
    conceded: frozenset[int] = frozenset(),
) -> Region:
    """The clauses about the topic: those naming it, plus neighbours that refer to it. A clause
    that concedes something about the topic (`conceded` holds the first token of such clauses:
    "Vaikka Kuntaliiton väki on mukavaa, ...") brings the main clause after it."""
    parts = clauses(tokens, contrast, weak_contrast)
    flipped: set[int] = set()
    refs = REFERENCE_WORDS.get(lang, frozenset())
    chosen: set[int] = set()
    for n, (_sentence, a, b) in enumerate(parts):
        if any(a <= i < b for i in term_tokens):
            chosen.add(n)
    if not chosen:
        return Region(frozenset(), ())
    naming = sorted(chosen)
    if all(all(tokens[i].kind in _TAG_KINDS for i in range(parts[n][1], parts[n][2])) for n in naming):
        # The topic is named only in a block of hashtags or mentions ("... no one could name a
        # single result. #AFM #Kuntaliitto"): the whole post is about it.
        chosen = set(range(len(parts)))
        indexes = frozenset(i for _s, a, b in parts for i in range(a, b))
        return Region(indexes, tuple((tokens[a].start, tokens[b - 1].end) for _s, a, b in parts if b > a))

    def starts_with_contrast(k: int) -> bool:
        return tokens[parts[k][1]].lower in contrast

    def names_someone_else(k: int) -> bool:
        return any(
            tokens[i].kind == "word"
            and tokens[i].text[:1].isupper()
            and i not in term_tokens
            and not _PARTNER_CITY.match(tokens[i].lower)
            and not _NOT_A_NAME.fullmatch(tokens[i].lower)
            for i in range(parts[k][1] + 1, parts[k][2])
        )

    def toneless_between(n: int, m: int) -> bool:
        """Clause m is the next one after (or before) n with only toneless clauses between them:
        "The AFM track, on the other hand, is cruising"."""
        lo, hi = min(m, n), max(m, n)
        return all(
            not any(parts[k][1] <= i < parts[k][2] for i in toned) and parts[k][0] == parts[n][0]
            for k in range(lo + 1, hi)
        )

    def paper_and_practice(n: int, m: int) -> bool:
        """ "Paperilla X näyttää hienolta, mutta käytännössä ...": the "but" clause is about the
        same thing, whatever else it names ("... mutta TE-palvelujen siirrossa apua ei saatu")."""
        said = " ".join(tokens[i].lower for i in range(parts[n][1], parts[n][2]))
        answer = " ".join(tokens[i].lower for i in range(parts[m][1], parts[m][2]))
        return bool(_ON_PAPER.search(said) or _IN_PRACTICE.search(answer))

    subordinators = SUBORDINATORS.get(lang, frozenset())
    for n in naming:
        sentence, a, b = parts[n]
        has_tone = any(a <= i < b for i in toned)
        # "On käsittämätöntä, että Kuntaliitto ...": the main clause judges the one naming it.
        if n > 0 and parts[n - 1][0] == sentence and tokens[a].lower in subordinators:
            chosen.add(n - 1)
        for m, (s2, a2, b2) in enumerate(parts):
            if s2 != sentence or m in chosen:
                continue
            lo, hi = min(m, n), max(m, n)
            across_contrast = any(starts_with_contrast(k) for k in range(lo + 1, hi + 1))
            refers = any(tokens[i].lower in refs for i in range(a2, b2)) or (
                # a relative clause right after the name: "..., which is great news for our libraries"
                m == n + 1 and tokens[a2].lower in _RELATIVES
            )
            if m > n and starts_with_contrast(m) and (not names_someone_else(m) or paper_and_practice(n, m)):
                chosen.add(m)  # "X about the topic, but Y": Y weighs more and is about it too
            elif m == n + 1 and a in conceded:
                chosen.add(m)  # "Even though AFM's staff are friendly, the model is a maze"
            elif not across_contrast and (
                (refers and not names_someone_else(m)) or (not has_tone and toneless_between(n, m))
            ):
                chosen.add(m)
                # "..., AFM, sadly, has not.": the denial may close the sentence after the name.
                end = max(p[2] for p in parts if p[0] == sentence)
                if m < n and not refers and _denies(tokens, a, end, negators):
                    flipped.update(range(a2, b2))
        # Clauses after a joined "but" clause go on with it: "..., but six months in, our staff still
        # don't know who to call."
        for m in sorted(chosen):
            if parts[m][0] == sentence and m > n and starts_with_contrast(m):
                k = m + 1
                while k < len(parts) and parts[k][0] == sentence and not starts_with_contrast(k):
                    chosen.add(k)
                    k += 1
        # Following sentences that go on about the topic, each joining the one before it.
        anywhere = REFERENCE_ANYWHERE.get(lang, frozenset())
        last = max(p[0] for p in parts)
        for s2 in range(sentence + 1, last + 1):
            sentence_words = [
                tokens[i].lower for p in parts if p[0] == s2 for i in range(p[1], p[2]) if tokens[i].kind == "word"
            ]
            said = " ".join(sentence_words)
            if not (
                # it opens with a reference word, or is short and has one anywhere ("Many thanks to them.")
                any(w in refs for w in sentence_words[:3])
                or (len(sentence_words) <= 6 and any(w in anywhere for w in sentence_words))
                # a short verdict on what was just said: "Not good enough.", "Det duger inte.", "👎"
                or (0 < len(sentence_words) <= 4 and not GREETING.search(said))
                or (
                    not sentence_words
                    and any(tokens[i].kind == "emoji" for p in parts if p[0] == s2 for i in range(p[1], p[2]))
                )
                # "It has not been perfect. But on legislation it has made us stronger."
                or (sentence_words[:1] and sentence_words[0] in contrast)
            ):
                break
            chosen.update(k for k, p in enumerate(parts) if p[0] == s2)
    # A later sentence that calls the topic by a definite name of its own ("on that measure the
    # arrangement has been a disappointment", "Mallista on tullut aidosti win-win") speaks about it,
    # wherever it stands, unless it names someone else.
    back = BACK_NAMES.get(lang)
    if back is not None:
        first_sentence = min(parts[n][0] for n in naming)
        for k, (s2, a2, b2) in enumerate(parts):
            if k in chosen or s2 <= first_sentence or names_someone_else(k):
                continue
            if back.search(" ".join(tokens[i].lower for i in range(a2, b2) if tokens[i].kind == "word")):
                chosen.add(k)
    indexes = frozenset(i for n in chosen for i in range(parts[n][1], parts[n][2]))
    spans = tuple((tokens[parts[n][1]].start, tokens[parts[n][2] - 1].end) for n in sorted(chosen))
    return Region(indexes, spans, frozenset(flipped))


_RELATIVES = frozenset(words("which vilket mikä"))
_TAG_KINDS = frozenset({"hashtag", "mention", "punct", "pause", "emoji", "url"})
_ON_PAPER = re.compile(r"\b(?:paperilla|teoriassa|på\s+papperet|på\s+pappret|i\s+teorin|on\s+paper|in\s+theory)\b")
_IN_PRACTICE = re.compile(
    r"\b(?:käytännössä|i\s+praktiken|in\s+practice|in\s+reality|i\s+verkligheten|todellisuudessa)\b"
)


def _denies(tokens: list[Token], a: int, b: int, negators: frozenset[str]) -> bool:
    """A short clause whose only predicate is a negation: "..., Kuntaliiton kanssa eivät"."""
    found = [tokens[i].lower for i in range(a, b) if tokens[i].kind == "word"]
    return bool(negators) and 0 < len(found) <= 5 and found[-1] in negators


_NEGATED_BEFORE_RE = (
    r"\b(?:ei|en|et|emme|ette|eivät|eikä|älä|älkää|not|never|no|don't|won't|shouldn't|mustn't|reconsider"
    r"|inte|int|ej|aldrig|icke)\b(?:\W+\w+){0,2}\W*$"
    # "no reason for Helsinki to stay", "ingen anledning för staden att stanna"
    r"|\b(?:no\s+reason|not\s+any\s+reason|not\s+a\s+(?:good\s+)?reason|no\s+grounds|ingen\s+anledning|inte?\s+någon\s+anledning"
    r"|inte\s+(?:ett\s+)?(?:skäl|argument)|inget\s+skäl|ei\s+(?:ole\s+)?(?:mikään\s+)?(?:syy|peruste)"
    r"|ei\s+(?:ole\s+)?(?:mitään\s+)?syytä)\b"
    r"(?:\W+\w+){0,4}\W*$"
    # the writer against a motion to leave: "Respectfully disagree with the motion to quit"
    r"|\b(?:disagree\s+with|(?:vote|voted|voting)\s+against|röstar\s+emot|vastustan|äänestän\s+vastaan)\s+(?:\w+\s+){0,3}?"
    r"(?:motion\w*|proposal|idea|call|aloite\w*|ehdotus\w*|förslag\w*)(?:\s+(?:to|om\s+att|om))?\s*$"
)
# staying put in doubt: "dags att fundera på om Helsingfors verkligen ska stanna", "kannattaako"
_DOUBTED_BEFORE_RE = (
    r"\b(?:fundera\w*\s+på\s+om|överväg\w*\s+om|ompröva\w*\s+om|fråga\s+(?:sig|oss)\s+om|reconsider\w*\s+whether"
    r"|ask\s+ourselves\s+whether|kannattaako|pitäisikö|(?:i|we)\s+doubt|epäilen|epäilemme|tvivlar\s+(?:på\s+)?att)\b"
    r"(?:\W+\w+){0,4}\W*$"
)
# Finnish "en" and "et" (I don't, you don't) are spelled like Swedish words that deny nothing ("En
# motion om utträde"): Swedish text does without them.
_NEGATED_BEFORE = {
    lang: re.compile(_NEGATED_BEFORE_RE.replace("ei|en|et|", "ei|") if lang == "sv" else _NEGATED_BEFORE_RE)
    for lang in ("fi", "sv", "en")
}
# Staying is put in doubt by asking whether to stay; leaving asked about is leaving considered ("nyt
# on aika miettiä, pitäisikö Helsingin erota").
_DOUBTED_BEFORE = re.compile(_DOUBTED_BEFORE_RE)


_REFUSED_AFTER = re.compile(
    r"\W{0,3}\s*(?:\w+[\s,]*){0,4}?\?\s*(?:nej\s+tack|no\s+thanks|ei\s+kiitos|absolut\s+inte|definitely\s+not"
    r"|ei\s+todellakaan|no\s+way|glöm\s+det|forget\s+it|unohda\s+se|unohtakaa\s+se|ei\s+käy"
    r"|i'?d\s+rather\s+(?:we\s+)?(?:stayed|stay|doubled\s+down|double\s+down)"
    # the question answered by what leaving would cost: "Leave Kuntaliitto? We'd lose ...", "Seriously?"
    r"|not\s+a\s+chance|seriously\s*\?|we'?d\s+lose|we\s+would\s+lose|menettäisimme|ei\s+missään\s+nimessä"
    r"|ei\s+nyt\s+herran\s+tähden|inte\s+en\s+chans|aldrig\s+i\s+livet|då\s+(?:tappar|förlorar)\s+vi"
    r"|vi\s+skulle\s+(?:tappa|förlora)|tvärtom|päinvastoin|quite\s+the\s+(?:opposite|reverse)|on\s+the\s+contrary)"
)


# Leaving judged in the words right after it: "Erota ei siis kannata.", "Att gå ur lönar sig inte",
# "leaving makes no sense".
_NEGATED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:ei\s+(?:siis\s+|todellakaan\s+|kuitenkaan\s+)?(?:kannata|ole\s+(?:järkevää|viisasta|vaihtoehto))"
    r"|lönar\s+sig\s+inte|är\s+inget\s+alternativ|makes\s+no\s+sense|(?:does|would)(?:n't|\s+not)\s+(?:pay|make\s+sense))\b"
)


# A question that asks "should we not ...": it calls for what it asks.
_ASKED_NOT = re.compile(r"\W*(?:borde|bör|skulle|ska)\s+inte\b|\W*(?:shouldn['’]t|should\s+\w+\s+not)\b")


_SENTENCE_MARK = re.compile(r"[.!?]")


def _sentence_mark(text: str, at: int) -> str:
    """The mark that ends the sentence running at `at` ("" at the end of the text)."""
    end = _SENTENCE_MARK.search(text, at)
    return end.group() if end else ""


_IF_CLAUSE = re.compile(r"^\W*(?:jos|mikäli|om|ifall|if)\b[^,.!?]*,\s*")


_WHY_WOULD = re.compile(
    r"\b(?:why\s+(?:would|should|on\s+earth\s+would)|varför\s+(?:skulle|ska|borde)|miksi\s+\w+\s+(?:nyt\s+)?\w+isi)\b"
)


def leave_calls(
    text: str,
    spans: tuple[tuple[int, int], ...],
    lang: str,
    reported: list[tuple[int, int]] | None = None,
) -> list[tuple[str, bool, tuple[int, int]]]:
    """The words of leaving in the topical part of the text, each with whether it is negated
    ("ei aio erota", "should not leave" are the opposite of a call to leave) and where it is
    (its words, such as "better" in "better off outside", carry no tone of their own). Leaving
    that a motion proposes or others want is reported, not called for: its place goes into
    `reported` when a list is given."""
    pattern = LEAVE_PATTERNS.get(lang)
    if pattern is None:
        return []
    found: list[tuple[str, bool, tuple[int, int]]] = []
    for a, b in spans:
        part = text[a:b].lower()
        for m in pattern.finditer(part):
            # The proposer may stand in an earlier clause of the sentence: "Joku ehdotti, että ...".
            sentence_start = max(text.rfind(ch, 0, a + m.start()) for ch in ".!?;\n") + 1
            before = text[sentence_start : a + m.start()].lower()
            reported_after = _TALKED_AFTER.match(text[a + m.end() :].lower())
            # a motion named in one word: "utträdesmotion", "eroaloite"
            in_one_word = _MOTION_WORD.search(m.group()) is not None
            if (_MOTION_BEFORE.search(before) and not _OWN_MOTION.search(before)) or reported_after or in_one_word:
                if reported is not None:
                    reported.append((a + m.start(), a + m.end()))
                continue
            prefix = part[: m.start()]
            condition = _IF_CLAUSE.match(prefix)
            # a negation in the condition is not the call's: "Jos Kuntaliitto ei muutu, Helsingin pitää lähteä"
            denial = _NEGATED_BEFORE[lang].search(prefix, condition.end() if condition else 0)
            if denial is not None and lang == "fi" and re.match(r"et\b", denial.group()):
                # "Ois jo aika et Helsinki lähtis Kuntaliitosta": spoken "että"
                at = a + denial.start()
                after = re.match(r"et\W+(\w+)", text[at:])
                went_before = re.search(r"(\w+|,)\W*$", text[:at])
                if after is not None and spoken_that_fi(went_before.group(1) if went_before else "", after.group(1)):
                    denial = None
            if denial is not None and _ASKED_NOT.match(before) and _sentence_mark(text, a + m.end()) == "?":
                denial = None  # "Borde inte staden ompröva sitt medlemskap? Jag anser det.": a call put as a question
            # "Why would Helsinki walk away now, just as it is paying off?": asked to be refused
            negated = bool(denial) or (
                _WHY_WOULD.search(before) is not None and _sentence_mark(text, a + m.end()) == "?"
            )
            end = a + m.end()
            # "Utträde ur Kommunförbundet? Nej tack.": the idea is put and turned down.
            refused = _REFUSED_AFTER.match(text[end:].lower()) or _NEGATED_AFTER.match(text[end:].lower())
            if refused is not None:
                negated, end = True, end + refused.end()
            found.append((m.group(), negated, (a + m.start(), end)))
    return found


def pattern_hits(
    patterns: Mapping[str, Finder], text: str, spans: tuple[tuple[int, int], ...], lang: str
) -> list[tuple[str, bool]]:
    """Matches of a per-language pattern in the topical part, each with whether it is negated."""
    pattern = patterns.get(lang)
    if pattern is None:
        return []
    found: list[tuple[str, bool]] = []
    for a, b in spans:
        part = text[a:b].lower()
        for m in pattern.finditer(part):
            # the asking may stand in an earlier clause: "kysyimme kaikilta ryhmiltä, pitäisikö ..."
            sentence_start = max(text.rfind(ch, 0, a + m.start()) for ch in ".!?;\n") + 1
            asked = _ASKED_WHETHER.search(text[sentence_start : a + m.start()].lower())
            if _DECIDED_BEFORE.search(part[: m.start()]) or asked:
                continue  # "Kaupunginhallitus päätti tänään jatkaa ...": a decision reported, not a call
            # a negation before a "but" is the other clause's: "Not glamorous, but exactly what the city needed"
            prefix = part[: m.start()]
            turn = max((b.end() for b in _BUT.finditer(prefix)), default=0)
            negated = bool(_NEGATED_BEFORE[lang].search(prefix[turn:]) or _DOUBTED_BEFORE.search(prefix[turn:]))
            # "Samarbeta mer med Kommunförbundet? NEJ TACK.": the idea is put and turned down
            negated = negated or _REFUSED_AFTER.match(text[a + m.end() :].lower()) is not None
            found.append((m.group(), negated))
    return found


_BUT = re.compile(r"\b(?:but|mutta|men)\b")


# A body's decision reported just before what it decided: "päätti tänään jatkaa", "decided to continue".
_DECIDED_BEFORE = re.compile(
    r"\b(?:päätti|päättivät|päätettiin|päättänyt|valitsi|beslutade|beslöt|har\s+beslutat|valde|valt|decided|voted|agreed"
    r"|chose|chosen)\b"
    r"(?:\W+\w+){0,2}?\W*(?:to\s+|att\s+)?$"
)


# A question reported, not put by the writer: "question 17 asks whether Helsinki should stay".
_ASKED_WHETHER = re.compile(
    r"\b(?:asks|asked)\s+whether\b(?:\W+\w+){0,4}?\W*$|\b(?:kysyy|kysyi|kysytään|kysyttiin|kysyimme|kysyin)\b(?:\s+\w+){0,3}?,?\s+(?:pitäisikö|tulisiko"
    r"|kannattaako|pitäisi\w*kö)\b(?:\W+\w+){0,4}?\W*$|\b(?:frågar|frågade|frågas|frågades)\s+om\b(?:\W+\w+){0,4}?\W*$"
    # arguments heard on both sides: "heard arguments both for and against staying in AFM"
    r"|\b(?:for\s+and\s+against|puolesta\s+ja\s+vastaan|för\s+och\s+emot)\b(?:\W+\w+){0,2}?\W*$"
    # a side argued in a debate, or a question put by a journalist: "argumenterade SFP för att stanna",
    # "arguments both for leaving AFM and for staying in", "Toimittajan kysymykseen, aikooko Helsinki pysyä"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\bjag\s)(?<!\bvi\s)\b(?:argumenterade|argued|arguments)\b[^.!?]*$|\b(?:aikooko|aikovatko)\b(?:\W+\w+){0,3}?\W*$"
    # a debate on whether to stay: "Lively debate tonight on whether to stay in Kuntaliitto"
    r"|\b(?:debate|discussion|vote|debatt|diskussion|omröstning|keskustelu|äänestys)\w*\s+(?:\w+\s+){0,5}?(?:on|about|om|siitä)\s+"
    r"(?:whether|huruvida|om|pitäisikö|kannattaako)\b(?:\W+\w+){0,3}?\W*$"
)


# Finnish typed without ä and ö still says the same: every Finnish pattern accepts both spellings.
for _table in (
    POLL_PATTERNS,
    LEAVE_PATTERNS,
    STAY_PATTERNS,
    EXEMPLARY_PATTERNS,
    _NONE,
    _RHETORICAL,
    FRAME_PATTERNS,
    _ATTRIBUTION,
    REBUTTAL_PATTERNS,
):
    _table["fi"] = either_dots(_table["fi"])

# The three longest alternations run only the phrases whose words a text has (see screened.py):
# the same matches, several times faster (bench/score.py prints both on the same texts).
NONE_PATTERNS: dict[str, Finder] = {lang: Screened(p) for lang, p in _NONE.items()}
RHETORICAL_PATTERNS: dict[str, Finder] = {lang: Screened(p) for lang, p in _RHETORICAL.items()}
ATTRIBUTION_PATTERNS: dict[str, Finder] = {lang: Screened(p) for lang, p in _ATTRIBUTION.items()}
