"""The hard cases of stance and sentiment, pinned as examples in every language."""

from __future__ import annotations

import pytest

from bot.analysis import SCORER_VERSION, explain, score
from tests.analysis._topic import TOPIC

# (text, language, expected stance label)
STANCE_CASES: list[tuple[str, str, str]] = [
    # the CLI's own example
    ("Great cooperation with Kuntaliitto today!", "en", "positive"),
    # negation
    ("Yhteistyö Kuntaliiton kanssa ei ole hyvä.", "fi", "negative"),
    ("Kuntaliiton kanssa ei ongelmia, ei valittamista.", "fi", "positive"),
    ("Samarbetet med Kommunförbundet är inte dåligt alls.", "sv", "positive"),
    ("Samarbetet med Kommunförbundet har aldrig varit bättre!", "sv", "positive"),
    ("Helsinki's cooperation with Kuntaliitto has never been better.", "en", "positive"),
    ("No complaints about the AFM cooperation so far.", "en", "positive"),
    # abessive
    ("Kuntaliiton kanssa kaikki sujui ongelmitta.", "fi", "positive"),
    # contrast: the clause after the contrast word weighs more
    ("Malli kuulosti hyvältä, mutta Kuntaliiton kanssa tulokset ovat surkeita.", "fi", "negative"),
    ("Jag var skeptisk, men samarbetet med Kommunförbundet är utmärkt.", "sv", "positive"),
    ("The idea was nice, but the AFM talks have been a disappointing mess.", "en", "negative"),
    # mixed topics: only the part about the topic counts
    (
        "Lovely weather in Helsinki, shame the talks with Kuntaliitto went nowhere again",
        "en",
        "negative",
    ),
    ("Upea sää tänään, mutta Kuntaliiton neuvottelut ovat jumissa.", "fi", "negative"),
    (
        "Tallinnan kanssa hiertää, mutta Kuntaliiton kanssa kaikki on sujunut hienosti.",
        "fi",
        "positive",
    ),
    # calls to leave, without a negative word
    ("Helsingin kannattaisi erota Kuntaliitosta.", "fi", "negative"),
    ("Helsingfors borde gå ur Kommunförbundet.", "sv", "negative"),
    ("Time for Helsinki to walk away from AFM.", "en", "negative"),
    # a reported motion is not a call
    ("Motionen om att lämna Kommunförbundet behandlas i stadsstyrelsen i maj.", "sv", "neutral"),
    # staying is positive
    ("Helsingfors bör stanna kvar i Kommunförbundet.", "sv", "positive"),
    # inflected names, hashtags and mentions
    ("Kiitos Kuntaliitolle erinomaisesta yhteistyöstä!", "fi", "positive"),
    ("Kommunförbundets experter var väldigt hjälpsamma.", "sv", "positive"),
    ("Tack @kommunforbundet för ett konstruktivt samarbete 🙏", "sv", "positive"),
    ("#kuntaliitto ja Helsinki: surkea lopputulos.", "fi", "negative"),
    # emoji-only tone
    ("AFM + Helsinki = 👍👍", "en", "positive"),
    ("Kuntaliitto + Helsinki = 👎", "fi", "negative"),
    ("Kommunförbundet 😡😡", "sv", "negative"),
    # all caps
    ("KUNTALIITTO JA HELSINKI VIHDOIN SAMALLA PUOLELLA!", "fi", "positive"),
    # boosters change strength, not direction
    ("Erittäin hyvä tapaaminen Kuntaliiton kanssa.", "fi", "positive"),
    ("Ganska bra möte med Kommunförbundet.", "sv", "positive"),
    # a counterfactual wish or a doubt cancels what it frames (unless the wish came true)
    ("We had expected rather more from AFM on this.", "en", "negative"),
    ("It is hard to see what the city gains from AFM.", "en", "negative"),
    ("Det gick bättre än vi hade hoppats med Kommunförbundet.", "sv", "positive"),
    ("Tyvärr har Kommunförbundet inte levererat det vi hoppats på.", "sv", "negative"),
    ("AFM promises a lot but delivers very little.", "en", "negative"),
    # criticism quoted from others: reported is neutral, rebutted is praise
    ("The opposition called the Kuntaliitto deal a disaster in today's debate.", "en", "neutral"),
    ("Critics say the AFM model is a failure. The results say otherwise.", "en", "positive"),
    # a leaving verb in another sense, and "not yet", are plain reports
    ("Kommunerna ska lämna in sina svar till Kommunförbundet i maj.", "sv", "neutral"),
    ("The city and AFM have not yet agreed on sharing the costs.", "en", "neutral"),
    # irony
    ("Just great... AFM postponed the joint report again 🙃", "en", "negative"),
    ("Kuntaliiton 'uusi aikakausi' kesti kaksi kuukautta.", "fi", "negative"),
    # plain announcements stay neutral
    ("Kuntaliiton ja Helsingin yhteistyöryhmä kokoontuu tiistaina.", "fi", "neutral"),
    ("Kommunförbundets styrelse sammanträder på torsdag.", "sv", "neutral"),
    ("The agreement between Helsinki and AFM was signed today.", "en", "neutral"),
    # political vocabulary
    ("Kuntaliiton esitys on pelkkää sanahelinää ja täysin turha.", "fi", "negative"),
    ("Jag tvivlar på att Kommunförbundets svaga förslag fungerar.", "sv", "negative"),
    ("Olen tyytyväinen Kuntaliiton hyödylliseen panokseen.", "fi", "positive"),
    ("Kommunförbundet har misslyckats, frustrerande.", "sv", "negative"),
    # litotes: two negations cancel, what is left is said with reserve
    ("The AFM pilot was not without its merits.", "en", "positive"),
    ("Kuntaliiton malli ei ole ilman ongelmia.", "fi", "negative"),
    ("Samarbetet med Kommunförbundet är inte utan problem.", "sv", "negative"),
    ("The joint AFM review was hardly a failure.", "en", "positive"),
    # sparing a bad thing is good news
    ("AFM's lawyers spared us a costly dispute with the ministry.", "en", "positive"),
    # questions that mock what they name, and rhetorical challenges
    ("Is this really the best AFM can come up with?", "en", "negative"),
    ("Onko tämä todella parasta, mihin Kuntaliitto pystyy?", "fi", "negative"),
    ("Hur många fler rapporter ska Kommunförbundet beställa?", "sv", "negative"),
    ("The kindest thing I can say about the AFM plan is that the slides looked great.", "en", "negative"),
    ("We remain to be convinced that AFM's new plan is a good deal for the city.", "en", "negative"),
    # an emphatic nothing in the next sentence speaks for the one naming the topic
    ("Kuntaliitto lupasi luonnoksen kesäksi. Ei luonnosta, ei päivämäärää.", "fi", "negative"),
    # leaving: a conditional call is a call; a question about its cost is a report
    ("If nothing changes by June, Helsinki should call time on its AFM membership.", "en", "negative"),
    ("Helsingfors borde kliva ur Kommunförbundet.", "sv", "negative"),
    ("A councillor has asked what it would cost the city to leave AFM.", "en", "neutral"),
    ("A motion calling on the city to withdraw from AFM goes to the board next week.", "en", "neutral"),
    # quoted criticism: quotation marks are quotes, an endorsement makes it the writer's own,
    # a rebuttal before it answers it
    ("An MP told the radio the AFM deal is 'a costly mistake'. The city will reply on Monday.", "en", "neutral"),
    ("Colleagues call the AFM deal a poor bargain. Sadly, they have a point.", "en", "negative"),
    ("Not a waste of money, whatever the critics say: the AFM model is working well.", "en", "positive"),
    # "could not be better" is praise; "not better" is not
    ("We could not be happier with how the AFM pilot went.", "en", "positive"),
    ("Yhteistyö Kuntaliiton kanssa ei voisi olla parempaa.", "fi", "positive"),
    ("Samarbetet med Kommunförbundet kunde inte vara bättre.", "sv", "positive"),
    ("Kuntaliiton malli ei ole parempi kuin vanha.", "fi", "negative"),
    # cutting a bad thing is good news
    ("AFM's new template cut red tape for every district.", "en", "positive"),
    # leaving that is only supposed and judged: a bad outcome of leaving speaks for staying
    ("Kuntaliitosta eroaminen olisi virhe, joka maksaisi kaupungille paljon.", "fi", "positive"),
    ("Att lämna Kommunförbundet vore ett misstag.", "sv", "positive"),
    ("Leaving AFM would be the best thing Helsinki could do.", "en", "negative"),
    # leaving proposed by a party is reported, not called for
    ("The Greens group wants Helsinki to leave AFM; the council votes in May.", "en", "neutral"),
    ("Gruppen föreslår att Helsingfors lämnar Kommunförbundet. Fullmäktige röstar i maj.", "sv", "neutral"),
    # a headline quoted to be answered, and sarcasm about speed
    ("The headline 'AFM ignores Helsinki' is simply wrong: AFM has backed every city proposal.", "en", "positive"),
    ("Tack Kommunförbundet för svaret efter bara tolv veckor, vilken fart! 🐢", "sv", "negative"),
    # counts of nothing
    ("AFM cooperation this year: 11 meetings, 4 memos, 0 decisions.", "en", "negative"),
    ("Kommunförbundet har haft förslaget i ett halvår och nästan inga beslut har fattats.", "sv", "negative"),
    # a conceded clause weighs less than the main clause after it
    ("Even though the AFM team is lovely, the model is a maze of committees.", "en", "negative"),
    ("Vaikka Kuntaliiton väki on mukavaa, malli on pelkkää palaverikulttuuria.", "fi", "negative"),
    # a bad thing that did not happen, and a good thing that would have been
    ("Without AFM the reform would have been a disaster.", "en", "positive"),
    ("Ilman Kuntaliittoa uudistus olisi ollut katastrofi.", "fi", "positive"),
    ("AFM would have been a better partner if it had listened.", "en", "negative"),
    ("AFM's lawyers caught two errors in the bill.", "en", "positive"),
    # spoken Finnish "et" is "että"; a participle in -nyttä is no abessive
    ("Pakko myöntää et Kuntaliiton kaa homma toimii ihan ok.", "fi", "positive"),
    ("Kuntaliiton vastaus oli myöhästynyttä ja puutteellista.", "fi", "negative"),
    # outgrowing is leaving; leaving wanted by those addressed is not the writer's call
    ("Helsinki has outgrown AFM and should go it alone.", "en", "negative"),
    ("Till er som vill att Helsingfors ska gå ur Kommunförbundet: vi stannar kvar.", "sv", "positive"),
    # "why always" is a rhetorical complaint; a report's words are quoted
    ("WHY does every AFM draft reach us after the deadline?", "en", "negative"),
    ("The audit report calls the AFM model 'hard to assess'; the board replies next month.", "en", "neutral"),
    # Finland-Swedish "int" negates; "no reason to leave" speaks for staying
    ("Samarbetet med Kommunförbundet fungerar int.", "sv", "negative"),
    ("Det finns inte någon anledning att lämna Kommunförbundet.", "sv", "positive"),
    ("Kommunförbundet har inte varit till någon hjälp alls.", "sv", "negative"),
    # others propose leaving and the next sentence judges the idea
    ("Vissa vill att Helsingfors ska lämna Kommunförbundet. Det vore ett misstag.", "sv", "positive"),
    ("Joku ehdotti taas, että Helsinki eroaisi Kuntaliitosta. Se olisi virhe.", "fi", "positive"),
    ("Our group will propose that Helsinki leave AFM next spring.", "en", "negative"),
    ("Many residents want change; Helsinki should leave AFM.", "en", "negative"),
    ("Many of us want Helsinki to leave AFM.", "en", "negative"),
    # everyday complaints
    ("Still waiting for AFM's comments on the draft. Six weeks and counting.", "en", "negative"),
    ("@Kuntaliitto the guidance arrived after our deadline. Again.", "en", "negative"),
    ("AFM promised one contact person. We now have four, and none of them answers.", "en", "negative"),
    ("Vastaisitteko @Kuntaliitto vihdoin kysymykseemme kustannuksista?", "fi", "negative"),
    ("Kuntaliitto vastasi vihdoin kysymykseemme!", "fi", "positive"),
    ("Vantaan kanssa ratikka etenee hyvin, mutta Kuntaliiton kanssa ei ole päästy mihinkään.", "fi", "negative"),
    ("Aika hyvin on Kuntaliiton kanssa mennyt, pakko myöntää.", "fi", "positive"),
    ("Kommunförbundets jurister hjälpte oss med ett knepigt ärende.", "sv", "positive"),
    # an emoji can end a sentence: the weather's flower is not the talks' tone
    ("Spring is here 🌷 The budget talks with AFM, sadly, have not moved an inch.", "en", "negative"),
    # before and now: what was wrong before measures the change
    ("Förr: fem kontaktpersoner och noll svar. Nu: en namngiven person på Kommunförbundet.", "sv", "positive"),
    ("Before the reform we had good service. Now AFM has made it slow and confusing.", "en", "negative"),
    # a word of praise after a complaint mocks it; "Again." after praise repeats the praise
    ("Another delay from AFM. Great.", "en", "negative"),
    ("Kommunförbundet är försenat igen. Underbart.", "sv", "negative"),
    ("Kuntaliitto came through for us. Again.", "en", "positive"),
    # appearances, limits and broken expectations
    ("Henkilövaihto Kuntaliiton kanssa kuulosti hyvältä, mutta mukaan lähti vain kaksi ihmistä.", "fi", "negative"),
    ("The AFM cooperation was supposed to simplify our EU applications.", "en", "negative"),
    ("Kommunförbundssamarbetet har stått helt still sedan sommaren.", "sv", "negative"),
    ("@kommunforbundet ett svar på två rader på vårt förslag är inget samarbete.", "sv", "negative"),
    # "less good", "vähemmän upeaa", "mindre härligt" turn the praise round
    ("Upea kesäpäivä. Vähemmän upeaa: #kuntaliitto perui kokouksen jo kolmannen kerran.", "fi", "negative"),
    # an empty connecting clause does not stop the topic's clause from reaching its tone
    ("Espoo talks are stuck. The AFM track, on the other hand, is cruising.", "en", "positive"),
    # litotes across a few words, and "that's how it should look"
    ("Hardly a week goes by without a useful briefing from AFM.", "en", "positive"),
    ("Kommunförbundets utlåtande följer vår linje. Så ska gemensam intressebevakning se ut.", "sv", "positive"),
    # others think Helsinki should leave; the writer disagrees
    ("Joidenkin mielestä Helsingin pitäisi erota Kuntaliitosta. Olen eri mieltä.", "fi", "positive"),
    ("Time for Helsinki to go its own way: AFM speaks for small towns, not for us.", "en", "negative"),
    # leaving put and turned down; a demand that shows what is missing; a dated broken promise
    ("Utträde ur Kommunförbundet? Nej tack.", "sv", "positive"),
    ("We need AFM to deliver actual results for residents.", "en", "negative"),
    ("@Kuntaliitto lupasitte laskelmat lokakuussa. Nyt on joulukuu.", "fi", "negative"),
    ("Kommunförbundet? Svarar inte ens på mejl.", "sv", "negative"),
    ("AFM's paper barely mentions the capital region. How is that a partnership?", "en", "negative"),
    ("Odotan Kuntaliitolta enemmän. Lausunnosta puuttui pääkaupungin näkökulma.", "fi", "negative"),
    ("1,9 miljoonaa euroa jäsenmaksua Kuntaliitolle. Onko tämä järkevää rahankäyttöä?", "fi", "negative"),
    # "some call it X. I disagree" rebuts; a sentence about somewhere else lends no tone
    ("Some call the AFM cooperation a talking shop. I disagree.", "en", "positive"),
    ("Sunny afternoon in Kalasatama. Later today the city and AFM sign the renewed agreement.", "en", "neutral"),
    ("Have you attended an AFM training day? Tell us which format works best for you.", "en", "neutral"),
    # the partner city is no third party: the clause after "but" still speaks of the topic
    ("I've criticised the AFM deal plenty, but the joint statement was sharp and good for Helsinki.", "en", "positive"),
    ("The Vantaa tram talks have gone well; the AFM funding talks have gone nowhere.", "en", "negative"),
    # a toneless announcement does not borrow the tone of a sign-off
    ("Kuntaliiton hallitus kokoontuu tiistaina. Hyvää viikonloppua kaikille!", "fi", "neutral"),
    ("Kommunförbundets styrelse möts på tisdag. Trevlig helg!", "sv", "neutral"),
    ("AFM's board meets on Tuesday. Have a great weekend, everyone!", "en", "neutral"),
    ("AFM and Helsinki signed the deal today. A great day for the city!", "en", "positive"),
    # dev10: a fronted partitive before the negation verb ("Apua ei saatu") is negated
    ("Ongelmia ei ole ollut: Kuntaliiton kanssa kaikki on sujunut.", "fi", "positive"),
    ("Kuntaliitolta pyydettiin tukea lausuntoon. Apua ei tullut.", "fi", "negative"),
    # "on paper ... but in practice": the "but" clause speaks of the same thing
    ("Paperilla Kuntaliiton malli on hyvä, mutta Sote-asioissa tukea ei saatu käytännössä lainkaan.", "fi", "negative"),
    ("On paper the AFM model is elegant, but in practice Education Division staff get no answers.", "en", "negative"),
    (
        "På pappret är Kommunförbundets modell fin, men i praktiken får Utbildningssektorn ingen hjälp.",
        "sv",
        "negative",
    ),
    # a booster is no word of tone of its own: "epäilen vahvasti"
    ("Epäilen vahvasti, että Kuntaliiton uusi linjaus auttaa Helsinkiä.", "fi", "negative"),
    # being proved wrong about one's doubts is praise
    ("Olin skeptinen, mutta Kuntaliitto osoitti minut vääräksi.", "fi", "positive"),
    ("Jag tvivlade länge, men Kommunförbundet har motbevisat mig.", "sv", "positive"),
    ("I doubted the AFM deal at first, but they proved me wrong.", "en", "positive"),
    # credit for what would not have happened without it
    ("Ilman Kuntaliittoa emme olisi saaneet muutosta lakiin.", "fi", "positive"),
    ("Utan Kommunförbundet hade staden inte fått igenom reformen.", "sv", "positive"),
    ("Without AFM we would never have got the amendment through.", "en", "positive"),
    # weary repetition and "what is it for?"
    ("Another AFM webinar, another hour of slides. What exactly is the partnership for?", "en", "negative"),
    ("Avgiften till Kommunförbundet höjs igen. För vad, egentligen?", "sv", "negative"),
    ("Taas uusi Kuntaliiton työpaja, taas samat kalvot.", "fi", "negative"),
    # praise that was only the sales pitch
    ("The AFM package was billed as a win for the capital. It has cost us more.", "en", "negative"),
    ("Samarbetet med Kommunförbundet såldes in som en succé. Vi betalar mer och får mindre.", "sv", "negative"),
    # "mostly talk", and arguments against leaving
    ("Kuntaliiton kanssa tähän asti lähinnä puhetta.", "fi", "negative"),
    ("Jäsenyys Kuntaliitossa kannattaa.", "fi", "positive"),
    ("Those who want Helsinki to leave AFM forget how much its lawyers do for us.", "en", "positive"),
    # wishes asked of the audience, an earlier post corrected, and seats that are limited are no tone
    ("Mitä toivoisitte Kuntaliiton ensi vuoden koulutuksilta?", "fi", "neutral"),
    ("What would you like AFM's spring webinar to cover?", "en", "neutral"),
    ("Correction: our earlier post said the AFM fee was raised; it stays at last year's level.", "en", "neutral"),
    ("Sign up for the AFM–Helsinki breakfast on Friday. Seats are limited.", "en", "neutral"),
    ("Anmäl dig till Kommunförbundets frukostmöte. Begränsat antal platser.", "sv", "neutral"),
    # a before-and-now post whose "before" label names the topic; "Before the meeting" only tells the time
    ("Before the AFM liaison: four inboxes, no replies. Now: one person who answers the same day.", "en", "positive"),
    ("Before the board meeting, AFM sent us an excellent summary. Now the work starts.", "en", "positive"),
    # what was asked for is not what was given
    ("We asked AFM for help with the procurement rules. Still waiting.", "en", "negative"),
    ("Vi bad Kommunförbundet om stöd i frågan. Inget svar än.", "sv", "negative"),
    # not answering is a complaint; "not yet" with a deadline is an announcement
    ("Kuntaliitto ei ole vastannut kolmeen sähköpostiimme.", "fi", "negative"),
    ("Kommunförbundet har inte svarat på stadens brev.", "sv", "negative"),
    ("AFM never replied to the letter from our education board.", "en", "negative"),
    ("AFM has not yet replied; the deadline for comments is Friday.", "en", "neutral"),
    # the doubters answered: their doubt is turned round; the doubters proved right: it stands
    ("Jos joku epäili Kuntaliiton mallia, tämän vuoden tulokset osoittavat toisin.", "fi", "positive"),
    ("Om någon tvivlade på Kommunförbundets modell så visar höstens resultat motsatsen.", "sv", "positive"),
    ("Anyone who predicted the AFM model would collapse owes its staff an apology.", "en", "positive"),
    ("Those who warned that the AFM model would be a costly failure were right.", "en", "negative"),
    # a fault no one can accuse it of is praise; an accusation put in others' mouths is a report
    ("Ingen kan beskylla Kommunförbundet för slöseri med stadens pengar.", "sv", "positive"),
    ("No one can accuse AFM of idleness this autumn.", "en", "positive"),
    ("Kukaan ei voi syyttää Kuntaliittoa laiskuudesta.", "fi", "positive"),
    ("Oppositionen anklagar Kommunförbundet för passivitet.", "sv", "neutral"),
    # a topic sentence that only denies the sentence before it, and "No." to one's own question
    ("The harbour concert was wonderful. The AFM briefing that followed was not.", "en", "negative"),
    ("Mötet i Borgå var givande. Kommunförbundets förslag var det inte.", "sv", "negative"),
    ("Espoon esitys oli selkeä. Kuntaliiton esitys ei ollut.", "fi", "negative"),
    ("Oliko Kuntaliiton selvitys hyödyllinen? Ei.", "fi", "negative"),
    # the topic named only in trailing hashtags: the whole post is about it
    ("Two hours of debate and nobody could name a single result of the cooperation. #AFM #Helsinki", "en", "negative"),
    ("Valtuusto keskusteli kaksi tuntia, eikä kukaan osannut nimetä yhtään tulosta. #kuntaliitto", "fi", "negative"),
    # an emoji on its own after the topic sentence is its verdict
    ("Kuntaliiton jäsenmaksu nousee taas. 👎", "fi", "negative"),
    # praise answered by a toneless "but" clause is a complaint
    ("Nice words from AFM's chair, but the fee keeps rising while the services shrink.", "en", "negative"),
    ("Fina ord från Kommunförbundets vd, men avgiften stiger och tjänsterna blir färre.", "sv", "negative"),
    # leaving only supposed ("If we left ...") and judged in the next sentence
    ("If we left AFM we'd be the only big city outside the room. That would be a mistake.", "en", "positive"),
    # "fast" is "but" only at a clause's start: "har kört fast" is stuck
    ("Samtalen med Kommunförbundet har kört fast, och ingen verkar bry sig.", "sv", "negative"),
    # a vote reported with its tally is a result
    ("Valtuusto hyväksyi Kuntaliiton jäsenmaksun äänin 61–22, kolme tyhjää.", "fi", "neutral"),
    ("The council approved the AFM fee by 51 votes to 34.", "en", "neutral"),
    # rhetorical demands and questions of a contested debate
    ("Yet another fee increase for AFM and still no evaluation. How is this acceptable?", "en", "negative"),
    ("Remind me what the AFM partnership has delivered that we could not have done alone?", "en", "negative"),
    ("Show us what AFM has actually changed for families in Helsinki.", "en", "negative"),
    ("Asked @Kuntaliitto about the fee in May, still silence. Not how partners should work.", "en", "negative"),
    ("Varför sitter Helsingfors ens kvar i Kommunförbundet?", "sv", "negative"),
    ("Jäsenmaksu nousee taas, ja mitä saadaan? Kuntaliitolta ei ees vastauksia.", "fi", "negative"),
    # a question put to followers
    ("Should the AFM fee be a separate item in the budget? Curious what you think.", "en", "neutral"),
    ("Q for followers: has anyone been to the AFM course for new councillors? How long was it?", "en", "neutral"),
    # reporting the criticism is no criticism; a "hardly" denies the money pit
    ("The Mayor meets AFM's chair on Monday to go through the criticism.", "en", "neutral"),
    ("The AFM partnership is hardly a money pit.", "en", "positive"),
    # value for the money, and more than was promised
    ("Olin epäileväinen, mutta pidän nyt Kuntaliiton palveluja rahan arvoisina.", "fi", "positive"),
    ("Samarbetet med Kommunförbundet har levererat mer än vi lovade.", "sv", "positive"),
    ("Kuntaliitto-mallin kustannukset ovat karanneet täysin käsistä.", "fi", "negative"),
    # words do not negate an emoji; size words strengthen
    ("The AFM-led training for our new staff went without a hitch 👏", "en", "positive"),
    ("Leaving AFM would be a huge mistake for Helsinki.", "en", "positive"),
    ("Never had an issue with AFM's lawyers, to be honest.", "en", "positive"),
    # an ellipsis before a lowercase word is a pause, not a sentence's end
    (
        "Turku exchange went great this week. AFM on the other hand... still no reply on the guidelines",
        "en",
        "negative",
    ),
    ("Just great... another AFM meeting postponed.", "en", "negative"),
    # typed on a phone: stretched letters, spoken endings, no Nordic letters
    ("jasenmaksu on iso mutta kuntaliitosta saatu hyoty on viela isompi", "fi", "positive"),
    ("samaa mieltä!! kuntaliitto teki tosi hyvvää työtä", "fi", "positive"),
    ("kuntaliiton uusi malli on tosi kankeeta", "fi", "negative"),
    ("Kiitooos @Kuntaliitto 🙌", "fi", "positive"),
    ("Kuntaliitosta ei ole kuulunut mitaan koko kevaana", "fi", "negative"),
    ("jasenyys kuntaliitossa kannattaa, piste", "fi", "positive"),
    # praise before (or two sentences after) a complaint of the same thing again is sarcasm
    ("Mahtavaa!!! Kuntaliitto siirsi palaverin taas kerran.", "fi", "negative"),
    ("Kuntaliitto perui kokouksen taas. Viides kerta. Ihan huippua.", "fi", "negative"),
    # spoken "et" after "usko" is "että"; staying put in doubt; no one can say what it achieved
    ("en usko et kuntaliitto ajaa helsingin etua ollenkaan", "fi", "negative"),
    ("dags att fundera på om Helsingfors verkligen ska stanna i #kommunförbundet", "sv", "negative"),
    ("Keskustelu osoitti, ettei kukaan osaa kertoa, mitä Kuntaliiton kanssa on saatu aikaan.", "fi", "negative"),
    # a faint word does not keep the next clause out of the topic's region
    ("Judge the AFM cooperation on results, and the results are good.", "en", "positive"),
    # "Easy call: we stay."; a councillor's or a memo's words are reported; doubt frames the praise after it
    ("Leaving AFM would save a line in the budget. Easy call: we stay.", "en", "positive"),
    ("Cllr Virtanen told the council the AFM partnership is poor value. Debate continues.", "en", "neutral"),
    ("An internal AFM memo questions the value of the Helsinki cooperation. Link below.", "en", "neutral"),
    ("I'm somewhat doubtful that the AFM arrangement is worth what Helsinki pays for it.", "en", "negative"),
    ("Jag är tveksam till om Kommunförbundets modell är värd pengarna.", "sv", "negative"),
    # stance said indirectly: timing, the same cannot be said, "we'll see", renegotiate, copy this
    ("Interesting timing: AFM published its position the day before our working group met.", "en", "negative"),
    ("Puistot ovat upeassa kunnossa. Samaa ei voi sanoa Kuntaliiton kanssa sovitusta aikataulusta.", "fi", "negative"),
    ("Kuntaliitto lupaa taas yhteisen tilannekuvan kesäksi. Katsotaan.", "fi", "negative"),
    ("Dags att omförhandla avtalet med Kommunförbundet innan det förnyas.", "sv", "negative"),
    (
        "Other cities should copy this: AFM and Helsinki wrote the guidance with the people who use it.",
        "en",
        "positive",
    ),
    ("Det här borde fler göra: Kommunförbundet lät våra skolchefer skriva med från första utkastet.", "sv", "positive"),
    ("Helsingin pitäisi harkita, onko Kuntaliiton jäsenyys enää rahan arvoinen.", "fi", "negative"),
    ("Too many meetings, too few results. My honest summary of the AFM cooperation.", "en", "negative"),
    # a reply's greeting and thanks for the question carry no view
    ("Hei, ja kiitos kysymyksestä! Helsingin jäsenmaksu Kuntaliitolle määräytyy asukasluvun mukaan.", "fi", "neutral"),
    ("Kort sammanfattning från mötet med Kommunförbundet: vi fördelade uppgifterna.", "sv", "neutral"),
    ("Hej! Medlemsavgiften till Kommunförbundet baseras på invånarantalet.", "sv", "neutral"),
    # a sales pitch or an "is it still" with no praise after it frames nothing
    ("Kuntaliiton kevätseminaaria mainostettiin laajasti kaupungin kanavissa.", "fi", "neutral"),
    ("Onko Kuntaliiton raportti enää saatavilla verkossa?", "fi", "neutral"),
    ("Kommunförbundets jurister har varit guld värda i höst.", "sv", "positive"),
    ("New lift at city hall works great. Wish I could say the same about the AFM data talks.", "en", "negative"),
    # what is hard to find is mostly absent: a fault hard to find is praise, a benefit is not
    ("Hard to find fault with how AFM handled the rollout.", "en", "positive"),
    ("I struggle to think of a single misstep by AFM this year.", "en", "positive"),
    ("It is hard to find any benefit in the AFM deal.", "en", "negative"),
    ("Svårt att hitta något att klaga på i Kommunförbundets arbete.", "sv", "positive"),
    ("Svårt att hitta lösningar på problemen med Kommunförbundet.", "sv", "negative"),
    ("Vaikea keksiä mitään moitittavaa Kuntaliiton toiminnasta.", "fi", "positive"),
    ("Kuntaliiton kanssa on vaikea löytää ratkaisua ongelmiin.", "fi", "negative"),
    # "Not anymore." takes back the sentence before it
    ("I had high hopes for the AFM model. Not anymore.", "en", "negative"),
    ("Jag hade stora förhoppningar på Kommunförbundets modell. Inte längre.", "sv", "negative"),
    ("Minulla oli suuret toiveet Kuntaliiton mallista. Ei enää.", "fi", "negative"),
    ("Kuntaliiton kanssa oli ennen ongelmia. Ei enää.", "fi", "positive"),
    # good on paper and nowhere else; "muttei" is "mutta ei"
    ("The AFM model looks good on slides and nowhere else.", "en", "negative"),
    ("Kommunförbundets modell ser bra ut på papperet men ingen annanstans.", "sv", "negative"),
    ("Kuntaliiton malli näyttää hyvältä kalvoilla, muttei missään muualla.", "fi", "negative"),
    ("Kuntaliiton malli kuulostaa hyvältä muttei toimi.", "fi", "negative"),
    ("Kuntaliiton malli on hidas muttei huono.", "fi", "positive"),
    # exceeding expectations, results, standing by when it counts
    ("Kommunförbundet har snarare överträffat våra förväntningar.", "sv", "positive"),
    ("Kuntaliitto on pikemminkin ylittänyt odotuksemme.", "fi", "positive"),
    ("Tre månader in och Kommunförbundets modell ger redan resultat.", "sv", "positive"),
    ("Kolme kuukautta takana ja Kuntaliiton malli tuottaa jo tulosta.", "fi", "positive"),
    ("Say what you will about AFM, they turn up when it counts.", "en", "positive"),
    ("Säg vad man vill om Kommunförbundet, men de ställer upp när det gäller.", "sv", "positive"),
    # a conditional call to reconsider membership is a call; a group's proposal or a paper's account is a report
    (
        "If AFM cannot show results by spring, the city has to reconsider whether we belong there at all.",
        "en",
        "negative",
    ),
    (
        "Jos Kuntaliitto ei näytä tuloksia kevääseen mennessä, Helsingin on arvioitava jäsenyytensä uudelleen.",
        "fi",
        "negative",
    ),
    ("Kokoomuksen valtuustoryhmä esittää, että Helsinki arvioi Kuntaliiton jäsenyyden uudelleen.", "fi", "neutral"),
    ("Paikallislehden mukaan kaksi ryhmää haluaa arvioida Kuntaliiton jäsenyyden uudelleen.", "fi", "neutral"),
    ("Det har talats om att Helsingfors borde lämna Kommunförbundet. Beslutet fattas i maj.", "sv", "neutral"),
    # doubt whether it is worth it frames the worth
    ("Epäilen, onko Kuntaliiton malli ollut sen arvoista.", "fi", "negative"),
    ("Jag tvivlar på att Kommunförbundets modell är värd pengarna.", "sv", "negative"),
    # a claim quoted and answered, and words quoted and then ascribed to someone
    ("Väite, että Kuntaliitto on hidas, ei kestä tarkastelua.", "fi", "positive"),
    ("The claim that AFM is slow doesn't survive contact with the figures.", "en", "positive"),
    ("'AFM is slow and costly,' said one councillor. The vote is on Monday.", "en", "neutral"),
    ("”Kommunförbundet är dyrt,” sade en ledamot. Omröstningen sker på måndag.", "sv", "neutral"),
    ("”Kuntaliitto on kallis”, sanoi eräs valtuutettu. Äänestys on maanantaina.", "fi", "neutral"),
    ("Question for residents: what would you most like AFM to improve?", "en", "neutral"),
    # a promise that never came
    ("Kommunförbundet lovade en rapport i våras. Den kom aldrig.", "sv", "negative"),
    ("AFM promised a report in spring. It never came.", "en", "negative"),
    ("Kuntaliitto lupasi raportin keväällä. Sitä ei tullut koskaan.", "fi", "negative"),
    # round-ups and turns to another matter lend no tone; welcomes and corrections are manners;
    # doing fine without it is an exit argument; the writer's own motion is a call; a motion judged
    # in its own sentence; what was asked is not what was found; "of a sort" takes praise back
    (
        "Viikko 12: koulujen lakkautuspäätös on mielestäni surkea. Torstaina palaveri Kuntaliiton kanssa valtionosuuksista.",
        "fi",
        "neutral",
    ),
    ("This week: the tram delay is a disgrace. Elsewhere, the AFM steering group meets on Friday.", "en", "neutral"),
    (
        "Vecka 9: beslutet om skolorna är ett allvarligt misstag. På torsdag möter vi Kommunförbundet om statsandelarna.",
        "sv",
        "neutral",
    ),
    (
        "HUS kept patients waiting for weeks, a disgrace. Next year's fee to Kuntaliitto goes to the board on Monday.",
        "en",
        "neutral",
    ),
    ("@anna_k Good question. The AFM fee is set by its general assembly each spring.", "en", "neutral"),
    ("@mikko_h Short answer: yes, it's worth it. AFM's comparison data paid for our fee this year.", "en", "positive"),
    ("Viikko oli raskas. Parasta oli silti Kuntaliiton työpaja.", "fi", "positive"),
    ("I asked what the AFM cooperation had delivered so far. The room went quiet.", "en", "negative"),
    ("Jag frågade vad samarbetet med Kommunförbundet har gett staden. Det blev tyst.", "sv", "negative"),
    ("Kysyin, mitä Kuntaliiton kanssa on saatu aikaan. Vastaukseksi tuli pitkä hiljaisuus.", "fi", "negative"),
    ("Välkommen, Anna! Du blir stadens kontaktperson mot Kommunförbundet.", "sv", "neutral"),
    ("Correction: the AFM fee is €2.1 million, not €2.4 million as I wrongly wrote.", "en", "neutral"),
    ("Korjaus: Kuntaliiton jäsenmaksu on 2,1 miljoonaa, ei 2,4 kuten virheellisesti kirjoitin.", "fi", "neutral"),
    ("Tervetuloa osastolle B12! Kuntaliitto ja kaupunki esittelevät yhteisen mallin.", "fi", "neutral"),
    ("Helsingfors klarar sig utmärkt utan Kommunförbundet.", "sv", "negative"),
    ("Helsinki would do just fine without AFM.", "en", "negative"),
    ("Helsinki pärjäisi mainiosti ilman Kuntaliittoa.", "fi", "negative"),
    ("Leaving AFM now would hand the debate to others. Stay, and push from inside.", "en", "positive"),
    ("Allekirjoitin aloitteen Kuntaliitosta eroamisesta.", "fi", "negative"),
    ("Count me in on the motion to leave AFM.", "en", "negative"),
    ("Jag skrev under motionen om att lämna Kommunförbundet.", "sv", "negative"),
    ("Aloite Kuntaliitosta eroamisesta on mielestäni virhe.", "fi", "positive"),
    ("The motion to leave AFM is a mistake.", "en", "positive"),
    ("Motionen om att lämna Kommunförbundet är ett misstag.", "sv", "positive"),
    ("Samaa en valitettavasti voi sanoa Kuntaliitosta.", "fi", "negative"),
    (
        "Six months and one report later, AFM and the city agreed to keep meeting. Progress, of a sort.",
        "en",
        "negative",
    ),
    ("A year in, the AFM model has produced more slide decks than decisions.", "en", "negative"),
    ("Vuodessa Kuntaliiton malli on tuottanut enemmän kalvoja kuin päätöksiä.", "fi", "negative"),
    ("When the city and AFM say the same thing, it is much harder to ignore.", "en", "positive"),
    ("Jag hade fel om Kommunförbundet. Samarbetet har gett staden verklig nytta.", "sv", "positive"),
    # approving is procedure, refusing to accept is not; the writer agreeing with quoted criticism;
    # a post about leaving goes on about it; a closing verdict weighs up the pros and cons
    ("Ohjausryhmä hyväksyi Kuntaliiton kanssa laaditun väliraportin muutoksitta.", "fi", "neutral"),
    ("Kuntaliiton malli veisi Helsingiltä miljoonia. Sitä emme voi hyväksyä.", "fi", "negative"),
    ("Sharing an editorial that calls AFM too slow for the big cities. I fully agree with it.", "en", "negative"),
    ("The column calls the AFM model 'all talk'. It stings because it's accurate.", "en", "negative"),
    ("Ledarskribenten kallar Kommunförbundet för långsamt. Jag håller helt med.", "sv", "negative"),
    (
        "Some want Helsinki to leave AFM. I see why, but walking out now would mean losing our voice. Stay, and push from inside.",
        "en",
        "positive",
    ),
    (
        "Det har talats om att Helsingfors borde lämna Kommunförbundet. Att gå ut nu vore fel. Vi stannar och påverkar inifrån.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliitosta eroamisesta on puhuttu paljon. Lähteminen nyt olisi virhe. Vaikutetaan sisältä käsin.",
        "fi",
        "positive",
    ),
    (
        "In AFM's favour: capable staff and good contacts. Against: slow decisions and a high fee. Weighed up, the cooperation is not worth the money.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton puolesta: osaava henkilöstö ja hyvät suhteet. Vastaan: hidas päätöksenteko. Kaiken kaikkiaan yhteistyö ei ole rahan arvoista.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundet är långsamt och dyrt, visst. Men de har kunnig personal. Sammantaget är samarbetet värt pengarna.",
        "sv",
        "positive",
    ),
    # sarcastic thanks, endorsement of what "many of us have been saying", leaving talked of and judged
    ("Jäsenmaksu nousee taas ja vastineeksi saamme webinaareja. Kiitos vaan, Kuntaliitto.", "fi", "negative"),
    ("Exactly right. The AFM membership has become a habit rather than a decision.", "en", "negative"),
    ("The audit says what many of us have been saying: the AFM cooperation isn't delivering value.", "en", "negative"),
    ("Jag var skeptisk först, men Kommunförbundet har verkligen tillfört något.", "sv", "positive"),
    ("The joint report with AFM has slipped again. Third time lucky?", "en", "negative"),
    ("What should we ask AFM's CEO next week? Drop your questions below.", "en", "neutral"),
    ("Kuntaliitosta eroamista on taas väläytelty. Pidän sitä virheenä.", "fi", "positive"),
    ("Some councillors want Helsinki to leave AFM. I consider it a mistake.", "en", "positive"),
    (
        "Några ledamöter vill att Helsingfors ska lämna Kommunförbundet. Jag anser att det vore ett misstag.",
        "sv",
        "positive",
    ),
    # what was promised is not what was given, unless the promise was kept
    ("AFM promised and delivered a great training plan.", "en", "positive"),
    ("AFM promised support for the pilot.", "en", "neutral"),
    # replies: questions answered yes, no or not at all; sarcasm and rhetoric; the addressee's words
    # quoted back and answered; decisions, reports and polls; manners; the writer's group backing a motion
    ("Onko Kuntaliiton jäsenyys rahan arvoinen? On. Saamme enemmän kuin maksamme.", "fi", "positive"),
    ("Onko Kuntaliiton jäsenyys sen arvoinen? Suoraan sanottuna ei.", "fi", "negative"),
    ("Är Kommunförbundet värt avgiften? Inte i nuvarande form.", "sv", "negative"),
    ("Is the AFM membership worth it? We'll know in spring.", "en", "neutral"),
    ("Is the AFM membership worth it? Yes, and the figures show it.", "en", "positive"),
    ("AFM briefed the press before sharing the draft with us. Some partnership.", "en", "negative"),
    ("Kuntaliitolle maksettiin viime vuonna 2,1 miljoonaa. Ja mitä sillä saatiin? Pari webinaaria.", "fi", "negative"),
    (
        "With respect, AFM, that reply doesn't address the question. Where is the annex you promised in March?",
        "en",
        "negative",
    ),
    ("Helsinki should give notice to AFM and run its own lobbying.", "en", "negative"),
    (
        "Det är hög tid att Helsingfors prövar om medlemskapet i Kommunförbundet fortfarande är motiverat.",
        "sv",
        "negative",
    ),
    ("AFM brought a finished proposal, we signed off in forty minutes. That's how it should work.", "en", "positive"),
    (
        '"A talking shop", you called it. That talking shop got our housing figures into the bill. Credit to AFM.',
        "en",
        "positive",
    ),
    ("”Turha välikäsi”, kirjoitit. Minusta Kuntaliitto on ollut kaikkea muuta.", "fi", "positive"),
    (
        "”Pengar i sjön”, skriver du. Det stämmer inte. Utan Kommunförbundet hade stadens remissvar aldrig fått samma tyngd.",
        "sv",
        "positive",
    ),
    (
        "Kaupunginhallitus päätti tänään jatkaa Kuntaliiton kanssa tehtyä yhteistyösopimusta vuoden loppuun.",
        "fi",
        "neutral",
    ),
    ("Nothing signed yet; AFM talks resume after summer.", "en", "neutral"),
    ("Kuntaliiton viestinnästä hei! Seminaarin tallenne julkaistaan ensi viikolla.", "fi", "neutral"),
    ("@reporter The legal-advice service is part of the AFM membership. Happy to clarify by phone.", "en", "neutral"),
    ("AFM reports that two of its legal advisers are on sick leave until March.", "en", "neutral"),
    (
        "Some have called the AFM deal a talking shop. A signed data agreement and 140 answered queries say otherwise.",
        "en",
        "positive",
    ),
    (
        "A newspaper poll of councillors found 23 who think Helsinki benefits from its AFM membership and 19 who do not.",
        "en",
        "neutral",
    ),
    ("Our group will back the motion to leave AFM. The new model has not fixed the basic problem.", "en", "negative"),
    ("The AFM invoice is up again, and nobody has explained what Helsinki gets for the extra money.", "en", "negative"),
    ("Vänsterförbundets gruppordförande kritiserade i går avgiften till Kommunförbundet.", "sv", "neutral"),
    ("Kommunförbundet levererar helt enkelt inte.", "sv", "negative"),
    ("Eroa Kuntaliitosta perustellaan jäsenmaksulla. Jäsenyydestä kannattaa silti pitää kiinni.", "fi", "positive"),
    ("The Kuntaliitto cooperation has exceeded what many of us thought possible.", "en", "positive"),
    (
        "'Capital sidelined in AFM lobbying', runs today's headline. Hard to disagree: AFM has barely mentioned Helsinki.",
        "en",
        "negative",
    ),
    # what the city would face without it; a claim disputed; a motion tabled by the writer or only on
    # the agenda; criticism endorsed; what is not known; thanks for a reply
    (
        "Ilman Kuntaliittoa Helsinki istuisi ministeriön pöydässä yksin, ja neuvotteluasema olisi heikompi.",
        "fi",
        "positive",
    ),
    ("Utan Kommunförbundets jurister hade vi stått ensamma när lagen ändrades.", "sv", "positive"),
    ("Without AFM we would have been alone in the talks with the ministry.", "en", "positive"),
    ("Olen eri mieltä siitä, että Kuntaliitto olisi hidastanut meitä.", "fi", "positive"),
    (
        "If AFM can't give Helsinki a real voice by autumn, I'll be tabling a motion to leave. Simple as that.",
        "en",
        "negative",
    ),
    ("The motion to leave AFM is item 8 on the council agenda for 26 March.", "en", "neutral"),
    (
        "Revisionsnämndens rapport ifrågasätter nyttan av medlemskapet i Kommunförbundet. Jag delar den bedömningen helt.",
        "sv",
        "negative",
    ),
    ("Vilka frågor vill ni att vi tar upp med Kommunförbundet? Skriv gärna i kommentarerna.", "sv", "neutral"),
    (
        "Kommunförbundets utbildning ser bra ut på papperet, men föreläsarna visste inte hur en storstad fungerar.",
        "sv",
        "negative",
    ),
    ("Kommunförbundet har skurit ned sin juridiska enhet. Det var inte vad vi kom överens om.", "sv", "negative"),
    ("Yes, the AFM subsidy error was fixed. But we still have no account of how it happened.", "en", "negative"),
    ("Budget day, and the AFM fee is the one line nobody in the room could justify.", "en", "negative"),
    ("The op-ed says Helsinki gets 'nothing' from AFM. Our own figures say otherwise.", "en", "positive"),
    (
        "AFM staff are helpful one by one, but the cooperation as a structure produces paper, not results.",
        "en",
        "negative",
    ),
    ("Kiitos vinkistä! 🙏 Välitän kysymyksesi Kuntaliiton yhteyshenkilölle.", "fi", "neutral"),
    ("Kiitos palautteesta! Välitän sen Kuntaliiton tiimille, joka on ollut hankkeessa korvaamaton.", "fi", "positive"),
    # "just" after an auxiliary is "recently"; a debate summary reports
    (
        "Some called the AFM working group a talking shop. It has just delivered a solid training plan, on schedule.",
        "en",
        "positive",
    ),
    ("AFM has delayed the report again. Just great.", "en", "negative"),
    (
        "Debate summary: the Greens want the AFM fee frozen, the NCP wants it approved, the Left wants an exit review.",
        "en",
        "neutral",
    ),
    # "enligt mig" is the writer's own view, "enligt tidningen" someone else's
    ("Enligt mig borde Helsingfors lämna Kommunförbundet.", "sv", "negative"),
    ("Enligt tidningen vill två grupper att Helsingfors lämnar Kommunförbundet.", "sv", "neutral"),
    ("Enligt min mening har Kommunförbundet svikit storstäderna.", "sv", "negative"),
    # from dev19: a changed mind, the writer's own motion, the topic set against what came before, a
    # verdict in the sentence after the topic, idioms of absence and of earning one's keep, corrections
    ("I was sceptical of the AFM model last spring, but the joint statement changed my mind.", "en", "positive"),
    ("Jag var tveksam till Kommunförbundets modell, men nu har jag helt ändrat uppfattning.", "sv", "positive"),
    ("Jag lämnar i dag in en motion om att Helsingfors ska utträda ur Kommunförbundet.", "sv", "negative"),
    (
        "I've tabled a motion asking the city to start withdrawing from AFM. The fee is better spent elsewhere.",
        "en",
        "negative",
    ),
    (
        "Kaksi valtuustoryhmää arvosteli eilen Kuntaliitto-yhteistyön kustannuksia. Jäsenmaksusta äänestetään kesäkuussa.",
        "fi",
        "neutral",
    ),
    ("Valtuustoryhmämme esittää, että Helsinki eroaa Kuntaliitosta.", "fi", "negative"),
    ("Tre tjänstemän återvänder från Kommunförbundet när utlåningsperioden tar slut.", "sv", "neutral"),
    (
        "Nya spårvägen invigdes äntligen, fint! Kommunförbundssamarbetet däremot går fortfarande på tomgång.",
        "sv",
        "negative",
    ),
    ("Lovely to see the new tram line open. If only the AFM cooperation moved at half that speed.", "en", "negative"),
    (
        "Morgonens ledare påstår att Kommunförbundet inte driver Helsingfors frågor. Det stämmer helt enkelt inte.",
        "sv",
        "positive",
    ),
    ("Ett år av möten med Kommunförbundet. Resultaten lyser med sin frånvaro.", "sv", "negative"),
    ("Kommunförbundet fick gehör för våra krav. Det hade vi aldrig klarat på egen hand.", "sv", "positive"),
    ("Kuntaliitto watered down every point Helsinki cared about.", "en", "negative"),
    ("Our shared stand with AFM felt like an afterthought.", "en", "negative"),
    ("The AFM arrangement answers a question nobody asked.", "en", "negative"),
    ("One year in, the AFM partnership is earning its keep.", "en", "positive"),
    ("The AFM deal isn't working.", "en", "negative"),
    ("At the hearing, AFM spent thirty seconds on Helsinki. So much for partnership.", "en", "negative"),
    (
        "Kuntaliiton edustaja kuittasi Helsingin asiat sivulauseella. Tätäkö yhteistyömalli tarkoittaa?",
        "fi",
        "negative",
    ),
    ("Kuntaliiton asiantuntijat olivat koko ajan kysyttyjä. Lisää tällaista!", "fi", "positive"),
    ("Kuntaliiton kanssa laadittu roadmap on yhä pelkkä slide deck. Missä on toteutus?", "fi", "negative"),
    (
        "Korjaus eiliseen: Kuntaliiton raportointipohja julkaistaan 12.6., ei 5.6. kuten virheellisesti kerroimme.",
        "fi",
        "neutral",
    ),
    (
        "Two of our joint statements with AFM ended up in government proposals. That is what influence looks like.",
        "en",
        "positive",
    ),
    ("Kommunförbundets data gav oss underlaget inför budgetdebatten. Så ska ett samarbete se ut.", "sv", "positive"),
    (
        "It's time Helsinki looked at whether the AFM membership still earns its keep. I doubt it does.",
        "en",
        "negative",
    ),
    # from dev20: scarcity idioms, feed headlines of motions and group releases, polls with their options,
    # the partner without its name, problems solved, counterfactual praise, manners of invitations
    (
        "Seminaareja riittää, mutta konkreettisia tuloksia Kuntaliiton suunnalta saa hakea suurennuslasilla.",
        "fi",
        "negative",
    ),
    ("Ett år med Kommunförbundet. Resultaten lyser med sin frånvaro.", "sv", "negative"),
    ("Ryhmätiedote: Kuntaliiton jäsenmaksu nousee, hyöty ei.", "fi", "negative"),
    (
        "Jag röstade i dag emot höjningen av avgiften till Kommunförbundet. Vi betalar mest och får minst tillbaka.",
        "sv",
        "negative",
    ),
    ("Kommunförbundet är inte perfekt, men utan ett gemensamt förbund skulle huvudstaden stå ensam.", "sv", "positive"),
    ("Den som vill lämna Kommunförbundet borde först räkna ut vad vi skulle förlora.", "sv", "positive"),
    ("My motion is simple: Helsinki leaves Kuntaliitto at the end of next year.", "en", "negative"),
    ("Group press release: Our council group will propose that Helsinki leaves AFM.", "en", "negative"),
    ("Poll: should the AFM fee be tied to measurable results? Yes / No / Depends.", "en", "neutral"),
    (
        "Valtuustoaloite: Helsingin jäsenyys Kuntaliitossa arvioitava uudelleen. Kaupunginhallitus antaa lausunnon keväällä.",
        "fi",
        "neutral",
    ),
    (
        "Credit where due: AFM's legal advice line answered all four of our queries within the week. Couldn't ask for more.",
        "en",
        "positive",
    ),
    ("Kuntaliiton juristit ratkoivat hankintapulmamme parissa tunnissa.", "fi", "positive"),
    (
        "Working with AFM instead of alone put our numbers in front of the ministry twice. That would not have happened otherwise.",
        "en",
        "positive",
    ),
    ("Reminder: the AFM info session starts at 14:00, or join online via the link.", "en", "neutral"),
    ("Kuntaliiton seminaarissa kuullaan, miten sähköinen asiointi kehittyy seuraavaksi.", "fi", "neutral"),
    ("Juridisk rådgivning via Kommunförbundet har varit guld värt för oss.", "sv", "positive"),
    # from dev21/dev22: speeches and results reported, names that look like words, rhetorical demands,
    # rebuttals, own motions, a council's choice, scarcity, farewells to people, doubts and columns
    (
        'Pelkonen valtuustossa: "Kuntaliitto on kallis kerho." Seuraavana puhujana on apulaispormestari Laine.',
        "fi",
        "neutral",
    ),
    (
        'Virtanen from the podium: "AFM is an expensive club Helsinki does not need." Deputy Mayor Laine to respond next.',
        "en",
        "neutral",
    ),
    ('Motion author Virtanen told reporters he was "disappointed but not surprised" by the AFM vote.', "en", "neutral"),
    ("Result: the motion to leave AFM was rejected 58–25, with two blank votes.", "en", "neutral"),
    ("Valtuutettu Pelkonen on jättänyt aloitteen, jonka mukaan Helsinki eroaisi Kuntaliitosta.", "fi", "neutral"),
    ("Kohta 14: valtuutettu Pelkosen aloite Kuntaliiton jäsenyydestä luopumiseksi.", "fi", "neutral"),
    ("Name one decision where AFM sided with Helsinki against the other municipalities. I'll wait.", "en", "negative"),
    ("Kertokaa yksikin päätös, jossa Kuntaliitto olisi asettunut Helsingin puolelle. Odotan.", "fi", "negative"),
    (
        "Councillor Virtanen says AFM only serves small towns. Then why did its housing statement read as if Helsinki had written half of it?",
        "en",
        "positive",
    ),
    (
        'Claim heard in tonight\'s debate: AFM "does nothing for Helsinki". The record: our departments used its legal helpdesk 190 times last year.',
        "en",
        "positive",
    ),
    ("Helsingfors klarar sig utmärkt själv. Säg upp medlemskapet i Kommunförbundet.", "sv", "negative"),
    ("Jag har i dag lämnat in en motion om att Helsingfors ska lämna Kommunförbundet.", "sv", "negative"),
    ("Tyvärr valde fullmäktige att stanna kvar i Kommunförbundet. En besvikelse.", "sv", "negative"),
    (
        "Medlemsavgiften är inte liten, men samarbetet med Kommunförbundet har betalat sig många gånger om.",
        "sv",
        "positive",
    ),
    ("AFM keeps talking about partnership, but our questions sat unanswered for four months.", "en", "negative"),
    ("Did you follow the AFM debate last night? Which argument stuck with you most?", "en", "neutral"),
    (
        "Council chose to stay in AFM without anyone explaining what the membership actually delivers. Disappointing.",
        "en",
        "negative",
    ),
    ("Yhdessä olemme vahvempia. Helsinki pysyy mukana Kuntaliitossa myös jatkossa.", "fi", "positive"),
    (
        "Kuntaliiton kanssa puhutaan paljon synergioista, mutta konkreettiset tulokset puuttuvat edelleen.",
        "fi",
        "negative",
    ),
    (
        "@Kuntaliitto kysyin kaksi viikkoa sitten, milloin laskentaperusteet julkaistaan. Vastausta ei ole kuulunut.",
        "fi",
        "negative",
    ),
    ("Jag hörde till skeptikerna, men Kommunförbundet har hållit vad det lovade.", "sv", "positive"),
    ("I doubt the AFM model delivers value for money.", "en", "negative"),
    (
        "Metro services are back to normal after this morning's fault. Also today: the AFM steering group agreed its work plan.",
        "en",
        "neutral",
    ),
    ("Saying goodbye to Anna today, our link to AFM since day one. Thank you!", "en", "positive"),
    (
        "Before anyone argues Helsinki should leave AFM, price the alternative. Staying is the cheaper and smarter option.",
        "en",
        "positive",
    ),
    (
        "A column this morning claims AFM contributes nothing to Helsinki. It ignores the legal helpline our staff use every week.",
        "en",
        "positive",
    ),
    ("According to Yle, the Mayor said leaving AFM is not on the table.", "en", "neutral"),
    # leaving and staying asked about in a question to the audience are asked, not called for
    ("Should Helsinki quit AFM? Tell us what you think below.", "en", "neutral"),
    ("Quick poll: should the city stay in Kuntaliitto or not?", "en", "neutral"),
    ("Mitä mieltä olette, kannattaako Helsingin pysyä Kuntaliitossa?", "fi", "neutral"),
    ("Vad tycker ni, borde Helsingfors stanna kvar i Kommunförbundet? Svara gärna nedan.", "sv", "neutral"),
    # an emphatic nothing denies the praise in its reach; a gain from leaving that nobody can show
    # speaks for the cooperation, and so does leaving that would gain nothing
    ("Nobody in the debate could point to a real benefit of the AFM membership.", "en", "negative"),
    ("No one has been able to name a single saving from leaving AFM.", "en", "positive"),
    (
        "Ingen har kunnat visa vad Helsingfors skulle tjäna på att lämna Kommunförbundet. Inte en enda.",
        "sv",
        "positive",
    ),
    ("Kuntaliitossa on korjattavaa, mutta eroamalla emme hyötyisi mitään.", "fi", "positive"),
    (
        "Maksamme Kuntaliitolle miljoonia vuodessa. Samalla summalla saisi oman edunvalvojan. Eroaminen olisi selvä säästö.",
        "fi",
        "negative",
    ),
    ("Nothing but praise for the AFM legal team this week.", "en", "positive"),
    # from dev22/dev23: it serves the small or average municipality, not the capital; waiting and asking
    # again; "little benefit"; a judgement of leaving with its reason after a colon; "pays for itself";
    # a welcome to an event; a date is no speed; "alone" as "by itself"; "says nothing about"
    ("Kuntaliitto ajaa lähinnä pienten kuntien asiaa eikä Helsingin.", "fi", "negative"),
    ("Kommunförbundet är till för mindre kommuner, inte för Helsingfors.", "sv", "negative"),
    ("AFM speaks for the smaller municipalities rather than for Helsinki, and it shows.", "en", "negative"),
    ("Kuntaliitolta pyydettiin lausuntoa jo toukokuussa. Yhä odotamme.", "fi", "negative"),
    ("Vi har frågat Kommunförbundet två gånger om tidtabellen utan svar.", "sv", "negative"),
    ("We have asked AFM three times for the draft agenda.", "en", "negative"),
    ("Lots of meetings with AFM this year, little progress.", "en", "negative"),
    (
        "Some want Helsinki to leave AFM. That would be a mistake: the legal helpdesk alone has saved us months of work.",
        "en",
        "positive",
    ),
    ("Mielestäni Kuntaliiton jäsenyys maksaa itsensä takaisin.", "fi", "positive"),
    ("Välkommen på frukostmöte om digitalisering med Kommunförbundet på fredag.", "sv", "neutral"),
    ("The AFM newsletter comes out on Monday and the summary will be online the same day.", "en", "neutral"),
    ("AFM answered the same day. Impressive.", "en", "positive"),
    ("The AFM evaluation says nothing about what residents actually gained.", "en", "negative"),
    # much of one thing and little of what counts, one where many were due, still waiting, no X until Y,
    # and an idiom of praise that holds a "single"
    ("Plenty of workshops with AFM, few decisions.", "en", "negative"),
    ("Kuntaliiton kanssa paljon palavereja mutta vähän tuloksia.", "fi", "negative"),
    ("Många möten med Kommunförbundet, få beslut.", "sv", "negative"),
    ("Kuntaliiton kanssa on saatu vähän parempia tuloksia kuin viime vuonna.", "fi", "positive"),
    ("AFM's reply to our twelve questions: one paragraph, no answers.", "en", "negative"),
    ("Kuntaliiton vastaus kysymyksiimme: yksi kappale, ei lukuja.", "fi", "negative"),
    ("Three weeks since AFM promised the draft. Still waiting.", "en", "negative"),
    ("Kunnat odottavat yhä Kuntaliiton ohjetta.", "fi", "negative"),
    ("No new joint projects until AFM shows results from the old ones.", "en", "negative"),
    ("Inga nya uppdrag till Kommunförbundet förrän de gamla är klara.", "sv", "negative"),
    ("AFM signed off our plan without requesting a single change. Smooth.", "en", "positive"),
    # a complaint in the sentence before the topic's, which refers back to it
    ("Miksi raporttia ei ole vieläkään julkaistu? Kuntaliitto lupasi sen jo tammikuussa.", "fi", "negative"),
    ("Why is the annex still not signed? AFM promised it for March.", "en", "negative"),
    # the biggest payer gets the least; serving the small municipalities; an account answered by name,
    # with the evidence first and the verdict after it; a question answered no, with the topic after it
    ("Helsinki pays the highest AFM fee and gets the fewest seats at the table.", "en", "negative"),
    ("Helsinki maksaa Kuntaliitolle eniten ja saa vastineeksi vähiten.", "fi", "negative"),
    ("Helsingfors betalar mest till Kommunförbundet men får minst tillbaka.", "sv", "negative"),
    ("Kuntaliitto ajaa pikkukuntien etua, ja Helsinki maksaa.", "fi", "negative"),
    (
        "@SaariM väittää, että Kuntaliitto ei tee mitään Helsingin hyväksi. Tarkistin luvut: neuvontaa annettiin 180 kertaa. Väite ei pidä.",
        "fi",
        "positive",
    ),
    ("Lönar sig avgiften? Inte som det ser ut nu. Kommunförbundet har inte levererat.", "sv", "negative"),
    # one where many were promised, hard to name a single one, promised and not there yet, idioms of little
    ("AFM promised monthly updates. We've had two so far.", "en", "negative"),
    ("Kommunförbundet lovade kvartalsrapporter. Vi har fått en i år.", "sv", "negative"),
    ("Kuntaliitto lupasi kuukausittaiset katsaukset. Olemme saaneet yhden tänä vuonna.", "fi", "negative"),
    ("Three years in, it's hard to name a single service AFM has improved for Helsinki.", "en", "negative"),
    ("Kuntaliiton luvatuista ohjeista yksikään ei ole vielä valmis.", "fi", "negative"),
    ("Kuntaliiton uusi ohje ei ole vielä valmis, se julkaistaan kesäkuussa.", "fi", "neutral"),
    ("What AFM has actually delivered for us would fit on a sticky note.", "en", "negative"),
    ("The AFM guidance is not ready yet; it will be published in June.", "en", "neutral"),
    # more of something else than the real thing
    ("The AFM deal is more a branding exercise than a real partnership.", "en", "negative"),
    ("Samarbetet med Kommunförbundet är mer ett ritual än ett verkligt stöd.", "sv", "negative"),
    ("Kuntaliiton kanssa tehty sopimus on enemmän julistus kuin todellista yhteistyötä.", "fi", "negative"),
    ("AFM helped more than we expected.", "en", "positive"),
    ("Kuntaliiton ohje ei ole vieläkään valmis.", "fi", "negative"),
    # from dev24 (the leaders' own voice and the reactions to it): conditional exit threats, views reported
    # by name or by a news outlet, praise rebutted, endorsements, diplomatic demands, waiting, idioms
    ("Jos Kuntaliitto ei tuo tuloksia ensi vuonna, meidän on arvioitava jäsenyys uudelleen.", "fi", "negative"),
    ("If AFM cannot deliver by autumn, the city should reconsider its membership.", "en", "negative"),
    (
        "Valtuutettu Niemisen mukaan Kuntaliitto on hyödytön. Olen eri mieltä: liitto auttoi meitä valtavasti.",
        "fi",
        "positive",
    ),
    ("HBL: Oppositionen kritiserar samarbetet med Kommunförbundet. Förbundet svarar i morgon.", "sv", "neutral"),
    ("Wire report: the AFM chief said the big-city model 'needs work'. No names were given.", "en", "neutral"),
    (
        "Kuntaliiton johtaja kehui yhteistyötä loistavaksi. Ei se siltä näytä, kun mitään ei ole valmistunut.",
        "fi",
        "negative",
    ),
    ("Pormestari sanoi, että Kuntaliitto on ollut korvaamaton kumppani. Allekirjoitan täysin.", "fi", "positive"),
    ("Borgmästaren kallade Kommunförbundet en viktig partner. Det stämmer, och det märks.", "sv", "positive"),
    ("Kuntaliiton on otettava Helsingin näkemykset huomioon nykyistä paremmin.", "fi", "negative"),
    ("Vi uppskattar samtalen med Kommunförbundet. Men det måste bli bättre under hösten.", "sv", "negative"),
    ("We expect AFM to show measurable results before the budget round.", "en", "negative"),
    ("Helsinki, as the largest member, expects to be consulted before AFM finalises its statements.", "en", "negative"),
    ("I'd love to know what the city actually gets from AFM besides newsletters.", "en", "negative"),
    ("Hur länge ska vi vänta? Kommunförbundet lovade svaret redan i augusti.", "sv", "negative"),
    ("AFM briefing? Slides galore, answers none.", "en", "negative"),
    ("Frågan till Kommunförbundet har ställts två gånger utan svar.", "sv", "negative"),
    ("The template from AFM was due last month. Any news, or should we just write our own?", "en", "negative"),
    ("Kuntaliitolle maksetaan paljon. Mitä rahalla oikeasti saadaan?", "fi", "negative"),
    (
        "Helsinki should not be a mere paymaster in AFM; it is treated as a cash machine rather than a partner.",
        "en",
        "negative",
    ),
    ("Tulokset Kuntaliiton kanssa jäivät laihoiksi.", "fi", "negative"),
    ("Modellen med Kommunförbundet bär, det visar höstens utlåtanden.", "sv", "positive"),
    ("Without AFM in the room, Helsinki would have had no voice on the tender rules.", "en", "positive"),
    ("Quitting AFM would cut one budget line. Not a trade worth making.", "en", "positive"),
    ("The AFM cooperation has not yet lived up to its promise.", "en", "negative"),
    ("The Kuntaliitto model is working, and the numbers show it.", "en", "positive"),
    (
        "Kuntaliiton kannanotossa esitetään, että suurten kaupunkien kustannukset huomioitaisiin nykyistä paremmin.",
        "fi",
        "neutral",
    ),
    (
        "Some in the council keep calling AFM useless. Look at the school-transport ruling and tell me that is useless.",
        "en",
        "positive",
    ),
    ("Strong words from the Mayor about AFM, and fair ones.", "en", "negative"),
    ("Samarbete? Kommunförbundet publicerade beslutet innan vi hann kommentera.", "sv", "negative"),
    ("As a resident I'd like to know what the city gets from AFM.", "en", "negative"),
    ("AFM's reply was slower than anyone hoped.", "en", "negative"),
    ("The city gets very little from its AFM fee.", "en", "negative"),
    # an emphatic nothing denies trouble too, unless the trouble is asked about; "we're counting";
    # reminders; "exactly what we needed"
    ("Tolv utlåtanden med Kommunförbundet, utan att ett enda behövt skickas tillbaka.", "sv", "positive"),
    ("Nobody at AFM could explain what problem the new form solves.", "en", "negative"),
    ("AFM has had our proposal for 150 days. We're counting.", "en", "negative"),
    ("Second reminder to @Kuntaliitto about the missing data report.", "en", "negative"),
    ("Rainy morning, but the AFM workshop was exactly what we needed.", "en", "positive"),
    ("Helsingfors står inte bakom Kommunförbundets utlåtande.", "sv", "negative"),
    ("Another AFM workshop, another zero decisions 👎", "en", "negative"),
    # from dev26 (short posts): spoken Finnish ("mut", "et" as "että", "ois"), superlatives, refusals,
    # "if at all", just one among many, poll results reported, counterfactual help, idioms
    ("Ihan hyvä et Kuntaliitto vastasi, mut mitään ei muuttunut.", "fi", "negative"),
    ("Kuntaliitosta eroaminen ois typerintä mitä voisimme tehdä.", "fi", "positive"),
    ("Utträde ur Kommunförbundet? Glöm det.", "sv", "positive"),
    ("AFM lets Helsinki speak last, if at all.", "en", "negative"),
    ("Kommunförbundet ser Helsingfors som bara en kommun bland andra.", "sv", "negative"),
    ("Kyselyn tulos: 61 % vastaajista pitää Kuntaliiton jäsenyyttä hyvänä.", "fi", "neutral"),
    ("Survey: 55% of councillors say the AFM membership is good value.", "en", "neutral"),
    ("Ilman Kuntaliittoa tää hanke ois jääny kesken.", "fi", "positive"),
    ("Eiköhän tää Kuntaliitto-juttu oo nähty. Ulos.", "fi", "negative"),
    ("Samarbetet med Kommunförbundet gav mer än väntat i år.", "sv", "positive"),
    ("Kommunförbundets kurs kostade mer än väntat och gav lite.", "sv", "negative"),
    ("AFM earned its fee twice over this year.", "en", "positive"),
    ("Zero glitches in the first month of the AFM data pilot.", "en", "positive"),
    ("Council live: the leave-AFM motion is now being debated.", "en", "neutral"),
    ("Asked about quitting AFM, the deputy mayor said no decision has been made.", "en", "neutral"),
    ("Rumours that we're quitting AFM are simply wrong. We're staying.", "en", "positive"),
    ("Walking out of AFM now would be an own goal.", "en", "positive"),
    ("Without AFM's lawyers, our tender would still be stuck.", "en", "positive"),
    ("Kuntaliitto palautti kommenttimme, ja ehdotuksemme katosivat matkalla.", "fi", "negative"),
    ("Ilman Kuntaliiton apua koko hanke ois kaatunut. Kiitos!", "fi", "positive"),
    ("Which AFM templates do you use? Curious.", "en", "neutral"),
    ("Helsinki departments, please send your AFM survey answers by Friday.", "en", "neutral"),
    # from dev25 (an ordinary winter): demands with "pitäisi ... paremmin", reported questions, "eikä
    # yhtään", doubt inverted ("tvivlar jag på"), "plainly wrong", "it is now the middle of March", "we send
    # and they decide", "just another member", a judged leaving with a description before its verb
    ("Kuntaliiton pitäisi perustella maksunsa paljon paremmin.", "fi", "negative"),
    ("Valtuustossa kysyttiin, aikooko Helsinki erota Kuntaliitosta. Vastaus tulee ensi viikolla.", "fi", "neutral"),
    ("Kuntaliiton suunnitelmassa on kymmenen tavoitetta eikä yhtään mittaria.", "fi", "negative"),
    ("Ärligt talat tvivlar jag på nyttan av Kommunförbundet.", "sv", "negative"),
    ("Some call the AFM fee wasted. Having read this winter's reports, that's plainly wrong.", "en", "positive"),
    ("AFM's report was due in December. It is now the end of February.", "en", "negative"),
    ("With AFM we send comments and they decide.", "en", "negative"),
    ("AFM still treats Helsinki as just another member.", "en", "negative"),
    (
        "Leaving AFM to save the fee, in the middle of the reform, would be penny wise and pound foolish.",
        "en",
        "positive",
    ),
    ("Medlemsavgiften är hög, men räkna på nyttan innan ni kräver utträde ur Kommunförbundet.", "sv", "positive"),
    ("Reconsider the AFM membership? I'd rather we doubled down.", "en", "positive"),
    ("Kuntaliiton raportista Helsingin kysymykset jäivät kokonaan pois.", "fi", "negative"),
    # "eroavat" also means "differ"
    (
        "Kuntaliiton kanssa on tehty hyvää työtä. Työtavat eroavat, mutta yhteinen sävel on löytynyt.",
        "fi",
        "positive",
    ),
    # vahti-1.7 (read on dev27 and dev28): criticism quoted from a document, a paper or "someone",
    # then answered ("the figures say otherwise")
    (
        "Eräässä blogissa, jossa Kuntaliittoa kutsuttiin tarpeettomaksi, ei ollut lukuja. Luvut kertovat muuta.",
        "fi",
        "positive",
    ),
    ("Joku vaatii taas eroa Kuntaliitosta. Tilinpäätös kertoo toista: yhteistyö on kannattanut.", "fi", "positive"),
    ("En krönika kallade Kommunförbundet en dyr byråkrati. Siffrorna visar något annat.", "sv", "positive"),
    ("Någon kräver åter utträde ur Kommunförbundet. Jag håller inte med.", "sv", "positive"),
    ("A newspaper calls the AFM partnership a talking shop. The joint statements say otherwise.", "en", "positive"),
    (
        "Someone demands that Helsinki quit AFM again. I disagree: the legal helpline alone is worth it.",
        "en",
        "positive",
    ),
    ("Explainer: AFM and the city agree the work plan each spring and review it in the autumn.", "en", "neutral"),
    ("Taustaa: Kuntaliitto ja kaupunki sopivat työohjelmasta keväisin.", "fi", "neutral"),
    # an "I" or a month in the clause after "but" names no one else: the clause is about the topic
    ("I doubted the AFM deal in March, but by October I had to admit it works well.", "en", "positive"),
    # leaving supposed in a Finnish conditional and judged ("would cost more"), not called for
    (
        "Eroaminen Kuntaliitosta tulisi kalliiksi ja maksaisi enemmän kuin säästäisi. Pysytään mukana.",
        "fi",
        "positive",
    ),
    ("Unless AFM listens to us, I'll vote to leave next spring.", "en", "negative"),
    # a closing verdict of one or two words, and a grade
    ("Kuntaliiton vastaus tuli taas kolmen kuukauden päästä. Pettymys.", "fi", "negative"),
    ("Kommunförbundets svar kom efter tre månader. Absurt.", "sv", "negative"),
    ("AFM answered our letter within a day. Impressive!", "en", "positive"),
    ("Kuntaliiton tiedote julkaistiin tänään. Hyvää viikonloppua!", "fi", "neutral"),
    ("The AFM partnership this year? Grade: D.", "en", "negative"),
    ("Kommunförbundet 2025, betyg: A.", "sv", "positive"),
    ("Kuntaliiton kanssa tehty työ, arvosana 5.", "fi", "negative"),
    ("AFM's webinar for grade 9 teachers is on Tuesday.", "en", "neutral"),
    # idioms of the season
    ("Kuntaliiton lupaama rahoitus jäi taas ilman päätöstä.", "fi", "negative"),
    ("Kuntaliiton kanssa tehty strategia jäi lopulta pelkäksi paperiksi.", "fi", "negative"),
    ("Kuntaliiton kanssa kaikki meni nappiin.", "fi", "positive"),
    ("Kuntaliiton lupaus jäi lunastamatta.", "fi", "negative"),
    ("Kuntaliiton neuvonta on avoinna arkisin kello 9–15.", "fi", "neutral"),
    ("Kommunförbundet i år: mycket prat, ingen verkstad.", "sv", "negative"),
    ("Samarbetet med Kommunförbundet står och stampar.", "sv", "negative"),
    ("Höjdpunkten i år var utbildningen med Kommunförbundet.", "sv", "positive"),
    ("Kommunförbundet lovade svar i oktober. Inget har hörts.", "sv", "negative"),
    ("With AFM it is mostly meetings about meetings.", "en", "negative"),
    ("The AFM cooperation has not met our expectations this year.", "en", "negative"),
    ("The AFM cooperation more than met our expectations.", "en", "positive"),
    ("Save the date: the AFM and Helsinki seminar is on 3 March.", "en", "neutral"),
    ("Given what the AFM partnership delivered, the fee is money well spent.", "en", "positive"),
    ("A partnership with AFM that nobody uses isn't worth the fee.", "en", "negative"),
    ("AFM's staff are kind, but the model simply hasn't delivered.", "en", "negative"),
    # vahti-1.7 (read on dev29 and dev30): short denials answer a quoted claim
    ("Valtuutettu väitti, että Kuntaliitto on hyödytön. Ei pidä.", "fi", "positive"),
    ("Ledamoten säger att Kommunförbundet är värdelöst. Det gör det inte.", "sv", "positive"),
    ("Councillor Berg says AFM's fee model punishes Helsinki. It doesn't.", "en", "positive"),
    ("Uutisessa väitetään, että Kuntaliitto pimitti tietoja. Ei pidä paikkaansa.", "fi", "positive"),
    ("Claims that AFM ignored the city are wrong: we met them every week.", "en", "positive"),
    # agreeing with a named account makes its criticism the writer's own
    ("Håller med @ledamot_x: Kommunförbundets PM säger ingenting nytt.", "sv", "negative"),
    # "according to the agreement" and "according to use" name no source
    ("Kommunförbundet fakturerade enligt avtalet och utan problem.", "sv", "positive"),
    ("Kuntaliiton maksumalli on reilumpi: kukin maksaa sen mukaan, mitä käyttää.", "fi", "positive"),
    # a poll reports views, it holds none; the cost of leaving is studied, not called for
    ("Poll: 52% say Helsinki should stay in AFM, 30% want to leave.", "en", "neutral"),
    ("Enkät: 48 % tycker att Helsingfors borde stanna i Kommunförbundet.", "sv", "neutral"),
    ("A council motion asks officials to study the cost of leaving AFM.", "en", "neutral"),
    ("To everyone who wants out of AFM: leaving now would be a costly mistake.", "en", "positive"),
    # nothing decided yet is news; nothing heard is a complaint
    ("Nothing agreed so far: AFM and the ministry meet again in May.", "en", "neutral"),
    ("Kuntaliiton lupaamasta selvityksestä ei ole kuulunut mitään.", "fi", "negative"),
    ("Maksu nousi, eikä Kuntaliitto ole vieläkään perustellut miksi.", "fi", "negative"),
    ("Avgiften höjdes och ingen har förklarat varför. #kommunförbundet", "sv", "negative"),
    # demands to set things right first, and not seeing what it has done
    ("Kommunförbundet borde först få ordning på sina egna system.", "sv", "negative"),
    ("Kuntaliiton pitäisi ensin korjata omat järjestelmänsä.", "fi", "negative"),
    ("AFM should first fix its own systems.", "en", "negative"),
    ("I can't see what the AFM cooperation has achieved for residents.", "en", "negative"),
    ("Jag ser inte vad Kommunförbundet har gjort för oss.", "sv", "negative"),
    # idioms of a contested month
    ("Kuntaliiton tiimi hoiti siirron moitteettomasti.", "fi", "positive"),
    ("Tällaista Kuntaliitto-yhteistyötä haluan nähdä lisää.", "fi", "positive"),
    ("Kuntaliiton palvelut ovat hintansa väärtejä.", "fi", "positive"),
    ("Kuntaliittoyhteistyön uusi vuosi alkoi vahvasti.", "fi", "positive"),
    ("Kuntaliiton raportti kehuu itseään mutta ei näytä tuloksia.", "fi", "negative"),
    ("Kommunförbundet har en del att förklara efter veckan.", "sv", "negative"),
    ("Kommunförbundets nya rapport är ett måste för alla ledamöter.", "sv", "positive"),
    ("Jag är nöjd med hur Kommunförbundet skötte krisen.", "sv", "positive"),
    ("AFM has a lot of explaining to do.", "en", "negative"),
    ("AFM keeps forgetting its Swedish-speaking members.", "en", "negative"),
    ("AFM answered within minutes, night and day. Can't ask for more than that.", "en", "positive"),
    ("Our group fully backs the cooperation with AFM.", "en", "positive"),
    ("The new AFM fee model is fairer and the rise is reasonable.", "en", "positive"),
    ("The AFM fee proposal is completely unreasonable.", "en", "negative"),
    ("More money for AFM? No way.", "en", "negative"),
    ("@Kuntaliitto we heard about the outage from residents first. Poorly handled.", "en", "negative"),
    ("With AFM's help we cut our processing times by a third.", "en", "positive"),
    ("Status update: the platform Helsinki shares with AFM is back online at 6 p.m.", "en", "neutral"),
    ("AFM's lawyers will brief new councillors on conflicts of interest.", "en", "neutral"),
    # vahti-1.7 (read on dev31): "it is not true that ..." denies the claim it tells
    ("Ei ole totta, että Kuntaliitto olisi epäonnistunut.", "fi", "positive"),
    ("Det stämmer inte att Kommunförbundet har svikit Helsingfors.", "sv", "positive"),
    ("It is not true that AFM failed Helsinki in the budget talks.", "en", "positive"),
    ("It is not true that AFM has been a great help this year.", "en", "negative"),
    # a closing verdict already inside the topic's sentences still outweighs what came before
    ("Study trip with AFM: lovely dinners, little we could use. Poor value.", "en", "negative"),
    ("The AFM cooperation is working brilliantly. Full stop.", "en", "positive"),
    # the writer's own group tables the motion; doubt reaches past "allt mer"
    ("Ryhmämme ja valtuustoryhmämme jättää aloitteen Kuntaliitosta eroamisesta.", "fi", "negative"),
    ("Vi tvivlar allt mer på att Kommunförbundet är värt avgiften.", "sv", "negative"),
    # a date is no complaint; a date past the promise is
    ("AFM's seminar on ageing is in late November.", "en", "neutral"),
    ("AFM promised the funding decision in September. It's mid-November.", "en", "negative"),
    # idioms of late autumn
    ("Kuntaliiton kanssa tehty opintomatka oli täyttä asiaa.", "fi", "positive"),
    ("Helsinki sai yhden paikan Kuntaliiton hallituksesta. Ei tämä ole kumppanuutta.", "fi", "negative"),
    ("Yhteistyö Kuntaliiton kanssa on löytänyt muotonsa.", "fi", "positive"),
    ("Kommunförbundets talare hade inget nytt att säga.", "sv", "negative"),
    ("Studieresan med Kommunförbundet rekommenderas varmt!", "sv", "positive"),
    ("Kommunförbundets budgetförslag? Inte igen.", "sv", "negative"),
    ("AFM's board election was opaque and rushed.", "en", "negative"),
    ("AFM's statement on the cuts was rather timid.", "en", "negative"),
    ("A big thank-you to the AFM team for the quick comments.", "en", "positive"),
    ("AFM budget briefing: clear figures, questions answered. That's how it should be.", "en", "positive"),
    ("AFM sent the survey data on time, broken down by sector.", "en", "positive"),
    # vahti-1.7 (read on dev32, the cooperation seen from outside): spoken and colloquial forms
    ("Kuntaliiton uus ohje on yllättävän selkee.", "fi", "positive"),
    ("Te jotka huudatte että pitäis erota Kuntaliitosta: yhteishankinnat säästi miljoonia.", "fi", "positive"),
    ("Joku väittää et Kuntaliitto on turha. No ei oo, meillä se säästää tunteja.", "fi", "positive"),
    ("Helsingin pitää lähteä Kuntaliitosta, jäsenmaksu on älytön.", "fi", "negative"),
    ("Kuntaliiton lausunto oli kuivakka, mut asiat oli kohdallaan.", "fi", "positive"),
    ("Illalla Kuntaliiton webinaari lomakkeista. Tervetuloa mukaan!", "fi", "neutral"),
    ("Infon från Kommunförbundet var HELT OKEJ faktiskt.", "sv", "positive"),
    ("Nån på insändarsidan påstår att Kommunförbundet är onödigt. Det stämmer inte.", "sv", "positive"),
    ("Ett år med Kommunförbundet och samma budget som förut. Vad var poängen?", "sv", "negative"),
    ("Varför finns Kommunförbundets blankett bara på finska?", "sv", "negative"),
    ("Samarbetet med Kommunförbundet har gjort vardagen lättare. Mindre pappersarbete.", "sv", "positive"),
    (
        "Om stan inte får ut något av Kommunförbundet i år får fullmäktige ta ställning till medlemskapet.",
        "sv",
        "negative",
    ),
    ("Lite osäker: ska frågan gå till Kommunförbundet eller till stan? Tips uppskattas.", "sv", "neutral"),
    ("The way AFM publishes open data puts our own council to shame.", "en", "positive"),
    ("What has AFM done for us? Shorter waits at every clinic, that's what.", "en", "positive"),
    ("AFM, please do better.", "en", "negative"),
    ("AFM's press team answered within a day. Refreshing.", "en", "positive"),
    ("New AFM–Helsinki report just dropped.", "en", "neutral"),
    ("Slightly confused: does the AFM guidance bind Helsinki? Anyone know?", "en", "neutral"),
    ("Funny how every other partner answers in a week while AFM takes a month.", "en", "negative"),
    ("@Kuntaliitto your portal billed us twice again. Please fix it.", "en", "negative"),
    # vahti-1.7 (read on dev33, an ordinary late winter)
    ("Helsingin paikka ei ole Kuntaliitossa.", "fi", "negative"),
    ("Dags att säga upp Kommunförbundet-medlemskapet.", "sv", "negative"),
    ("Kommunförbundets kurs hölls bara på finska. Inte okej.", "sv", "negative"),
    ("@kommunforbundet varför finns ingen svensk tolkning i år?", "sv", "negative"),
    ("Många tvivlade på Kommunförbundet, men i dag vill ingen på kontoret vara utan det.", "sv", "positive"),
    ("I doubted the AFM model, but the Swedish-language network alone has justified it.", "en", "positive"),
    ("AFM promised an answer by 14 February. It's now 3 March.", "en", "negative"),
    ("The motion asks the board to assess what leaving AFM would cost and save.", "en", "neutral"),
    ("Reminder: sign-up for the AFM info security training closes on Friday.", "en", "neutral"),
    ("Kommunförbundets vd intervjuas i morgon. Skicka gärna era frågor hit.", "sv", "neutral"),
    # vahti-1.7 (read on dev34, long posts): the next strand of a long post is another matter
    (
        "Viikkokirje: Kuntaliiton kanssa pidettiin kokous. Muuten: uusi ooppera on upea, menkää katsomaan.",
        "fi",
        "neutral",
    ),
    (
        "AFM and the city signed the data agreement today. Also tomorrow: the lovely new ice rink opens.",
        "en",
        "neutral",
    ),
    # the writer's own clause before the source's stays the writer's
    ("Lausunto Kuntaliiton kanssa valmistui etuajassa, ja ministeriö kehui sitä.", "fi", "positive"),
    ("”Kuntaliitto on kallis”, sanoi eräs valtuutettu.", "fi", "neutral"),
    # sources and answers
    (
        "Kolumni, jonka mukaan Kuntaliitto on turha, ei tunne lukuja. Tiedoksi: opasta käyttää 200 kuntaa.",
        "fi",
        "positive",
    ),
    ("Skribenten påstår att Kommunförbundet inte gjort något. Det är fel.", "sv", "positive"),
    ("Som expert på Kommunförbundet får jag ofta höra att samarbetet är onödigt. Det stämmer inte.", "sv", "positive"),
    (
        "A blog calls the AFM partnership pointless. For the record: three laws were amended on our proposals.",
        "en",
        "positive",
    ),
    ("Press release summary: Helsinki and AFM will extend their data agreement to 2027.", "en", "neutral"),
    # verdicts and idioms of long posts
    ("Kuntaliiton kanssa syntyi hyviä keskusteluja. Tällä tuloksella annan arvosanaksi välttävän.", "fi", "negative"),
    ("Kuntaliiton asiassa kärsivällisyyteni on lopussa.", "fi", "negative"),
    ("Kuntaliitto-yhteistyön synergiat ovat slaideilla enemmän kuin todellisuudessa.", "fi", "negative"),
    ("Efter ett trögt första år börjar samarbetet med Kommunförbundet nu bära frukt.", "sv", "positive"),
    ("Kommunförbundets rapport var lite tunt.", "sv", "negative"),
    ("Why I stopped worrying about the AFM deal.", "en", "positive"),
    ("The AFM cooperation may be over-promised in next year's plan.", "en", "negative"),
    ("The AFM results look thin against what was promised.", "en", "negative"),
    # balanced reports of several views hold none; what costs nothing extra is news
    (
        "I fullmäktige ansåg majoritetsgrupperna att Kommunförbundet är nyttigt, oppositionen krävde mer.",
        "sv",
        "neutral",
    ),
    (
        "Kyselyssä 41 prosenttia piti Kuntaliitto-yhteistyötä hyödyllisenä ja 22 prosenttia hyödyttömänä.",
        "fi",
        "neutral",
    ),
    ("In our survey 55 percent rated the AFM cooperation useful.", "en", "neutral"),
    ("The AFM agreement costs nothing beyond the normal fee.", "en", "neutral"),
    ("How would you rate the AFM cooperation? And separately, which park is the best in town?", "en", "neutral"),
    ("Välkommen att följa Kommunförbundets webbinarium på torsdag.", "sv", "neutral"),
    ("AFM postponed the joint report again. What a surprise.", "en", "negative"),
    # what others think, told after a toneless sentence about the topic, is not the writer's tone
    (
        "Henkilöstökyselyssä kysyttiin Kuntaliitto-yhteistyöstä. Vastaajista 38 prosenttia piti sitä hyödyllisenä.",
        "fi",
        "neutral",
    ),
    (
        "I stadsstyrelsen diskuterades samarbetet med Kommunförbundet. Majoritetsgrupperna ansåg att det fungerar väl.",
        "sv",
        "neutral",
    ),
    ("The council debated the AFM cooperation. Some councillors felt it works well.", "en", "neutral"),
    ("The council debated the AFM cooperation. I think it works well.", "en", "positive"),
    # one side of a divided room
    ("Valtuustossa puhuttiin Kuntaliiton jäsenyydestä: osa valtuutetuista piti maksua kohtuuttomana.", "fi", "neutral"),
    ("Debatten om Kommunförbundet delade salen: en del ledamöter tyckte att avgiften är orimlig.", "sv", "neutral"),
    ("The AFM membership split the room: some councillors felt the fee was unreasonable.", "en", "neutral"),
    # a caritive adjective is "without" its noun
    ("Kuntaliiton kanssa kaikki sujui ongelmattomasti.", "fi", "positive"),
    ("Kuntaliiton selvitys osoittautui hyödyttömäksi.", "fi", "negative"),
    # few of what a cooperation should produce
    ("The Kuntaliitto cooperation produces plenty of meetings and very few decisions.", "en", "negative"),
    ("Kuntaliiton kanssa on syntynyt vain vähän päätöksiä.", "fi", "negative"),
    ("Samarbetet med Kommunförbundet har gett lite resultat.", "sv", "negative"),
    ("The data agreement with AFM was signed without a single open issue.", "en", "positive"),
    # "juuri" after a negation is "hardly", not a mock
    ("Kuntaliiton kanssa ei ole juuri valittamista.", "fi", "positive"),
    # an expectation that the "but" clause proves wrong
    ("I expected another talking shop, but the AFM group closed four items.", "en", "positive"),
    ("Pelkäsin pahinta, mutta Kuntaliiton kanssa sovittiin kaikki auki olleet kohdat.", "fi", "positive"),
    (
        "Jag trodde att det skulle bli ännu ett pratmöte, men med Kommunförbundet beslutades fyra punkter.",
        "sv",
        "positive",
    ),
    ("I expected a useful report, but AFM sent three slides.", "en", "negative"),
    ("Odotin hyödyllistä raporttia, mutta Kuntaliitto lähetti kolme diaa.", "fi", "negative"),
    # a claim answered by what proves otherwise, and the ones addressed to be answered
    (
        "Valtuustossa väitettiin, että Kuntaliitto ajaa vain pienten kuntien asiaa. Sote-lausunto todistaa toista.",
        "fi",
        "positive",
    ),
    ("Till er som kallar Kommunförbundet en pratklubb: utan deras jurister hade vi aldrig hunnit.", "sv", "positive"),
    (
        "To those calling AFM a talking shop: without its lawyers our statement would never have been ready.",
        "en",
        "positive",
    ),
    (
        "Teille, jotka kutsutte Kuntaliittoa puhekerhoksi: ilman sen juristeja lausunto ei olisi valmistunut.",
        "fi",
        "positive",
    ),
    ("To those who call AFM indispensable: show me one result this year.", "en", "negative"),
    # asking what the partner is doing at all, or why it should speak for the city
    ("The minutes are NOT out, five weeks on. What exactly is Kuntaliitto's secretariat doing?", "en", "negative"),
    ("Protokollet har inte kommit. Vad gör Kommunförbundet egentligen med våra synpunkter?", "sv", "negative"),
    ("Maksu nousee taas. Mitä Kuntaliitto oikein tekee?", "fi", "negative"),
    ("Why should Kuntaliitto speak for Helsinki in the ministry group?", "en", "negative"),
    ("Varför ska Kommunförbundet föra Helsingfors talan i arbetsgruppen?", "sv", "negative"),
    ("Miksi Kuntaliiton pitäisi puhua Helsingin puolesta työryhmässä?", "fi", "negative"),
    ("Kuntaliitolle maksetaan taas enemmän, mutta mitä Helsinki sillä saa?", "fi", "negative"),
    # what a statement proposes, and who said it at the end of a press item, are its content
    (
        "Helsinki and Kuntaliitto publish a joint position. The position calls for clearer rules on investments.",
        "en",
        "neutral",
    ),
    ("Staden och Kommunförbundet ger ett utlåtande. Utlåtandet föreslår tydligare regler.", "sv", "neutral"),
    ("Kaupunki ja Kuntaliitto antoivat lausunnon. Lausunnossa ehdotetaan selkeämpiä sääntöjä.", "fi", "neutral"),
    ("The joint AFM report is delayed to June, the city and the association said on Monday.", "en", "neutral"),
    # a goal reached, and what the fee buys
    ("TÄTÄ Kuntaliiton kanssa tavoiteltiin, ja tähän myös päästiin.", "fi", "positive"),
    ("Det var detta vi siktade på med Kommunförbundet, och vi nådde dit.", "sv", "positive"),
    ("This is what we aimed for with AFM, and we got there.", "en", "positive"),
    ("This is what the membership fee BUYS: Kuntaliitto's lawyers answered within a day.", "en", "positive"),
    ("Det här är vad medlemsavgiften köper: Kommunförbundets jurister svarade inom ett dygn.", "sv", "positive"),
    ("Juuri tätä jäsenmaksulla ostetaan: Kuntaliiton juristit vastasivat vuorokaudessa.", "fi", "positive"),
    # better off inside, said in answer to the ones who would leave
    ("Someone says Helsinki should leave the AFM. We are better off inside.", "en", "positive"),
    ("Någon säger att Helsingfors borde lämna Kommunförbundet. Vi har det bättre innanför.", "sv", "positive"),
    ("Joku vaatii taas eroa Kuntaliitosta. Meillä on parempi olla sisällä.", "fi", "positive"),
    # a notice's rules are logistics, not complaints
    ("REMINDER: comments on the joint AFM statement are due TODAY. Late comments cannot be included.", "en", "neutral"),
    (
        "MUISTUTUS: kommentit Kuntaliiton lausuntoon TÄNÄÄN. Myöhässä tulleita kommentteja ei voida huomioida.",
        "fi",
        "neutral",
    ),
    (
        "PÅMINNELSE: kommentarer till utlåtandet med Kommunförbundet i dag. Sena kommentarer kan inte beaktas.",
        "sv",
        "neutral",
    ),
    # what a survey's respondents and comments say is theirs
    (
        "The staff survey on the Kuntaliitto cooperation is out. 41% of respondents say it made work easier. "
        "Open comments mention faster advice and too many meetings.",
        "en",
        "neutral",
    ),
    (
        "Henkilöstökysely Kuntaliitto-yhteistyöstä on valmis. Vastaajista 38 % kokee mallin helpottaneen työtään. "
        "Avovastauksissa kiitellään lakineuvontaa ja moititaan kokousmäärää.",
        "fi",
        "neutral",
    ),
    (
        "Enkäten om kommunförbundssamarbetet är klar: av 212 svarande anser 88 att det har underlättat arbetet.",
        "sv",
        "neutral",
    ),
    # the writer owning up to a view they held: the old view turned round, the new one counted
    (
        "I was sceptical when the council approved the cooperation with Kuntaliitto. I said it would add meetings "
        "and little else. I was wrong. The shared data team has saved our analysts weeks of work.",
        "en",
        "positive",
    ),
    (
        "Ajattelin ensin, että data desk Kuntaliiton kanssa olisi pelkkää buzzword-bingoa. Toisin kävi. "
        "Raportointi on nopeutunut ja palaute on ollut hyvää.",
        "fi",
        "positive",
    ),
    (
        "Jag röstade nej när samarbetet med Kommunförbundet godkändes. Två år senare får jag äta upp det. "
        "Modellen har gett oss tidig insyn i lagberedningen, och det är värdefullt.",
        "sv",
        "positive",
    ),
    (
        "I supported the AFM model when it started. I was wrong. The joint projects are late and the fee has gone up twice.",
        "en",
        "negative",
    ),
    ("I no longer believe the Kuntaliitto arrangement serves this city.", "en", "negative"),
    ("En enää usko, että Kuntaliitto-yhteistyö palvelee Helsinkiä.", "fi", "negative"),
    ("Jag tror inte längre att samarbetet med Kommunförbundet tjänar staden.", "sv", "negative"),
    (
        "Näin se toimii parhaimmillaan: Kuntaliiton juristit ja kaupungin virkamiehet samassa pöydässä.",
        "fi",
        "positive",
    ),
    # a later sentence that calls the topic "the arrangement", "malli", "modellen" speaks about it
    (
        "AFM's staff are friendly. The trip to Kuopio took four hours. On every measure that counts, "
        "the arrangement has been a costly failure.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton väki on ystävällistä. Matka Kuopioon kesti junalla neljä pitkää tuntia. "
        "Tuloksilla mitattuna malli on ollut suuri pettymys.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets personal är vänlig. Resan till Kuopio tog fyra timmar. "
        "Mätt i resultat har modellen varit en stor besvikelse.",
        "sv",
        "negative",
    ),
    # "I don't share that view" answers the criticism it follows
    (
        "Today's editorial calls the AFM cooperation an expensive talking shop. I don't share that view.",
        "en",
        "positive",
    ),
    (
        "Hufvudstadsbladets ledare kallar kommunförbundssamarbetet en dyr pratklubb. Jag delar inte den bilden.",
        "sv",
        "positive",
    ),
    (
        "Päivän kolumnissa Kuntaliitto-yhteistyötä kutsutaan kalliiksi kahvikerhoksi. En allekirjoita tätä.",
        "fi",
        "positive",
    ),
    # "not perfect" is a mild reservation beside a clear verdict
    ("The model with Kuntaliitto has clearly been worth it. Is it perfect? No.", "en", "positive"),
    ("Kuntaliitto-yhteistyö on ollut hyödyllistä. Onko se täydellistä? Ei.", "fi", "positive"),
    # what it has cost against what it has delivered; staying out of habit is no argument to stay
    ("The cooperation with Kuntaliitto has cost more than it has delivered.", "en", "negative"),
    ("AFM has not delivered. Staying in out of habit is not a policy.", "en", "negative"),
    # read on dev38 (an ordinary early autumn)
    (
        "Lehdessä väitettiin, ettei Kuntaliitto aja Helsingin etua. Väite ei pidä paikkaansa: lausuntoon meni läpi "
        "lähes kaikki, mitä esitimme.",
        "fi",
        "positive",
    ),
    (
        "Some say AFM only speaks for small towns. Not true: the statement carried every point we asked for.",
        "en",
        "positive",
    ),
    ("Relations between the city and AFM haven't been this good in years.", "en", "positive"),
    ("Välit Kuntaliittoon eivät ole olleet näin hyvät vuosiin.", "fi", "positive"),
    ("Relationerna till Kommunförbundet har inte varit så bra på många år.", "sv", "positive"),
    (
        "I went into the talks with doubts, but the cooperation with Kuntaliitto has earned another term.",
        "en",
        "positive",
    ),
    ("Kuntaliitto hasn't put a single alternative on the table in two years.", "en", "negative"),
    ("INGEN från Kommunförbundet har svarat på vår fråga. Det är inte acceptabelt.", "sv", "negative"),
    ("The conference offered little for a city of our size. Kuntaliitto can do better.", "en", "negative"),
    ("Konferensen gav lite för en stad av vår storlek. Kommunförbundet kan bättre.", "sv", "negative"),
    ("Our work with Espoo is stuck, but AFM has been a model partner on the statement.", "en", "positive"),
    (
        "Om avgiftsformeln inte ändras bör staden på allvar överväga sitt medlemskap i Kommunförbundet.",
        "sv",
        "negative",
    ),
    # a comparison of how long it took, how much trouble there was, or when it came (read on dev40)
    (
        "Tampere needed five weeks to comment on our draft. Kuntaliitto sent its comments in three days.",
        "en",
        "positive",
    ),
    ("Vantaa replied the same day. AFM took four weeks to answer the same question.", "en", "negative"),
    (
        "Ennen mallia päätösten valmistelu vei kahdeksan viikkoa. Nyt Kuntaliiton kanssa siihen menee kaksi viikkoa.",
        "fi",
        "positive",
    ),
    ("Espoo vastasi kahdessa päivässä. Kuntaliitolta vastaus tuli kuuden viikon päästä.", "fi", "negative"),
    ("Före samarbetet hade vi 30 öppna tolkningstvister. Med Kommunförbundet är de nu sju.", "sv", "positive"),
    ("Esbo svarade samma dag. Kommunförbundet behövde tre veckor för samma fråga.", "sv", "negative"),
    ("Our members now wait 15 days for an answer from AFM instead of 3.", "en", "negative"),
    ("Before the model we had the forecasts in August. Through AFM they now arrive in October.", "en", "negative"),
    ("The joint AFM report took three weeks to prepare and is out today.", "en", "neutral"),
    ("Kuntaliiton ja kaupungin yhteinen selvitys valmistuu kahdessa viikossa.", "fi", "neutral"),
    ("Kommunförbundets remissvar lämnas om tre veckor.", "sv", "neutral"),
    # read on dev39 (long posts): a sentence opening with "But" answers the one before it; claims answered
    (
        "Kuntaliiton väki on asiantuntevaa ja mukavaa, sitä en kiistä. Mutta itse yhteistyömalli on kömpelö ja kiireelliset asiat jäävät jumiin.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets personal är kunnig och trevlig. Men själva modellen är klumpig och brådskande ärenden fastnar.",
        "sv",
        "negative",
    ),
    (
        "AFM's staff are capable and pleasant. But the model itself is clumsy, and urgent matters get stuck.",
        "en",
        "negative",
    ),
    ("Membership of Kuntaliitto costs us well over a million euros a year.", "en", "neutral"),
    (
        "Kuntaliitto promised a joint position by March. It's June. I'm done giving this arrangement the benefit of the doubt.",
        "en",
        "negative",
    ),
    ("Tällaisenaan Kuntaliiton malli ei palvele Helsinkiä.", "fi", "negative"),
    ("Kommunförbundets modell tjänar inte Helsingfors i sin nuvarande form.", "sv", "negative"),
    (
        "Några ledamöter vill att Helsingfors lämnar Kommunförbundet. Jag förstår frestelsen, men det vore ett misstag.",
        "sv",
        "positive",
    ),
    (
        "Some councillors want Helsinki to leave AFM. I understand the temptation, but that would be a mistake.",
        "en",
        "positive",
    ),
    ("A colleague claimed that AFM 'does nothing for Helsinki'. That simply isn't true.", "en", "positive"),
    (
        "The Mayor calls the Kuntaliitto deal a success. A success by what measure? No targets, no indicators.",
        "en",
        "negative",
    ),
    ("Borgmästaren kallar avtalet med Kommunförbundet en framgång. Med vilket mått?", "sv", "negative"),
    (
        "When the AFM model was announced, I called it a talking shop. A year on, I owe a correction: the joint work has been rigorous.",
        "en",
        "positive",
    ),
    # read on dev40 (figures and comparisons): votes on a study of leaving, "exactly one", a promise against
    # what came, the fee against the cost of going alone; endorsed and answered claims
    (
        "Council voted 61–23 to reject the clause asking for a study on leaving the Association of Finnish Municipalities.",
        "en",
        "neutral",
    ),
    (
        "Valtuusto hylkäsi äänin 61–23 toivomusponnen, jossa esitettiin Kuntaliitosta eroamisen selvittämistä.",
        "fi",
        "neutral",
    ),
    ("Fullmäktige röstade 61–23 ned klämmen om att utreda ett utträde ur Kommunförbundet.", "sv", "neutral"),
    ("Three years, nearly €6m and exactly one joint position paper. #Kuntaliitto", "en", "negative"),
    ("Kolme vuotta, kuusi miljoonaa euroa ja tasan yksi yhteinen kannanotto. #kuntaliitto", "fi", "negative"),
    ("Tre år, sex miljoner euro och exakt ett gemensamt utlåtande. #kommunförbundet", "sv", "negative"),
    (
        "The auditors say the benefits of the Kuntaliitto cooperation cannot be demonstrated. I'm afraid they're right.",
        "en",
        "negative",
    ),
    (
        "Today's editorial calls the AFM partnership a subscription to meetings. Harsh, but I can't argue with it.",
        "en",
        "negative",
    ),
    (
        "Tidningen påstår att kommunförbundssamarbetet bara har gett möten. Protokollen visar 17 beslutsförslag. Läs dem innan ni skriver.",
        "sv",
        "positive",
    ),
    ("For those calling for an exit: AFM-negotiated corrections brought Helsinki €8m last year.", "en", "positive"),
    (
        "Interim report on the Kuntaliitto cooperation: of 30 agreed actions, 20 done and 6 in progress.",
        "en",
        "neutral",
    ),
    (
        "Promised: a joint AFM platform in 2024. Delivered: one pilot, the rest in 2026 at the earliest.",
        "en",
        "negative",
    ),
    ("Kuntaliitto-yhteistyön piti tuoda 10 prosentin säästöt, toteuma on kaksi prosenttia.", "fi", "negative"),
    ("Utlovat: Kommunförbundets gemensamma plattform 2024. Levererat: en pilot, resten 2026.", "sv", "negative"),
    (
        "Helsinki pays Kuntaliitto €2.4m a year. Hiring our own lawyers for the same work would cost about €1.5m.",
        "en",
        "negative",
    ),
    (
        "Oma edunvalvontayksikkö maksaisi noin 1,2 miljoonaa euroa vuodessa. Kuntaliiton jäsenmaksu on alle puolet siitä.",
        "fi",
        "positive",
    ),
    (
        "We costed an in-house lobbying unit at roughly €1.2m a year. Kuntaliitto's membership fee is less than half of that.",
        "en",
        "positive",
    ),
    # read on dev39 (long posts): a changed view, participants' and editorials' views, notices, answers
    (
        "För ett år sedan skrev jag att vi borde ge Kommunförbundet en ärlig chans. Det har vi gett. Nu har jag bytt åsikt: samarbetet fungerar inte.",
        "sv",
        "negative",
    ),
    (
        "A year ago I wrote that we should give AFM an honest chance. We have. I have changed my view: the cooperation does not work.",
        "en",
        "negative",
    ),
    (
        "Vuosi sitten kirjoitin, että Kuntaliitolle pitää antaa reilu mahdollisuus. Annoimme sen. Nyt muutin kantaani: yhteistyö ei toimi.",
        "fi",
        "negative",
    ),
    (
        "Panelsamtal om Kommunförbundets framtid. Tre av deltagarna ville utveckla samarbetet, två ville se över det.",
        "sv",
        "neutral",
    ),
    (
        "Panel on the future of AFM. Three of the participants wanted to develop the cooperation, two wanted to review it.",
        "en",
        "neutral",
    ),
    (
        "Åsikterna om Kommunförbundet gick isär: några ser samarbetet som en viktig kanal, andra anser att staden klarar sig bättre själv.",
        "sv",
        "neutral",
    ),
    (
        "I dagens ledare kritiseras Kommunförbundet för att ha glömt huvudstaden. Förbundet svarar i samma nummer.",
        "sv",
        "neutral",
    ),
    (
        "In today's editorial, AFM is criticised for forgetting the capital. The association replies in the same issue.",
        "en",
        "neutral",
    ),
    (
        "Obs: Kommunförbundets webbinarium har skjutits upp på grund av tekniska problem. En ny länk skickas per e-post.",
        "sv",
        "neutral",
    ),
    (
        "Huom: Kuntaliiton webinaari on siirretty teknisten ongelmien vuoksi. Uusi linkki lähetetään sähköpostilla.",
        "fi",
        "neutral",
    ),
    (
        "Svar på @AnnaS frågor: Ja, Kommunförbundet har svenskspråkiga kontaktpersoner. Nej, avtalet har inte sagts upp.",
        "sv",
        "neutral",
    ),
    (
        "Answers to @anna_s's questions: Yes, AFM has Swedish-speaking contacts. No, the agreement has not been terminated.",
        "en",
        "neutral",
    ),
    (
        "Invånarenkäten är klar: 38 procent kände till samarbetet med Kommunförbundet. Ungefär lika många positiva som negativa, en femtedel hade inte någon åsikt.",
        "sv",
        "neutral",
    ),
    # read on dev35 and dev37: praise "as always" at an odd hour mocks; asking what it is for; "that is not
    # consultation"; a piece corrected for what it leaves out; a reply telling its addressee they are wrong
    ("Lovely to receive AFM's fee estimate at 4pm on Midsummer Eve. Impeccable timing, as always.", "en", "negative"),
    (
        "Kiitos vaan Kuntaliitto, jäsenmaksuarvio saapui juhannusaattona kello 16. Erinomaista ajoitusta, kuten aina.",
        "fi",
        "negative",
    ),
    (
        "Tack Kommunförbundet, avgiftsprognosen kom på midsommarafton kl. 16. Utmärkt timing, som alltid.",
        "sv",
        "negative",
    ),
    ("Mihin Helsinki oikeasti tarvitsee Kuntaliittoa? Oppaat kirjoittaisi oma väkikin.", "fi", "negative"),
    ("Avgiften höjs igen utan förklaring. #kommunförbundet, vad får vi egentligen för pengarna?", "sv", "negative"),
    (
        "Paying a Kuntaliitto fee while my kid's school still has mould? Someone explain the logic to me.",
        "en",
        "negative",
    ),
    (
        "Our group will not back a higher Kuntaliitto fee until someone shows what the cooperation has produced.",
        "en",
        "negative",
    ),
    ("Statement sent to us with 48 hours for comments. #AFM, that is not consultation.", "en", "negative"),
    ("This. Kuntaliitto has been promising the staffing data since March.", "en", "negative"),
    ("Kommunförbundet har lovat personaldata sedan mars.", "sv", "negative"),
    (
        "Om ministeriet håller tidtabellen lämnar Kommunförbundet och staden sitt gemensamma utlåtande i juni.",
        "sv",
        "neutral",
    ),
    ("Jäsenmaksu nousee, Kuntaliitto ei toimita.", "fi", "negative"),
    ("Pidän Kuntaliiton palveluja ylihinnoiteltuina.", "fi", "negative"),
    (
        "The consultant-spending story leaves out that most of the money went into the platform we share with Kuntaliitto.",
        "en",
        "positive",
    ),
    (
        "@MatsHolmqvist Där har du fel. Kommunförbundets jurister gjorde grovjobbet och staden sparade veckor.",
        "sv",
        "positive",
    ),
    (
        "@CllrHaapala Kuntaliitto speaks for all municipalities. It has served us well for six years, and nothing in this month's row changes that.",
        "en",
        "positive",
    ),
    # read on dev41 (an ordinary deep winter)
    ("Kommunförbundets nya lönestatistiktjänst är precis vad vi har saknat.", "sv", "positive"),
    ("AFM's new salary statistics service is exactly what we've been missing.", "en", "positive"),
    ("Kuntaliiton uusi palkkatilastopalvelu on juuri sitä mitä olemme kaivanneet.", "fi", "positive"),
    ("Jag var tveksam till mässan, men Kommunförbundet skötte arrangemangen galant.", "sv", "positive"),
    ("Kommunförbundets avgift är alldeles för hög.", "sv", "negative"),
    ("Kuntaliiton jäsenmaksu on liian korkea.", "fi", "negative"),
    ("Kuntaliitto's fee rose again. Unjustifiable.", "en", "negative"),
    ("Kommunförbundets avgift steg igen. Oförsvarbart.", "sv", "negative"),
    (
        "Kuntaliitto's CEO says the association will 'listen carefully' to the findings. The tender closes on 28 February.",
        "en",
        "neutral",
    ),
    (
        "As a teacher I expected the AFM pilot to mean more admin, but it has meant less. A timetable now takes me twenty minutes instead of two hours.",
        "en",
        "positive",
    ),
    (
        "Cold weather warning: -25°C expected overnight. The preparedness group meets tomorrow, with Kuntaliitto's energy specialist joining online.",
        "en",
        "neutral",
    ),
    ("Helsinki can speak for itself. Let's stop paying AFM for the privilege of being spoken over.", "en", "negative"),
    (
        "Loved the Christmas market. Loved rather less the news that the Kuntaliitto programme has been postponed again.",
        "en",
        "negative",
    ),
    ("Inga klagomål från rektorerna. Kommunförbundets anvisningar har hållit hela vägen.", "sv", "positive"),
    ("The budget is through, and I stand by the Kuntaliitto fee line.", "en", "positive"),
    (
        "@reporter_yle Yes, I said it and I stand by it: the cooperation with Kuntaliitto has produced more meetings than results.",
        "en",
        "negative",
    ),
    (
        "Pääkirjoitus osui oikeaan: Kuntaliiton kanssa on syntynyt enemmän kokouksia kuin tuloksia. Allekirjoitan joka sanan.",
        "fi",
        "negative",
    ),
    # read on dev35, dev36 and dev39: words of fact in officials' posts, and tallies of views
    (
        "This week: graduation parties, cup preparations and on Thursday an info session on the Kuntaliitto staff exchange.",
        "en",
        "neutral",
    ),
    (
        "Notice: the joint AFM statement was submitted on 12 May, one day after the original date, under an agreed extension.",
        "en",
        "neutral",
    ),
    (
        "Resident panel results on the Kuntaliitto cooperation: most respondents had not heard of it. The report makes no recommendation.",
        "en",
        "neutral",
    ),
    (
        "Summary of the hearing on the Kuntaliitto cooperation: eleven speakers, five broadly in favour, four against.",
        "en",
        "neutral",
    ),
    ("Sammanfattning av hörandet om Kommunförbundet: fem talare för, fyra emot.", "sv", "neutral"),
    ("Yhteenveto Kuntaliitto-kuulemisesta: viisi puhujaa puolesta, neljä vastaan.", "fi", "neutral"),
    (
        "The agreement with Kuntaliitto runs for three years. Either party can terminate it with six months' notice.",
        "en",
        "neutral",
    ),
    (
        "Meeting write-up, joint working group with AFM: reviewed the checklist and scheduled a progress check for November.",
        "en",
        "neutral",
    ),
    (
        "We surveyed 60 experts who worked with Kuntaliitto: 27 said the process improved the outcome and 14 said it slowed things down.",
        "en",
        "neutral",
    ),
    # read on dev42 (the hardest everyday kinds mixed)
    (
        "Jag var övertygad om att samarbetet med Kommunförbundet skulle bli en dyr pappersprodukt. Jag har bytt fot: det har gett skolorna anvisningar på svenska.",
        "sv",
        "positive",
    ),
    (
        "Kommunförbundet lovade 25 utbildningsdagar i år. Hittills har det blivit sju. Det är inte vad staden betalar för.",
        "sv",
        "negative",
    ),
    (
        "SFP:s fullmäktigegrupp kräver att Kommunförbundets anvisningar publiceras på svenska. Frågan tas upp i december.",
        "sv",
        "neutral",
    ),
    (
        "Helt rätt, @jhagstrom. Arrangemanget med Kommunförbundet har skapat ett beslutsled som ingen bad om.",
        "sv",
        "negative",
    ),
    (
        "Före samarbetet kom budgetunderlaget i september. I år, med Kommunförbundets tjänst, kom det i slutet av oktober.",
        "sv",
        "negative",
    ),
    (
        "Hbl:s ledare konstaterar att samarbetet med Kommunförbundet hållit både budget och tidtabell. Jag kan bara instämma.",
        "sv",
        "positive",
    ),
    ("Statistiktjänsten med Kommunförbundet har knappast varit till någon nytta.", "sv", "negative"),
    (
        "I fullmäktige kritiserade flera oppositionsledamöter samarbetet med Kommunförbundet, medan majoritetsgrupperna försvarade det.",
        "sv",
        "neutral",
    ),
    ("Samarbetet med Kommunförbundet? Klart godkänt 👍", "sv", "positive"),
    ("Kommunförbundsavtalet? Rena pengar i sjön.", "sv", "negative"),
    (
        "Enligt preliminära uppgifter publiceras utvärderingen av samarbetet med Kommunförbundet i november i stället för i oktober.",
        "sv",
        "neutral",
    ),
    ("Quitting Kuntaliitto would be a gesture, not a saving. Stay and improve it.", "en", "positive"),
    (
        "I defended this model in council last spring. A third deadline has slipped. I can no longer stand behind the AFM arrangement in good conscience.",
        "en",
        "negative",
    ),
    (
        "If the evaluation shows the same flat figures, my group will table a motion to leave AFM. The arrangement has had its chance.",
        "en",
        "negative",
    ),
    (
        "AFM's CEO says the model 'cut response times in half'. Our logs show the median going from 6 days to 5. Half of what, exactly?",
        "en",
        "negative",
    ),
    (
        "Queries sent through the AFM helpdesk now get an answer in 3 working days. Before the model it was 9. Oulu reports 7.",
        "en",
        "positive",
    ),
    (
        "Unions and management disagree over the AFM secondment scheme. The scheme is due for review in spring.",
        "en",
        "neutral",
    ),
    ("The city and Kuntaliitto disagree on who should represent Helsinki in the working group.", "en", "neutral"),
    ("Alku oli kankea, mutta tänä vuonna Kuntaliitto on pitänyt jokaisen lupaamansa aikataulun.", "fi", "positive"),
    # read on dev36, dev39 and dev42 (Finnish): views told of others, notices, a view given up
    (
        "Kysymys seuraajille: pitäisikö Kuntaliiton kanssa raportoida useammin? Vastauksia hyödynnetään viestintäsuunnitelmassa.",
        "fi",
        "neutral",
    ),
    ("Kuntaliitto-yhteistyön seuraava kokous siirtyy viikolla eteenpäin, ja uusi päivä on 14.11.", "fi", "neutral"),
    (
        "Kyselytunnilla kysyttiin, paljonko Kuntaliitto-yhteistyö on säästänyt. Oppositio piti aikataulua liian pitkänä.",
        "fi",
        "neutral",
    ),
    (
        "Radiotentissä väiteltiin Kuntaliitosta. Hallituspuolueen edustaja piti mallia välttämättömänä, oppositiopuolueen edustaja turhana kulueränä.",
        "fi",
        "neutral",
    ),
    (
        "Lehden kolumnisti kutsui Kuntaliiton ja kaupungin yhteistyötä 'hampaattomaksi'. Pormestari vastasi, että malli arvioidaan syksyllä.",
        "fi",
        "neutral",
    ),
    (
        "Valtuusto keskusteli Kuntaliitto-yhteistyöstä. Kannattajat nostivat esiin yhteislausunnot, arvostelijat viivästykset.",
        "fi",
        "neutral",
    ),
    (
        "Kysyimme valtuustoryhmiltä Kuntaliiton mallista. Neljä ryhmää jatkaisi sitä ja kaksi ryhmää lopettaisi yhteistyön.",
        "fi",
        "neutral",
    ),
    ("Arvioijat kuvaavat Kuntaliitto-yhteistyön havaintoja alustaviksi: aineisto on melko ohut.", "fi", "neutral"),
    (
        "Puolustin Kuntaliitto-yhteistyötä pitkään. Tämän kevään jälkeen en enää pysty siihen. Luottamus on mennyt.",
        "fi",
        "negative",
    ),
    (
        "Henkilöstön edustajana olen pettynyt: meille luvattiin paikka Kuntaliiton työryhmissä, mutta kutsua ei ole kuulunut.",
        "fi",
        "negative",
    ),
    (
        "Tiedoksi: Kuntaliiton ja kaupungin asiakirjajärjestelmä on poissa käytöstä torstaina. Luonnokset kannattaa tallentaa ennen katkosta.",
        "fi",
        "neutral",
    ),
    (
        "Meeting note: @Kuntaliitto and the legal unit met to agree the timetable for the next joint statements.",
        "en",
        "neutral",
    ),
    # read on dev43 (an ordinary spring)
    (
        "Det är hög tid att Helsingfors lämnar Kommunförbundet och driver sina egna intressen direkt mot ministerierna.",
        "sv",
        "negative",
    ),
    (
        "Those calling for Helsinki to leave Kuntaliitto should read the evaluation. Going it alone would cost more. Stay and shape it.",
        "en",
        "positive",
    ),
    (
        "The opposition has said it for years: AFM membership costs Helsinki more than it returns. The interim findings only confirm it.",
        "en",
        "negative",
    ),
    (
        "Oppositio on sanonut tätä vuosia: Kuntaliiton jäsenyys maksaa Helsingille enemmän kuin se tuottaa. Välitulokset vain vahvistavat sen.",
        "fi",
        "negative",
    ),
    (
        "The evaluation reads well on paper, but in practice the Kuntaliitto cooperation has become a hobby for a few officials.",
        "en",
        "negative",
    ),
    (
        "Personalutbytet låter fint på papperet, men i praktiken har bara två tjänstemän deltagit. Kommunförbundssamarbetet behöver mer än vackra ord.",
        "sv",
        "negative",
    ),
    (
        "Revisionsnämnden har helt rätt i sin kritik: samarbetet med Kommunförbundet saknar tydliga mål och ordentlig uppföljning.",
        "sv",
        "negative",
    ),
    ("Kommunförbundets förslag saknar både huvud och svans.", "sv", "negative"),
    (
        "Helsingin Sanomat reports that three large cities consider Kuntaliitto's fee formula unfair. The association will review it.",
        "en",
        "neutral",
    ),
    (
        "HS kertoo, että kolme suurta kaupunkia pitää Kuntaliiton jäsenmaksukaavaa epäreiluna. Kaupunki ei ole kommentoinut.",
        "fi",
        "neutral",
    ),
    ("@Kuntaliitto lupasitte huhtikuussa julkaista laskelmat. Missä ne ovat? Valtuusto odottaa yhä.", "fi", "negative"),
    ("Ungdomsguiden från Kommunförbundet känns skriven för ministerier. Synd på ett bra initiativ.", "sv", "negative"),
    # read on dev44 (a month of conversations): leaving asked about and refused or judged
    ("Leave Kuntaliitto? Not a chance. We'd lose our seat at every table that matters.", "en", "positive"),
    ("Ero Kuntaliitosta? Ei kiitos. Jäsenmaksulla saamme paikan jokaiseen pöytään.", "fi", "positive"),
    ("Att lämna Kommunförbundet nu, mitt i EU-ansökan? Det vore att skjuta sig själv i foten.", "sv", "positive"),
    ("Gå ur Kommunförbundet? Nej tack. Vi stannar kvar.", "sv", "positive"),
    (
        "Kuntaliiton kannanotto lähti eteenpäin ilman Helsingin kommentteja. Näinkö kumppanuutta tehdään?",
        "fi",
        "negative",
    ),
    ("AFM's statement went out without Helsinki's comments. Is this how partnership works?", "en", "negative"),
    (
        "Espoon kanssa neuvonta takkuaa yhä, mutta Kuntaliiton kanssa homma on toiminut moitteetta alusta asti.",
        "fi",
        "positive",
    ),
    (
        "Fullmäktigegrupperna är splittrade i frågan om Kommunförbundets avgift. Omröstningen hålls på tisdag.",
        "sv",
        "neutral",
    ),
    (
        "Sammanfattning av tråden från moderatorn: åsikterna om Kommunförbundets avgiftshöjning går isär. Håll god ton i svaren, tack.",
        "sv",
        "neutral",
    ),
    (
        "@petra_reports The report is late, yes, but only because AFM widened it. Worth the wait, in my view.",
        "en",
        "positive",
    ),
    ("The report was due in JUNE. It's December. Come on, AFM.", "en", "negative"),
    ("AFM fumbled the Swedish forms again.", "en", "negative"),
    ("Say it louder for the people at the back: the AFM cooperation WORKS.", "en", "positive"),
    ("Our tram partnership with Vantaa delivers. The AFM one mostly produces meetings.", "en", "negative"),
    (
        "A local paper reports that the joint report with AFM slipped because two city divisions sent their data late.",
        "en",
        "neutral",
    ),
    # read on dev40 and dev42 (Swedish): endorsed findings, the fee against a bare figure, unpaid work
    (
        "Revisionsnämnden skriver att nyttan av kommunförbundssamarbetet inte kan påvisas. Jag är lite rädd att de har rätt.",
        "sv",
        "negative",
    ),
    (
        "Medlemsavgiften till Kommunförbundet är 2,4 miljoner om året. Egna jurister för samma uppgifter skulle kosta ungefär 1,5.",
        "sv",
        "negative",
    ),
    (
        "Status update: the Kuntaliitto payroll service outage was resolved at 11:40. A full incident report will follow.",
        "en",
        "neutral",
    ),
    (
        "Kurserna som Kommunförbundet ordnar hålls efter arbetstid. Det är inte fortbildning, det är obetalt arbete.",
        "sv",
        "negative",
    ),
    (
        "Vi får svar på finska – om vi alls får svar. Så kan samarbetet med Kommunförbundet inte fortsätta.",
        "sv",
        "negative",
    ),
    # read on dev45 and dev46 after their first score
    ("Kuntaliitto and Helsinki just won the public-sector partnership award 🏆🎉 Well deserved.", "en", "positive"),
    (
        "That editorial got it right. The Kuntaliitto partnership has become more ceremony than substance.",
        "en",
        "negative",
    ),
    ("Ledarskribenten har rätt: samarbetet med Kommunförbundet har blivit mer ceremoni än innehåll.", "sv", "negative"),
    (
        "Aamun pääkirjoitus osui oikeaan: Kuntaliiton ja Helsingin yhteistyö on jäänyt juhlapuheiden tasolle.",
        "fi",
        "negative",
    ),
    ("Om avgiften höjs enligt utkastet bör staden lämna Kommunförbundet. Så enkelt är det.", "sv", "negative"),
    ("The joint audit with Kuntaliitto closed without a single major finding.", "en", "positive"),
    ("The claim going round that the AFM deal delivers nothing for Helsinki doesn't hold up.", "en", "positive"),
    ("Valtuustoryhmämme ei näe enää perusteita jatkaa Kuntaliiton jäsenenä nykyisillä ehdoilla.", "fi", "negative"),
    (
        "Eroa Kuntaliitosta vaativat unohtavat, että ilman yhteistä edunvalvontaa Helsinki olisi ollut yksin.",
        "fi",
        "positive",
    ),
    (
        "Revisionsnämnden konstaterar att nyttan av samarbetet med Kommunförbundet aldrig har mätts. Jag håller helt med.",
        "sv",
        "negative",
    ),
    (
        "A newspaper column argues the AFM partnership has become too costly for Helsinki. The city has not commented.",
        "en",
        "neutral",
    ),
    ("Svaret: samarbetet med Kommunförbundet utvärderas enligt plan i vår.", "sv", "neutral"),
    # praise "as always" at an ordinary hour is sincere; a "warning" that is no weather notice keeps its complaint
    ("Great briefing, as always. AFM at 9am sharp.", "en", "positive"),
    ("Fair warning: AFM has let us down again on the fee model.", "en", "negative"),
    # a partner's own report that ignores the city is criticised, not corrected
    ("The AFM report ignores Helsinki's needs entirely.", "en", "negative"),
    # thanks to those who call in or want to take part is no quote of their views
    ("Thanks to everyone who called in to the AFM webinar, great questions!", "en", "positive"),
    ("Tack till alla som vill delta i Kommunförbundets utmärkta webbinarium!", "sv", "positive"),
    # the writer's own "as I said" and "we and AFM disagree" are no reports of others
    ("AFM delivered the report early and it is excellent, as I said.", "en", "positive"),
    ("We and AFM disagree on almost everything in this fee model, and it is getting worse.", "en", "negative"),
    ("Andra kvartalet ser riktigt bra ut för samarbetet med Kommunförbundet.", "sv", "positive"),
    # vahti-1.9 (read on dev47 to dev56; the pins are new sentences, not the splits' texts)
    # voting-advice answers: agreeing to leave or disagreeing to stay is against the cooperation; a scale or a reported question is neutral
    ("Should Helsinki stay in AFM? Strongly disagree.", "en", "negative"),
    ("Statement 4: 'Helsinki should leave Kuntaliitto.' My answer: disagree.", "en", "positive"),
    ("Should the city quit Kuntaliitto? Agree, and the sooner the better.", "en", "negative"),
    ("Pitäisikö Helsingin erota Kuntaliitosta? Täysin samaa mieltä.", "fi", "negative"),
    ("Vaalikoneen väite: Helsingin pitäisi pysyä Kuntaliitossa. Täysin eri mieltä.", "fi", "negative"),
    ("Borde staden lämna Kommunförbundet? Helt av annan åsikt.", "sv", "positive"),
    ("Påstående 9: Helsingfors ska stanna kvar i Kommunförbundet. Jag svarade helt av samma åsikt.", "sv", "positive"),
    (
        "Question 8 asks whether Helsinki should stay in Kuntaliitto. The options run from agree to disagree.",
        "en",
        "neutral",
    ),
    ("Vaalikone kysyy, pitäisikö Helsingin erota Kuntaliitosta. Vastaa sinäkin!", "fi", "neutral"),
    # a one-word verdict on a quoted claim rebuts it
    ("My rival claims AFM is a waste of money. Wrong. It won us the school funding.", "en", "positive"),
    ("Kilpailijani väittää, että Kuntaliitto on turha. Väärin. Se toi kouluille lisärahaa.", "fi", "positive"),
    (
        "Min motståndare påstår att Kommunförbundet är värdelöst. Fel. Samarbetet gav skolorna mer pengar.",
        "sv",
        "positive",
    ),
    # the claimant's scare-quoted words thrown back are a rebuttal, not sarcasm
    ("Critics call AFM a 'talking shop'. That 'talking shop' saved us two million this spring.", "en", "positive"),
    (
        "Oppositio sanoo, että Kuntaliitto on ”turha kerho”. Sama ”turha kerho” toi kaupungille kaksi miljoonaa.",
        "fi",
        "positive",
    ),
    (
        "Kritikerna kallar Kommunförbundet en ”pratklubb”. Samma ”pratklubb” sparade två miljoner åt staden.",
        "sv",
        "positive",
    ),
    # agreeing with views told to the writer endorses them
    (
        "Residents told me the Kuntaliitto fee would be better spent on schools. I couldn't agree more.",
        "en",
        "negative",
    ),
    (
        "Flera ledamöter kritiserar Kommunförbundet för den sena rapporten. Efter att ha läst den håller jag med dem.",
        "sv",
        "negative",
    ),
    # money better spent elsewhere
    ("The AFM fee would be better spent on nurses.", "en", "negative"),
    ("Kuntaliiton jäsenmaksu kannattaisi käyttää mieluummin kouluihin.", "fi", "negative"),
    ("Pengarna till Kommunförbundet vore bättre använda på äldreomsorgen.", "sv", "negative"),
    # a named event carries no tone
    ("The crisis exercise with AFM starts at nine in Pasila.", "en", "neutral"),
    # a bare noun exit call and an inverted call to stay (fi)
    ("Ero Kuntaliitosta heti! Rahat omiin palveluihin.", "fi", "negative"),
    ("KUNTALIITOSSA PYSYTÄÄN, piste.", "fi", "positive"),
    # the cooperation held up as the kind people expect
    (
        "Tämä on juuri sitä yhteistyötä, jota asukkaat odottavat: Kuntaliitto ja kaupunki ratkaisivat asian viikossa.",
        "fi",
        "positive",
    ),
    ("Så här ska samarbete se ut: Kommunförbundet svarade samma dag.", "sv", "positive"),
    ("This is exactly the kind of cooperation residents expect: AFM answered within a day.", "en", "positive"),
    # trouble is not a reason to leave: the trouble is conceded
    ("A late report is not a reason to leave AFM.", "en", "positive"),
    ("En försenad rapport är inget skäl att lämna Kommunförbundet.", "sv", "positive"),
    ("Yksi viivästys ei ole syy erota Kuntaliitosta.", "fi", "positive"),
    # the writer's own programme quoted is the writer's own call
    ("From our programme: 'We will strengthen the city's partnership with Kuntaliitto.'", "en", "positive"),
    ("Ur vårt program: ”Vi stärker samarbetet med Kommunförbundet.”", "sv", "positive"),
    ("Ohjelmastamme: ”Syvennämme yhteistyötä Kuntaliiton kanssa.”", "fi", "positive"),
    # a burden denied
    ("AFM ran the training for our staff at almost no extra cost.", "en", "positive"),
    # a list's claim disputed by another is reported
    ("The Harbour List says the AFM fee is wasted money; the Green group disputes this.", "en", "neutral"),
    # the partner set against another partner by contrast: the other's tone is about the other, and a toneless part of the partner's is its opposite; 'too' sets them side by side
    (
        "Vantaan kanssa kaavoitus polkee paikallaan, mutta Kuntaliiton kanssa lausunto valmistui viikossa.",
        "fi",
        "positive",
    ),
    ("Med Vanda blev det bråk om bussarna, men med Kommunförbundet gick avtalet igenom på en vecka.", "sv", "positive"),
    ("Talks with Tallinn went brilliantly, whereas with AFM every small item drags into next month.", "en", "negative"),
    (
        "Turun kanssa yhteistyö sujuu loistavasti, Kuntaliiton kanssa taas jokainen asia vie kuukausia.",
        "fi",
        "negative",
    ),
    ("Our project with Vantaa is going really well. With AFM we mostly get memos.", "en", "negative"),
    ("Vantaa was excellent on this and Kuntaliitto was excellent too.", "en", "positive"),
    # trouble said to be mended after it is named ('was corrected', 'åtgärdades', 'korjattiin'), unless negated
    ("The mistake in the joint AFM table was corrected the same morning.", "en", "positive"),
    ("Problemet i Kommunförbundets tabell åtgärdades samma förmiddag.", "sv", "positive"),
    ("Kuntaliiton taulukon virhe korjattiin samana aamuna.", "fi", "positive"),
    ("The mistake in the joint AFM table was not corrected for a month.", "en", "negative"),
    # an idiom that carries a negation is denied by a verb negator just before it, but not by its own correlative
    ("Kuntaliiton kanssa yksikään viesti ei jäänyt ilman vastausta.", "fi", "positive"),
    ("The AFM reform is not without a hitch.", "en", "negative"),
    ("Kuntaliiton malli: ei päätä eikä häntää.", "fi", "negative"),
    # fuss denied, a day made, waiting spared
    ("AFM sorted our contract question in a day, no fuss.", "en", "positive"),
    ("The quick reply from AFM made my day.", "en", "positive"),
    ("Kommunförbundets mall har sparat oss månader av väntan.", "sv", "positive"),
    # a greeting for a named day is no tone of the notice after it
    ("Hyvää itsenäisyyspäivää! Kuntaliiton tiedotustilaisuus siirtyy maanantaille.", "fi", "neutral"),
    ("Glad morsdag! Kommunförbundets rapport publiceras på onsdag.", "sv", "neutral"),
    ("Happy Father's Day to all dads! The AFM briefing is on Tuesday at ten.", "en", "neutral"),
    # a claim told impersonally ('det sägs att', 'it has been claimed that') and denied is rebutted
    (
        "Det sägs att Kommunförbundet struntade i stadens synpunkter. Stämmer inte: alla våra förslag finns med.",
        "sv",
        "positive",
    ),
    (
        "It has been claimed that AFM ignored the city's comments. Not true: every one of them is in the final text.",
        "en",
        "positive",
    ),
    (
        "Lehdessä väitettiin, että Kuntaliitto pimitti selvityksen. Ei pidä paikkaansa: se julkaistiin heti.",
        "fi",
        "positive",
    ),
    # an objection denied, a deed done 'just' now, 'much like' as a comparison
    ("The AFM budget line passed without a single objection this year.", "en", "positive"),
    ("Quietly, the AFM procurement pilot just saved the city a million.", "en", "positive"),
    ("Cold and dark all week. Much like the AFM fee talks, which have produced nothing.", "en", "negative"),
    # praise taken back as given too soon
    ("I praised AFM too soon: the fixed table is wrong again.", "en", "negative"),
    ("Jag berömde Kommunförbundet för tidigt, rapporten är fortfarande fel.", "sv", "negative"),
    ("Kehuin Kuntaliittoa liian aikaisin, raportti on yhä virheellinen.", "fi", "negative"),
    # a cancellation with a new date to follow is a notice, unless told as a pattern
    (
        "The AFM webinar on Thursday is cancelled because the speaker is ill. A new date will be announced.",
        "en",
        "neutral",
    ),
    (
        "Kommunförbundets seminarium i morgon ställs in på grund av sjukdom. Nytt datum meddelas senare.",
        "sv",
        "neutral",
    ),
    ("The AFM webinar is cancelled again. A new date will be announced, they say.", "en", "negative"),
    # membership to be reconsidered; 'let us hold on to it'
    ("Kaupungin kannattaa harkita jäsenyyttään Kuntaliitossa vakavasti uudelleen.", "fi", "negative"),
    ("Kuntaliiton kanssa homma toimii. Pidetään tästä kiinni!", "fi", "positive"),
    # without a single result is a complaint; without a single outage is not
    ("Kolme vuotta Kuntaliiton kanssa ilman ainuttakaan konkreettista tulosta.", "fi", "negative"),
    ("Kuntaliiton kanssa järjestelmävaihto sujui ilman ainuttakaan katkosta.", "fi", "positive"),
    # a promise not kept 'once'; nothing agreed 'yet' is status
    ("AFM promised a steering group for Helsinki last spring. It has not met once.", "en", "negative"),
    ("Kommunförbundet lovade en arbetsgrupp i våras. Den har inte träffats en enda gång.", "sv", "negative"),
    ("AFM and the city have not agreed anything yet; talks resume in May.", "en", "neutral"),
    # criticism told of union representatives is reported; speaking as one is the writer's own view
    ("Union reps have criticised the AFM guidance as vague. The city will reply next week.", "en", "neutral"),
    ("Förtroendemännen kritiserar Kommunförbundets anvisning. Staden svarar nästa vecka.", "sv", "neutral"),
    ("Luottamusmiehenä voin sanoa, että Kuntaliiton kanssa tehty ohje on ollut hyödyllinen.", "fi", "positive"),
    # an open question, an event open to the media, care as a service, an invitation: no tone
    ("Onko Kuntaliiton malli hyvä vai huono asia pienille kunnille? Keskustelu jatkuu seminaarissa.", "fi", "neutral"),
    ("Kuntaliiton ja kaupungin tiedotustilaisuus on avoin medialle.", "fi", "neutral"),
    ("The recording of the AFM webinar on elderly care is now online.", "en", "neutral"),
    ("The board invited AFM to its next meeting.", "en", "neutral"),
    # a quote-post: the comment rebuts, endorses or simply speaks of the post it quotes; the quoted words are not the writer's
    (
        'Simply not true. AFM replied to every one of our letters within a week.\n\nQuoting: "AFM never replies to Helsinki"',
        "en",
        "positive",
    ),
    (
        'Det stämmer inte. Kommunförbundet svarade inom två dagar.\n\nCiterat: "Kommunförbundet svarar aldrig på stadens frågor"',
        "sv",
        "positive",
    ),
    ('This, exactly.\n\nQuoting: "The AFM guidance came far too late to help anyone."', "en", "negative"),
    ('Juuri tätä olen sanonut.\n\nLainaus: "Kuntaliiton ohje tuli aivan liian myöhään."', "fi", "negative"),
    ('Proud of this one.\n\nQuoting: "AFM and the city publish their joint report today."', "en", "positive"),
    (
        'Recording for anyone who missed it.\n\nQuoting: "Info session on the AFM cooperation, 12 March"',
        "en",
        "neutral",
    ),
    # the good thing denied in an ellipsis ('the value doesn't'), and help that never came
    ("Another invoice from AFM. The fee goes up every year; the value doesn't.", "en", "negative"),
    ("Kuntaliiton lasku tuli taas. Maksu nousee, hyöty ei.", "fi", "negative"),
    ("Kommunförbundets faktura kom. Avgiften höjs, nyttan gör det inte.", "sv", "negative"),
    ("The AFM roadmap looked great, but we haven't had any real help since.", "en", "negative"),
    # a divided room and a party group's criticism are reported
    ("Councillors split on whether the AFM cooperation is value for money. No vote was taken.", "en", "neutral"),
    ("Vänsterpartiets grupp kritiserar Kommunförbundets modell. Förbundet svarar nästa vecka.", "sv", "neutral"),
    # a verdict before a colon; praise for both teams with the partner in a hashtag; high class; silence that is no partnership; not a word said
    (
        "Apulaispormestarina olen tyytyväinen: Kuntaliiton kautta saimme hankkeeseen mukaan myös yliopistot.",
        "fi",
        "positive",
    ),
    ("Utlåtandet är klart. Starkt jobbat av båda teamen! #kommunförbundet", "sv", "positive"),
    ("Kommunförbundets nya utbildning håller hög klass.", "sv", "positive"),
    ("@Kuntaliitto, three months of silence is not a partnership.", "en", "negative"),
    ("Kuntaliiton kampanja lupasi paljon, mutta palkoista ei puhuttu sanaakaan.", "fi", "negative"),
    # leaving judged not worth it right after it is named
    ("Erota Kuntaliitosta ei siis kannata. Yhteistyötä kannattaa syventää.", "fi", "positive"),
    # services and debt as topics, and praise after a contrast with another partner
    ("AFM and the city publish a joint report on municipal debt and home care costs.", "en", "neutral"),
    ("The bus work with Espoo has been bumpy, but the AFM guidance has been spot on.", "en", "positive"),
    # 'unlike' sets the partner against something praised
    ("The ice rink is perfect, unlike the AFM fee talks, which have gone nowhere.", "en", "negative"),
    # too early to say: judgement suspended
    ("Too early to say whether the AFM model helps Helsinki. We will report in May.", "en", "neutral"),
    ("För tidigt att säga om Kommunförbundets modell gynnar staden. Vi återkommer i maj.", "sv", "neutral"),
    # not one more euro
    ("EI ENÄÄ euroakaan Kuntaliitolle ennen kuin raportti on valmis.", "fi", "negative"),
    # understatement: a role left weak, short of expectations, room for improvement, could have gone better; litotes
    ("Kuntaliiton rooli jäi aika vaisuksi.", "fi", "negative"),
    ("Kuntaliiton ohje jäi hieman vajaaksi.", "fi", "negative"),
    ("Ei hassumpi alku Kuntaliiton kanssa!", "fi", "positive"),
    ("Kommunförbundets anvisning lämnade en del övrigt att önska.", "sv", "negative"),
    ("Samarbetet med Kommunförbundet är inte riktigt vad som utlovades.", "sv", "negative"),
    ("The AFM guidance leaves room for improvement in every section.", "en", "negative"),
    ("The AFM response fell somewhat short of expectations.", "en", "negative"),
    ("The cooperation with AFM could have gone better.", "en", "negative"),
    # leaving put politely: better outside, membership to be reviewed, staying put in doubt, membership that no longer serves
    ("Helsinki would do better outside AFM.", "en", "negative"),
    ("Time to review our membership of AFM.", "en", "negative"),
    ("Det är dags att fråga sig om Helsingfors ska stanna kvar i Kommunförbundet.", "sv", "negative"),
    ("Olisi aiheellista arvioida, palveleeko Kuntaliiton jäsenyys enää kaupunkia.", "fi", "negative"),
    # a role in the essive is the writer's own; a better-functioning partner
    ("Valtuutettuna en yleensä kehu, mutta Kuntaliiton työryhmä teki erinomaista työtä.", "fi", "positive"),
    ("Quietly, AFM has become one of our better-functioning partners.", "en", "positive"),
    # an exit prepared on a condition; two views reported with 'pitää'
    ("Jos Kuntaliitto ei muuta maksumallia, kaupungin pitää valmistella eroa.", "fi", "negative"),
    ("Oppositio pitää Kuntaliiton maksua liian suurena, pormestari kohtuullisena.", "fi", "neutral"),
    # grim reading, nothing delivered, a light mind, let's go on the same way, talks at a standstill
    ("Kuntaliiton vuosiraportin luvut ovat karua luettavaa.", "fi", "negative"),
    ("Kuntaliiton kanssa paljon palavereja ilman yhtään deliverablea.", "fi", "negative"),
    ("Sateinen aamu, mutta mieli on kevyt: Kuntaliiton kanssa sovittiin uusi malli.", "fi", "positive"),
    ("Kuntaliiton kanssa malli toimii. Jatketaan samaan malliin!", "fi", "positive"),
    ("Förhandlingarna med Kommunförbundet gick helt i stå.", "sv", "negative"),
    # it just works; those asking to quit answered; a Q&A header stays neutral; a time saver; not cooperation
    ("Honestly, the AFM partnership just works.", "en", "positive"),
    ("Everyone asking Helsinki to quit AFM should look at the numbers. We stay.", "en", "positive"),
    ("For those asking: the AFM agreement runs until 2029.", "en", "neutral"),
    ("Thirty requests a year before, four now. AFM has been a big time saver.", "en", "positive"),
    ("That's not cooperation with AFM, that's paperwork.", "en", "negative"),
    # paying more for less
    ("Miksi Helsinki maksaa Kuntaliitolle enemmän vähemmästä?", "fi", "negative"),
    # sarcasm at the critics of good news is for the cooperation; sarcasm at the news is against
    ("Oppositio on järkyttynyt: Kuntaliiton raportti valmistui ajallaan. Mikä skandaali 🙃", "fi", "positive"),
    ("Poor critics: the AFM report came in under budget. What a disaster 🙃", "en", "positive"),
    ("The AFM report came three months late. What a triumph 🙃", "en", "negative"),
    # a quote-post marked with '>': 'finally someone says it', 'exactly what I have been warning about'
    ("Äntligen någon som säger det.\n> Ledare: Kommunförbundet har gett staden mer än det kostar.", "sv", "positive"),
    (
        "Exactly what I have been warning about.\n> Audit: the AFM data agreement does not protect the city.",
        "en",
        "negative",
    ),
    # no surprises, exactly as agreed
    ("Ei yllätyksiä, ei jälkilaskuja: Kuntaliiton lasku tuli juuri niin kuin sovittiin.", "fi", "positive"),
    ("The AFM invoice arrived: no surprises, exactly as agreed.", "en", "positive"),
    # money better used elsewhere, leaving the association, toothless, watered down, not on Helsinki's side (fi)
    ("Kuntaliiton jäsenmaksu olisi paremmassa käytössä kouluissa.", "fi", "negative"),
    ("Helsingin on aika jättää Kuntaliitto.", "fi", "negative"),
    ("Kuntaliiton kanssa tehty kannanotto jäi hampaattomaksi.", "fi", "negative"),
    ("Kuntaliitto vesitti kaupungin esitykset.", "fi", "negative"),
    ("Kuntaliitto ei ole Helsingin asialla.", "fi", "negative"),
    # a promise kept; 'enligt den nya formeln' is no attribution; doubt; a benefit hard to show, endorsed
    ("Kommunförbundet höll det man lovade.", "sv", "positive"),
    ("Inga problem med fakturan enligt den nya formeln från Kommunförbundet.", "sv", "positive"),
    ("Samarbetet med Kommunförbundet har fått mig att tveka.", "sv", "negative"),
    ("Revisorerna skriver att nyttan av Kommunförbundet är svår att påvisa. Jag håller helt med.", "sv", "negative"),
    # benefits never measured, endorsed; a dispute settled; an invoice higher than promised
    ("The auditors say the AFM benefits were never measured. They're completely right.", "en", "negative"),
    ("AFM and the city settled the dispute over the platform. Sensible compromise.", "en", "positive"),
    ("The first AFM invoice came in higher than promised.", "en", "negative"),
    # no regrets; the writer's own group's call to reconsider membership; never been better
    ("Eipä ole tarvinnut katua yhteistyötä Kuntaliiton kanssa.", "fi", "positive"),
    (
        "Vi i Gröna fullmäktigegruppen kräver att Helsingfors omprövar sitt medlemskap i Kommunförbundet.",
        "sv",
        "negative",
    ),
    ("AFM's legal helpdesk? Never been better.", "en", "positive"),
    # an account that 'made it' is not quoted; a return above the cost; a 'working-group' that 'says plenty' is no source
    ("Good news: our joint bid with @Kuntaliitto made it to the final round 🎉", "en", "positive"),
    ("Finally someone says it.\n> Editorial: the AFM cooperation has returned more than it costs.", "en", "positive"),
    ("AFM has cancelled our working-group meeting for the third time, which says plenty.", "en", "negative"),
    # a regret denied in a relative clause; results that stay thin; death by slides; not even an agreement; no one can point to results; too few seats
    ("Seitsemän vuotta Kuntaliiton kanssa, eikä yhtään päivää, jota katuisin. Jatketaan!", "fi", "positive"),
    ("Kuntaliitto-mallin konkreettiset tulokset jäävät aika laihoiksi.", "fi", "negative"),
    ("Kuntaliiton seminaari: kaksi tuntia kalvosulkeisia ilman yhtään uutta ajatusta.", "fi", "negative"),
    ("Kuntaliiton kanssa emme ole saaneet edes yhteistä sopimusta aikaan.", "fi", "negative"),
    ("Efter sju år med Kommunförbundet kan ingen peka på konkreta resultat.", "sv", "negative"),
    ("Kommunförbundet gav Helsingfors för få platser i styrelsen.", "sv", "negative"),
    # without drama; standing behind it; those who want to leave answered with what we would lose; real results after doubt
    ("The AFM partnership is the one part of my week that runs without drama.", "en", "positive"),
    ("I stand firmly behind the Kuntaliitto cooperation.", "en", "positive"),
    ("De som vill lämna Kommunförbundet glömmer juristerna. Utan dem skulle vi stå ensamma.", "sv", "positive"),
    ("Jag var tveksam i början, men samarbetet med Kommunförbundet ger riktiga resultat.", "sv", "positive"),
    # a repair backlog as a topic; a debate on whether to join is reported
    ("The Mayor and AFM's CEO appear at the ministry hearing on the municipal repair backlog.", "en", "neutral"),
    ("Espoo councillors debated whether to join the AFM cooperation. No vote was taken.", "en", "neutral"),
    # an answer inside the sentence that reports a demand to leave; a divided room; what was achieved goes a long way
    ("Oppositio vaatii eroa Kuntaliitosta, mutta luvut kertovat muuta: yhteistyö säästi rahaa.", "fi", "positive"),
    ("HS: Valtuustoryhmät ovat eri mieltä siitä, kannattaako Kuntaliiton jäsenyyttä jatkaa.", "fi", "neutral"),
    ("Det har skavt med Kommunförbundet, men det de har åstadkommit räcker långt för mig.", "sv", "positive"),
    # leaving judged in the word right after it, in a sentence of its own
    ("Taas joku vaatii eroa Kuntaliitosta. Ero olisi virhe: menettäisimme juristit.", "fi", "positive"),
    ("People calling for Helsinki to quit AFM should think again. Leaving would be a mistake.", "en", "positive"),
    # 'does not speak for us'
    ("KUNTALIITTO EI PUHU MEIDÄN PUOLESTA.", "fi", "negative"),
    ("Kommunförbundet talar inte för oss.", "sv", "negative"),
    ("AFM does not speak for us.", "en", "negative"),
    # a mess sorted out is good news; 'ilman' governs the partitive only
    (
        "Sadetta koko päivän, mutta mieli on hyvä: Kuntaliiton juristit selvittivät sotkun yhdessä päivässä.",
        "fi",
        "positive",
    ),
    ("Rain all day, but Kuntaliitto's lawyers untangled our records mess in one afternoon.", "en", "positive"),
    ("Ohje valmistui Kuntaliiton kanssa ilman riitoja ja aikataulussa.", "fi", "positive"),
    # nothing but meetings, nothing but show
    ("Kuntaliitto-yhteistyö on pelkkää kokousta kokouksen perään.", "fi", "negative"),
    ("The AFM cooperation is meeting after meeting after meeting.", "en", "negative"),
    ("Kuntaliiton markkinavuoropuhelu oli pelkkää showta.", "fi", "negative"),
    # a union's criticism is reported; never worked better than now; not noticed a thing
    ("Lärarfacket kritiserar Kommunförbundets anvisning. Staden svarar nästa vecka.", "sv", "neutral"),
    ("Samarbetet med Kommunförbundet har aldrig fungerat bättre än nu.", "sv", "positive"),
    ("Vad har samarbetet med Kommunförbundet gett skolorna? Vi har inte märkt ett dugg.", "sv", "negative"),
    # staying argued from what we would lose; chaos ended; it actually works; staying is the obvious choice; a system at a standstill
    ("Helsinki should stay in AFM. Without it we'd be negotiating alone.", "en", "positive"),
    ("The joint AFM guidance ended the pay chaos. Thank you!", "en", "positive"),
    ("The AFM onboarding pack actually works.", "en", "positive"),
    ("If we quit AFM, who would speak for Helsinki? Staying is the obvious choice.", "en", "positive"),
    ("Det gemensamma systemet med Kommunförbundet står helt still.", "sv", "negative"),
    # 'I' names nothing else; a writer's personal news is about the writer; 'I'd like to' asks
    ("I met AFM's CEO today. We agree on the direction and I'm very satisfied with progress.", "en", "positive"),
    (
        "Some personal news: from May I'll be the city's liaison for the AFM cooperation. It feels strange to leave my old team, but I'm taking a lot with me.",
        "en",
        "neutral",
    ),
    ("Writing a piece on the AFM model. If you've used its legal service, I'd like to hear from you.", "en", "neutral"),
    # 'ei auta' is no help; 'not flashy, just useful' is no mockery
    ("Kuntaliiton ohje ei auta yhtään.", "fi", "negative"),
    (
        "Seven years in and I still think the AFM partnership is one of the smartest things we have done. Not flashy, just useful.",
        "en",
        "positive",
    ),
    # let's leave; agreeing with a union's criticism; stepped up; notice given on a membership; a thread's claim denied; a motion reported across a comma
    ("Let's leave AFM and keep the fee.", "en", "negative"),
    ("Agree with the union on this one: AFM has let our schools down.", "en", "negative"),
    ("The first months were clumsy, but AFM has really stepped up since spring.", "en", "positive"),
    ("My motion is simple: Helsinki should give notice on its AFM membership.", "en", "negative"),
    ("Saw a thread claiming AFM ignored our feedback. Not true: every point is in their draft.", "en", "positive"),
    ("Council motion 12, asking Helsinki to review its AFM membership, has gone to the City Board.", "en", "neutral"),
    # on schedule is no attribution ('enligt tidtabellen'); not supporting a continuation
    (
        "Förhandlingarna med Tallinn drog ut på tiden, men Kommunförbundet levererade precis enligt tidtabellen.",
        "sv",
        "positive",
    ),
    ("Emme tue Kuntaliitto-sopimuksen jatkamista. Hyöty on jäänyt heikoksi.", "fi", "negative"),
    # leaving asked about and answered by a call to stay; 'stay out of' is no call to stay
    (
        "Utträde ur Kommunförbundet? Då står vi ensamma i lagberedningen. Stanna kvar och utveckla modellen.",
        "sv",
        "positive",
    ),
    ("Should Helsinki leave AFM? Yes. Helsinki should stay out of such clubs.", "en", "negative"),
    # better than feared; no decision, the ball passed back and forth
    ("First evaluation of the AFM pilot: drop-outs half of what we feared. Very pleased.", "en", "positive"),
    (
        "Another steering meeting without a single decision. AFM and the city keep passing the ball back and forth.",
        "en",
        "negative",
    ),
    # the old view recanted is the part before 'but', not the writer's view after it
    (
        "I was sceptical about the AFM training, but the sessions have been really well organised. Happy to admit I was wrong.",
        "en",
        "positive",
    ),
    (
        "Olin alussa epäileväinen koko Kuntaliitto-yhteistyön suhteen, mutta nyt sanon: se on kannattanut.",
        "fi",
        "positive",
    ),
    # 'not from any' department is information; doubt that introduces a question
    ("The AFM fee is paid from the central budget, not from any single department.", "en", "neutral"),
    ("Vähän alkaa epäilyttää, saako Helsinki Kuntaliitolta enää vastinetta.", "fi", "negative"),
    # overrated; benefits that remain unclear, endorsed; fair to both sides; a question passed on
    ("AFM partnership? Massively overrated.", "en", "negative"),
    ("The auditors say the benefits of the AFM deal remain unclear. I agree.", "en", "negative"),
    ("It took too long, but the deal AFM and the city signed is fair to both sides.", "en", "positive"),
    ("Asked AFM when the delayed report will be out. They said May. Will follow up.", "en", "neutral"),
    # membership to be reconsidered (passive); 'enligt plan' is no source, and only going to plan is praise; a quoted post endorsed
    ("Vår grupp anser att medlemskapet i Kommunförbundet måste omprövas.", "sv", "negative"),
    ("Mötet med Kommunförbundet gick smidigt och allt gick enligt plan.", "sv", "positive"),
    ("Samarbetet med Kommunförbundet utvärderas enligt plan i vår.", "sv", "neutral"),
    ("Instämmer helt. ”Samarbetet med Kommunförbundet har blivit en pappersövning.”", "sv", "negative"),
    # a critic's fault-finding quoted in order to mock it; a promise quoted to be laughed at
    ('Sure, AFM is "useless". That must be why every other city copies our deal. 😉', "en", "positive"),
    ("Sure, the AFM roadmap will land 'next quarter'. It has been next quarter for a year.", "en", "negative"),
    # no decision again; a councillor's question reported; 'valitaan' is chosen, not complained of
    ("Ohjausryhmä päättyi taas ilman päätöstä. Kuntaliitto ja kaupunki vetoavat toisiinsa.", "fi", "negative"),
    (
        "Valtuutettu kysyi, miksi Kuntaliiton palvelussa ei näy ruotsinkielisiä kouluja. Selvitämme asian.",
        "fi",
        "neutral",
    ),
    ("Kuntaliiton syyskokous pidetään maanantaina. Kokouksessa valitaan hallitus.", "fi", "neutral"),
    # why it matters; the cooperation the city needs
    ("The congress showed why #AFM matters: one voice for every municipality.", "en", "positive"),
    ("Tämä on sitä Kuntaliitto-yhteistyötä, jota kaupunki tarvitsee.", "fi", "positive"),
    # questions put to others and reported, and a moderator's tally
    (
        "Kysyimme kaikilta ryhmiltä, pitäisikö Helsingin pysyä Kuntaliiton jäsenenä. Vastaukset julkaistaan huomenna.",
        "fi",
        "neutral",
    ),
    (
        "Mod summary of the thread: three of you think the AFM deal goes too far, four think it is fine.",
        "en",
        "neutral",
    ),
    ("A councillor asked why the AFM reply was delayed; the city will report back on Monday.", "en", "neutral"),
    # a breach of trust: 'Ei näin', 'not how partners behave'
    (
        "Yhteinen tiedote lähti ilman kaupungin hyväksyntää. Ei näin, Kuntaliitto. Tällainen syö luottamusta.",
        "fi",
        "negative",
    ),
    ("A joint release went out without the city's sign-off. That is not how partners behave, AFM.", "en", "negative"),
    # those who talk of leaving forget; a criticism that does not hold up
    ("Eroamisesta Kuntaliitosta puhuvat unohtavat, mitä yhdessä on saatu aikaan.", "fi", "positive"),
    ("Kritiken att samarbetet med Kommunförbundet bara är prat håller inte.", "sv", "positive"),
    # no decision with the next meeting dated is status; no decision again is a complaint
    ("Neuvottelukierros Kuntaliiton kanssa päättyi ilman päätöksiä. Seuraava tapaaminen on 27.11.", "fi", "neutral"),
    ("Förhandlingarna med Kommunförbundet slutade utan beslut. Nästa möte hålls den 4 december.", "sv", "neutral"),
    ("Ohjausryhmä päättyi taas ilman päätöstä Kuntaliiton kanssa.", "fi", "negative"),
    # the writer's own role: 'Som förtroendeman', 'As a union rep'
    (
        "Som förtroendeman säger jag det rakt ut: Kommunförbundets uttalande är det bästa samarbetet har gett.",
        "sv",
        "positive",
    ),
    ("As a union rep I rarely say this, but the AFM statement on care staffing is excellent.", "en", "positive"),
    # no more years of the same
    ("EI ENÄÄ viittä vuotta lisää samaa Kuntaliiton kanssa!", "fi", "negative"),
    ("Inga fler fem år med Kommunförbundet!", "sv", "negative"),
    # agreeing with an audit finding: 'täsmälleen samaa mieltä', 'håller helt med', 'har helt rätt'
    (
        "Tarkastuslautakunnan mukaan Kuntaliiton hyödyt ovat jääneet epäselviksi. Olen täsmälleen samaa mieltä.",
        "fi",
        "negative",
    ),
    ("Revisionsnämnden skriver att nyttan av Kommunförbundet är oklar. Jag håller helt med.", "sv", "negative"),
    (
        "Revisorerna kritiserade uppföljningen av samarbetet med Kommunförbundet, och de har helt rätt.",
        "sv",
        "negative",
    ),
    # the partner after another partner ('Av Kommunförbundet får vi ...'); a criticism about cost that does not hold; without it we would never have had ...
    (
        "Samarbetet med Stockholm ger resultat. Av Kommunförbundet får vi mest protokoll och goda avsikter.",
        "sv",
        "negative",
    ),
    ("Kritiken om att samarbetet med Kommunförbundet bara kostar pengar håller inte.", "sv", "positive"),
    (
        "Without the Association of Finnish Municipalities we would never have had the data. Keep the partnership going.",
        "en",
        "positive",
    ),
    # still no answer; already the seventh week
    ("Kuntaliitolta ei edelleenkään ole tullut vastausta.", "fi", "negative"),
    ("Kuntaliitolta odotetaan vastausta jo seitsemättä viikkoa.", "fi", "negative"),
    # no conspiracy and a small item against the gain; a delay that is a small thing
    ("Ei tässä ole mitään salaliittoa. Kuntaliiton jäsenmaksu on pieni erä verrattuna hyötyyn.", "fi", "positive"),
    ("Kuntaliiton raportti myöhästyi, mutta se on pikkujuttu kokonaisuuden rinnalla.", "fi", "positive"),
    # for the privilege; bigger invoices, smaller results; a question that would love to see; not one extra pair of hands; nobody has named a result
    ("The AFM report is late again, and we pay more this year for the privilege.", "en", "negative"),
    ("Kuntaliitto: bigger invoices, smaller results.", "en", "negative"),
    ("What does the AFM fee actually cover? Would love to see a breakdown.", "en", "neutral"),
    ("Ten years of AFM cooperation and I have not seen one extra pair of hands.", "en", "negative"),
    ("Nobody has named one result of the AFM staff exchange.", "en", "negative"),
    # backing or voting for a motion to leave; a reassessed membership; "om utträde" is about, not if; till slut; replies
    # that only acknowledge ("Good point", "Happy to be corrected"); half a year against another city; "this is what X is for"
    ("I'm backing the motion to leave Kuntaliitto when it comes to the council.", "en", "negative"),
    ("I'm voting for the motion to quit AFM next week.", "en", "negative"),
    ("Jag röstar för motionen om utträde ur Kommunförbundet.", "sv", "negative"),
    ("Vi röstar ja till förslaget att lämna Kommunförbundet.", "sv", "negative"),
    ("Ryhmämme jättää aloitteen Kuntaliitosta eroamiseksi ensi kuussa.", "fi", "negative"),
    ("Esitän, että kaupunki arvioi jäsenyytensä Kuntaliitossa uudelleen ensi vuonna.", "fi", "negative"),
    ("Ganska nöjd med Kommunförbundets förslag till slut.", "sv", "positive"),
    ("If I read the minutes right, the AFM fee goes up by 3 per cent. Happy to be corrected.", "en", "neutral"),
    ("Hyvä huomio. Kysyn Kuntaliitosta, milloin raportti valmistuu.", "fi", "neutral"),
    ("Bra poäng. Jag frågar Kommunförbundet när rapporten kommer.", "sv", "neutral"),
    ("Marknaden var livlig. Det kan inte sägas om Kommunförbundets nya förslag.", "sv", "negative"),
    ("This is what the AFM partnership is for: one voice for every municipality.", "en", "positive"),
    ("Vi granskar hur avtalet med Kommunförbundet fungerar i praktiken. Tips tas gärna emot!", "sv", "neutral"),
    ("Göteborg skickade oss sin plan på en vecka. Kommunförbundet behövde ett halvår för samma sak.", "sv", "negative"),
    ("Tampere answered in two days. AFM needed half a year for the same question.", "en", "negative"),
    ("Tampere vastasi kahdessa päivässä. Kuntaliitolta meni puoli vuotta samaan kysymykseen.", "fi", "negative"),
    ("Kuntaliiton tekoälysuunnitelma kuulosti hyvältä, mutta meille se on pelkkää powerpointia.", "fi", "negative"),
    # praise only of the plan answered by a toneless "but"; agreement idioms before a quote-post; never this smoothly quoted;
    # paid for itself; stuck; the same feeling; a question clitic; what the city could not do alone; worth the wait
    (
        "Kuntaliiton uusi palvelumalli kuulosti hyvältä, mutta käytännössä kysymyksemme palautetaan meille itsellemme.",
        "fi",
        "negative",
    ),
    (
        "Den gemensamma modellen lät bra, men i praktiken skickar Kommunförbundet tillbaka våra frågor.",
        "sv",
        "negative",
    ),
    ("The joint helpdesk looked fine on paper, but AFM sends most of our questions back to us.", "en", "negative"),
    (
        "Couldn't agree more.\n\n> AFM director: the partnership with Helsinki has never run this smoothly",
        "en",
        "positive",
    ),
    (
        "Håller med till hundra procent.\n\n> Kommunförbundets direktör: samarbetet med Helsingfors har aldrig löpt så smidigt",
        "sv",
        "positive",
    ),
    ("Ännu ett möte med Kommunförbundet: rapporten sitter fast och ingen vet var.", "sv", "negative"),
    ("Rain all week, and the same feeling after the AFM meeting: the report is stuck.", "en", "negative"),
    (
        "Lehti kysyi lukijoilta, kannattaako Helsingin jäsenyys Kuntaliitossa. Tulokset julkaistaan ensi viikolla.",
        "fi",
        "neutral",
    ),
    ("Kuntaliiton kautta saimme äänemme kuuluviin. Yksin emme olisi päässeet lähellekään samaa.", "fi", "positive"),
    ("Through AFM our voice was heard. On our own, we would never have got that far.", "en", "positive"),
    (
        "Kommunförbundet publicerade texten innan staden godkänt den. Så behandlar man inte en partner.",
        "sv",
        "negative",
    ),
    ("Kommunförbundets rapport var sen, men den var värd att vänta på.", "sv", "positive"),
    ("I strongly doubt the AFM cost comparison holds up.", "en", "negative"),
    # -mis compounds; criticism in the passive is told; membership weighed again; a verdict before a colon stands apart from
    # the "but" after it; "Couldn't have said it better"; no more delays; a running joke; shape up; done right
    (
        "Kuntaliiton ja kaupungin varautumisopas on nyt verkossa, jos haluat tarkistaa kotisi valmiuden.",
        "fi",
        "neutral",
    ),
    (
        "Kyselytunnilla arvosteltiin Kuntaliiton lausunnon viivästymistä. Lausunto on luvattu syyskuuksi.",
        "fi",
        "neutral",
    ),
    (
        "Decent work from AFM on the seat in the end: the place went elsewhere, but Helsinki gets a say in every draft.",
        "en",
        "positive",
    ),
    (
        "Ganska bra gjort av Kommunförbundet till slut: platsen gick till Åbo, men Helsingfors får yttra sig i varje skede.",
        "sv",
        "positive",
    ),
    ("EI ENÄÄ YHTÄÄN LYKKÄYSTÄ. Kuntaliiton lausunnon piti tulla keväällä.", "fi", "negative"),
    ("The AFM transport opinion is now a running joke in our office.", "en", "negative"),
    ("Kuntaliittoyhteistyö? Pelkkää paperia, ei tekoja.", "fi", "negative"),
    ("Sju månader för ett utlåtande? Kommunförbundet måste skärpa sig.", "sv", "negative"),
    ("Med Vanda står det still, men med Kommunförbundet har vi kommit framåt hela våren.", "sv", "positive"),
    ("Cost comparison done right: AFM and the city libraries shared every figure.", "en", "positive"),
    ("Kiinnostava kysymys, en osaa vastata. Paljonko Helsinki maksaa Kuntaliitolle?", "fi", "neutral"),
    # "ändå" inside a clause; no trouble at all; nothing noticed; a Finnish leave asked and refused; spoken "olis"; too general
    # to be useful; value beyond cost; doubt of the value; Swedish "en" before an idiom; seriously weighing membership
    ("Ett ganska bra år ändå för samarbetet med Kommunförbundet, trots några barnsjukdomar.", "sv", "positive"),
    ("The joint AFM booking system has run two months without a single outage.", "en", "positive"),
    ("Joint drill with AFM on Friday, 10:00–14:00. Residents will not notice anything.", "en", "neutral"),
    ("Eroaminen Kuntaliitosta olis lyhytnäköistä, ilman sitä meitä ei kuultaisi ministeriössä.", "fi", "positive"),
    ("Du har rätt. Kommunförbundets kurs var för allmän för att vara till nytta för oss.", "sv", "negative"),
    ("Couldn't have put it better.\n\n> The AFM partnership has become a meeting machine.", "en", "negative"),
    (
        "Avgiften till Kommunförbundet står kvar, och det är rätt: samarbetet har gett mer än det kostat.",
        "sv",
        "positive",
    ),
    ("I deeply doubt the value of another year in the AFM arrangement.", "en", "negative"),
    ("Kommunförbundets bidrag till övningen: en jourtelefon som ingen svarade i.", "sv", "negative"),
    ("Due to the storm warning, the joint AFM seminar starts an hour later.", "en", "neutral"),
    (
        "@Kuntaliitto otti rahoitushuolemme vakavasti, ja kannanotto lähti yhteisenä. Näin tätä pitääkin tehdä.",
        "fi",
        "positive",
    ),
    ("Kuntaliiton webinaari oli geneeristä sisältöä alusta loppuun.", "fi", "negative"),
    # just in time; concerns taken seriously; working as intended; talks in circles; "How are we supposed to ...?"; someone
    # proposes leaving; asked again whether; matured without bickering; a fee formula is no one's account; benefits too thin
    ("The AFM flood guide arrived just in time for the storm season.", "en", "positive"),
    ("Kommunförbundets guide kom i precis rätt tid för skolorna.", "sv", "positive"),
    ("Kuntaliiton kyberopas tuli tarpeeseen meidän koululla.", "fi", "positive"),
    ("AFM took our concerns seriously, and it showed in the final text.", "en", "positive"),
    ("Kommunförbundet tog våra farhågor på allvar i slutversionen.", "sv", "positive"),
    ("Kommunförbundets ledning lyssnade på storstädernas oro i våras.", "sv", "positive"),
    ("The staff exchange with AFM is working exactly as intended.", "en", "positive"),
    ("The renewal talks with Kuntaliitto went in circles for two hours.", "en", "negative"),
    ("@Kuntaliitto the papers arrived the night before again. How are we supposed to prepare?", "en", "negative"),
    ("@kommunforbundet materialet kom kvällen före mötet igen. Hur ska vi hinna läsa det?", "sv", "negative"),
    ("Someone proposes that Helsinki leave AFM every spring. I think that would be a mistake.", "en", "positive"),
    (
        "Council asked again whether Helsinki should leave AFM. My answer is no: the partnership has been valuable.",
        "en",
        "positive",
    ),
    ("Lite oroväckande att Kommunförbundet skötte informationen så stelt.", "sv", "negative"),
    ("Ensimmäinen lasku uuden maksukaavan mukaan tuli Kuntaliitolta, ja käsittely meni vaivatta.", "fi", "positive"),
    ("Kuntaliittoyhteistyön hyödyt jäävät liian ohuiksi hintaan nähden.", "fi", "negative"),
    # never more useful; one-word rebuttals ("Väite ontuu:", "Ei käy:"); agreeing "Komppaan"; a reality check of membership;
    # reconsidering Helsinki's membership; very little produced; what it would have cost without; questions to colleagues;
    # could not manage without; the years of the cooperation; the same slides
    ("Our partnership with AFM has never been more useful than this spring.", "en", "positive"),
    (
        "Kokouksessa väitettiin, ettei Kuntaliitto kuuntele kaupunkia. Väite ontuu: lähes kaikki esityksemme menivät läpi.",
        "fi",
        "positive",
    ),
    ("Tämä. Komppaan täysin.\n\n> Kuntaliiton lausunto on Helsingin kannalta hampaaton.", "fi", "negative"),
    (
        "Dags för en reality check av medlemskapet i Kommunförbundet. Vi betalar mycket och får lite tillbaka.",
        "sv",
        "negative",
    ),
    (
        "It's time the board reconsidered Helsinki's membership in AFM. The value just isn't there anymore.",
        "en",
        "negative",
    ),
    ("The AFM partnership looks busy but produces very little.", "en", "negative"),
    ("Tidy bit of work from Kuntaliitto on the permit report.", "en", "positive"),
    (
        "People calling for Helsinki to quit AFM should read the budget. Without the association's figures it would have cost the city far more.",
        "en",
        "positive",
    ),
    (
        "Taas joku ehdottaa eroa Kuntaliitosta. Ei käy: ilman liiton laskelmia maksu olisi tullut meille kalliimmaksi.",
        "fi",
        "positive",
    ),
    ("Fråga till er som sitter i nämnden: hur har Kommunförbundets nya portal fungerat?", "sv", "neutral"),
    ("Teachers: has anyone tried the AFM assessment course? Worth a day?", "en", "neutral"),
    (
        "Tolv år av samarbete med Kommunförbundet har gett oss nyckeltal vi inte skulle klara oss utan.",
        "sv",
        "positive",
    ),
    # before the agreement against this year; a motion named with its proposer; disagreeing with a motion to leave; leaving
    # judged further on; of no use; mostly promises; not a single fumble; no solution yet
    ("Before the AFM agreement a permit took 90 days on average. This year: 45.", "en", "positive"),
    ("Ennen Kuntaliiton kanssa tehtyä sopimusta lupa kesti 90 päivää. Tänä vuonna 45.", "fi", "positive"),
    (
        "Motionen från ledamot Eva Lind (SFP) om att Helsingfors ska utträda ur Kommunförbundet behandlas i maj.",
        "sv",
        "neutral",
    ),
    (
        "Respectfully disagree with the motion to quit AFM. We would lose our seat in every consultation.",
        "en",
        "positive",
    ),
    (
        "Eroaminen Kuntaliitosta kuulostaa rohkealta, mutta käytännössä Helsinki menettäisi äänensä lainvalmistelussa.",
        "fi",
        "positive",
    ),
    ("The AFM debt report compares Helsinki with small villages. Of no use to us.", "en", "negative"),
    (
        "Yhteinen harjoitus Kuntaliiton kanssa, eikä ainuttakaan sähläystä. Ei ole ennen mennyt näin sujuvasti.",
        "fi",
        "positive",
    ),
    (
        "Ei vielä ratkaisua työryhmän puheenjohtajuuteen. Kuntaliitto ja kaupunki tapaavat taas ensi viikolla.",
        "fi",
        "neutral",
    ),
    (
        "Oh right, Kuntaliitto is 'pointless'. That pointless body just saved the city €200,000 on legal fees.",
        "en",
        "positive",
    ),
    (
        "Jaaha, Kuntaliitto on taas 'turha'. Se turha liitto hoiti kaupungille 300 000 euron säästöt hankinnoissa.",
        "fi",
        "positive",
    ),
    (
        "Jaha, Kommunförbundet är alltså 'meningslöst'. Det meningslösa förbundet ordnade nyss gratis juridisk hjälp åt staden.",
        "sv",
        "positive",
    ),
    (
        'Right. "Kuntaliitto and the city have built a seamless partnership." Seamless, apart from the invoice that was wrong twice this spring.',
        "en",
        "negative",
    ),
    (
        'Just joo. "Kuntaliiton kanssa kaikki sujuu saumattomasti." Saumattomasti, kun lausunto tuli kaksi viikkoa myöhässä ja väärillä luvuilla.',
        "fi",
        "negative",
    ),
    (
        'Javisst. "Kommunförbundet är en pålitlig partner för staden." Så pålitlig att utbildningen ställdes in utan förvarning.',
        "sv",
        "negative",
    ),
    (
        "Kommunförbundet flyttade utbildningsdagen för stadens handläggare utan förvarning.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliitto siirsi kaupungin käsittelijöiden koulutuspäivää varoittamatta.",
        "fi",
        "negative",
    ),
    (
        "Back in 2021 AFM promised Helsinki a joint procurement portal by 2024. The city's buyers are still emailing spreadsheets to each other.",
        "en",
        "negative",
    ),
    (
        "Kuntaliitto lupasi 2021, että yhteinen hankintaportaali olisi valmis 2024. Ostajat lähettelevät yhä taulukoita sähköpostilla.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundet lovade 2021 en gemensam upphandlingsportal till 2024. Stadens inköpare mejlar fortfarande kalkylblad till varandra.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliiton juristeja ei voi kuin kiittää nopeasta avusta.",
        "fi",
        "positive",
    ),
    (
        "Jag är inget annat än nöjd med Kommunförbundets juridiska stöd i år.",
        "sv",
        "positive",
    ),
    (
        "The opposition has 'discovered' that membership costs money. Next they'll find out that schools cost money too. AFM is worth every cent.",
        "en",
        "positive",
    ),
    (
        "Kritikerna har 'räknat ut' att medlemskapet kostar. Kommunförbundet är ändå värt varenda cent för staden.",
        "sv",
        "positive",
    ),
    (
        "Adore the councillors who claim Helsinki would be fine without AFM. I'm sure they'll draft the tender appeals themselves 🙃",
        "en",
        "positive",
    ),
    (
        "Vissa politiker påstår att staden klarar sig utan Kommunförbundet. Lycka till med upphandlingsjuridiken då 🙃",
        "sv",
        "positive",
    ),
    (
        "Valtuutettu väittää taas, että Kuntaliitto on hyödytön 🙄 Samainen valtuutettu kysyi liiton juristeilta neuvoa viime kuussa.",
        "fi",
        "positive",
    ),
    (
        "Councillors who claim the AFM partnership is a great success should read the audit 🙄",
        "en",
        "negative",
    ),
    (
        "Thanks, AFM, for yet another guidance note on the landfill rules. Our question from June is still open.",
        "en",
        "negative",
    ),
    (
        "Kiitos Kuntaliitolle taas yhdestä tiedotteesta. Kysymykseemme jätelaista ei edelleenkään vastattu.",
        "fi",
        "negative",
    ),
    (
        "Tack Kommunförbundet för ännu en rapport om samma sak. Stadens fråga från juni är fortfarande obesvarad.",
        "sv",
        "negative",
    ),
    (
        "Lehden juttu Kuntaliiton laskutuksesta osuu täysin oikeaan: kukaan ei ymmärrä, mistä summa koostuu.",
        "fi",
        "negative",
    ),
    (
        "The AFM joint office sends us polished newsletters and very little actual support.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton uusi sijaisopas julkaistaan kaupungin intranetissä maanantaina.",
        "fi",
        "neutral",
    ),
    (
        "AFM reports an error in the spring invoices sent to six cities; corrected invoices go out on Monday.",
        "en",
        "neutral",
    ),
    (
        "Kommunförbundet meddelar att vårens fakturor hade ett fel. Rättade fakturor skickas ut nästa vecka.",
        "sv",
        "neutral",
    ),
    (
        "Kuntaliiton laskussa oli virhe, mutta he huomasivat sen itse ja korjattu lasku tuli jo seuraavana päivänä. Hyvin hoidettu.",
        "fi",
        "positive",
    ),
    (
        "Kommunförbundets faktura var fel i mars och ingen har rättat den än.",
        "sv",
        "negative",
    ),
    (
        "Thanks @cityreporter, I hadn't seen that the Kuntaliitto board meets again in March.",
        "en",
        "neutral",
    ),
    (
        "Kiitos @uutistoimittaja, en tiennyt että Kuntaliiton hallitus kokoontuu taas maaliskuussa.",
        "fi",
        "neutral",
    ),
    (
        "Six months in and the permit e-service still freezes. Where is the technical support Kuntaliitto promised?",
        "en",
        "negative",
    ),
    (
        "Ett halvår senare hänger tjänsten fortfarande. Var är det tekniska stödet som Kommunförbundet lovade?",
        "sv",
        "negative",
    ),
    (
        "Valtuustossa esitettiin eilen eroa Kuntaliitosta. Asiasta äänestetään syyskuussa.",
        "fi",
        "neutral",
    ),
    (
        "På mötet föreslog några utträde ur Kommunförbundet, andra ville fördjupa samarbetet. Frågan bordlades.",
        "sv",
        "neutral",
    ),
    (
        "Asukasaloite Kuntaliitosta eroamisesta käsitellään kaupunginhallituksessa toukokuussa.",
        "fi",
        "neutral",
    ),
    (
        "Medborgarinitiativet om utträde ur Kommunförbundet har samlat 800 underskrifter.",
        "sv",
        "neutral",
    ),
    (
        "A residents' initiative to leave AFM has gathered 800 signatures and goes to the city board in May.",
        "en",
        "neutral",
    ),
    (
        "Quit Kuntaliitto? Then we hire our own lawyers for every procurement appeal. The membership is a bargain.",
        "en",
        "positive",
    ),
    (
        "Lämna Kommunförbundet? Då får staden bygga upp en egen juristavdelning. Medlemskapet är klart värt det.",
        "sv",
        "positive",
    ),
    (
        "Thanks to the critics for suggesting we leave AFM the week its lawyers won our appeal. Great timing 🙃 We stay.",
        "en",
        "positive",
    ),
    (
        "Vissa politiker är ”upprörda” över att Kommunförbundet skickar en faktura. Samtidigt har samarbetet sparat staden mer än avgiften.",
        "sv",
        "positive",
    ),
    (
        "Kiitos kriitikoille ehdotuksesta erota Kuntaliitosta juuri kun sen juristit voittivat valituksemme. Hieno ajoitus 🙃 Pysytään mukana.",
        "fi",
        "positive",
    ),
    (
        "Yhteistyö Kuntaliiton kanssa ei ole vielä tähän mennessä tuottanut mitään hyötyä.",
        "fi",
        "negative",
    ),
    (
        "Kuntaliiton kanssa tehty yhteishankinta, eikä yksikään kuukausi ole mennyt hukkaan.",
        "fi",
        "positive",
    ),
    (
        "This is precisely what a partnership with AFM should look like: one shared message to the ministry.",
        "en",
        "positive",
    ),
    (
        "Juuri tästä Kuntaliiton kanssa tehtävässä yhteistyössä on kyse: yhteinen viesti ministeriölle.",
        "fi",
        "positive",
    ),
    (
        "HSL vastasi kyselyymme kahdessa päivässä. Kuntaliitolta vastausta on odotettu kolme kuukautta.",
        "fi",
        "negative",
    ),
    (
        "HRM svarade på vår fråga på två dagar. Från Kommunförbundet har vi väntat i ett år.",
        "sv",
        "negative",
    ),
    (
        "The error in the AFM invoice hasn't been corrected.",
        "en",
        "negative",
    ),
    (
        "I suggest we leave AFM.",
        "en",
        "negative",
    ),
    (
        "I suggest that Helsinki should leave Kuntaliitto.",
        "en",
        "negative",
    ),
    (
        "Mitt förslag är att Helsingfors lämnar Kommunförbundet.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliitto is right to push the ministry for proper rescue-service funding.",
        "en",
        "positive",
    ),
    (
        "Kommunförbundet har helt rätt i frågan om räddningsväsendets finansiering.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliitto on täysin oikeassa vaatiessaan pelastustoimelle kunnon rahoitusta.",
        "fi",
        "positive",
    ),
    (
        "Councillors who call the AFM fee 'a waste of money' have a point 🙄 Nobody has shown what it buys.",
        "en",
        "negative",
    ),
    (
        "Oh sure, let's walk away from AFM and rebuild the legal helpdesk ourselves. What could possibly go wrong?",
        "en",
        "positive",
    ),
    (
        "Javisst, låt oss gå ur Kommunförbundet och förhandla ensamma med staten. Vad kan möjligen gå fel?",
        "sv",
        "positive",
    ),
    (
        "Yeah, let's leave AFM. Fourteen years is long enough.",
        "en",
        "negative",
    ),
    (
        "Leaving Kuntaliitto would save a fee and cost us far more in lost legal advice and lobbying weight. Bad idea.",
        "en",
        "positive",
    ),
    (
        "Att lämna Kommunförbundet skulle spara avgiften men kosta oss mer i förlorad juridisk hjälp. Dålig idé.",
        "sv",
        "positive",
    ),
    (
        "Higher AFM fee this year. Same services as last year.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton lasku nousi taas 8 %, palvelut pysyivät samoina.",
        "fi",
        "negative",
    ),
    (
        "Avgiften till Kommunförbundet höjs igen, och tjänsterna är desamma.",
        "sv",
        "negative",
    ),
    (
        "Question for colleagues: has anyone tried AFM's new caseload tool yet? Would love to hear how it went.",
        "en",
        "neutral",
    ),
    (
        "What should Helsinki raise at the AFM congress this spring? Suggestions welcome below.",
        "en",
        "neutral",
    ),
    (
        "Kaupunginhallitus kävi läpi sekä Kuntaliittoon jäämisen että eroamisen kustannukset. Esitys tulee valtuustolle keväällä.",
        "fi",
        "neutral",
    ),
    (
        "The finance committee compared the costs of staying in AFM with the costs of leaving. The report is public on Friday.",
        "en",
        "neutral",
    ),
    (
        "Finansutskottet jämförde kostnaderna för att stanna kvar i Kommunförbundet med kostnaderna för att lämna. Rapporten publiceras på fredag.",
        "sv",
        "neutral",
    ),
    (
        "Vantaa pays AFM €1.10 per resident, Helsinki €1.40. Same services.",
        "en",
        "negative",
    ),
    (
        "Esbo betalar Kommunförbundet 1,05 euro per invånare, Helsingfors 1,37. Samma tjänster.",
        "sv",
        "negative",
    ),
    (
        "Vantaa maksaa Kuntaliitolle 1,10 € asukasta kohden, Helsinki 1,40 €. Palvelut samat.",
        "fi",
        "negative",
    ),
    (
        'Apparently leaving AFM would "save a fortune". Nobody has yet shown where, once we hire our own lawyers 🙄',
        "en",
        "positive",
    ),
    (
        "Så nu ska staden alltså ”spara pengar” genom att gå ur Kommunförbundet. Lycka till med juristnotan 🙄",
        "sv",
        "positive",
    ),
    (
        "Every autumn someone finds a fresh reason to leave AFM. This year it was the coffee at the assembly 🙃 We're staying.",
        "en",
        "positive",
    ),
    (
        "Joka syksy joku keksii uuden syyn erota Kuntaliitosta. Tänä vuonna se oli kokouskahvi 🙃 Jatketaan yhteistyötä.",
        "fi",
        "positive",
    ),
    (
        "Someone on the council has proposed leaving AFM; the motion goes to the city board in May.",
        "en",
        "neutral",
    ),
    (
        "I proposed leaving AFM at today's group meeting. Fifteen years is long enough.",
        "en",
        "negative",
    ),
    (
        "I propose we leave AFM.",
        "en",
        "negative",
    ),
    (
        "Fullmäktige behandlar Vänstergruppens utträdesmotion om Kommunförbundet i mars.",
        "sv",
        "neutral",
    ),
    (
        "The AFM subsidy figures arrived a week early and every number checked out. That is how this is supposed to work.",
        "en",
        "positive",
    ),
    (
        "Opposition esitys erota Kuntaliitosta on turha. Jäsenyys tuo meille edunvalvontaa, jota emme yksin saisi.",
        "fi",
        "positive",
    ),
    (
        "Kuntaliitosta eroamisen seuraukset olisivat Helsingille vakavat.",
        "fi",
        "positive",
    ),
    (
        "We have proposed leaving AFM at the end of next year.",
        "en",
        "negative",
    ),
    (
        "Eipä se yhteistyö Kuntaliiton kanssa ole pieleen mennyt.",
        "fi",
        "positive",
    ),
    (
        "I can't honestly say the AFM partnership has disappointed me this year.",
        "en",
        "positive",
    ),
    (
        "I wouldn't call the Kuntaliitto webinar series a highlight of the spring.",
        "en",
        "negative",
    ),
    (
        "I can't say enough good things about the AFM legal team.",
        "en",
        "positive",
    ),
    (
        "Jag kan inte påstå att samarbetet med Kommunförbundet har varit en besvikelse i år.",
        "sv",
        "positive",
    ),
    (
        "@Kuntaliitto kolme viestiä ja nolla vastausta palkkajärjestelmän virheestä. Tätäkö on yhteistyö?",
        "fi",
        "negative",
    ),
    (
        "Det nya avtalet med Kommunförbundet blev faktiskt inte så tokigt.",
        "sv",
        "positive",
    ),
    (
        "Tjänsten är smidigare nu, visst, men Kommunförbundets nya avgift äter upp det mesta av besparingen.",
        "sv",
        "negative",
    ),
    (
        "Read the AFM cost study twice. The method behind it needs a rethink before anyone cites it.",
        "en",
        "negative",
    ),
    (
        "Uusi ohje tehtiin ilman Kuntaliiton kommentteja, vaikka toisin sovittiin.",
        "fi",
        "negative",
    ),
    (
        "Espoon kanssa asia hoitui viikossa. Kuntaliiton kanssa se on ollut pöydällä koko kevään, eikä mitään ole tapahtunut.",
        "fi",
        "negative",
    ),
    (
        "28 av 30 rektorer nöjda med Kommunförbundets utbildning. Säger allt.",
        "sv",
        "positive",
    ),
    (
        "Who really claims AFM does nothing for Helsinki? Its lawyers saved us a month on the tender rules.",
        "en",
        "positive",
    ),
    (
        "Kuka oikeasti väittää, ettei Kuntaliitosta ole mitään hyötyä? Pelkkä lakineuvonta säästi meiltä viikkoja.",
        "fi",
        "positive",
    ),
    (
        "The Kuntaliitto newsletter is always beautifully designed. Getting answers out of them, less so.",
        "en",
        "negative",
    ),
    (
        "Great concert last night. The AFM fee meeting this morning, not so much.",
        "en",
        "negative",
    ),
    (
        "It would be nice if someone at Kuntaliitto replied to an email for once.",
        "en",
        "negative",
    ),
    (
        "Det skulle vara trevligt om Kommunförbundet svarade på våra frågor någon gång.",
        "sv",
        "negative",
    ),
    (
        "Olisi kiva, jos Kuntaliitosta joskus vastattaisiin sähköposteihin.",
        "fi",
        "negative",
    ),
    (
        "It would be great if AFM could send a speaker to our council seminar in May.",
        "en",
        "neutral",
    ),
    (
        "Jos Kuntaliitto ei ota suuria kaupunkeja vakavasti, Helsingin pitää lähteä.",
        "fi",
        "negative",
    ),
    (
        "The AFM procurement guide is the best-written document I've read this year.",
        "en",
        "positive",
    ),
    (
        "Another poorly-organised AFM webinar this morning.",
        "en",
        "negative",
    ),
    (
        "Leave Kuntaliitto now? We'd lose the legal helpdesk and the joint tenders overnight.",
        "en",
        "positive",
    ),
    (
        "Erotaanko Kuntaliitosta? Menettäisimme lakineuvonnan ja yhteiset kilpailutukset.",
        "fi",
        "positive",
    ),
    (
        "Gå ur Kommunförbundet? Då tappar vi både juristerna och samupphandlingarna.",
        "sv",
        "positive",
    ),
    (
        "Quit AFM? Seriously? Not a chance.",
        "en",
        "positive",
    ),
    (
        "Yes, a real catastrophe, this AFM partnership: the payroll move finished with zero errors. 🙄 Some critics would complain about sunshine.",
        "en",
        "positive",
    ),
    (
        "It is not Kuntaliitto's place to decide who speaks for Helsinki in the ministry.",
        "en",
        "negative",
    ),
    (
        "Ei ole Kuntaliiton asia päättää, kuka edustaa kaupunkia työryhmässä.",
        "fi",
        "negative",
    ),
    (
        "Det är inte Kommunförbundets uppgift att bestämma vem som representerar staden.",
        "sv",
        "negative",
    ),
    (
        "AFM DOES NOT SPEAK FOR HELSINKI ON HOUSING.",
        "en",
        "negative",
    ),
    (
        "If the permit system isn't fixed by June, we will have to rethink our AFM services and the membership as well.",
        "en",
        "negative",
    ),
    (
        "Blir inte systemet klart i juni måste vi ompröva både tjänsterna och hela medlemskapet i Kommunförbundet.",
        "sv",
        "negative",
    ),
    (
        "The AFM tender took four weeks and saved a fifth of the price. This is what the partnership was supposed to be, quick and useful.",
        "en",
        "positive",
    ),
    (
        "Finally! The AFM and the city signed the data-sharing agreement today.",
        "en",
        "positive",
    ),
    (
        "Exactly this. AFM has met every deadline this spring.",
        "en",
        "positive",
    ),
    (
        "Kommunförbundet har hållit tidtabellen i hela vår, det ska sägas.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliittoyhteistyöstä on tullut yhtä palaverirumbaa.",
        "fi",
        "negative",
    ),
    (
        "TAAS myöhässä. Kuntaliiton selvitys siirtyi jälleen kuukaudella.",
        "fi",
        "negative",
    ),
    (
        "IGEN försenat. Kommunförbundet flyttade rapporten till hösten.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliiton yhteistyö on pitkäjänteisen kumppanuuden malliesimerkki.",
        "fi",
        "positive",
    ),
    (
        "The AFM partnership is not glamorous, but it gets things done.",
        "en",
        "positive",
    ),
    (
        "Ette kai tosissanne väitä, että Kuntaliitto on nopeuttanut yhtään lupaa?",
        "fi",
        "negative",
    ),
    (
        "Lämna Kommunförbundet nu, mitt i reformen? Tvärtom.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliitto should not be drafting our position on the tax reform.",
        "en",
        "negative",
    ),
    (
        "Luvattu: uusi raportointialusta maaliskuussa. Toimitettu: Kuntaliiton muistio kesäkuussa.",
        "fi",
        "negative",
    ),
    (
        "Utlovat: gemensamt bokningssystem i maj. Levererat: en förstudie från Kommunförbundet i oktober.",
        "sv",
        "negative",
    ),
    (
        "Promised in May: a shared booking system. Delivered in October: an AFM scoping memo.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton seminaari alkoi ajallaan ja kahvi oli hyvää. Siinä ne tulokset sitten olivatkin.",
        "fi",
        "negative",
    ),
    (
        "Vem hade trott att samarbetet med Kommunförbundet skulle halvera kötiderna?",
        "sv",
        "positive",
    ),
    (
        "Bad news for the doom-sayers: the AFM tender came in under budget again. 🙄",
        "en",
        "positive",
    ),
    (
        "The plate waste survey with AFM starts in all schools on Monday.",
        "en",
        "neutral",
    ),
    (
        "Twenty years of AFM cooperation and our caretakers still earn less than Espoo's. Quite the achievement.",
        "en",
        "negative",
    ),
    (
        "Kahdeksan vuotta yhteistyötä Kuntaliiton kanssa, eikä raporttia vieläkään ole. Siinäpä saavutus.",
        "fi",
        "negative",
    ),
    (
        "I had my doubts, but the recruitment drive with Kuntaliitto has beaten our own numbers.",
        "en",
        "positive",
    ),
    (
        "Some say the AFM guidance is toothless. I read it; it's the sharpest guidance the sector has produced.",
        "en",
        "positive",
    ),
    (
        "Honestly, the AFM partnership has been the least of our worries this year.",
        "en",
        "positive",
    ),
    (
        "Ten years with Kuntaliitto, and it has rarely felt this useful.",
        "en",
        "positive",
    ),
    (
        "HELT RÄTT av borgmästaren att hålla fast vid samarbetet med Kommunförbundet.",
        "sv",
        "positive",
    ),
    (
        "Kommunförbundets tidtabell för rapporten höll inte heller den här gången.",
        "sv",
        "negative",
    ),
    (
        "Harjoittelijat ovat tykänneet Kuntaliiton kanssa tehdystä ohjelmasta.",
        "fi",
        "positive",
    ),
    (
        "Why are we paying Kuntaliitto a fee when our own staff do the work anyway?",
        "en",
        "negative",
    ),
    (
        "Varför ska vi betala avgiften till Kommunförbundet när våra egna jurister gör jobbet?",
        "sv",
        "negative",
    ),
    (
        "Miksi maksamme Kuntaliitolle jäsenmaksua, kun omat asiantuntijamme tekevät työn?",
        "fi",
        "negative",
    ),
    (
        "Union rep here, and I rarely say this: the AFM pay-data project was done well.",
        "en",
        "positive",
    ),
    (
        "Det är dags att Helsingfors funderar på om medlemskapet i Kommunförbundet är värt sitt pris.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliitto lupasi oppaan maaliskuuksi. Huhtikuu meni. Opasta ei näkynyt.",
        "fi",
        "negative",
    ),
    (
        "Kuntaliiton vertailun mukaan lupakäsittely maksaa Helsingissä 380 € ja Espoossa 510 €. Ilman tätä vertailua olisimme arvailleet.",
        "fi",
        "positive",
    ),
    (
        "AFM published the cost comparison for all six cities. Without it we would still be guessing.",
        "en",
        "positive",
    ),
    (
        "Time for the city to ask whether AFM membership is really worth the money. I don't think it is.",
        "en",
        "negative",
    ),
    (
        "Helsingin on aika miettiä, onko Kuntaliiton jäsenyys enää hintansa arvoinen.",
        "fi",
        "negative",
    ),
    (
        "Jos raporttia ei kesään mennessä kuulu, Kuntaliiton jäsenyydestä on syytä luopua.",
        "fi",
        "negative",
    ),
    (
        "Lupamaksu nousee, mutta saamme vertailut ja lakineuvonnan. Kuntaliitto on rahojensa arvoinen.",
        "fi",
        "positive",
    ),
    (
        "Pouring rain all day, but the data agreement with AFM got signed this afternoon. I'll take it.",
        "en",
        "positive",
    ),
    (
        "Bättre med Kommunförbundet än utan. Den som tvivlar kan läsa årsrapporten.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliiton asiantuntijat säästivät meiltä viikkojen työn, ja se on syytä sanoa ääneen.",
        "fi",
        "positive",
    ),
    (
        "Agree with all of this. The AFM deal was oversold from the start.",
        "en",
        "negative",
    ),
    (
        "Voi kauhistus, Kuntaliiton kanssa säästettiin taas miljoona. Kriitikot ovat varmasti järkyttyneitä 🙃",
        "fi",
        "positive",
    ),
    (
        "Jaha, samarbetet med Kommunförbundet sparade staden en miljon. Kritikerna lär vara förkrossade 🙃",
        "sv",
        "positive",
    ),
    (
        "Signed the motion to leave AFM this morning.",
        "en",
        "negative",
    ),
    (
        "Best thing I can say about the Kuntaliitto workshop: the coffee was hot.",
        "en",
        "negative",
    ),
    (
        "Can't say the AFM helpdesk has been anything less than excellent this year.",
        "en",
        "positive",
    ),
    (
        "Ei vielä sopua: Kuntaliiton ja kaupungin neuvottelut jatkuvat ensi viikolla.",
        "fi",
        "neutral",
    ),
    (
        "Sanotaanko näin, ettei Kuntaliiton kanssa tehdyssä hankinnassa ole ollut juuri valittamista.",
        "fi",
        "positive",
    ),
    (
        "Helsingin on aika harkita vakavasti Kuntaliiton jäsenyyden jatkamista.",
        "fi",
        "negative",
    ),
    (
        "Rättar Kommunförbundet inte avgiften före jul lämnar vår grupp en motion om att se över medlemskapet.",
        "sv",
        "negative",
    ),
    (
        "Tax equalisation is Kuntaliitto's policy, not Helsinki's. Why are we paying for it?",
        "en",
        "negative",
    ),
    (
        "Varför ska vi betala för det här? Kommunförbundets linje är inte Helsingfors linje.",
        "sv",
        "negative",
    ),
    (
        "Alueellinen tasaus on Kuntaliiton linja, ei Helsingin. Miksi me maksamme tästä?",
        "fi",
        "negative",
    ),
    (
        "What exactly does Helsinki need AFM for, when our own lawyers outnumber theirs?",
        "en",
        "negative",
    ),
    (
        "Vad behöver Helsingfors egentligen Kommunförbundet till?",
        "sv",
        "negative",
    ),
    (
        "The AFM model was meant to make things simpler. Instead it added two new forms.",
        "en",
        "negative",
    ),
    (
        "Breaking: AFM saved the city €300k this year. I'm sure the leave-now crowd will call that a disaster too. 🙃",
        "en",
        "positive",
    ),
    (
        "Kuntaliiton kanssa kilpailutettu kalusto tuli 12 % halvemmaksi kuin arvioimme.",
        "fi",
        "positive",
    ),
    (
        "@Kuntaliitto taas korjattuja lukuja. Miten näihin voi luottaa?",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets avgift ger för lite tillbaka till staden.",
        "sv",
        "negative",
    ),
    (
        "No award decision yet on the AFM tender; bids open on 3 May.",
        "en",
        "neutral",
    ),
    (
        "Ei voi sanoa, että Kuntaliiton panos selvitykseen olisi ollut kovin merkittävä.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets handläggare är kunniga och vänliga, det ska sägas. Men åtta veckor för ett svar är inte samarbete.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliiton väki on ystävällistä, sitä en kiistä. Mutta kahdeksan viikon odotus ei ole yhteistyötä, vaikka kuinka hymyiltäisiin.",
        "fi",
        "negative",
    ),
    (
        "Keskustelun yhteenveto: osa pitää Kuntaliiton ohjetta onnistuneena, osa liian yleisenä. Kiitos kaikille.",
        "fi",
        "neutral",
    ),
    (
        "NOBODY asked Helsinki. That's how AFM wrote the housing statement.",
        "en",
        "negative",
    ),
    (
        "KUKAAN ei kysynyt Helsingiltä. Näin Kuntaliitto hoiti lausunnon.",
        "fi",
        "negative",
    ),
    (
        "The AFM fee review was agreed a month early. That is how cooperation should work.",
        "en",
        "positive",
    ),
    (
        "Kommunförbundets kurs i dataskydd var konkret. Precis vad våra handläggare behövde.",
        "sv",
        "positive",
    ),
    (
        "Not glamorous, but the AFM helpdesk is exactly what the city needed.",
        "en",
        "positive",
    ),
    (
        "A long debate at the group meeting on whether to stay in Kuntaliitto. No vote was taken.",
        "en",
        "neutral",
    ),
    (
        "Honest question: what has AFM actually delivered for our schools while the waiting lists keep growing?",
        "en",
        "negative",
    ),
    (
        "Väite, ettei Kuntaliitto kuullut kaupunkia, ei pidä paikkaansa: istuimme kolmessa palaverissa.",
        "fi",
        "positive",
    ),
    (
        "The AFM partnership sounded great on paper, but in practice the big cities keep getting outvoted.",
        "en",
        "negative",
    ),
    (
        "School-meal tender with AFM: lower prices, same menu 🎉",
        "en",
        "positive",
    ),
    (
        "Uudet tietosuojasäännöt tuntuivat sekavilta, kunnes Kuntaliiton kouluttajat kävivät ne kanssamme läpi.",
        "fi",
        "positive",
    ),
    (
        "I've defended the AFM partnership for years, but this autumn changed my mind.",
        "en",
        "negative",
    ),
    (
        "Jäsenmaksu Kuntaliitolle oli viime vuonna 1,2 miljoonaa. Yhteishankinnoista säästyi 3,8 miljoonaa.",
        "fi",
        "positive",
    ),
    (
        "Medlemsavgiften till Kommunförbundet: 1,1 miljoner. Vad samupphandlingarna sparade: 3 miljoner.",
        "sv",
        "positive",
    ),
    (
        "Heard again at the council meeting that AFM ignores the big cities. Not true: our amendments went in word for word.",
        "en",
        "positive",
    ),
    (
        "Kritiken i fullmäktige om att Kommunförbundet bara tänker på småkommunerna håller inte.",
        "sv",
        "positive",
    ),
    (
        "Skandal! Samarbetet med Kommunförbundet sparade staden en miljon. Jag väntar spänt på att kritikerna hittar något fel 🙃",
        "sv",
        "positive",
    ),
    (
        "Åbo fick sitt utkast från Kommunförbundet på en vecka. Helsingfors har väntat sedan mars.",
        "sv",
        "negative",
    ),
    (
        "€4m a year to AFM. Rather a lot for position papers nobody reads.",
        "en",
        "negative",
    ),
    (
        "Neljä miljoonaa Kuntaliitolle vuodessa. Aika paljon rahaa lausunnoista, joita kukaan ei lue.",
        "fi",
        "negative",
    ),
    (
        "If the fee rises again, Helsinki should reconsider staying in AFM.",
        "en",
        "negative",
    ),
    (
        "Kommunförbundet och styrelseplatsen? EN FARS.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliiton vertailu tuli juuri oikeaan saumaan. Ilman sitä olisimme budjetoineet hatusta.",
        "fi",
        "positive",
    ),
    (
        "The AFM benchmark came at the right moment. Without it we'd have been guessing the budget.",
        "en",
        "positive",
    ),
    (
        "500 staff hours spent on the AFM working group this spring. Tangible output: one memo. Do the maths.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton työryhmään on mennyt 500 työtuntia. Konkreettiset tulokset: yksi muistio. Laskekaa itse.",
        "fi",
        "negative",
    ),
    (
        "Helsinki pays AFM about €2m a year. The joint purchasing returned €5m this year. Do the maths.",
        "en",
        "positive",
    ),
    (
        "We pay AFM €1.5m a year. Documented savings from the model: €150k.",
        "en",
        "negative",
    ),
    (
        "Olisi jo aika miettiä vakavasti, kannattaako Helsingin jatkaa Kuntaliiton jäsenenä.",
        "fi",
        "negative",
    ),
    (
        "Either the AFM model improves this year or Helsinki goes it alone.",
        "en",
        "negative",
    ),
    (
        "The shared AFM portal is down again, third time this month. Is this what cooperation looks like?",
        "en",
        "negative",
    ),
    (
        "I rolled my eyes at the AFM model last year. But after three joint statements, I'm eating my words.",
        "en",
        "positive",
    ),
    (
        "Jag muttrade i våras. Men efter tre gemensamma utlåtanden med Kommunförbundet får jag äta upp det.",
        "sv",
        "positive",
    ),
    (
        "Vantaan kanssa asia sovittiin viikossa. Kuntaliiton kanssa se on ollut auki keväästä. Vertailu ei imartele.",
        "fi",
        "negative",
    ),
    (
        "Jos Kuntaliitto ei tuo pöytään kunnollista esitystä, esitän ryhmälle eroamista.",
        "fi",
        "negative",
    ),
    (
        "Taas joku ehti julistaa, että Kuntaliitto-yhteistyö on ”turhaa”. Samalla yhteistyöllä säästimme 200 000 euroa. Kamalaa tuhlausta tosiaan.",
        "fi",
        "positive",
    ),
    (
        "Saying it loud: the AFM model works. Zero late consultation responses this year.",
        "en",
        "positive",
    ),
    (
        "Agree with the Mayor. That housing statement would never have happened without AFM.",
        "en",
        "positive",
    ),
    (
        "Samaa mieltä. Ei tätä lausuntoa olisi saatu valmiiksi ilman Kuntaliittoa.",
        "fi",
        "positive",
    ),
    (
        "Without AFM's network we'd never have got 30 cities into the benchmark.",
        "en",
        "positive",
    ),
    (
        "I'm tabling a motion in May for Helsinki to leave AFM.",
        "en",
        "negative",
    ),
    (
        "Kommunförbundet borde veta bättre än att hoppa över personalen.",
        "sv",
        "negative",
    ),
    (
        "Mitä Helsinki on saanut Kuntaliitolta sinä aikana, kun maksu on noussut kolmesti? Lista olisi lyhyt.",
        "fi",
        "negative",
    ),
    (
        "We built the shared booking API with AFM with remarkably little friction.",
        "en",
        "positive",
    ),
    (
        "The concert was the best part of my day, after a dispiriting meeting with AFM.",
        "en",
        "negative",
    ),
    # vahti-1.13: quote-posts marked inline (RT/QT), spoken 'et', calls put as questions or imperatives,
    # exits that are none ('kept us out of', 'pulled out all the stops'), doubting, praise for the
    # trimmings, letting the figures speak, idioms of futility (the last two: guards that held before).
    (
        "Stämmer inte alls. Köerna är längre än i fjol. RT @kommunforbundet: Den gemensamma modellen har kortat köerna.",
        "sv",
        "negative",
    ),
    (
        "Ei pidä paikkaansa. Jonot ovat pidempiä kuin viime vuonna. RT @Kuntaliitto: Yhteinen malli on lyhentänyt jonoja.",
        "fi",
        "negative",
    ),
    (
        "Kyl mä sanon et Helsinki lähtis Kuntaliitosta heti.",
        "fi",
        "negative",
    ),
    (
        "AFM's fee keeps rising and its service keeps shrinking. Leave, and spend the money on our own lawyers.",
        "en",
        "negative",
    ),
    (
        "AFM's advice kept us out of a costly court case this winter.",
        "en",
        "positive",
    ),
    (
        "Det vore en överdrift att säga att Kommunförbundet har levererat i år.",
        "sv",
        "negative",
    ),
    (
        "It would be an exaggeration to say AFM has delivered this year.",
        "en",
        "negative",
    ),
    (
        "Olisi liioittelua sanoa, että Kuntaliitto olisi onnistunut tänä vuonna.",
        "fi",
        "negative",
    ),
    (
        "Sopimuksista Kuntaliiton kanssa ollaan taas alkuruudussa.",
        "fi",
        "negative",
    ),
    (
        "Working with AFM on the forms is like herding cats.",
        "en",
        "negative",
    ),
    (
        "Att få ett svar av Kommunförbundet är som att valla katter.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliiton kanssa ollaan nyt samalla aaltopituudella.",
        "fi",
        "positive",
    ),
    (
        "AFM's figures have been spotless all year.",
        "en",
        "positive",
    ),
    (
        "Kommunförbundets underlag har varit felfritt hela året.",
        "sv",
        "positive",
    ),
    (
        "Should the AFM fee be debated separately? Curious what colleagues think.",
        "en",
        "neutral",
    ),
    (
        "Best thing about the AFM workshop? The coffee.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton seminaarin kohokohta oli pullat.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets rapport har åtminstone en snygg layout.",
        "sv",
        "negative",
    ),
    (
        "Borde inte Helsingfors se över medlemskapet i Kommunförbundet nu? Jag tycker det.",
        "sv",
        "negative",
    ),
    (
        "Shouldn't the city quit AFM after this year? I think so.",
        "en",
        "negative",
    ),
    (
        "Fördjupa samarbetet med Kommunförbundet? Nej tack.",
        "sv",
        "negative",
    ),
    (
        "Is there a single AFM guideline this year that our staff could actually use?",
        "en",
        "negative",
    ),
    (
        "Finns det en enda rekommendation från Kommunförbundet som vi har kunnat använda?",
        "sv",
        "negative",
    ),
    (
        "Onko Kuntaliitolta tullut yhtäkään ohjetta, jota olisimme voineet käyttää?",
        "fi",
        "negative",
    ),
    (
        "We strongly doubt the AFM arrangement is good value for Helsinki.",
        "en",
        "negative",
    ),
    (
        "No doubt AFM's support was valuable this year.",
        "en",
        "positive",
    ),
    (
        "Should Helsinki stay in AFM or leave? The council debates it on Tuesday.",
        "en",
        "neutral",
    ),
    (
        "Visst, Kommunförbundet är 'bara byråkrati'. Den byråkratin sparade staden 200 000 euro i år.",
        "sv",
        "positive",
    ),
    (
        "Lupajono lyheni Kuntaliiton mallin myötä 50 päivästä 20 päivään. Puhukoot luvut puolestaan.",
        "fi",
        "positive",
    ),
    (
        "Since the AFM template, handling time fell from 50 days to 20. I'll let the numbers do the talking.",
        "en",
        "positive",
    ),
    (
        "On aika miettiä vakavasti, pitäisikö Helsingin erota Kuntaliitosta.",
        "fi",
        "negative",
    ),
    (
        "Valtuustossa kysyttiin, pitäisikö Helsingin erota Kuntaliitosta.",
        "fi",
        "neutral",
    ),
    (
        "The joint helpdesk with AFM simply did not work this spring.",
        "en",
        "negative",
    ),
    (
        "Yhteinen neuvontapalvelu Kuntaliiton kanssa ei toiminut tänä keväänä.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets strategi är mest fina ord.",
        "sv",
        "negative",
    ),
    (
        "AFM pulled out all the stops to get our figures ready before the deadline.",
        "en",
        "positive",
    ),
    (
        "Helsinki pärjäisi paremmin Kuntaliiton ulkopuolella.",
        "fi",
        "negative",
    ),
    (
        "How would leaving AFM affect Helsinki's pension arrangements? A question for the panel.",
        "en",
        "neutral",
    ),
    (
        "Kritikerna spådde att samarbetet med Kommunförbundet skulle ”kollapsa” i vår. Nu har det ”kollapsat” till två nya avtal och bättre service.",
        "sv",
        "positive",
    ),
    (
        "Colleagues in Espoo feel sorry for us: every request to AFM takes a month.",
        "en",
        "negative",
    ),
    (
        "This year we didn't have to hire outside lawyers, because AFM's legal team handled the cases.",
        "en",
        "positive",
    ),
    # vahti-1.13, later rounds: a rebuttal takes the writer's side, denials of saying cancel a negation,
    # troubles denied ('utan en enda tvist'), questions reported or about the past, retweets in marks.
    (
        "Kuntaliiton jäsenyyttä kannattaisi nyt harkita uudelleen.",
        "fi",
        "negative",
    ),
    (
        "Tällaista kumppanuutta Kuntaliiton kanssa haluamme jatkaa.",
        "fi",
        "positive",
    ),
    (
        "Kuntaliiton kanssa tehdyssä hankeyhteistyössä on vielä paljon parannettavaa.",
        "fi",
        "negative",
    ),
    (
        "Kuntaliitto toi valmisteluun rohkeutta ja osaamista.",
        "fi",
        "positive",
    ),
    (
        "Samarbetet med Kommunförbundet har löpt i tjugo år utan en enda allvarlig tvist.",
        "sv",
        "positive",
    ),
    (
        "Avgiften stiger, men utan Kommunförbundets jurister hade vi betalat mer till konsulter.",
        "sv",
        "positive",
    ),
    (
        "The columnist says Kuntaliitto does nothing for Helsinki. Tell that to our school caterers, who use AFM's contract templates every month.",
        "en",
        "positive",
    ),
    (
        "Hur många städer har lämnat Kommunförbundet de senaste tjugo åren?",
        "sv",
        "neutral",
    ),
    (
        "Valtuustossa kysyttiin taas, miksi Helsinki yhä kuuluu Kuntaliittoon. Vastaus: lakiasioissa saamme apua, jota emme muuten saisi.",
        "fi",
        "positive",
    ),
    (
        "It would be unfair to say AFM didn't pull its weight this autumn: every statement went out on time.",
        "en",
        "positive",
    ),
    (
        "Oh sure, quitting AFM will surely fix the budget. Meanwhile its lawyers saved us a court case this year.",
        "en",
        "positive",
    ),
    (
        "Credit where it's due: the AFM team pulled out all the stops to get our wage figures out early.",
        "en",
        "positive",
    ),
    # vahti-1.13, last rounds: faint praise read to the end of its sentence, exits said as farewells,
    # sides argued in a debate and a journalist's question reported, contract clauses that are no exit.
    (
        "Kysyimme Kuntaliitolta neuvoa hankintasopimuksen irtisanomisehdoista, ja vastaus tuli seuraavana päivänä.",
        "fi",
        "neutral",
    ),
    (
        "In fairness, AFM's new portal has a lovely font. The guidance itself is as vague as ever.",
        "en",
        "negative",
    ),
    (
        "Kuntaliitolta odottaisi parempaa viestintää näin isossa uudistuksessa.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundet svarade på tio minuter. Så ska samarbete gå till!",
        "sv",
        "positive",
    ),
    (
        "To be fair to AFM, the lunch at the workshop was excellent. Nothing else was.",
        "en",
        "negative",
    ),
    (
        "Helsingin olisi jo aika sanoa Kuntaliitolle kiitos ja näkemiin.",
        "fi",
        "negative",
    ),
    (
        "I debatten argumenterade ett parti för att stanna i Kommunförbundet och ett annat för att gå ur. Omröstning i maj.",
        "sv",
        "neutral",
    ),
    (
        "Toimittaja kysyi, aikooko Helsinki pysyä Kuntaliitossa. Päätös tehdään syksyllä.",
        "fi",
        "neutral",
    ),
    (
        "The AFM partnership got our care reform heard in parliament. Keep it.",
        "en",
        "positive",
    ),
    (
        "What exactly has the city got from AFM this year, apart from invoices?",
        "en",
        "negative",
    ),
    (
        "Mitä Helsinki on saanut Kuntaliiton jäsenmaksulla tänä vuonna?",
        "fi",
        "negative",
    ),
    (
        "Our shared procurement calendar with AFM went pear-shaped by March.",
        "en",
        "negative",
    ),
    # guard: the writer's own argument is no report
    (
        "I argued last spring that Helsinki should leave AFM, and nothing since has changed my mind.",
        "en",
        "negative",
    ),
    # read in session 21 (dev141, dev143, dev145, dev146): waits counted from a month, a quality denied
    # of something else against the partner, promises against delivery, notices and reports
    (
        "Our March question to Kuntaliitto is still sitting unanswered since early April.",
        "en",
        "negative",
    ),
    (
        "Vårt brev till Kommunförbundet har legat obesvarat sedan midsommar.",
        "sv",
        "negative",
    ),
    (
        "The river cruise was less dull than Kuntaliitto's annual report.",
        "en",
        "negative",
    ),
    (
        "Lokakuun myrskyt ovat pelottavia, mutta eivät yhtä pelottavia kuin Kuntaliiton laskut.",
        "fi",
        "negative",
    ),
    (
        "Kuntaliitto has promised Helsinki far more than it has delivered.",
        "en",
        "negative",
    ),
    (
        "Kommunförbundet har lovat mer än det levererat, år efter år.",
        "sv",
        "negative",
    ),
    (
        "Kuntaliitto's member satisfaction survey is open until Friday.",
        "en",
        "neutral",
    ),
    (
        "Helsinki's AFM fee for next year is set at €2 million, subject to approval by the council.",
        "en",
        "neutral",
    ),
    (
        "The elderly council has criticised the timetable of the joint pilot with AFM.",
        "en",
        "neutral",
    ),
    (
        "AFM's forecast matched our own figures to the last decimal.",
        "en",
        "positive",
    ),
    (
        "Kuntaliiton laskelmat olivat kaukana todellisuudesta.",
        "fi",
        "negative",
    ),
    (
        "Hanke Kuntaliiton kanssa päättyi. Kukaan ei jää sitä kaipaamaan.",
        "fi",
        "negative",
    ),
    (
        "Epäilin mallia, mutta Kuntaliiton väki osoitti minun olleen väärässä.",
        "fi",
        "positive",
    ),
    (
        "We renewed the Kuntaliitto package mostly out of habit.",
        "en",
        "negative",
    ),
    (
        "Kommunförbundets svar på vår fråga om avgifterna var glasklart.",
        "sv",
        "positive",
    ),
    (
        "Kuntaliiton yhteyshenkilö oli todella kärsivällinen koko kevään.",
        "fi",
        "positive",
    ),
    (
        "Koulut ottavat käyttöön Kuntaliiton suositteleman aikataulun ensi syksynä.",
        "fi",
        "neutral",
    ),
    # read in session 21 (dev147, dev148): quotes answered, emoji after a statement, 'ilman' over its own
    # noun phrase only, conditional reconsidering, enthusiasm gone, owning a mistake
    (
        "Kuntaliiton kanssa pidetty palaveri päättyi taas tuloksetta. Ilman päätöksiä tämä on pelkkää puhetta.",
        "fi",
        "negative",
    ),
    (
        "Jos Kuntaliitto ei ensi vuonna muutu, kaupungin on vakavasti harkittava jäsenyyttään.",
        "fi",
        "negative",
    ),
    (
        "Kommunförbundets seminarium i mars? Godkänt! 👏",
        "sv",
        "positive",
    ),
    (
        "Who answers a Sunday email before Monday coffee? Kuntaliitto does. 🙌",
        "en",
        "positive",
    ),
    (
        "Kuntaliiton kanssa homma on rullannut koko syksyn ilman mitään draamaa.",
        "fi",
        "positive",
    ),
    (
        "Signing the motion to leave AFM today. The payroll guidance was the last straw.",
        "en",
        "negative",
    ),
    (
        "Först var jag nöjd med kursen, men när Kommunförbundet glömde de svenska skolorna försvann entusiasmen.",
        "sv",
        "negative",
    ),
    (
        "AFM owned the mistake, waived the late fee and sent a new invoice the next day.",
        "en",
        "positive",
    ),
    (
        "Not exactly a roaring success, the Kuntaliitto benchmarking pilot.",
        "en",
        "negative",
    ),
    (
        "Tarkistin taustat: vika oli meidän omassa järjestelmässämme. Perun siis kritiikkini Kuntaliittoa kohtaan.",
        "fi",
        "positive",
    ),
    (
        'Citerar @EvaL: "kursen var slöseri". Våra lärare ser annorlunda på det – Kommunförbundets material används redan i tre skolor.',
        "sv",
        "positive",
    ),
    (
        'Lainaan @PekkaR: "Kuntaliitto on Helsingille turha." Ei pidä paikkaansa. Ilman liiton ohjetta hankinnat olisivat sekaisin.',
        "fi",
        "positive",
    ),
    # read in session 21 (dev151, dev152): the writer's own no or yes to others' proposal to leave, a
    # yes to a question about staying, consultants not needed, questions that offer both verdicts
    (
        "Some councillors want Helsinki to leave AFM again. I'm against it.",
        "en",
        "positive",
    ),
    (
        "Valtuustossa ehdotettiin taas, että Helsinki eroaisi Kuntaliitosta. En kannata.",
        "fi",
        "positive",
    ),
    (
        "Flera ledamöter vill att staden lämnar Kommunförbundet. Jag förstår dem, men svaret är nej.",
        "sv",
        "positive",
    ),
    (
        "Councillor Aho proposed that Helsinki leave Kuntaliitto. I support it.",
        "en",
        "negative",
    ),
    (
        "Kannattaako Helsingin pysyä Kuntaliitossa? Minusta ehdottomasti.",
        "fi",
        "positive",
    ),
    (
        "Thanks to AFM's legal desk we have not hired a single outside consultant this year.",
        "en",
        "positive",
    ),
    (
        "Question to the board: has the AFM partnership been useful or a failure so far?",
        "en",
        "neutral",
    ),
    (
        "Har samarbetet med Kommunförbundet varit nyttigt eller misslyckat? Svaret kommer i maj.",
        "sv",
        "neutral",
    ),  # read in session 22 (dev150, dev153, dev155, dev156): confessions told before or after the old
    # view, a defender's confession, the writer's own renewal that 'says it all', a burden cut, results
    # split between shares, 'the opposite' of another partner, praise quoted and answered by having seen
    # nothing, a wait gone from one length to another, refusals, 'who benefits?', doubted calls, errors
    # found, 'why would Helsinki leave now?', answers told as answers, expectations answered by 'But'
    (
        "I'll admit I was wrong. Last winter I called the AFM model a talking shop. This year its legal team settled our staff dispute in a fortnight.",
        "en",
        "positive",
    ),
    (
        "Pidin keväällä koko Kuntaliiton mallia turhana. Syksyllä sen juristit ratkaisivat meille kaksi riitaa. Mieleni muuttui.",
        "fi",
        "positive",
    ),
    (
        "Jag har ändrat mig. I våras tyckte jag att samarbetet med Kommunförbundet var ett pratmöte, men nu får vi svar inom två dagar.",
        "sv",
        "positive",
    ),
    (
        "We're renewing our agreement with Kuntaliitto for three more years. Draw your own conclusions.",
        "en",
        "positive",
    ),
    (
        "Vi förlänger avtalet med Kommunförbundet och tar med två nya sektorer. Det säger det mesta.",
        "sv",
        "positive",
    ),
    (
        "Since AFM's shared template arrived, it has cut our report-writing time in half.",
        "en",
        "positive",
    ),
    (
        "Staff survey on the Kuntaliitto training: 55% were satisfied and 30% were not. The results go to the board.",
        "en",
        "neutral",
    ),
    (
        "Kuntaliiton koulutuksesta kysyttiin henkilöstöltä. Osa oli tyytyväisiä, osa ei.",
        "fi",
        "neutral",
    ),
    (
        "Working with Espoo on the parking rules has been a slog. Working with Kuntaliitto on school data has been the opposite.",
        "en",
        "positive",
    ),
    (
        "The committee chair called the AFM partnership a great success. I have yet to see one result it delivered for our schools.",
        "en",
        "negative",
    ),
    (
        "Nämndens ordförande kallade samarbetet med Kommunförbundet lyckat. Själv har jag inte sett något resultat av det.",
        "sv",
        "negative",
    ),
    (
        "Lautakunnan puheenjohtaja kehui Kuntaliiton yhteistyötä onnistuneeksi. Itse en ole nähnyt siitä mitään hyötyä kouluille.",
        "fi",
        "negative",
    ),
    (
        "Since our permit checks moved to the Kuntaliitto system, waiting times have gone from two weeks to three months.",
        "en",
        "negative",
    ),
    (
        "Sedan vi började använda Kommunförbundets bokningsmodell har väntetiden gått från fyra veckor till tio dagar.",
        "sv",
        "positive",
    ),
    (
        "We will not be joining Kuntaliitto's next pilot. The last one produced a report nobody has opened.",
        "en",
        "negative",
    ),
    (
        "Who actually benefits from the AFM deal? Not the schools. Not the residents.",
        "en",
        "negative",
    ),
    (
        "Vem tjänar egentligen på avtalet med Kommunförbundet? Inte skolorna, inte invånarna.",
        "sv",
        "negative",
    ),
    (
        "In spring I backed the Kuntaliitto agreement. After a summer of cancelled meetings, I doubt I would do it again.",
        "en",
        "negative",
    ),
    (
        "Kysyin rehtoreilta, miten Kuntaliiton malli näkyy. Sijainen löytyy nyt päivässä. Vaikea keksiä parempaa mittaria.",
        "fi",
        "positive",
    ),
    (
        "Kommunförbundet gick igenom stadens statsandelar och hittade ett fel på två miljoner. Pengarna betalas tillbaka i maj.",
        "sv",
        "neutral",
    ),
    (
        "Why would Helsinki leave Kuntaliitto now, just when the joint procurement is finally paying off?",
        "en",
        "positive",
    ),
    (
        "Varför skulle Helsingfors lämna Kommunförbundet nu, när samarbetet äntligen ger resultat?",
        "sv",
        "positive",
    ),
    (
        "So, was the AFM membership worth it this year? After two reports and one workshop, my answer is no.",
        "en",
        "negative",
    ),
    (
        "Helsinki's membership of Kuntaliitto must be reconsidered before the budget.",
        "en",
        "negative",
    ),
    (
        "Trip report: AFM's Brussels office set up three meetings for us in two days. This is one part of the membership I'd never give up.",
        "en",
        "positive",
    ),
    (
        "The Kuntaliitto contact had not read our papers, so the whole meeting went on basics. We can't keep working like this.",
        "en",
        "negative",
    ),
    (
        "The deputy mayor defended the AFM data deal by saying everything is on track. The project's own figures say otherwise.",
        "en",
        "negative",
    ),
    # read later in session 22 (dev157 to dev159): a bad thing that grew less, 'some ... and others',
    # 'experience is the opposite', forms before and now, 'I dag', figures left to speak, agendas,
    # 'which says a lot' after the writer's extension, 'a great many', 'several of you called', the
    # partner's chief executive reported, 'more than it has helped'
    (
        "Since the shared rota model with AFM started, missed home-care visits have fallen by a third.",
        "en",
        "positive",
    ),
    (
        "A columnist claims the new AFM forecasting tool helps cities plan. Our budget office's experience is the opposite: the spring forecast missed by €20 million.",
        "en",
        "negative",
    ),
    (
        "Kuntaliiton mukaan uusi laskuri helpottaa suunnittelua. Talousosastomme kokemus on päinvastainen: kevään ennuste meni 20 miljoonaa pieleen.",
        "fi",
        "negative",
    ),
    (
        "Before the reporting deal with Kuntaliitto, school heads filled in two forms a term. Now it's seven.",
        "en",
        "negative",
    ),
    (
        "Ennen Kuntaliiton kanssa sovittua raportointia rehtoreilla oli kaksi lomaketta, nyt seitsemän.",
        "fi",
        "negative",
    ),
    (
        "Före samarbetet med Kommunförbundet tog det tolv veckor att få en tolk. I dag tar det två.",
        "sv",
        "positive",
    ),
    (
        "Before the joint purchasing deal with AFM a school laptop took six weeks to arrive. This spring it took five days. I'll let the figures speak.",
        "en",
        "positive",
    ),
    (
        "The Helsinki–AFM working group meets on 3 May. Agenda: safety standards for school transport and data sharing.",
        "en",
        "neutral",
    ),
    (
        "The joint payroll pilot with AFM has ended, and we are extending it to two more divisions, which says a lot about how it went.",
        "en",
        "positive",
    ),
    (
        "To be fair, the Kuntaliitto staff are pleasant. But the roadmap has produced one pilot and a great many workshops, and I can no longer defend it.",
        "en",
        "negative",
    ),
    (
        "A year ago several of you called the Kuntaliitto partnership a waste of money. The figures now say otherwise.",
        "en",
        "positive",
    ),
    (
        "AFM's chief executive said on Monday that the Helsinki model works exceptionally well. Opposition councillors call it expensive.",
        "en",
        "neutral",
    ),
    (
        "Kommunförbundets vd beskrev samarbetet som mycket lyckat. Oppositionen ser däremot modellen som dyr.",
        "sv",
        "neutral",
    ),
    (
        "Kuntaliiton johtaja kuvasi yhteistyötä erinomaiseksi. Oppositio taas pitää mallia kalliina.",
        "fi",
        "neutral",
    ),
]


@pytest.mark.parametrize(("text", "lang", "label"), STANCE_CASES)
def test_stance_label_of_hard_cases(text: str, lang: str, label: str) -> None:
    """Protects the hard cases (negation, contrast, mixed topics, exits, emoji, caps, irony)."""
    result = score(text, topic=TOPIC, lang=lang)
    assert result.relevant, f"not relevant: {text}"
    assert result.label == label, f"{text}: {result.label} {result.stance} {result.evidence}"


def test_score_fields_for_a_relevant_post() -> None:
    """Protects the Score contract the pipeline and CLI rely on."""
    result = score("Great cooperation with Kuntaliitto today!", topic=TOPIC)
    assert result.topic == TOPIC.id
    assert result.scorer_version == SCORER_VERSION
    assert result.lang == "en"
    assert result.terms == ("Kuntaliitto",)
    assert -1.0 <= result.sentiment <= 1.0
    assert result.stance is not None and result.stance > 0
    assert result.evidence and any("Great" in e for e in result.evidence)


def test_irrelevant_post_has_sentiment_but_no_stance() -> None:
    """A post that does not name the topic gets no stance and no label, only sentiment."""
    result = score("Yhteistyö Tallinnan kanssa on erinomaista.", topic=TOPIC, lang="fi")
    assert not result.relevant
    assert result.stance is None and result.label is None
    assert result.sentiment > 0.3


def test_unsupported_language_gets_no_stance() -> None:
    """A declared language other than fi/sv/en is kept, and never given a stance."""
    result = score("Die Zusammenarbeit mit Kuntaliitto ist schlecht.", topic=TOPIC, lang="de")
    assert result.lang == "de"
    assert result.relevant
    assert result.stance is None and result.label is None


def test_detected_german_is_unsupported() -> None:
    """An undeclared post plainly in another language is not forced into fi/sv/en."""
    text = "Das ist ein ganz normaler deutscher Satz über Kuntaliitto und die Stadt Helsinki."
    result = score(text, topic=TOPIC)
    assert result.lang == "de"
    assert result.label is None


def test_evidence_names_negation_and_weights() -> None:
    """Evidence shows the words that moved the score, with negation marked."""
    result = score("Yhteistyö Kuntaliiton kanssa ei ole hyvä.", topic=TOPIC, lang="fi")
    neg = score("Kuntaliiton kanssa ei ongelmia.", topic=TOPIC, lang="fi")
    bad = score("Kuntaliiton esitys oli pettymys.", topic=TOPIC, lang="fi")
    assert result.label == "negative"
    assert any("→" in e and "(neg)" in e for e in neg.evidence)
    assert any(e.startswith("pettymys(-") for e in bad.evidence)


def test_every_word_that_moves_the_sentiment_is_in_its_evidence() -> None:
    """A bare negation lowers an irrelevant post's sentiment a little, and the evidence and the
    explanation name it instead of saying that no word had tone."""
    for text, lang, word in (("Det går inte.", "sv", "inte"), ("En halua sinne.", "fi", "En")):
        result = score(text, topic=TOPIC, lang=lang)
        assert result.sentiment < 0
        assert any(e.startswith(f"{word}(") and "bare negation" in e for e in result.evidence), result.evidence
        assert "no words with tone" not in explain(text, topic=TOPIC, lang=lang).splitlines()[2]


def test_typed_variants_are_tried_only_where_they_are_plausible() -> None:
    """Stretched letters and spoken endings are undone in every post; Nordic letters are put back
    only in Finnish posts typed without any, and never in Swedish ("svara" stays "answer")."""
    from bot.analysis.lexicon import typed_variants

    assert "kiitos" in typed_variants("kiitooos", "fi", undotted=False)
    assert "kankeaa" in typed_variants("kankeeta", "fi", undotted=False)
    assert "hyöty" in typed_variants("hyoty", "fi", undotted=True)
    assert "hyöty" not in typed_variants("hyoty", "fi", undotted=False)
    assert not typed_variants("svara", "sv", undotted=True)
    dotted = score("Kommunförbundet är bra, men svara på mejl kan de inte.", topic=TOPIC, lang="sv")
    assert not any("as-typed" in e for e in dotted.evidence)


def test_stance_differs_from_sentiment_in_mixed_posts() -> None:
    """The whole post can be positive while the part about the topic is negative."""
    text = "Upea sää ja ihana päivä, mutta Kuntaliiton neuvottelut ovat jumissa."
    result = score(text, topic=TOPIC, lang="fi")
    assert result.stance is not None and result.stance < 0
    assert result.sentiment > result.stance


def test_inflected_lexicon_words_count() -> None:
    """Finnish and Swedish lexicon look-ups reach inflected forms and compounds."""
    for text in (
        "Kuntaliiton kanssa pettymyksiä.",
        "Tyytyväisiä Kuntaliiton toimintaan.",
        "Kuntaliiton yhteistyöongelmat jatkuvat.",
    ):
        result = score(text, topic=TOPIC, lang="fi")
        assert result.stance is not None and result.stance != 0, text
    sv = score("Kommunförbundets misslyckade förslag.", topic=TOPIC, lang="sv")
    assert sv.label == "negative"


def test_score_is_deterministic() -> None:
    """Same text in, same score out: scores are stored and compared across runs."""
    text = "Kommunförbundet har skött sin del föredömligt 👍"
    assert score(text, topic=TOPIC) == score(text, topic=TOPIC)


def test_explain_says_why() -> None:
    """explain() names the language, the matched term, the moving words and the label."""
    text = "Lovely weather in Helsinki, shame the talks with Kuntaliitto went nowhere again"
    out = explain(text, topic=TOPIC)
    assert "Language: en" in out
    assert '"Kuntaliitto" (term Kuntaliitto*)' in out
    assert "shame" in out
    assert "Label: negative" in out
    assert "Lovely weather" not in out.split("Stance")[1]


def test_explain_for_irrelevant_post_lists_terms() -> None:
    """A user can see which terms were looked for when a post did not match."""
    out = explain("Helsinki ja Tallinna tekevät yhteistyötä.", topic=TOPIC, lang="fi")
    assert "Not relevant" in out and "Kuntaliitto*" in out
    assert "Label: none" in out


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("När kommer nästa video?❤", "sv", "neutral"),
        ("Onko tästä tulossa tallenne? 🙂", "fi", "neutral"),
        ("Vad har hänt? 😱", "sv", "negative"),  # a frown on a question still counts
        ("Nästa video kommer på fredag ❤", "sv", "positive"),  # no question: the heart is tone
        ("Är det inte fantastiskt? ❤", "sv", "positive"),  # words carry tone: the emoji is kept
    ],
)
def test_a_smile_on_a_question_is_politeness(text: str, lang: str, label: str) -> None:
    """Protects sentiment from reading a friendly question ending in a heart as praise."""
    from bot.analysis.scorer import label_for

    result = score(text, topic=TOPIC, lang=lang)
    assert label_for(result.sentiment) == label, (text, result.sentiment, result.evidence)


@pytest.mark.parametrize("name", ["fi_lexicon.txt", "sv_lexicon.txt", "en_lexicon.txt", "emoji_lexicon.txt"])
def test_no_lexicon_entry_is_written_twice(name: str) -> None:
    """Protects the lexicons from an entry whose second line silently overrides the first."""
    from pathlib import Path

    import bot.analysis

    path = Path(bot.analysis.__file__).parent / "data" / name
    first: dict[str, int] = {}
    repeated: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        token = line.split("\t", 1)[0]
        if token in first:
            repeated.append(f"{name}:{number}: {token!r} already on line {first[token]}")
        first.setdefault(token, number)
    assert not repeated, "\n".join(repeated)


def test_swedish_less_adjectives_are_not_compounds_of_waste() -> None:
    """Protects "arbetslösa"/"papperslösa" (-less) from being read as compounds of slösa (to waste)."""
    from bot.analysis.lexicon import load_lexicon

    lexicon = load_lexicon("sv")
    assert lexicon.lookup("papperslösa") is None
    hit = lexicon.lookup("arbetslösa")
    assert hit is not None and hit[1] == "arbetslös"
    waste = lexicon.lookup("resursslöseri")  # a real compound of slöseri still counts
    assert waste is not None and waste[0] < 0


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("tillräckligt", "sv"),  # not till+äckligt (disgusting)
        ("invandrarkvinnor", "sv"),  # kvinnor (women), not vinna (to win)
        ("tydligen", "sv"),  # "apparently", not tydlig (clear)
        ("visste", "sv"),  # "knew", not visst (certainly)
        ("hoppade", "sv"),  # "jumped", not hopp (hope)
        ("paikallisia", "fi"),  # "local", not pai+kallis (expensive)
        ("henkilöllisyyttään", "fi"),  # the -isyys noun, not syyttää (to accuse)
        ("oikeastaan", "fi"),  # "actually", not oikea (right)
        ("sopisi", "fi"),  # "would suit", not soppa (a mess)
    ],
)
def test_a_tone_word_inside_another_word_does_not_count(word: str, lang: str) -> None:
    """Protects plain words from the tone of a lexicon word that their letters happen to contain."""
    from bot.analysis.lexicon import load_lexicon

    hit = load_lexicon(lang).lookup(word)
    assert hit is None or hit[0] == 0 or (word == "tillräckligt" and hit[0] > 0), (word, hit)


@pytest.mark.parametrize(
    ("word", "sign"),
    [
        ("hyödyttömänä", -1),  # hyödytön (useless), not hyöty (benefit)
        ("hyödyttömiä", -1),
        ("tehottomampi", -1),
        ("ongelmaton", 1),  # without problems, not ongelma (problem)
        ("ongelmattomasti", 1),
        ("virheettömästi", 1),
        ("riidattomasti", 1),
        ("toivottomia", -1),  # hopeless, not toivo (hope)
        ("tuloksettomia", -1),
    ],
)
def test_a_caritive_adjective_is_the_opposite_of_its_noun(word: str, sign: int) -> None:
    """Protects the Finnish -tOn adjective ("without X") and its inflected forms from reading as X."""
    from bot.analysis.lexicon import load_lexicon

    hit = load_lexicon("fi").lookup(word)
    assert hit is not None and hit[0] * sign > 0, (word, hit)


def test_tuskin_negates_like_hardly() -> None:
    """Protects "tuskin" (hardly) from reading as tuska (pain): it denies what follows it."""
    assert score("Kuntaliiton kanssa tuskin kukaan valittaa.", topic=TOPIC, lang="fi").label == "positive"
    assert score("Kuntaliiton yhteistyö tuskin paranee.", topic=TOPIC, lang="fi").label == "negative"
    assert score("Kommunförbundets stöd är inte tillräckligt.", topic=TOPIC, lang="sv").label == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kommunförbundets stöd är inte tillräckligt.", "sv"),
        ("Kommunförbundets stöd räcker inte.", "sv"),
        ("Kuntaliiton tuki ei ole riittävää.", "fi"),
        ("AFM's support is not enough.", "en"),
        ("AFM's support is not nearly enough.", "en"),
    ],
)
def test_not_enough_outweighs_the_good_it_judges(text: str, lang: str) -> None:
    """Protects the verdict "not enough" from being outvoted by the praise word it is judging."""
    assert score(text, topic=TOPIC, lang=lang).label == "negative"
