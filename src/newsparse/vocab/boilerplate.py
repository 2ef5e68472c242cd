"""Data: words and phrases of page furniture, in en, de, fr, es, it, pt, nl, pl.

Matched case-insensitively against a whole cleaned line (`BOILERPLATE_LINES`) or
its start (`BOILERPLATE_STARTS`). Only phrases that are never the first words of
an article sentence belong here.
"""

from __future__ import annotations

# Whole lines that are furniture wherever they appear.
BOILERPLATE_LINES: frozenset[str] = frozenset(
    """
related content|related|related articles|related stories|related news|related posts|related topics
more from|more stories|more news|more on this story|more on this topic|more like this|you may also like
don't miss|don’t miss|nicht verpassen|à ne pas manquer|no te lo pierdas|da non perdere|não perca|mis het niet
nie przegap|you might also like|recommended|recommended for you|most read|most popular|most viewed|trending|trending now
top stories|latest news|latest|read more|read next|continue reading|show more|see more|load more|view more
view more articles|view all articles|all articles|view all posts|all posts|more articles|more posts
learn more|find out more|more info|mehr erfahren|en savoir plus|más información|saiba mais|scopri di più
meer informatie|dowiedz się więcej
advertisement|advertising|advert|adverts|sponsored|sponsored content|ad|ads|promoted|partner content|paid content
share|share this|share this article|share this story|share on facebook|share on twitter|share via email
tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|link copied|comments
comment|leave a comment|post a comment|add a comment|show comments|view comments|reply|report|like
subscribe|subscribe now|sign up|sign in|log in|login|register|newsletter|follow us|follow|menu|search
close|skip to content|skip to main content|back to top|home|homepage|next|previous|next article
next post|previous post|older post|newer post|share permalink|permalink|next story|previous story
back to overview|back to news|zurück zur übersicht|zurück|retour à la liste|volver|torna indietro
previous article|tags|topics|categories|filed under|see also|watch|listen|play|video|photos|gallery
cookie settings|accept cookies|accept all|reject all|manage cookies|privacy policy|terms of use
terms of service|terms & conditions|terms and conditions|contact us|about us|imprint|impressum
all rights reserved|sitemap|careers|jobs|advertise|advertise with us|help|faq|feedback
ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|weitere artikel|teilen|drucken
anzeige|werbung|kommentare|datenschutz|datenschutzerklärung|nutzungsbedingungen|kontakt|startseite
artikel teilen|zum thema|mehr lesen|weiterlesen|newsletter abonnieren|abonnieren|jetzt abonnieren
à lire aussi|lire aussi|lire la suite|articles similaires|sur le même sujet|partager|imprimer|publicité
commentaires|mentions légales|politique de confidentialité|s'abonner|abonnez-vous|accueil|voir aussi
noticias relacionadas|artículos relacionados|te puede interesar|compartir|imprimir|publicidad
comentarios|aviso legal|política de privacidad|suscríbete|suscribirse|inicio|lo más leído|leer más
articoli correlati|potrebbe interessarti|condividi|stampa|pubblicità|commenti|leggi anche|leggi di più
notícias relacionadas|leia também|leia mais|compartilhe|compartilhar|publicidade|comentários
gerelateerde artikelen|lees ook|lees meer|delen|reacties|advertentie|deel dit artikel
powiązane artykuły|czytaj także|czytaj więcej|udostępnij|reklama|komentarze|zobacz także
accept|i accept|i agree|agree|reject|decline|got it|manage preferences|manage settings|more options
alle akzeptieren|akzeptieren|alle ablehnen|ablehnen|zustimmen|zustimmen und weiter|einstellungen
einstellungen verwalten|cookie-einstellungen|tout accepter|accepter|tout refuser|refuser
continuer sans accepter|paramétrer les cookies|gérer les cookies|personnaliser|accepter et fermer
aceptar|aceptar todas|aceptar todo|rechazar|rechazar todas|rechazar todo|configurar cookies
accetta|accetta tutto|rifiuta|rifiuta tutto|aceitar|aceitar todos|rejeitar|alles accepteren
accepteren|weigeren|akceptuję|zaakceptuj wszystkie|odrzuć
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

# Line beginnings that mark furniture ("Sign up for our newsletter", "© 2024 ...").
BOILERPLATE_STARTS: tuple[str, ...] = tuple(
    """
©|copyright|(c) 20|all rights reserved|sign up for|sign up to|subscribe to|subscribe for|get the latest
get our|join our|get breaking news|breaking news alerts|breaking news emails|follow us on|follow us|like us on|share on|share this|click here|tap here|read more:
read more about|share via|filed to:|these are external links|image caption|media caption|video caption|close share panel|copy this link|related:|related content|related articles|related post|related story|related stories|related coverage|related reading|related link|see also:|also read|also see|watch:|listen:
advertisement|continue reading|story continues below|article continues below|the story continues below
weiterlesen nach der anzeige|lesen sie nach der anzeige weiter|la suite après la publicité|la suite après cette publicité
sigue leyendo|continúa leyendo|la noticia continúa|continua a leggere|continua dopo la pubblicità
continua depois da publicidade|continua após a publicidade|lees verder onder de advertentie|dalsza część artykułu pod reklamą
this article was originally published|this material may not be published|this document is subject to copyright|provided by|citation:|originally published|we use cookies|this site uses cookies
this website uses cookies|please enable javascript|enable javascript|javascript is required|javascript is disabled
this slideshow requires javascript|you need to enable javascript|media playback is unsupported
this site is protected by recaptcha|by continuing to|by using this|cookie policy|accept cookies|privacy policy
terms of use|you have been signed up|enter your email|your email address|we respect your privacy
thank you for signing up|thanks for signing up|you might also like|you may also like|more from
more stories from|recommended for you|most read|most popular|trending now|comments are closed
leave a reply|posted in|filed under|tagged|tags:|topics:|categories:|share this article
newsletter|download the app|get the app|download our app|open in app|skip to|jump to|back to top
mehr zum thema|das könnte sie auch interessieren|weitere artikel|jetzt abonnieren|newsletter abonnieren
wir verwenden cookies|diese website verwendet cookies|zur startseite|lesen sie auch|lesen sie mehr
à lire aussi|lire aussi|nous utilisons des cookies|abonnez-vous|inscrivez-vous|recevez notre
lee también|lea también|utilizamos cookies|suscríbete|te puede interesar|leer más
leggi anche|utilizziamo i cookie|iscriviti|potrebbe interessarti
leia também|leia mais|utilizamos cookies|assine|inscreva-se
lees ook|wij gebruiken cookies|abonneer|schrijf je in
czytaj także|czytaj też|używamy plików cookie|zapisz się|subskrybuj
this post may contain affiliate links|this post contains affiliate links|this article contains affiliate links
this page contains affiliate links|as an amazon associate|dieser artikel enthält affiliate-links
dieser beitrag enthält affiliate-links|cet article contient des liens affiliés|cet article contient des liens d'affiliation
este artículo contiene enlaces de afiliados|esta publicación contiene enlaces de afiliados
did you make this recipe|did you try this recipe|rate this recipe|hast du dieses rezept ausprobiert
tu as testé cette recette|vous avez testé cette recette|¿hiciste esta receta|¿preparaste esta receta
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

# The label of an advertisement inside an article: the article goes on after it.
AD_MARKERS: frozenset[str] = frozenset(
    """
advertisement|advert|advertising|anzeige|werbung|publicité|publicidad|pubblicità|publicidade
advertentie|reklama|annonce|anuncio
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
AD_MARKER_STARTS: tuple[str, ...] = (
    "story continues below",
    "article continues below",
    "the story continues below",
    "continue reading below",
    "weiterlesen nach der anzeige",
    "lesen sie nach der anzeige weiter",
    "la suite après la publicité",
    "la suite après cette publicité",
    "la noticia continúa",
    "continua dopo la pubblicità",
    "continua depois da publicidade",
    "continua após a publicidade",
    "lees verder onder de advertentie",
    "dalsza część artykułu pod reklamą",
)

# Words of share/follow rows: a line made only of these is furniture ("Whatsapp Facebook Pint").
SOCIAL_WORDS: frozenset[str] = frozenset(
    [
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "pinterest",
        "pint",
        "pin",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "print",
        "reddit",
        "tumblr",
        "telegram",
        "messenger",
        "flipboard",
        "pocket",
        "copy",
        "link",
        "share",
        "shares",
        "tweet",
        "comment",
        "comments",
        "instagram",
        "youtube",
        "tiktok",
        "rss",
        "feed",
        "sms",
        "vk",
        "weibo",
        "wechat",
        "line",
        "xing",
        "snapchat",
        "google",
        "save",
        "bookmark",
        "more",
        "sharing",
        "compartir",
        "partager",
        "teilen",
        "condividi",
        "compartilhar",
        "delen",
        "udostępnij",
        "baixar",
        "download",
    ]
)

# Reading time and pagination furniture ("5 min read", "Tempo de leitura: 1 minuto", "Image 1 of 13").
FURNITURE_PATTERNS: tuple[str, ...] = (
    r"^\d+\s*(?:min(?:ute)?s?|mins?\.?)\s+(?:read|de lecture|de leitura|lesezeit|di lettura|leestijd)\b",
    r"^(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania)\b",
    r"^(?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|von|de|sur|di|van|z)\s+\d+$",
    r"^[(（]?\s*\d+\s*(?:/|of)\s*\d+\s*(?:ページ|page)?\s*[)）]?$",
    r"\b[a-z]+_[a-z]+\b",
    r"^\d[\d.,]*\s?[kKmM]?\s+(?:shares?|comments?|likes?|views?|reads?|reactions?|antworten|kommentare|commentaires|comentarios|partages)$",
)

# Headings that open a list of other stories: everything after them is page chrome.
TRAILER_HEADINGS: frozenset[str] = frozenset(
    """
related content|related|related articles|related stories|related news|related posts|more from
more stories|more news|you may also like|you might also like|recommended|recommended for you
most read|most popular|most viewed|trending|trending now|top stories|latest news|read next
more on this story|more on this topic|comments|leave a comment|leave a reply|post a comment
more on|see also|read also|also read|related coverage|related links|further reading|editor's picks
trending stories|popular stories|recent posts|latest stories|in other news|around the web
explore further|top comments|top rated comments|reader comments|all comments|view all comments
show comments|join the conversation|discussion|about the author|about the authors|media contact|media contacts|press contact
press contacts|contacts|über den autor|zur person|à propos de l'auteur|sobre el autor|sobre o autor
ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|weitere artikel
à lire aussi|articles similaires|sur le même sujet|noticias relacionadas|artículos relacionados
te puede interesar|lo más leído|articoli correlati|potrebbe interessarti|notícias relacionadas
gerelateerde artikelen|powiązane artykuły|zobacz także
lesen sie auch|auch interessant|ebenfalls interessant|lire aussi|voir aussi|lee también|lea también
también te puede interesar|te recomendamos|leggi anche|leia também|veja também|lees ook
czytaj także|czytaj też
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

# Beginnings of such headings that go on with a name ("More from Jane Doe", "Recent from Tech").
TRAILER_STARTS: tuple[str, ...] = (
    "more from ",
    "recent from ",
    "more stories ",
    "more articles ",
    "more like this",
    "stories like this",
    "weitere artikel ",
    "plus d'articles ",
    "más noticias ",
    "altre notizie ",
    "mais notícias ",
    "meer artikelen ",
    "more by ",
    "other stories by ",
    "more in ",
    "more on ",
    "latest from ",
    "also from ",
    "popular on ",
    "next up in ",
    "most read in ",
    "mehr von ",
    "plus de ",
    "más de ",
    "altro da ",
)

# Section / kicker words that scrapers glue onto the headline ("NewsNATO ...").
SECTION_WORDS: frozenset[str] = frozenset(
    """
news|world|politics|business|economy|markets|money|tech|technology|science|health|sport|sports
opinion|analysis|culture|arts|entertainment|lifestyle|travel|environment|climate|education|local
national|international|europe|us|uk|asia|africa|americas|breaking|live|video|exclusive|features
nachrichten|politik|wirtschaft|kultur|wissen|panorama|meinung|actualités|monde|économie|noticias
mundo|economía|deportes|cultura|notizie|esteri|economia|notícias|nieuws|binnenland|buitenland
wiadomości|świat|kraj|gospodarka|sociedad|deportes|ciencia|tecnología|salud|opinión|internacional
nacional|société|sciences|santé|sport|planète|idées|gesellschaft|sport|digital|reise|auto|leben
società|scienza|salute|tecnologia|sociedade|ciência|saúde|tecnologia|opinião|samenleving
wetenschap|gezondheid|społeczeństwo|nauka|zdrowie|sport
education|crime|media|society|food|books|music|film|business news|world news|uk news|us news
region|regional|lokales|lokal|inland|ausland|deutschland|bildung|finanzen|gesundheit|karriere
politique|france|éducation|faits divers|régions|environnement|médias|livres|musique|cinéma
política|españa|educación|sucesos|local|medio ambiente|cultura|televisión|gente|motor
politica|cronaca|mondo|italia|spettacoli|política|brasil|educação|polityka|polska|kultura
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

# A paywall notice, wherever it sits in its line ("This article is for subscribers only",
# "Réservé aux abonnés", "この記事は会員限定です"): the article stops there.
PAYWALL_PHRASES: tuple[str, ...] = (
    r"(?:article|story|content) (?:is )?(?:for|reserved for) subscribers|subscribe to (?:continue|keep) reading",
    r"to (?:continue|keep) reading(?: this article)?,? (?:please )?(?:subscribe|sign in|log in|register)",
    r"nur für abonnenten|exklusiv für abonnenten|nur für abonnentinnen",
    r"réservée? aux abonnés|pour lire la suite|il vous reste \d+(?:[.,]\d+)? ?% de cet article",
    r"exclusivo para suscriptores|solo para suscriptores|para seguir leyendo",
    r"riservato agli abbonati|per continuare a leggere",
    r"exclusivo para assinantes|para continuar lendo",
    r"alleen voor abonnees",
    r"tylko dla prenumeratorów|tylko dla subskrybentów",
    r"会員限定|続きをお読み|付费阅读|订阅后|유료회원",
)

# Content-management shortcodes that leak into scraped text ("[button link=…]…[/button]"):
# a closing tag, or an opening one with an attribute ("[VIDEO]" alone tags a title).
_SHORTCODE_NAMES = (
    r"(?:button|caption|embed|gallery|video|audio|playlist|tweet|instagram|ad|advert)"
)
SHORTCODE = rf"\[/{_SHORTCODE_NAMES}\]|\[{_SHORTCODE_NAMES}\s+\w+\s*=[^\]]{{0,200}}\]"
