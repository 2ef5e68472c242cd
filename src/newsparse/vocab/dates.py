"""Word tables for timestamp parsing: month and weekday names, labels, units, zones.

Data only: every key is lower-case; "|" separates spellings of the same value.
Multi-word keys use one space; CJK keys are written without spaces.
"""

from __future__ import annotations


def _words(spec: str) -> tuple[str, ...]:
    """Split a "|"-separated list of spellings (keeps the tables compact)."""
    return tuple(spec.split("|"))


# Month names per language, January first; abbreviations and case forms included.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january|jan|janv",
        "february|feb|febr",
        "march|mar",
        "april|apr",
        "may",
        "june|jun",
        "july|jul",
        "august|aug",
        "september|sep|sept",
        "october|oct",
        "november|nov",
        "december|dec",
    ),
    "de": (
        "januar|jänner|jän",
        "februar|feber",
        "märz|mär|mrz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober|okt",
        "november",
        "dezember|dez",
    ),
    "fr": (
        "janvier|janv",
        "février|fevrier|févr|fév|fev",
        "mars",
        "avril|avr",
        "mai",
        "juin",
        "juillet|juil",
        "août|aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre|decembre|déc",
    ),
    "es": (
        "enero|ene",
        "febrero",
        "marzo",
        "abril|abr",
        "mayo",
        "junio",
        "julio",
        "agosto|ago",
        "septiembre|setiembre|set",
        "octubre",
        "noviembre",
        "diciembre|dic",
    ),
    "it": (
        "gennaio|gen",
        "febbraio",
        "marzo",
        "aprile",
        "maggio|mag",
        "giugno|giu",
        "luglio|lug",
        "agosto",
        "settembre",
        "ottobre|ott",
        "novembre",
        "dicembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março|marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro|out",
        "novembro",
        "dezembro",
    ),
    "nl": (
        "januari",
        "februari",
        "maart|mrt",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "styczeń|stycznia|sty",
        "luty|lutego|lut",
        "marzec|marca",
        "kwiecień|kwietnia|kwi",
        "maj|maja",
        "czerwiec|czerwca|cze",
        "lipiec|lipca|lip",
        "sierpień|sierpnia",
        "wrzesień|września|wrz",
        "październik|października|paź",
        "listopad|listopada|lis",
        "grudzień|grudnia|gru",
    ),
    "ru": (
        "январь|января|янв",
        "февраль|февраля|фев",
        "март|марта",
        "апрель|апреля|апр",
        "май|мая",
        "июнь|июня|июн",
        "июль|июля|июл",
        "август|августа|авг",
        "сентябрь|сентября|сен|сент",
        "октябрь|октября|окт",
        "ноябрь|ноября|ноя",
        "декабрь|декабря|дек",
    ),
    "uk": (
        "січень|січня|січ",
        "лютий|лютого|лют",
        "березень|березня|бер|берез",
        "квітень|квітня|квіт|кві",
        "травень|травня|трав|тра",
        "червень|червня|черв|чер",
        "липень|липня|лип",
        "серпень|серпня|серп",
        "вересень|вересня|вер",
        "жовтень|жовтня|жовт|жов",
        "листопад|листопада|лист",
        "грудень|грудня|груд|гру",
    ),
    "be": (
        "студзень|студзеня",
        "люты|лютага",
        "сакавік|сакавіка",
        "красавік|красавіка",
        "траўня|травеня",
        "чэрвень|чэрвеня",
        "ліпень|ліпеня",
        "жнівень|жніўня",
        "верасень|верасня",
        "кастрычнік|кастрычніка",
        "лістапад|лістапада",
        "снежань|снежня",
    ),
    "bg": (
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
    "cs": (
        "leden|ledna",
        "únor|února",
        "březen|března",
        "duben|dubna",
        "květen|května",
        "červen|června|čvn",
        "červenec|července|čvc",
        "srpen|srpna|srp",
        "září",
        "říjen|října|říj",
        "listopadu",
        "prosinec|prosince|pro",
    ),
    "sk": (
        "január|januára",
        "február|februára",
        "marec",
        "apríl|apríla",
        "máj|mája",
        "jún|júna",
        "júl|júla",
        "augusta",
        "septembra",
        "október|októbra",
        "novembra",
        "decembra",
    ),
    "hr": (
        "siječanj|siječnja|sij",
        "veljača|veljače|velj",
        "ožujak|ožujka|ožu",
        "travanj|travnja",
        "svibanj|svibnja|svi",
        "lipanj|lipnja",
        "srpanj|srpnja",
        "kolovoz|kolovoza",
        "rujan|rujna|ruj",
        "listopad",
        "studeni|studenoga|studenog|stu",
        "prosinac|prosinca",
    ),
    "sl": (
        "januar",
        "februar",
        "marec",
        "april",
        "maj",
        "junij",
        "julij",
        "avgust",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "ro": (
        "ianuarie|ian",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie|iun",
        "iulie|iul",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie|noi",
        "decembrie",
    ),
    "hu": (
        "január",
        "február|febr",
        "március|márc",
        "április|ápr",
        "május|máj",
        "június|jún",
        "július|júl",
        "augusztus",
        "szeptember|szept",
        "október",
        "november",
        "december",
    ),
    "tr": (
        "ocak|oca",
        "şubat|şub",
        "mart",
        "nisan|nis",
        "mayıs",
        "haziran|haz",
        "temmuz|tem",
        "ağustos|ağu",
        "eylül|eyl",
        "ekim|eki",
        "kasım|kas",
        "aralık|ara",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december|desember",
    ),
    "fi": (
        "tammikuu|tammikuuta|tammi",
        "helmikuu|helmikuuta|helmi",
        "maaliskuu|maaliskuuta|maalis",
        "huhtikuu|huhtikuuta|huhti",
        "toukokuu|toukokuuta|touko",
        "kesäkuu|kesäkuuta",
        "heinäkuu|heinäkuuta",
        "elokuu|elokuuta",
        "syyskuu|syyskuuta|syys",
        "lokakuu|lokakuuta|loka",
        "marraskuu|marraskuuta|marras",
        "joulukuu|joulukuuta|joulu",
    ),
    "et": (
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ),
    "lt": (
        "sausis|sausio",
        "vasaris|vasario",
        "kovas|kovo",
        "balandis|balandžio",
        "gegužė|gegužės",
        "birželis|birželio",
        "liepa|liepos",
        "rugpjūtis|rugpjūčio",
        "rugsėjis|rugsėjo",
        "spalis|spalio",
        "lapkritis|lapkričio",
        "gruodis|gruodžio",
    ),
    "lv": (
        "janvāris|janvārī",
        "februāris|februārī",
        "marts|martā",
        "aprīlis|aprīlī",
        "maijs|maijā",
        "jūnijs|jūnijā",
        "jūlijs|jūlijā",
        "augusts|augustā",
        "septembris|septembrī",
        "oktobris|oktobrī",
        "novembris|novembrī",
        "decembris|decembrī",
    ),
    "el": (
        "ιανουάριος|ιανουαρίου|ιαν",
        "φεβρουάριος|φεβρουαρίου|φεβ",
        "μάρτιος|μαρτίου|μαρ",
        "απρίλιος|απριλίου|απρ",
        "μάιος|μαΐου|μαΐ|μαϊου",
        "ιούνιος|ιουνίου|ιουν",
        "ιούλιος|ιουλίου|ιουλ",
        "αύγουστος|αυγούστου|αυγ",
        "σεπτέμβριος|σεπτεμβρίου|σεπ",
        "οκτώβριος|οκτωβρίου|οκτ",
        "νοέμβριος|νοεμβρίου|νοε",
        "δεκέμβριος|δεκεμβρίου|δεκ",
    ),
    "id": (
        "januari",
        "februari|pebruari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus|agu",
        "september",
        "oktober",
        "november|nopember",
        "desember|des",
    ),
    "ms": (
        "januari",
        "februari",
        "mac",
        "april",
        "mei",
        "jun",
        "julai",
        "ogos",
        "september",
        "oktober",
        "november",
        "disember",
    ),
    "tl": (
        "enero",
        "pebrero|peb",
        "marso",
        "abril",
        "mayo",
        "hunyo|hun",
        "hulyo|hul",
        "agosto",
        "setyembre",
        "oktubre",
        "nobyembre",
        "disyembre",
    ),
    "ca": (
        "gener",
        "febrer",
        "març",
        "abril",
        "maig",
        "juny",
        "juliol",
        "agost",
        "setembre",
        "octubre",
        "novembre",
        "desembre",
    ),
    "af": (
        "januarie",
        "februarie",
        "maart",
        "april",
        "mei",
        "junie",
        "julie",
        "augustus",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "vi": (
        "tháng một|tháng giêng",
        "tháng hai",
        "tháng ba",
        "tháng tư",
        "tháng năm",
        "tháng sáu",
        "tháng bảy",
        "tháng tám",
        "tháng chín",
        "tháng mười",
        "tháng mười một",
        "tháng mười hai",
    ),
    "th": (
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ),
    "ar": (
        "يناير|كانون الثاني",
        "فبراير|شباط",
        "مارس|آذار",
        "أبريل|ابريل|نيسان",
        "مايو|أيار",
        "يونيو|يونيه|حزيران",
        "يوليو|يوليه|تموز",
        "أغسطس|اغسطس|آب",
        "سبتمبر|أيلول",
        "أكتوبر|اكتوبر|تشرين الأول",
        "نوفمبر|تشرين الثاني",
        "ديسمبر|كانون الأول",
    ),
    "he": (
        "ינואר",
        "פברואר",
        "מרץ|מרס",
        "אפריל",
        "מאי",
        "יוני",
        "יולי",
        "אוגוסט",
        "ספטמבר",
        "אוקטובר",
        "נובמבר",
        "דצמבר",
    ),
    "hi": (
        "जनवरी",
        "फ़रवरी|फरवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर|सितम्बर",
        "अक्टूबर",
        "नवंबर|नवम्बर",
        "दिसंबर|दिसम्बर",
    ),
    "bn": (
        "জানুয়ারী|জানুয়ারি",
        "ফেব্রুয়ারী|ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ),
    "ka": (
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ),
    "mk": (
        "јануари",
        "февруари",
        "март",
        "април",
        "мај",
        "јуни",
        "јули",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
    "sr": (
        "januar|јануар",
        "februar|фебруар",
        "mart",
        "april|април",
        "maj|мај",
        "jun|јун",
        "jul|јул",
        "avgust|август",
        "septembar|септембар",
        "oktobar|октобар",
        "novembar|новембар",
        "decembar|децембар",
    ),
}

# Month spellings claimed by two languages with different months: listed here once,
# with the reading most news text means ("listopad" is November in pl/cs, October in hr).
MONTH_OVERRIDES: dict[str, int] = {"listopad": 11, "listopada": 11, "mar": 3, "lis": 11, "mai": 5}

# Weekday names per language, Monday first.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": (
        "monday|mon",
        "tuesday|tue|tues",
        "wednesday|wed",
        "thursday|thu|thur|thurs",
        "friday|fri",
        "saturday|sat",
        "sunday|sun",
    ),
    "de": (
        "montag|mo",
        "dienstag|di",
        "mittwoch|mi|mit",
        "donnerstag|do",
        "freitag|fr",
        "samstag|sonnabend|sa",
        "sonntag|so",
    ),
    "fr": (
        "lundi|lun",
        "mardi",
        "mercredi|mer",
        "jeudi|jeu",
        "vendredi|ven",
        "samedi|sam",
        "dimanche|dim",
    ),
    "es": (
        "lunes",
        "martes",
        "miércoles|miercoles|mié",
        "jueves|jue",
        "viernes|vie|vi",
        "sábado|sabado|sáb",
        "domingo|dom",
    ),
    "it": (
        "lunedì|lunedi",
        "martedì|martedi",
        "mercoledì|mercoledi",
        "giovedì|giovedi|gio",
        "venerdì|venerdi",
        "sabato|sab",
        "domenica",
    ),
    "pt": (
        "segunda-feira|segunda|seg",
        "terça-feira|terça|ter",
        "quarta-feira|quarta|qua",
        "quinta-feira|quinta|qui",
        "sexta-feira|sexta|sex",
        "sábado",
        "domingo",
    ),
    "nl": (
        "maandag|ma",
        "dinsdag",
        "woensdag|wo",
        "donderdag",
        "vrijdag|vr",
        "zaterdag|za",
        "zondag|zo",
    ),
    "pl": (
        "poniedziałek|pon",
        "wtorek|wt",
        "środa|śr",
        "czwartek|czw",
        "piątek|pt",
        "sobota|sob",
        "niedziela|niedz|nd",
    ),
    "ru": (
        "понедельник|пн",
        "вторник|вт",
        "среда|ср",
        "четверг|чт",
        "пятница|пт",
        "суббота|сб|сбт",
        "воскресенье|вс",
    ),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця|п'ятниця", "субота", "неділя"),
    "be": ("панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля"),
    "cs": (
        "pondělí|po",
        "úterý|út",
        "středa|st",
        "čtvrtek|čt|čtv",
        "pátek|pá",
        "sobota",
        "neděle|ne",
    ),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "ro": (
        "luni",
        "marți|marti",
        "miercuri",
        "joi",
        "vineri",
        "sâmbătă|sambata",
        "duminică|duminica",
    ),
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "hu": ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    "vi": ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat|jum'at", "sabtu", "minggu"),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "ka": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"),
    "zh": (
        "星期一|周一|週一",
        "星期二|周二|週二",
        "星期三|周三|週三",
        "星期四|周四|週四",
        "星期五|周五|週五",
        "星期六|周六|週六",
        "星期日|星期天|周日|週日",
    ),
    "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    "ar": (
        "الاثنين|الإثنين",
        "الثلاثاء",
        "الأربعاء|الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد|الاحد",
    ),
}

# Label words before a timestamp, and which kind of date they announce.
LABELS: dict[str, str] = {
    **dict.fromkeys(
        [
            "published",
            "publish date",
            "posted",
            "first published",
            "created",
            "written",
            "released",
            "issued",
            "publié",
            "publiée",
            "publié le",
            "mis en ligne",
            "veröffentlicht",
            "erschienen",
            "erstellt",
            "publiziert",
            "publicado",
            "publicada",
            "publicación",
            "pubblicato",
            "pubblicata",
            "gepubliceerd",
            "geplaatst",
            "opublikowano",
            "opublikowany",
            "data publikacji",
            "опубликовано",
            "опубликован",
            "дата публикации",
            "publikováno",
            "objavljeno",
            "yayınlandı",
            "yayımlandı",
            "yayın tarihi",
            "julkaistu",
            "publicerad",
            "udgivet",
            "publisert",
            "publicat",
            "发布",
            "發佈",
            "发布时间",
            "發佈時間",
            "公開",
            "配信",
            "投稿",
            "掲載",
            "등록",
            "입력",
            "نشر",
            "تاريخ النشر",
        ],
        "published",
    ),
    **dict.fromkeys(
        _words(
            "updated|last updated|update|last modified|modified|edited|revised|upd|"
            "mis à jour|mise à jour|actualisé|modifié|aktualisiert|geändert|stand|zuletzt aktualisiert|"
            "actualizado|actualizada|actualización|aggiornato|aggiornata|aggiornamento|"
            "atualizado|atualizada|atualização|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|"
            "обновлено|обновлен|изменено|aktualizováno|ažurirano|güncellendi|güncelleme|"
            "son güncelleme|päivitetty|uppdaterad|opdateret|oppdatert|actualizat|更新|更新时间|"
            "更新時間|最終更新|수정|آخر تحديث|تحديث"
        ),
        "updated",
    ),
}

# Words meaning a day counted from today.
RELATIVE_DAYS: dict[str, int] = {
    **dict.fromkeys(
        _words(
            "today|till date|to date|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|сегодня|"
            "сьогодні|сёння|днес|dnes|danas|danes|bugün|idag|i dag|tänään|azi|astăzi|σήμερα|"
            "hôm nay|วันนี้|hari ini|اليوم|היום|आज|আজ|আজি|今天|今日|오늘|bu gün|täna|šiandien"
        ),
        0,
    ),
    **dict.fromkeys(
        _words(
            "yesterday|gestern|hier|ayer|ieri|ontem|gisteren|wczoraj|вчера|вчора|учора|ўчора|"
            "včera|jučer|včeraj|dün|igår|i går|eilen|tegnap|χθες|hôm qua|เมื่อวาน|เมื่อวานนี้|"
            "kemarin|semalam|أمس|امس|يوم أمس|אתמול|कल|গতকাল|কালি|昨天|昨日|어제|ighuo|vakar|eile|"
            "dünən|kahapon|ngày hôm qua"
        ),
        -1,
    ),
    **dict.fromkeys(
        _words(
            "day before yesterday|the day before yesterday|vorgestern|avant-hier|anteayer|antier|"
            "l'altro ieri|altroieri|anteontem|eergisteren|przedwczoraj|позавчера|позавчора|"
            "пазаўчора|předevčírem|toissapäivänä|前天|一昨日|그저께|hôm kia"
        ),
        -2,
    ),
    **dict.fromkeys(
        _words(
            "tomorrow|morgen|demain|mañana|domani|amanhã|jutro|завтра|zítra|sutra|yarın|imorgon|"
            "huomenna|明天|明日|내일"
        ),
        1,
    ),
}

# Words meaning "this instant".
NOW_WORDS: frozenset[str] = frozenset(
    [
        "now",
        "just now",
        "right now",
        "jetzt",
        "gerade eben",
        "soeben",
        "à l'instant",
        "maintenant",
        "ahora",
        "ahora mismo",
        "adesso",
        "agora",
        "nu",
        "zojuist",
        "teraz",
        "przed chwilą",
        "сейчас",
        "только что",
        "刚刚",
        "剛剛",
        "たった今",
        "방금",
    ]
)

# Relative-unit words: exact spellings (short abbreviations) and stems matched as prefixes.
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120}
UNIT_EXACT: dict[str, str] = {
    **dict.fromkeys(_words("s|sec|secs|seg|sek|с|сек|秒|초|giây|วินาที"), "second"),
    **dict.fromkeys(_words("m|min|mins|mn|мин|хв|хвіл|分|分钟|分鐘|분|phút|นาที|perc"), "minute"),
    **dict.fromkeys(
        [
            "h",
            "hr",
            "hrs",
            "hour",
            "std",
            "ч",
            "час",
            "часа",
            "часов",
            "godz",
            "hod",
            "ore",
            "ora",
            "uur",
            "saat",
            "小时",
            "小時",
            "時間",
            "시간",
            "giờ",
            "ชม",
            "óra",
            "jam",
            "oras",
            "uair",
            "сахь",
            "цаг",
            "timer",
            "time",
            "timme",
            "timmar",
            "tim",
            "an",
            "ans",
            "ura",
            "uri",
            "ure",
            "uro",
            "urama",
            "urami",
        ],
        "hour",
    ),
    **dict.fromkeys(
        [
            "d",
            "day",
            "days",
            "tag",
            "tage",
            "tagen",
            "j",
            "jour",
            "jours",
            "día",
            "días",
            "dia",
            "dias",
            "dag",
            "dagen",
            "dagar",
            "dni",
            "dny",
            "dní",
            "dnia",
            "dzień",
            "день",
            "дня",
            "дней",
            "дні",
            "дзён",
            "дни",
            "дена",
            "gün",
            "天",
            "日",
            "일",
            "ngày",
            "nap",
            "hari",
            "araw",
            "latha",
            "д",
            "өдөр",
            "күн",
            "ditë",
            "ulloq",
            "egun",
            "deiz",
            "zi",
            "zile",
            "ημέρες",
            "ημέρα",
            "päev",
            "päeva",
            "päivä",
            "päivää",
        ],
        "day",
    ),
    **dict.fromkeys(_words("w|wk|wks|週|周|週間|주|tuần|hét|minggu|kw|sem|sett"), "week"),
    **dict.fromkeys(
        [
            "mo",
            "mos",
            "mth",
            "mths",
            "月",
            "个月",
            "個月",
            "ヶ月",
            "か月",
            "カ月",
            "개월",
            "달",
            "tháng",
            "เดือน",
            "bulan",
            "hónap",
            "ay",
            "ماه",
        ],
        "month",
    ),
    **dict.fromkeys(
        _words("y|yr|yrs|年|년|năm|ปี|év|سال|tahun|yıl|lat|г|год|года|лет|rok|roky|let"), "year"
    ),
}
UNIT_STEMS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            "second|másodperc|sekund|วินาที|ثانیه|سیکنڈ|seconde|segund|secondo|secondi|seconden|sekunn|секунд|секун|секанд|segon|"
            "saniye|saniyə|sekundi|δευτερόλεπτ|সেকেন্ড|सेकंड|ಸೆಕೆಂಡು|வினாடி|ثانية|ثوان|שני"
        ),
        "second",
    ),
    **dict.fromkeys(
        _words(
            "minut|minuč|นาที|دقیقه|منٹ|دقائ|דקו|דקה|minuut|minuti|minuto|minuut|minuten|minit|minutu|мінут|минут|хвілін|хвіл|मिनट|মিনিট|"
            "મિનિટ|நிமிட|ನಿಮಿಷ|മിനിറ്റ|λεπτ|dakika|dəqiqə|perc|mionaid|mhionaid|perce|دقيق|דק|"
        ),
        "minute",
    ),
    **dict.fromkeys(
        _words(
            "hour|órá|ώρα|ώρε|stund|ชั่วโมง|ساعت|گھنٹ|שעה|שעו|tunt|heure|hora|uur|godzin|hodin|hodín|hodin|час|годин|гадзін|сағат|घंट|ঘন্টা|"
            "ঘণ্টা|કલાક|மணி|గంట|ಗಂಟೆ|മണിക്കൂ|ώρ|tund|tunni|valand|sati|sata|timm|tími|tíma|óra|"
            "ساع|שע|tiếng"
        ),
        "hour",
    ),
    **dict.fromkeys(
        _words(
            "day|tag|jour|วัน|روز|nap|dia|día|giorn|dag|dzie|dni|dní|dnů|dňa|dňami|dní|дн|ден|дзен|dana|gün|"
            "dien|dienų|päiv|দিন|दिन|દિવસ|நாள்|రోజ|ದಿನ|ദിവസ|ημέρ|μέρ|يوم|أيام|ايام|יום|ימים|"
            "izinsuku|ezinsuku|diwrnod"
        ),
        "day",
    ),
    **dict.fromkeys(
        _words(
            "week|weken|woche|สัปดาห์|هفته|ہفت|săptămân|semaine|semana|settiman|tydzie|tygodni|týd|týž|tjed|tedn|недел|неде|тиж|"
            "тыдз|седмиц|hafta|həftə|vecka|veckor|uge|uke|viikk|nädal|savait|javë|javo|εβδομάδ|"
            "सप्ताह|हफ्त|हप्ता|সপ্তাহ|અઠવાડિય|வார|వార|ವಾರ|ആഴ്ച|សប្ដាហ៍|សប្តាហ៍|sizhun|кӏир|"
            "asteko|aste|أسبوع|أسابيع|שבוע|pekan|linggo"
        ),
        "week",
    ),
    **dict.fromkeys(
        _words(
            "month|monat|مہین|mois|mes|mese|mesi|maand|miesi|měsí|mesia|mjesec|месяц|месец|місяц|месяц|"
            "månad|måned|kuukau|kuu|mėnes|muaj|μήν|μην|महीन|মাস|شهر|أشهر|חודש|сар"
        ),
        "month",
    ),
    **dict.fromkeys(
        _words(
            "year|éve|jahr|année|año|anno|anni|ano|anos|jaar|rok|roku|lat|let|год|лет|рік|рокі|"
            "гадо|godin|yıl|år|vuo|vuot|év|aasta|metų|χρόν|साल|বছর|سنة|سنوات|שנה|שנים|tahun"
        ),
        "year",
    ),
    **dict.fromkeys(_words("decade|jahrzehnt|décennie|década|decennio|десятилет"), "decade"),
}

# Words that turn a duration into a past instant ("3 days ago"), before or after it.
AGO_WORDS: frozenset[str] = frozenset(
    _words(
        "ago|before|back|earlier|vor|il y a|il ya|hace|fa|atrás|há|geleden|gelede|temu|назад|"
        "таму|тому|преди|před|pred|prije|pre|пред|önce|öncə|sedan|siden|sitten|ezelőtt|acum|în urmă|"
        "πριν|trước|cách đây|ที่แล้ว|ก่อน|lalu|yang lalu|ang nakalipas|nakalipas|منذ|قبل|לפני|"
        "पहले|আগে|পূর্বে|પહેલાં|முன்|முன்பு|క్రితం|ಹಿಂದೆ|മുമ്പ്|өмнө|мурун|पहिले|më parë|air ais|"
        "duela|eest|پیش|پہلے|prieš|síðan|хьалха|zo|មុន|ezedlule|前|전|atras|moins de|il y a environ|"
        "тому назад"
    )
)

# Words that make a duration lie ahead ("in 3 days").
AHEAD_WORDS: frozenset[str] = frozenset(_words("in|dans|en|tra|fra|через|binnen|後|后|후"))

# Words that say "last <unit>" (one unit back).
LAST_WORDS: frozenset[str] = frozenset(
    _words(
        "last|past|previous|letzte|letzten|letztes|dernier|dernière|pasado|pasada|scorso|scorsa|"
        "passado|passada|vorige|afgelopen|ostatni|ostatnie|прошлый|прошлой|прошлом|прошлое"
    )
)

# Spelled-out small numbers (and articles meaning one) used in relative forms.
NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(
        _words(
            "a|an|one|o|ein|eine|einer|einem|einen|un|une|uno|una|um|uma|een|jeden|jedna|jedno|один|"
            "одна|одну|одно|bir|egy|ett|yksi"
        ),
        1,
    ),
    **dict.fromkeys(_words("two|zwei|deux|dos|due|dois|duas|twee|dwa|dwie|два|две|iki|två"), 2),
    **dict.fromkeys(_words("three|drei|trois|tres|tre|três|drie|trzy|три|üç|tre"), 3),
    **dict.fromkeys(_words("four|vier|quatre|cuatro|quattro|quatro|cztery|четыре"), 4),
    **dict.fromkeys(_words("five|fünf|cinq|cinco|cinque|vijf|pięć|пять"), 5),
    **dict.fromkeys(_words("six|sechs|seis|sei|zes|sześć|шесть"), 6),
    **dict.fromkeys(_words("seven|sieben|siete|sette|sete|zeven|siedem|семь"), 7),
    **dict.fromkeys(_words("eight|acht|huit|ocho|otto|oito|osiem|восемь"), 8),
    **dict.fromkeys(_words("nine|neun|neuf|nueve|nove|negen|dziewięć|девять"), 9),
    **dict.fromkeys(_words("ten|zehn|dix|diez|dieci|tien|dziesięć|десять"), 10),
    **dict.fromkeys(_words("eleven|elf|onze|once|undici"), 11),
    **dict.fromkeys(_words("twelve|zwölf|douze|doce|dodici|twaalf"), 12),
}

# Words that may stand between the parts of one timestamp without breaking it.
GLUE_WORDS: frozenset[str] = frozenset(
    _words(
        "at|on|en|the|of|by|and|about|around|approx|approximately|nearly|almost|some|"
        "um|am|gegen|etwa|ca|circa|uhr|den|der|vom|le|la|à|a|vers|environ|de|del|el|las|los|"
        "cerca|alrededor|y|e|alle|ore|il|di|del|verso|às|as|em|do|da|om|rond|ongeveer|o|w|we|"
        "około|ok|godz|r|roku|rok|g|в|во|г|года|год|около|каля|примерно|время|u|oko|v|ve|kolem|"
        "klo|kl|kello|kell|o'clock|h|hrs|kello|tarihinde|tarihi|tarih|saat|giờ|lúc|ngày|năm|"
        "pukul|jam|tanggal|pada|noong|noong|sa|ng|წლის|წ|প্রায়|लगभग|ungefär|omkring|cirka|"
        "noin|kb|približno|oko|yaklaşık|około|dnia|dne|dňa|den|el día|le jeudi|na"
    )
)

# Ordinal suffixes written after a day number ("1st", "1er", "1লা").
ORDINAL_SUFFIXES: frozenset[str] = frozenset(
    _words(
        "st|nd|rd|th|er|ère|re|e|eme|ème|º|ª|o|a|го|е|-го|-е|লা|শে|ই|রা|তম|ste|de|ten|te|"
        "η|ης|ος|inci|ıncı|uncu|üncü"
    )
)

# Clock words: am/pm markers, and words that say a number is an hour ("18.37 Uhr").
AM_WORDS: frozenset[str] = frozenset(
    _words("am|a.m.|a.m|a. m.|vorm|vorm.|ap|ap.|午前|上午|오전|पूर्वाह्न|ص")
)
PM_WORDS: frozenset[str] = frozenset(
    _words("pm|p.m.|p.m|p. m.|nachm|nachm.|ip|ip.|午後|下午|오후|अपराह्न|م")
)
HOUR_WORDS: frozenset[str] = frozenset(_words("uhr|h|heures|godz|óra"))

# CJK date and clock markers.
CJK_YEAR = frozenset("年년")
CJK_MONTH = frozenset("月월")
CJK_DAY = frozenset("日일号號")
CJK_HOUR = frozenset("时時시点點")
CJK_MINUTE = frozenset("分분")
CJK_SECOND = frozenset("秒초")

# Prefixes glued to a month name in scripts written without spaces ("เดือนตุลาคม").
MONTH_PREFIXES: tuple[str, ...] = ("เดือน", "ב")

# Zone abbreviations: a fixed offset in minutes, or an IANA zone for names that switch
# with daylight saving ("ET" is -05:00 in winter and -04:00 in summer).
ZONE_OFFSETS: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "ut": 0,
    "wet": 0,
    "bst": 60,
    "ist": 330,
    "cet": 60,
    "cest": 120,
    "met": 60,
    "mesz": 120,
    "mez": 60,
    "eet": 120,
    "eest": 180,
    "wat": 60,
    "cat": 120,
    "eat": 180,
    "msk": 180,
    "trt": 180,
    "gst": 240,
    "pkt": 300,
    "npt": 345,
    "bdt": 360,
    "ict": 420,
    "wib": 420,
    "wita": 480,
    "wit": 540,
    "sgt": 480,
    "hkt": 480,
    "pht": 480,
    "myt": 480,
    "awst": 480,
    "jst": 540,
    "kst": 540,
    "acst": 570,
    "acdt": 630,
    "aest": 600,
    "aedt": 660,
    "nzst": 720,
    "nzdt": 780,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
    "ast": -240,
    "adt": -180,
    "nst": -210,
    "ndt": -150,
    "brt": -180,
    "art": -180,
    "clt": -240,
}
ZONE_NAMES: dict[str, str] = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
    "aet": "Australia/Sydney",
    "heure de paris": "Europe/Paris",
    "hora de madrid": "Europe/Madrid",
}

# Words of a reading-time tail after a timestamp ("5 min read").
READING_WORDS: frozenset[str] = frozenset(
    _words(
        "min|mins|minute|minutes|read|reading|time|lesezeit|lesedauer|lecture|de lecture|lectura|"
        "de lectura|lettura|di lettura|leitura|de leitura|leestijd|czytania|чтения|чтение|"
        "minuten|minutos|minuti|minuty|минут|минуты"
    )
)

# Words right before "18.37" that make it a clock reading rather than a number.
CLOCK_LEADS: frozenset[str] = frozenset(
    _words("klo|kl|kello|um|at|à|alle|ore|às|as|a las|om|o|u|w|в|godz|hod|saat|lúc|pukul|jam")
)

# Words that may stand inside a duration ("about 2 hours", "vor etwa 3 Tagen", "now - 1 day").
DURATION_FILLERS: frozenset[str] = frozenset(
    _words(
        "about|around|από|approximately|nearly|almost|some|over|more than|less than|now|and|"
        "etwa|ca|circa|ungefähr|rund|knapp|und|environ|près de|presque|plus de|et|cerca de|"
        "alrededor de|unos|unas|casi|más de|y|circa|quasi|più di|e|cerca de|quase|mais de|"
        "ongeveer|bijna|ruim|en|około|prawie|ponad|i|около|почти|более|примерно|и|каля|"
        "amper|kolem|přibližně|a|oko|otprilike|yaklaşık|noin|lähes|prawie|khoảng|sekitar|"
        "প্রায়|लगभग|大约|約|约"
    )
)

# Relative markers glued to the unit in scripts written without spaces.
GLUED_AGO: tuple[str, ...] = ("ที่แล้ว", "ก่อน", "前", "전")

# Words after a duration that put it ahead ("2 hours from now").
AHEAD_AFTER_WORDS: frozenset[str] = frozenset(
    _words("from now|later|hence|später|plus tard|después|dopo")
)

# Words that make the next number a month ("ngày 20 tháng 11 năm 2014").
MONTH_MARKERS: frozenset[str] = frozenset({"tháng"})

# English words that make an ambiguous 05/06/2024 read month first (en-US habit).
ENGLISH_HINTS: frozenset[str] = frozenset(
    _words("published|updated|posted|last|on|at|by|modified|am|pm|a.m.|p.m.")
)
