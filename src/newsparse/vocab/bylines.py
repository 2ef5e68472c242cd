"""Word lists for byline parsing: prefixes, separators, roles, organisation words, dates.

Data only; `newsparse.fields.byline` decides how to use it. Every entry is lower-case
unless a comment says otherwise; lookups fold case first.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of words written one after another, separated by white space."""
    return frozenset(text.split())


# Words that open a byline, per language. Longer phrases are tried before shorter ones.
PREFIXES: dict[str, tuple[str, ...]] = {
    "en": (
        "by",
        "words by",
        "story by",
        "reporting by",
        "written by",
        "posted by",
        "text by",
        "analysis by",
        "opinion by",
        "commentary by",
        "review by",
        "interview by",
        "compiled by",
        "a column by",
        "an analysis by",
        "a commentary by",
        "guest post by",
        "guest column by",
        "text and photos",
        "words and pictures",
        "text",
        "author",
        "authors",
        "byline",
        "words",
        "story",
        "reporter",
    ),
    "de": (
        "von",
        "text von",
        "geschrieben von",
        "verfasst von",
        "von unserem redakteur",
        "von unserer redakteurin",
        "von unserem korrespondenten",
        "von unserer korrespondentin",
        "von unserem reporter",
        "von unserer reporterin",
        "von unserem mitarbeiter",
        "von unserer mitarbeiterin",
        "ein kommentar von",
        "eine kolumne von",
        "ein gastbeitrag von",
        "ein beitrag von",
        "ein bericht von",
        "ein essay von",
        "ein gastkommentar von",
        "eine recherche von",
        "eine analyse von",
        "eine reportage von",
        "text und fotos",
        "text & fotos",
        "autor",
        "autorin",
        "text",
    ),
    "fr": (
        "par",
        "texte",
        "auteur",
        "rédigé par",
        "écrit par",
        "ecrit par",
        "un article de",
        "publié par",
        "propos recueillis par",
        "une chronique de",
        "une tribune de",
        "une analyse de",
        "un reportage de",
        "une enquête de",
        "un éditorial de",
        "texte et photos",
    ),
    "es": (
        "por",
        "escrito por",
        "redactado por",
        "redacción",
        "autor",
        "autora",
        "publicado por",
        "texto",
        "texto de",
        "un artículo de",
        "una columna de",
        "un reportaje de",
        "un análisis de",
        "una crónica de",
        "texto y fotos",
    ),
    "pt": ("por", "escrito por", "publicado por", "autor", "autora"),
    "it": ("di", "scritto da", "autore", "autrice", "a cura di"),
    "nl": ("door", "tekst", "auteur", "geschreven door"),
    "no": ("av", "tekst"),
    "sv": ("av", "text"),
    "da": ("af", "tekst"),
    "pl": ("przez", "autor", "autorka", "tekst"),
    "id": ("penulis", "oleh", "reporter", "wartawan"),
    "tr": ("yazar", "yazan"),
    "ru": ("автор", "текст"),
    "ja": ("記者", "編集委員", "論説委員", "特派員", "筆者"),
    "zh": ("记者", "記者", "作者", "撰文", "特约记者", "通讯员"),
}

# Prefixes that are also ordinary words or name parts ("Di Stefano", "Door prize"): they
# only count when at least two more words follow and the next word is capitalised.
AMBIGUOUS_PREFIXES: frozenset[str] = _words(
    """
    di door av af text tekst texto words story reporter oleh author autor redacción redação
    redazione
    """
)

# Phrases after which an organisation follows ("Jane Doe for Example Daily").
ORG_MARKERS: tuple[str, ...] = ("special to the", "special to", "for", "für", "pour", "para", "per")

# Line-initial words meaning "from": what follows is an outlet ("do Exemplo", "from Example").
ORG_PREFIXES: tuple[str, ...] = ("from", "do", "da", "dal", "della", "de la", "from the")

# Phrases after which more authors follow.
EXTRA_AUTHOR_MARKERS: tuple[str, ...] = (
    "with additional reporting by",
    "additional reporting by",
    "with reporting by",
    "and additional reporting by",
    "contributing reporting by",
    "with",
    "mit",
    "avec",
    "con",
)

# Phrases after which people who are not authors follow (editors, photographers).
NON_AUTHOR_MARKERS: tuple[str, ...] = (
    "editing by",
    "edited by",
    "photos by",
    "photo by",
    "photography by",
    "illustration by",
    "illustrations by",
    "video by",
    "graphics by",
    "translated by",
)

# Words that join names, per language. The one-letter ones only count in lower case.
CONJUNCTIONS: tuple[str, ...] = (
    "and",
    "&",
    "und",
    "et",
    "y",
    "e",
    "i",
    "en",
    "og",
    "och",
    "ve",
    "и",
    "dan",
)

# Conjunctions that also join names written in capitals ("JANE DOE AND ED ROE").
CONJUNCTIONS_IN_CAPS: frozenset[str] = _words(
    """
    AND UND ET
    """
)

# Job titles: a role ends with one of these heads, optionally led by modifiers.
ROLE_HEADS: frozenset[str] = _words(
    """
    editor editors writer writers correspondent correspondents reporter reporters
    columnist contributor contributors producer analyst journalist photographer critic
    anchor host blogger intern fellow author commentator chief director researcher
    strategist redakteur redakteurin korrespondent korrespondentin journaliste rédacteur
    rédactrice envoyé envoyée periodista corresponsal redactor redactora jornalista
    repórter giornalista inviato inviata verslaggever redacteur columnista kolumnist
    kolumnistin at-large autor autorin reporterin mitarbeiter mitarbeiterin chefredakteur
    chefredakteurin auteure correspondant correspondante envoyée envoyé
    """
)

ROLE_MODIFIERS: frozenset[str] = _words(
    """
    senior chief staff political national foreign deputy managing associate assistant
    contributing special executive freelance guest editorial investigative international
    global regional local digital diplomatic royal leitender leitende stellvertretender
    stellvertretende grand envoyé spécial spéciale principal lead head founding visiting
    junior acting general veteran
    """
)

# Desk words: a part of a role line that names a beat, not an outlet ("Business Columnist").
DESK_WORDS: frozenset[str] = _words(
    """
    business politics political science health tech technology sports sport
    entertainment culture opinion travel food fashion music film weather climate
    economics finance markets legal education national foreign world local features
    senior staff
    """
)

# Words that mark an organisation name (outlet, agency, desk, team) rather than a person.
ORG_WORDS: frozenset[str] = _words(
    """
    news newsroom press media times post bureau staff desk agency agencies agencias agences
    agenturen agenzie agências service
    services network networks group foundation journal herald tribune gazette today
    daily weekly magazine radio tv television channel editorial team institute
    university insider observer telegraph guardian chronicle courier examiner enquirer
    independent express mirror standard online wire wires reports report
    review digest dispatch bulletin broadcasting corporation company inc inc. ltd llc
    association society council committee ministry department office government
    administration commission center centre organization organisation club league
    federation union partners studio studios productions publishing publications
    publication books blog contributors writers editors reporters correspondents
    redaktion redaction rédaction redacción redação redazione redactie nachrichten
    zeitung noticias notícias notizie nieuws diario diário jornal periódico giornale
    agencia agência agenzia agentur presse prensa imprensa stampa nyheter nyheder
    wiadomości новости
    """
)

# News agencies and outlets commonly named alone in bylines (folded case).
KNOWN_AGENCIES: frozenset[str] = _words(
    """
    ap afp reuters dpa epa ansa efe kyodo xinhua tass itar-tass ria interfax pti ians
    ani upi bloomberg apa sda ats kna epd bns anp belga ntb tt stt ritzau pap ctk mti
    hina tanjug anadolu yonhap bernama antara aap cp wafa mena qna wam spa irna isna sid dts
    lusa agerpres ukrinform unian sputnik cnn bbc abc cbs nbc npr pbs cnbc msnbc axios
    politico forbes newsweek vox wired engadget techcrunch
    """
)

# Leading articles: a name that starts with one is an organisation ("The Example Post").
# Case matters here: only the capitalised forms count.
ARTICLES: frozenset[str] = _words(
    """
    The THE La LA El EL Los Las Les Der Die Das Il Lo Het Le LE LES
    """
)

# Lower-case words allowed inside an organisation's name ("El Sol de la Tarde").
ORG_CONNECTORS: frozenset[str] = _words(
    """
    of de du del della des der die das für for and und et y e i en the la le las los
    di da do dos al am an
    """
)

# Lower-case name particles allowed inside a person's name.
PARTICLES: frozenset[str] = _words(
    """
    van von der den de del della dei degli di da das do dos du des la le lo ten ter te
    bin binti bint ibn al el ben y zu af av st. mac
    """
)

# Suffixes that stay part of a name ("John Doe Jr.").
NAME_SUFFIXES: frozenset[str] = _words(
    """
    jr jr. sr sr. ii iii iv v 2nd 3rd junior senior
    """
)

# Degrees and credentials written after a name ("Jane Doe, MD"): dropped.
CREDENTIALS: frozenset[str] = _words(
    """
    md m.d. phd ph.d. ph.d dphil ms m.s. msc ma m.a. mba mph rd rdn ld rn np pa do dds
    dmd dvm pharmd psyd edd jd j.d. llm esq esq. cpa cfa cfp bsc ba b.a. bs facp facs
    frcp cscs lcsw lmft cpt ret. mbbs obe mbe cbe dr dr. prof prof.
    """
)

# Titles written before a name ("Dr. Jane Doe"): dropped from the name.
HONORIFICS: frozenset[str] = _words(
    """
    dr dr. prof prof. mr mr. mrs mrs. ms. sir dame rev. herr frau
    """
)

# Month names and abbreviations in the languages bylines come in (folded, no final dot).
MONTHS: frozenset[str] = _words(
    """
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec januar jänner februar märz
    mai juni juli oktober dezember janvier février mars avril juin juillet août
    septembre octobre novembre décembre enero febrero marzo abril mayo junio julio
    agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio
    junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre januari februari maart mei augustus maj augusti
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia maret agustus desember okt des
    """
)

WEEKDAYS: frozenset[str] = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi
    mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes
    sábado domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    """
)

# Words that start a timestamp glued after a byline ("Jane Doe Updated 3 May").
DATE_TRIGGERS: frozenset[str] = _words(
    """
    updated published posted modified originally yesterday aktualisiert veröffentlicht
    publiziert publié actualizado publicado atualizado actualizada pubblicato aggiornato
    gepubliceerd bijgewerkt publisert oppdatert publicerad uppdaterad opublikowano
    diterbitkan diperbarui
    """
)

# Words that start a timestamp only when a date word, a digit or a colon follows ("Last updated").
WEAK_DATE_TRIGGERS: frozenset[str] = _words(
    """
    last first stand mis fecha datum date
    """
)

# Short words that lead into a date ("Jane Doe on May 3", "von X am 3. Mai").
DATE_CONNECTORS: frozenset[str] = _words(
    """
    on at am le el il em den op the at: on: | - – —
    """
)

# Words of a time or relative date ("10:28am EST", "2 days ago").
TIME_WORDS: frozenset[str] = _words(
    """
    am pm a.m. p.m. a.m p.m uhr h hrs gmt utc est edt cst cdt mst mdt pst pdt et pt ct
    mt bst cet cest ist jst kst aest aedt hst hkt sgt wib msk z ago min mins minute
    minutes hour hours day days week weeks month months year years read just now of th
    st nd rd original updated published posted on at | - – — / · • , de der des du del
    di den el le il um à a às alle ore time
    """
)

# Common words and page furniture that are never part of a person's name.
# English function words: never inside a name, and only a few of them inside an outlet's.
FUNCTION_WORDS: frozenset[str] = _words(
    """
    a an the of in on at to for from with without by and or but not no nor so as if then
    than that this these those there here it its is are was were be been being has have
    had do does did would could should might must shall we you he she they i me my our
    your his her their us them who what when where why how which all any some more most
    less least many much few other others such only also just very about after before
    over under up down out into onto off again first last next previous every each one
    two three yes via per vs vs. amid against between during within
    """
)

# Prepositions and label words of other languages that open category and tag rows
# ("Dans Voyages, France", "Unter Politik, Ausland", "En Viajes, Europa"); never in a name.
# Name particles (de, von, van, da, di, la, del) are left out on purpose.
FOREIGN_FUNCTION_WORDS: frozenset[str] = _words(
    """
    unter im auf aus bei nach über mit ohne gegen zum zur kategorie kategorien rubrik
    ressort schlagwörter schlagworte stichwörter themen thema dans sur avec pour sans chez
    catégorie catégories rubrique rubriques thèmes thème mots-clés en con sin sobre para
    entre hacia desde categoría categorías sección etiquetas temas tema nel nella sulla
    categoria categorie argomenti sezione rubriek categorieën onderwerpen kategoria tagi
    """
)

STOP_WORDS: frozenset[str] = (
    FUNCTION_WORDS
    | FOREIGN_FUNCTION_WORDS
    | _words(
        """
    new old home menu
    search share shares shared sharing follow following subscribe subscription sign
    login log logout register account related content read reading popular latest top
    trending stories story article articles video videos photo photos gallery image
    images comment comments privacy policy terms cookie cookies contact advertise
    advertisement sponsored partner newsletter newsletters email print view views show
    hide close open back skip main navigation click continue watch listen live podcast
    podcasts see full coverage topics topic tags tag section sections category
    categories site sites map help faq feedback support jobs careers store shop deals
    games puzzles crossword horoscope horoscopes weather traffic obituaries classifieds
    events calendar archive archives editions edition digital settings profile
    notifications alerts apps app download facebook twitter instagram youtube linkedin
    whatsapp pinterest reddit tiktok admin administrator guest anonymous unknown user
    author editor staff contributor breaking exclusive analysis opinion editorial review
    reviews feature features explainer update updates recommended suggested sponsor
    featured headlines world nation national local politics business economy markets
    money tech technology science health sports sport entertainment culture lifestyle
    life style travel food arts books music movies film tv fashion education environment
    climate crime justice law real estate cars autos opinions letters columns columnists
    blogs magazine photography multimedia graphics data interactive specials special
    report reports investigations investigation today tonight week weekend day morning
    evening night year yesterday tomorrow christmas easter thanksgiving halloween
    ramadan eid holiday holidays fall season noon midnight united states kingdom nations
    republic north south east west central city county state island islands street
    avenue road america american europe european asia africa middle saudi arabia york
    los angeles san francisco hong kong zealand sri lanka costa rica says said say wins
    win won dies dead death hits hit calls call gets get makes make takes take goes go
    faces face plans plan warns warn urges slams rise rises falls set sets backs leaves
    leave joins join launches launch announces reveals named fire fires killed kills war
    vote votes deal police court judge government president minister prime house senate
    congress parliament election elections campaign company market stock stocks price
    prices free best good great big small high low short inside behind beyond way ways
    things thing people man woman men women child children family kids school team game
    league cup final notice accept agree manage preferences options choices rights
    reserved copyright inc tap swipe loading error now today's
    """
    )
)

# Common English nouns, adjectives and verbs that open page furniture and headings
# ("Fact Check", "Hedge Funds"); used to reject bare-name lines. Words that are also
# common surnames (Young, Green, Hall, Bell, Price) are deliberately left out.
COMMON_WORDS: frozenset[str] = _words(
    """
    fact facts check checks checked opening closing promise promises kept broken visual
    marketing coaching program programs programme workshop workshops feed feeds
    contributing contributor contributors mostly half true false pants fire reality
    dealer dealers locator chain chains e-mail e-mails public notices notice mortgage
    mortgages rates rate salary wizard red blue pink purple orange yellow auto shows
    show note notes editor's editors' thanks tips tip hedge fund funds smart phone
    phones cloud software enterprise applications application briefing briefings room
    rooms floor action actions order orders reprint reprints front back personal finance
    finances horse horses racing accessibility statement statements future perfect earth
    ecological economics zip code codes interest based ads ad quality pollution smog
    girls boys basketball football baseball soccer hockey tennis golf cricket rugby
    scores score quarantined pro air max plus mini ultra lite premium deluxe edition
    series model models version versions product products service services solution
    solutions platform platforms system systems tool tools guide guides tutorial
    tutorials course courses class classes lesson lessons recipe recipes review reviews
    rating ratings ranking rankings list lists index glossary dictionary calculator
    converter tracker tracking dashboard portal centre center hub zone corner lounge
    library archive archives collection collections directory resources resource
    download downloads upload uploads gift gifts shop shopping cart checkout wishlist
    basket delivery shipping returns refund refunds warranty sale sales offer offers
    discount discounts coupon coupons deal deals pricing plan plans membership members
    member community forum forums discussion discussions question questions answer
    answers quiz quizzes poll polls survey surveys contest contests giveaway giveaways
    winner winners award awards prize prizes ticket tickets schedule schedules results
    result standings fixtures stats statistics table tables chart charts graph graphs
    map maps photo photos picture pictures breaking urgent exclusive developing live
    latest update updates alert alerts global local regional national international
    domestic foreign world worldwide daily weekly monthly annual yearly quarterly recent
    upcoming previous current former official unofficial general special social digital
    mobile online offline virtual real hot cold warm cool wet dry heavy light dark
    bright clean dirty safe unsafe healthy fresh raw organic natural modern classic
    vintage retro urban rural coastal economic political legal medical financial
    technical scientific cultural historical key main minor primary secondary top bottom
    upper lower inner outer middle full empty open closed private secret hidden visible
    available unavailable affordable expensive cheap easy hard simple complex quick slow
    fast rapid instant energy oil gas power water food drink drinks wine beer coffee tea
    health care insurance bank banking credit debit loan loans tax taxes budget budgets
    trade markets economy jobs job work careers career office offices industry
    industries research study studies report reports data security privacy safety crime
    crimes climate weather storm storms flood floods wildfire wildfires earthquake
    earthquakes election elections campaign campaigns voter voters vote votes debate
    debates war wars peace military army navy defense defence border borders immigration
    police court courts trial trials law laws rule rules policy policies reform reforms
    school schools college colleges university universities student students teacher
    teachers education learning science space nasa tech technology internet web site
    sites app apps games game gaming video videos movie movies film films music song
    songs album albums book books arts theatre theater dance fashion beauty style travel
    holiday holidays vacation hotel hotels restaurant restaurants bar bars city cities
    town towns village villages county counties state states country countries region
    regions island islands river lakes mountain mountains beach beaches parks garden
    gardens home homes house houses property properties estate apartment apartments rent
    rental rentals car cars truck trucks bike bikes bus buses train trains flight
    flights airline airlines airport airports road roads street streets traffic transit
    transport transportation parking
    """
)

# A line that is only one of these labels ("Author:") puts the byline on the next line.
BYLINE_LABELS: frozenset[str] = frozenset(
    (
        "author", "authors", "by", "written by", "words by", "posted by", "published by", "story by",
        "reporter", "autor", "autorin", "von", "text", "auteur", "auteurs", "par", "por", "autore",
        "di", "door", "przez", "redakcja",
    )
)  # fmt: skip
