"""Data: quote-mark pairs and the words that attribute speech, in en, de, fr, es, it, pt, nl, pl.

Used by `fields/quotes.py`. Word lists are lower-case and matched against whole
words; multi-word verbs ("a déclaré") are matched as phrases.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """Split a `|`-separated block of words into a set."""
    return frozenset(w.strip() for w in text.replace("\n", "|").split("|") if w.strip())


# Opening mark -> the marks that may close it.  „ closes with “ (German) or ”
# (Polish, Romanian); » opens in Danish/Swedish/German print styles.
QUOTE_PAIRS: dict[str, str] = {
    '"': '"',
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«»",
    "「": "」",
    "『": "』",
    "‚": "‘’",
    "‘": "’",
    "'": "'",
    "‹": "›",
    "›": "‹›",
    "＂": "＂",
}

# Marks that are also apostrophes: they open only before a word start and close
# only after a word end, and never inside a word.
SINGLE_MARKS: frozenset[str] = frozenset("'‘’‚‹›")

# Elisions that begin with an apostrophe ('90s is handled as digits).
ELISIONS: frozenset[str] = _words(
    """
em|til|tis|twas|cause|n|round|bout|nuff|ol|s|t|d|ll|re|ve|m|cos|coz|kay|sup|ello|ere
"""
)

# Finite speech verbs and their common forms. Single words only.
SPEECH_VERBS: frozenset[str] = _words(
    """
said|says|say|saying|add|added|adds|told|tells|tell|asked|asks|wrote|writes|write|insisted|insists
explained|explains|noted|notes|stated|states|claimed|claims|argued|argues|declared|declares
announced|announces|recalled|recalls|warned|warns|tweeted|tweets|posted|continued|continues
responded|responds|replied|replies|remarked|remarks|admitted|admits|acknowledged|acknowledges
suggested|suggests|commented|comments|emphasized|emphasised|emphasizes|emphasises|stressed|stresses
observed|observes|contended|contends|concluded|concludes|quipped|quips|joked|jokes|shouted|yelled
screamed|whispered|urged|urges|predicted|predicts|testified|confirmed|confirms|denied|denies
reported|reports|wondered|wonders|added|agreed|agrees|cautioned|cautions|conceded|concedes
countered|counters|maintained|maintains|mused|muses|pleaded|pledged|promised|promises|boasted
charged|complained|complains|lamented|laments|alleged|alleges|assured|recounted|recounts|repeated
reiterated|reiterates|vowed|vows|demanded|demands|told|texted|emailed|messaged|thundered|sighed
explain|speaking|adding|telling|writing|noting|arguing|explaining|asking|warning|calling|describing
described|describes|called|calls|dubbed|labeled|labelled|branded|characterized|characterised
wrote|declared|announced|cried|exclaimed|snapped|retorted|began|interjected|chimed|chanted|blurted
condemned|condemns|fumed|typed|criticized|criticised|slammed|blasted|praised|touted|hailed|accused
sang|read|cited|quoted|calling|dismissed|labeling|labelling|deemed|termed|referred|promising
sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|sagten|fügte|ergänzte|schrieb|warnte|kritisierte
sagen|erklären|betonen|meinen|fügt|ergänzt|warnt|kritisiert|mahnt|mahnte|fordert|forderte|berichtet|berichtete
räumt|räumte|versichert|versicherte|sagt|bilanziert|resümiert|resümierte|schildert|schilderte|erzählt|erzählte
dit|déclare|déclaré|affirme|affirmé|ajoute|ajouté|explique|expliqué|souligne|souligné|estime|estimé|indiqué|indique|précise|précisé|assure|assuré
prévient|avertit|insiste|rappelle|confie|martèle|résume|regrette|dénonce|poursuit
conclut|reconnaît|admet|raconte|témoigne|s'inquiète|s'indigne|ironise|tranche|glisse|commente|répond|réagit
dijo|afirmó|explicó|señaló|aseguró|declaró|añadió|agregó|dice|afirma|explica|indicó|sostuvo|advirtió
asegura|señala|añade|agrega|destacó|destaca|subrayó|subraya|apuntó|apunta|recordó|recuerda|lamentó|lamenta
insistió|insiste|reconoció|reconoce|denunció|denuncia|comentó|comenta|relató|relata|precisó|precisa|manifestó
disse|afirmou|declarou|explicou|acrescentou|destacou|diz|afirma|garantiu
detto|dichiarato|spiegato|aggiunto|affermato|sottolineato|dice|dichiara|spiega|afferma
zei|zegt|verklaarde|benadrukte|voegde|schreef|stelde
powiedział|powiedziała|stwierdził|stwierdziła|dodał|dodała|podkreślił|podkreśliła|mówi|napisał|napisała
"""
)

# Speech verbs that never take their subject after them ("told X" names the hearer).
NON_INVERTING: frozenset[str] = _words(
    """
told|tells|tell|asked|asks|urged|urges|called|calls|dubbed|labeled|labelled|branded|described|describes
characterized|characterised|warned|warns|assured|texted|emailed|messaged|saying|adding|telling|writing
noting|arguing|explaining|asking|warning|calling|describing|speaking|explain|say|write|tell
"""
)

# Adverbs and auxiliaries that sit between a speaker and the verb ("he also said").
ADVERBS: frozenset[str] = _words(
    """
also|later|then|has|had|have|previously|once|recently|further|again|would|will|is|was|repeatedly
reportedly|simply|just|even|often|always|never|first|since|still|earlier|both|all|too|quickly
angrily|however|once|had
"""
)

# "according to X" and its translations: the speaker follows.
ACCORDING_TO: tuple[str, ...] = (
    "according to",
    "laut",
    "selon",
    "según",
    "segundo",
    "secondo",
    "volgens",
    "według",
    "in the words of",
)

# Auxiliaries that sit between a speaker and a participle ("a déclaré", "ha detto").
AUXILIARIES: frozenset[str] = _words("a|ha|hat|has|had|have|ont|hanno|heeft|é|è|was|has also")

PRONOUNS: frozenset[str] = _words(
    "he|she|they|it|we|i|er|sie|il|elle|ils|elles|él|ella|lui|lei|hij|zij|ona|on"
)
RESOLVABLE_PRONOUNS: frozenset[str] = _words(
    "he|she|they|er|sie|il|elle|él|ella|lui|lei|hij|zij|ona|on"
)
MALE_PRONOUNS: frozenset[str] = _words("he|er|il|él|lui|hij|on")
FEMALE_PRONOUNS: frozenset[str] = _words("she|sie|elle|ella|lei|zij|ona")

# Words that start a description of a person ("the senator", "a spokeswoman for ...").
DETERMINERS: frozenset[str] = _words(
    "the|a|an|this|that|his|her|their|its|one|another|der|die|le|la|el|il"
)

# Honorifics and titles that may precede a name; kept in the mention.
TITLES: frozenset[str] = _words(
    """
mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prof|prof.|sen|sen.|rep|rep.|gov|gov.|gen|gen.|lt|lt.|col|col.|sgt|sgt.
capt|capt.|president|senator|representative|governor|minister|premier|mayor|chancellor|judge|justice
secretary|general|director|chief|officer|professor|rev|rev.|sir|dame|lord|lady|pope|king|queen|prince
princess|ambassador|commissioner|chairman|chairwoman|chair|ceo|coach|herr|frau|madame|monsieur|señor
señora|senhor|pan|pani|sheikh|councillor|councilor|councilwoman|councilman|spokesman|spokeswoman
bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|präsident|präsidentin|ministerin
bundeskanzler|bundeskanzlerin|kanzlerin|ministerpräsident|ministerpräsidentin|sprecher|sprecherin
direktor|direktorin|chefin|professorin|biologe|biologin|forscher|forscherin|experte|expertin
trainer|trainerin|abgeordnete|abgeordneter|vorsitzende|vorsitzender|geschäftsführer|geschäftsführerin
polizeisprecher|polizeisprecherin|richter|richterin|anwalt|anwältin|arzt|ärztin|stadtrat|stadträtin
"""
)

# Capitalised words that are not names when they follow a speech verb.
NOT_NAMES: frozenset[str] = _words(
    """
monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january
february|march|april|may|june|july|august|september|october|november|december|i|in|on|at|the|a|an
but|and|or|so|then|this|that|these|those|there|here|it|he|she|they|we|you|when|while|after|before
if|as|for|of|to|with|from|by|last|earlier|later|recently|also|previously|instead|still|now
"""
)

# Lower-case words allowed inside a description of a speaker ("the head of the Alliance").
DESCRIPTION_LINKS: frozenset[str] = _words("of|for|at|and|the|de|du|des|von|der|la|del|di")

# Lower-case words that end a speaker phrase after a verb ("said Smith in a statement").
PHRASE_STOPS: frozenset[str] = _words(
    """
in|on|at|during|while|when|after|before|to|as|who|which|that|adding|noting|referring|last|this|on
with|from|about|because|since|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday
thursday|friday|saturday|sunday|by|via|through|over|into|following|amid|but|and|told|recently
en|durante|tras|ante|mientras|cuando|que|con|según|desde|lors|pendant|après|avant|dans|lorsque|qui
avec|selon|depuis|sur|am|im|bei|nach|während|als|wenn|mit|laut|seit|auf|nel|nella|dopo|prima
mentre|quando|che|secondo|em|após|antes|com|segundo|na|no|tijdens|toen|met|volgens|op
"""
)

# Words before a quoted span that mark it as the title of a work or an outlet.
TITLE_CUES: frozenset[str] = _words(
    """
newspaper|magazine|book|film|movie|show|song|album|series|programme|program|podcast|column|titled
entitled|headlined|named|nicknamed|known|dubbed|hashtag|tag|campaign|slogan|operation|play|novel
documentary|episode|article|essay|report|headline|poem|blog|website|site|channel|exhibition|motto
"""
)

# Lower-case words that may appear inside a Title Case title ("War and Peace").
TITLE_SMALL_WORDS: frozenset[str] = _words(
    "a|an|the|and|or|of|in|on|at|to|for|with|by|de|la|le|der|die|das|vs"
)

# Nouns that head a person description; they can take a carry-over speaker.
PERSON_NOUNS: frozenset[str] = _words(
    """
head|chief|leader|president|senator|minister|premier|spokesman|spokeswoman|spokesperson|official
officer|director|secretary|mayor|governor|chancellor|ceo|chairman|chairwoman|chair|candidate|nominee
founder|owner|manager|coach|player|father|mother|son|daughter|wife|husband|man|woman|lawyer|attorney
judge|professor|expert|analyst|economist|author|writer|activist|advocate|representative|congressman
congresswoman|lawmaker|politician|diplomat|ambassador|commander|general|doctor|researcher|scientist
executive|boss|prime|pm|envoy|adviser|advisor|aide|strategist|businessman|businesswoman|star|actor
actress|singer|veteran|victim|witness|resident|student|teacher|worker|employee|member|partner
friend|brother|sister|organizer|organiser|mp|mep|councillor|councilor|sheriff|prosecutor|captain
"""
)

MALE_TITLES: frozenset[str] = _words(
    "mr|sir|lord|king|prince|herr|monsieur|señor|senhor|pan|father|brother"
)
FEMALE_TITLES: frozenset[str] = _words(
    "mrs|ms|miss|dame|lady|queen|princess|frau|madame|señora|senhora|pani|sister"
)

# Last words of names that are places or organisations, not people.
ORG_WORDS: frozenset[str] = _words(
    """
states|kingdom|co|ltd|llc|plc|globe|nations|union|county|city|school|university|college|party|department|ministry
association|council|committee|court|police|news|press|times|post|journal|inc|corp|company|group
bank|fund|institute|centre|center|house|office|agency|board|league|club|foundation|church|diocese
hospital|airlines|government|army|forces|republic|assembly|congress|senate|parliament|commission
authority|service|services|network|media|street|avenue|road|highway|park|river|lake|island|airport
station|hotel|bridge|day|week|act|bill|law|award|prize|cup|games|championship|festival|conference
summit|program|programme|caucus|administration|campaign|convention|reserve|cross|nato|un|eu|fbi
cia|america|canada|europe|africa|asia|china|russia|ukraine|britain|france|germany|mexico|india
"""
)

# Non-person heads of a speaker description ("the company said").
GROUP_NOUNS: frozenset[str] = _words(
    """
company|department|ministry|agency|statement|report|group|government|police|office|campaign
committee|diocese|board|court|union|firm|party|administration|team|club|school|university
organization|organisation|foundation|spokesperson|release|letter|study|survey|document|website
family|families|protesters|officials|authorities|organizers|organisers|residents|critics|experts
"""
)
