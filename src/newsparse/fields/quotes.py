"""Direct quotes in body paragraphs and who said them.

Quote marks are paired by a linear scan over the marks only; each quote is then
attributed from a bounded window of words around it (speech verbs, "according
to"), and pronouns or descriptions resolve to the most recent named speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple, TypeAlias

from newsparse.model import Block, Quote
from newsparse.vocab.quotes import (
    ACCORDING_TO,
    ADVERBS,
    AUXILIARIES,
    DESCRIPTION_LINKS,
    DETERMINERS,
    ELISIONS,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    GROUP_NOUNS,
    MALE_PRONOUNS,
    MALE_TITLES,
    NON_INVERTING,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PHRASE_STOPS,
    PRONOUNS,
    QUOTE_PAIRS,
    RESOLVABLE_PRONOUNS,
    SINGLE_MARKS,
    SPEECH_VERBS,
    TITLE_CUES,
    TITLE_SMALL_WORDS,
    TITLES,
)

# An unclosed quote may run to the end of its paragraph, but no further than
# this: a stray mark in a huge paragraph must not swallow it.
MAX_QUOTE = 3000
# Characters of context read on each side of a quote; keeps the work per quote
# constant, so hostile text stays linear.
WINDOW = 240
MAX_PHRASE = 12  # words in a speaker phrase

MARKS = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | set("”“’‘«»」』›‹")))) + "\n]")
WORD = re.compile(r"[^\s\x00]+")
SENTENCE_END = re.compile(r"[.!?…][\x00\"”’»」)\]]*\s+")
TAIL_WORD = re.compile(r"[\w.]+$")
LETTERS = re.compile(r"[^\W\d_]+")
MASK = "\x00"
DOUBLE_MARKS = frozenset('"“”„＂')


class _Span:
    """A quoted span found by the scanner, and what attribution made of it."""

    # Plain classes for the mutable records: a dataclass costs 0.5 ms of start-up.
    __slots__ = (
        "block",
        "close",
        "closed",
        "continues",
        "end",
        "mention",
        "mention_at",
        "open",
        "partial",
        "start",
    )

    def __init__(self, block: int, open_: int, start: int, end: int, *, closed: bool) -> None:
        self.block = block
        self.open = open_  # index of the opening mark
        self.start = start  # inner text
        self.end = end
        self.closed = closed
        self.close = -1  # index of the closing mark, or the paragraph end
        self.continues = False  # opens a paragraph right after an unclosed quote
        self.mention: str | None = None
        self.mention_at = -1  # offset of the mention in the block (-1: none there)
        self.partial = False


class _Entity:
    """A named speaker or person and the words seen describing them."""

    __slots__ = ("gender", "name", "words")

    def __init__(self, name: str) -> None:
        self.name = name
        self.words: set[str] = set()
        self.gender = ""


# --- scanning -----------------------------------------------------------------


def _can_open(text: str, i: int) -> bool:
    """An opening mark sits before a word and after a space, bracket or dash."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and text[i] not in "«»「『":
        return False
    if text[i] in SINGLE_MARKS:
        return (prev.isspace() or prev in '([{—–-/"“„«') and _single_opens(text, i)
    return not prev.isalnum()


def _single_opens(text: str, i: int) -> bool:
    """A single mark opens a quote unless it starts an elision ('90s, 'em)."""
    word = re.match(r"[^\W_]+", text[i + 1 : i + 12])
    if word is None:
        return False
    token = word.group(0).lower()
    return not (token in ELISIONS or token.isdigit() or token[:2].isdigit())


def _can_close(text: str, i: int) -> bool:
    """A closing mark follows a word or punctuation; single marks never sit inside a word."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in SINGLE_MARKS:
        return not prev.isspace() and not nxt.isalnum()
    if text[i] == '"' and prev.isspace():
        return not nxt.isalnum()
    return True


def _closes(text: str, i: int, opener: str) -> bool:
    """The mark at i closes `opener`; scraped text mixes double-mark styles ("…” and “…")."""
    ch = text[i]
    if opener in DOUBLE_MARKS and ch in "’'" and text[i + 1 : i + 2] == ch:
        return True  # ’’ or '' typed for a closing double mark
    family = DOUBLE_MARKS if opener in DOUBLE_MARKS else QUOTE_PAIRS[opener]
    return ch in family and ch in QUOTE_PAIRS[opener] + '"”＂' and _can_close(text, i)


def _scan(text: str, block: int) -> list[_Span]:
    """Pair quote marks in one block with a small state machine over the marks."""
    spans: list[_Span] = []
    opener, at = "", -1
    for match in MARKS.finditer(text):
        i, ch = match.start(), match.group(0)
        if ch == "\n" or (opener and i - at > MAX_QUOTE):
            if opener and opener not in SINGLE_MARKS and i - at <= MAX_QUOTE:
                spans.append(_Span(block, at, at + 1, i, closed=False))
            opener = ""
            if ch == "\n":
                continue
        if opener and _closes(text, i, opener):
            spans.append(_Span(block, at, at + 1, i, closed=True))
            opener = ""
        elif ch in QUOTE_PAIRS and _can_open(text, i) and (not opener or ch == opener):
            opener, at = ch, i
    if opener and opener not in SINGLE_MARKS and len(text) - at <= MAX_QUOTE:
        spans.append(_Span(block, at, at + 1, len(text), closed=False))
    kept = [s for s in spans if re.search(r"\w", text[s.start : s.end])]
    for span in kept:  # « French spacing » and stray blanks stay outside the quote
        span.close = span.end
        inner = text[span.start : span.end]
        span.start += len(inner) - len(inner.lstrip())
        span.end -= len(inner) - len(inner.rstrip())
    return kept


def _frame(text: str, spans: list[_Span]) -> str:
    """The block with quoted words masked, keeping offsets and final punctuation."""
    parts: list[str] = []
    last = 0
    for span in spans:
        inner = text[span.start : span.end]
        tail = inner[-1] if inner and inner[-1] in ".!?…" else ""
        parts += [text[last : span.start], MASK * (len(inner) - len(tail)), tail]
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


# --- sentences and words ------------------------------------------------------


def _sentence_start(frame: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back at most WINDOW characters."""
    lo = max(0, pos - WINDOW)
    best = lo
    for match in reversed(list(SENTENCE_END.finditer(frame, lo, pos))):
        if not _is_abbreviation(frame, match.start()):
            best = match.end()
            break
    newline = frame.rfind("\n", lo, pos)
    return max(best, newline + 1)


def _sentence_end(frame: str, pos: int) -> int:
    """Where the sentence holding `pos` ends, looking ahead at most WINDOW characters."""
    hi = min(len(frame), pos + WINDOW)
    for match in SENTENCE_END.finditer(frame, pos, hi):
        if not _is_abbreviation(frame, match.start()):
            return match.start() + 1
    newline = frame.find("\n", pos, hi)
    return newline if newline >= 0 else hi


def _is_abbreviation(frame: str, dot: int) -> bool:
    """A full stop after a title or an initial ("Rep.", "G.") does not end a sentence."""
    if frame[dot] != ".":
        return False
    word = TAIL_WORD.search(frame, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(0).lower()
    return token in TITLES or f"{token}." in TITLES or len(token.replace(".", "")) <= 1


def _words(frame: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words of frame[lo:hi] as (start, end, text)."""
    return [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(frame, lo, hi)]


def _bare(token: str) -> str:
    """A word lower-cased without surrounding punctuation."""
    return token.strip(".,;:!?()[]\"“”‘’'«»—–-").lower()


def _verb_offsets(frame: str) -> list[int]:
    """Offsets of every speech verb outside quotes, found in one pass over the block."""
    return [
        m.start()
        for m in LETTERS.finditer(frame)
        if m.group(0).lower() in SPEECH_VERBS and frame[m.start() - 1 : m.start()] != "-"
    ]  # "so-called" is a scare-quote cue, not speech


def _has_verb(verbs: list[int], lo: int, hi: int) -> bool:
    """A speech verb starts in frame[lo:hi]."""
    k = bisect.bisect_left(verbs, lo)
    return k < len(verbs) and verbs[k] < hi


def _is_verb(token: str) -> bool:
    """A speech verb, in any of the listed languages."""
    return _bare(token) in SPEECH_VERBS


# --- speaker phrases ------------------------------------------------------------


def _clean_phrase(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Bounds of a usable speaker phrase from words, or None if it names no one."""
    while words and _bare(words[-1][2]) in ADVERBS:
        words = words[:-1]
    while words and not _phrase_head(words[0][2]):
        words = words[1:]
    if not words or len(words) > MAX_PHRASE:
        return None
    first = _bare(words[0][2])
    if len(words) == 1 and (first in NOT_NAMES and first not in PRONOUNS):
        return None
    if first in DETERMINERS and len(words) == 1:
        return None
    return words[0][0], words[-1][1]


def _phrase_head(token: str) -> bool:
    """A word that may begin a speaker phrase: a name, title, pronoun or determiner."""
    bare = _bare(token)
    if not bare:
        return False
    stripped = token.lstrip("(\"“‘'")
    if re.match(r"(?:al|el|ad|as|bin|ibn|de|van|von)-[A-Z]", stripped):
        return True  # "al-Shabaab", "el-Sisi"
    return (
        bare in PRONOUNS
        or bare in DETERMINERS
        or (stripped[:1].isupper() and bare not in NOT_NAMES)
    )


# A name set off by a comma after a description, ending the clause: ", Jane Roe."
APPOSITION_NAME = re.compile(
    r"\s*,?\s*[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ'’.-]+){1,2}(?=\s*[.,;!?]|$)"
)


def _phrase_after(frame: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase that follows a verb or "according to" ("said the head of NATO")."""
    taken: list[tuple[int, int, str]] = []
    for start, end, token in _words(frame, lo, hi)[:MAX_PHRASE]:
        bare = _bare(token)
        if MASK in token or (taken and bare in PHRASE_STOPS and bare not in DESCRIPTION_LINKS):
            break
        if not taken and (bare in NOT_NAMES and bare not in DETERMINERS):
            return None
        if len(taken) > 1 and token[:1].islower() and not _particle(bare) and _is_full_name(taken):
            break  # a name ends at the next lower-case word: "said Klaus Berger am Abend"
        taken.append((start, end, token))
        if token[-1] in ",;:!?" or (token[-1] == "." and not _is_abbreviation(frame, end - 1)):
            break
    bounds = _clean_phrase(taken)
    if bounds is None or _name_in(frame[bounds[0] : bounds[1]]):
        return bounds
    # "said the company's chief executive, Jane Roe." / "a déclaré le maire, Jean Martin."
    apposition = APPOSITION_NAME.match(frame, bounds[1])
    return (bounds[0], apposition.end()) if apposition else bounds


def _is_full_name(words: list[tuple[int, int, str]]) -> bool:
    """The last two words are capitalised, not possessive: a full name has been read."""
    return all(w[2][:1].isupper() and not w[2].endswith(("'s", "’s")) for w in words[-2:])


def _particle(bare: str) -> bool:
    """A lower-case word that may sit inside a name or description ("de Vries", "head of")."""
    return bare in DESCRIPTION_LINKS or bare in NAME_PARTICLES


def _phrase_before(frame: str, lo: int, verb_at: int) -> tuple[int, int] | None:
    """The subject right before a verb ("Rep. Gwen Moore (D-Wis.) said"), skipping an apposition."""
    words = _words(frame, lo, verb_at)
    if words and _bare(words[-1][2]) in PRONOUNS:
        return words[-1][0], words[-1][1]  # "apps that it said": the pronoun is the subject
    if words and words[-1][2].endswith(","):
        # "Smith, the mayor of the town, said": the subject is the first named segment.
        segment: list[tuple[int, int, str]] = []
        first: tuple[int, int] | None = None
        for word in words:
            segment.append(word)
            if word[2].endswith(","):
                found = _clean_phrase(_trailing_np(segment))
                if found is not None and _name_in(frame[found[0] : found[1]]):
                    return found
                first = first or found
                segment = []
        if first is not None:
            return first  # "the head of NATO, when asked about it, stated"
    return _clean_phrase(_trailing_np(words))


def _trailing_np(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words at the end of a clause that can form a noun phrase."""
    taken: list[tuple[int, int, str]] = []
    for start, end, token in reversed(words):
        bare = _bare(token)
        ends_clause = token[-1] in ",;:" or (token[-1] in ".!?" and bare not in TITLES)
        if MASK in token or (taken and ends_clause):
            break
        if not taken and bare in ADVERBS:
            continue  # "The NATO head also stressed"
        if not (_phrase_head(token) or bare in DESCRIPTION_LINKS or _is_nounish(bare)):
            break
        taken.insert(0, (start, end, token.rstrip(",")))
        if len(taken) > MAX_PHRASE:
            break
    return taken


def _is_nounish(bare: str) -> bool:
    """A lower-case word that may sit in a description ("campaign manager", "owners")."""
    single = bare.rstrip("s")
    return bare in PERSON_NOUNS or single in PERSON_NOUNS or bare in TITLES or bare in GROUP_NOUNS


# --- attribution --------------------------------------------------------------


def _after(frame: str, span: _Span) -> tuple[int, int] | None:
    """A speaker right after the closing mark: '"...," said X' or '"...," X said'."""
    lo = span.close + 1
    hi = min(len(frame), lo + WINDOW)
    stop = frame.find(MASK, lo, hi)
    words = _words(frame, lo, stop if stop >= 0 else hi)[: MAX_PHRASE + 2]
    while words and not _bare(words[0][2]):
        words = words[1:]  # the comma or dash after a mark: '“…”, sagte X'
    for k, (_, end, token) in enumerate(words):
        if _is_verb(token) and (k or not token[0].isupper()):
            if all(_bare(w[2]) in AUXILIARIES for w in words[:k]):  # "», a déclaré X"
                if _bare(token) in NON_INVERTING:
                    return None
                return _phrase_after(frame, end, hi)
            return _phrase_before(frame, words[0][0], words[k][0])
        if token[-1] in ".!?" and not _is_abbreviation(frame, end - 1):
            return _according(frame, lo, end)
    return _according(frame, lo, hi)


def _according(frame: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A speaker after "according to" (or its translations) in frame[lo:hi]."""
    lowered = frame[lo:hi].lower()
    for phrase in ACCORDING_TO:
        at = lowered.find(phrase + " ")
        if at >= 0 and (at == 0 or not lowered[at - 1].isalnum()):
            return _phrase_after(frame, lo + at + len(phrase), hi)
    return None


def _before(frame: str, lo: int, hi: int, verbs: list[int]) -> tuple[int, int] | None:
    """A speaker before the quote in its sentence: 'X said: "..."', 'X told Y that "..."'."""
    if not _has_verb(verbs, lo, hi):
        return _according(frame, lo, hi)
    words = _words(frame, lo, hi)
    for k in range(len(words) - 1, -1, -1):
        if _is_verb(words[k][2]):
            found = _phrase_before(frame, lo, words[k][0])
            if found is not None:
                return found
    return _according(frame, lo, hi)


def _attribute(text: str, frame: str, span: _Span, verbs: list[int]) -> None:
    """Find the speaker phrase of one quote in its own or neighbouring sentence."""
    start = _sentence_start(frame, span.open)
    found = _before(frame, start, span.open, verbs)
    if found is None and span.closed:
        found = _after(frame, span)
    if found is None:
        end = _sentence_end(frame, span.close - 1) if span.closed else span.close
        found = _before(frame, span.close + 1, end, verbs) or _previous_sentence(
            frame, start, verbs
        )
    if found is not None:
        span.mention_at = found[0]
        span.mention = _mention_text(text, found)
    span.partial = _is_partial(text, frame, start, span)


def _previous_sentence(frame: str, start: int, verbs: list[int]) -> tuple[int, int] | None:
    """A speaker named in the sentence before, when it leads into the quote with a colon."""
    if start <= 0:
        return None
    prev = _sentence_start(frame, start - 1)
    if not frame[prev:start].rstrip().endswith(":"):
        return None
    return _before(frame, prev, start, verbs)


def _mention_text(text: str, bounds: tuple[int, int]) -> str:
    """The words of a mention, without trailing punctuation."""
    return text[bounds[0] : bounds[1]].strip().rstrip(",;:.").strip()


def _is_partial(text: str, frame: str, start: int, span: _Span) -> bool:
    """A fragment inside a sentence: words before it and it does not start a sentence."""
    inner = text[span.start : span.end].lstrip()
    lead = frame[start : span.open].rstrip()
    if inner[:1].islower():
        return True
    if not lead or lead[-1] in ":,—–-":
        return False
    last = _bare(lead.split()[-1]) if lead.split() else ""
    return lead[-1].isalnum() and last not in SPEECH_VERBS


# --- what is not a quote --------------------------------------------------------


def _is_title(text: str, frame: str, span: _Span) -> bool:
    """Title Case with no sentence inside, or named by a cue word: a work or an outlet."""
    inner = text[span.start : span.end].strip().rstrip(",.")
    words = inner.split()
    if inner[-1:] in "!?":
        return False
    if not words or len(words) > 8 or re.search(r"[.!?;:]\s", inner):
        return False
    cased = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)
    before = [_bare(w) for w in frame[max(0, span.open - 40) : span.open].split()[-2:]]
    return (cased and words[0][:1].isupper()) or any(w in TITLE_CUES for w in before)


def _has_speech(frame: str, span: _Span, verbs: list[int]) -> bool:
    """A speech verb or "according to" in the quote's sentence."""
    lo = _sentence_start(frame, span.open)
    hi = _sentence_end(frame, span.close + 1) if span.closed else span.close
    lowered = frame[lo:hi].lower()
    if any(phrase + " " in lowered for phrase in ACCORDING_TO):
        return True
    return _has_verb(verbs, lo, hi)


def _keep(text: str, frame: str, span: _Span, verbs: list[int]) -> bool:
    """Drop titles, scare quotes and nicknames that have no speech near them."""
    if span.continues or not span.closed:
        return True
    short = len(text[span.start : span.end].split()) <= 3
    after = span.mention_at > span.close and _right_after(frame, span)
    if _is_title(text, frame, span):
        return after or (not short and span.mention is not None and _tail_is_verb(frame, span))
    return not short or _has_speech(frame, span, verbs) or _follows_quote(text, frame, span)


def _follows_quote(text: str, frame: str, span: _Span) -> bool:
    """A short whole sentence right after a quote and its attribution continues it."""
    inner = text[span.start : span.end].strip()
    lead = frame[max(0, span.open - WINDOW) : span.open]
    return (
        inner[:1].isupper()
        and inner[-1:] in ".!?…"
        and bool(re.search(r"[\"”»][^\"”»\x00]{0,80}[.!?]\s*$", lead))
    )


def _right_after(frame: str, span: _Span) -> bool:
    """A speech verb comes within four words of the closing mark ("Normally," she said)."""
    for word in frame[span.close + 1 : span.close + 80].split()[:4]:
        if _is_verb(word):
            return True
        if word.endswith(","):
            return False  # "The Economist," the mayor, asked about it, ...
    return False


def _tail_is_verb(frame: str, span: _Span) -> bool:
    """The words right before the opening mark end with a speech verb and a colon or comma."""
    lead = frame[max(0, span.open - 60) : span.open].rstrip()
    words = lead.split()
    return bool(words) and lead[-1] in ":," and _is_verb(words[-1])


# --- speakers -------------------------------------------------------------------

Pos = tuple[int, int]  # (block index, offset): orders places in the article


class _Person(NamedTuple):
    """A named person as the subject of a sentence, outside quotes."""

    at: Pos
    name: str


class _Resolver:
    """Turns mentions into names: full names, surnames, pronouns and descriptions."""

    def __init__(self, names: list[str], people: list[_Person]) -> None:
        """Start from the person names and subject mentions found in the article."""
        self.names = names
        self.people = people
        self.keys = [person.at for person in people]
        self.entities: list[_Entity] = []  # most recent speaker last
        self.last_at: Pos = (-1, -1)

    def resolve(self, mention: str, at: Pos) -> str | None:
        """The full name a mention refers to, recording it as the latest speaker."""
        words = mention.split()
        first = _bare(words[0])
        name = None if first in PRONOUNS else _name_in(mention)
        if name and first in DETERMINERS and not self._known(name):
            name = None  # "the self-taught Cambridge resident" is a description
        if first in PRONOUNS:
            result = self._pronoun(first, at)
        elif name is None:
            result = self._description(mention, first, at)
        else:
            entity = self._entity(name)
            entity.words |= {_bare(w) for w in words}
            entity.gender = entity.gender or _title_gender(words)
            result = self._touch(entity)
        self.last_at = at
        return result

    def _known(self, name: str) -> bool:
        """A full name, or a surname of a name seen in the article."""
        return len(name.split()) > 1 or any(full.split()[-1] == name for full in self.names)

    def recent(self, at: Pos, gender: str = "") -> str | None:
        """Whoever spoke or was last named as a subject before `at` (bare quotes, pronouns)."""
        k = bisect.bisect_left(self.keys, at)
        for person in reversed(self.people[max(0, k - 3) : k]):
            if person.at <= self.last_at:
                break
            entity = self._entity(person.name)
            if _compatible(entity, gender):
                return self._touch(entity, gender)
        for entity in reversed(self.entities):
            if _compatible(entity, gender):
                return self._touch(entity, gender)
        return None

    def _pronoun(self, pronoun: str, at: Pos) -> str | None:
        """He, she or they: the most recent person of compatible gender."""
        if pronoun not in RESOLVABLE_PRONOUNS:
            return None
        gender = "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else ""
        found = self.recent(at, gender)
        if found is None and self.names:
            found = self._touch(self._entity(self.names[0]), gender)
        return found

    def _description(self, mention: str, first: str, at: Pos) -> str | None:
        """'the head of the Alliance': a recent speaker, else the article's first person."""
        heads = {_bare(w) for w in mention.split()} & (PERSON_NOUNS | TITLES)
        if first not in DETERMINERS or first in ("a", "an") or not heads:
            return mention
        for entity in reversed(self.entities):
            if heads & entity.words:
                return self._touch(entity)
        found = self.recent(at)
        if found is None and self.names:
            found = self._touch(self._entity(self.names[0]))
        if found is not None:
            self.entities[-1].words |= heads
        return found or mention

    def _entity(self, name: str) -> _Entity:
        """The known entity with this name or surname, or a new one."""
        last = name.split()[-1]
        for entity in reversed(self.entities):
            if entity.name == name or entity.name.split()[-1] == last:
                return entity
        return _Entity(self._full(name))

    def _full(self, name: str) -> str:
        """The first full form of a name in the article ("Stoltenberg" -> "Jens Stoltenberg")."""
        if len(name.split()) > 1:
            return name
        for full in self.names:
            if full.split()[-1] == name:
                return full
        return name

    def _touch(self, entity: _Entity, gender: str = "") -> str:
        """Make an entity the most recent speaker; a pronoun tells its gender."""
        entity.gender = entity.gender or gender
        if entity in self.entities:
            self.entities.remove(entity)
        self.entities.append(entity)
        return entity.name


def _compatible(entity: _Entity, gender: str) -> bool:
    """A pronoun of this gender may refer to the entity."""
    return not gender or entity.gender in ("", gender)


def _title_gender(words: list[str]) -> str:
    """Gender told by an honorific in the mention (Mr., Mrs., Ms.)."""
    bare = {_bare(w) for w in words}
    if bare & MALE_TITLES:
        return "m"
    return "f" if bare & FEMALE_TITLES else ""


NAME_PARTICLES = frozenset(
    [
        "de",
        "van",
        "von",
        "al",
        "bin",
        "da",
        "di",
        "du",
        "la",
        "le",
        "der",
        "del",
        "den",
        "dos",
        "das",
        "ter",
    ]
)
NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*|[A-Z]\.)(?:\s+(?:(?:de|van|von|al|bin|da|di|du|la|le|der|del|den|dos|das|ter|and)\s+)?"
    r"(?:[A-Z][\w'’.-]*|[A-Z]\.)){0,5}"
)


def _name_in(mention: str) -> str | None:
    """The name inside a mention: the last run of capitalised words, titles removed."""
    best = None
    for match in NAME.finditer(mention.replace(",", " , ")):
        best = match.group(0)
    return None if best is None else _name_of_run(best)


def _name_of_run(run: str) -> str | None:
    """`_name_in` for a text that is one NAME match already (the search would find it whole)."""
    words: list[str] = []
    for word in run.split():
        bare = _bare(word)
        if word.startswith("("):
            continue
        if bare in TITLES or bare in NOT_NAMES or word.endswith(("'s", "’s")):
            words = []  # "Vancouver's Bo Horvat", "District Attorney Brian Wright"
        elif word.endswith(".") and len(bare) > 2:
            words = []  # a sentence ended inside the run: "Canucks. Jacob Markstrom"
        else:
            words.append(word)
    while words and (words[0] in NAME_PARTICLES or _bare(words[0]) in DETERMINERS):
        words.pop(0)  # "der Vorsitzende der Gewerkschaft", "Die Gewerkschaft": no name opens so
    if not words or _bare(words[-1]) in ORG_WORDS:
        return None
    return " ".join(words[-3:])


# A run of capitalised words: (frame, start, end, the name inside it or None).
_Mention: TypeAlias = "tuple[int, int, int, str | None]"


def _mentions(frames: list[str]) -> list[_Mention]:
    """Every capitalised run in article order, read once for names and for people."""
    return [
        (k, match.start(), match.end(), _name_of_run(match.group(0)))
        for k, frame in enumerate(frames)
        for match in NAME.finditer(frame)
    ]


def _article_names(mentions: list[_Mention]) -> list[str]:
    """Person-like names (two or more capitalised words) in article order."""
    names: list[str] = []
    for *_, name in mentions:
        if name and len(name.split()) >= 2 and name not in names:
            names.append(name)
    return names


def _article_people(frames: list[str], mentions: list[_Mention], names: list[str]) -> list[_Person]:
    """Named people who are the subject of a sentence or of a speech verb, in order."""
    surnames = {name.split()[-1] for name in names}
    people: list[_Person] = []
    for k, start, end, name in mentions:
        if name is None or (len(name.split()) < 2 and name not in surnames):
            continue
        if _starts_sentence(frames[k], start) or _before_verb(frames[k], end):
            people.append(_Person((k, start), name))
    return people


def _starts_sentence(frame: str, at: int) -> bool:
    """Nothing but a sentence end lies between the previous sentence and `at`."""
    lead = frame[max(0, at - 3) : at].rstrip()
    return not lead or lead[-1] in ".!?\n" or at <= 3


def _before_verb(frame: str, at: int) -> bool:
    """A speech verb follows, maybe after an apposition: "Smith, the mayor, said"."""
    tail = frame[at : at + 120]
    if tail.startswith(","):
        close = tail.find(",", 1)
        tail = tail[close + 1 :] if close > 0 else ""
    words = tail.split()[:3]
    return any(
        _is_verb(w) for w in words[:1] + [w for w in words[1:2] if _bare(words[0]) in ADVERBS]
    )


# --- the stage ------------------------------------------------------------------


def _link_paragraphs(spans: list[_Span], texts: list[str]) -> None:
    """Mark quotes that reopen a quote left unclosed at the end of the paragraph before."""
    for prev, span in itertools.pairwise(spans):
        if prev.closed or span.block < prev.block:
            continue
        same_block_break = (
            span.block == prev.block and texts[span.block][prev.close : span.open].strip() == ""
        )
        next_block = span.block == prev.block + 1 and texts[span.block][: span.open].strip() == ""
        span.continues = same_block_break or next_block


def _share_speakers(spans: list[_Span]) -> None:
    """Later parts of a multi-paragraph quote keep the speaker of the part before."""
    for k in range(1, len(spans)):
        if spans[k].continues and spans[k].mention is None:
            spans[k].mention = spans[k - 1].mention
            spans[k].mention_at = -1


def extract_quotes(blocks: tuple[Block, ...]) -> tuple[Quote, ...]:
    """Direct quotes in the body blocks, in order, with their resolved speakers."""
    texts = [block.text for block in blocks]
    spans = [span for k, text in enumerate(texts) for span in _scan(text, k)]
    by_block: list[list[_Span]] = [[] for _ in texts]
    for span in spans:
        by_block[span.block].append(span)
    frames = [_frame(text, by_block[k]) for k, text in enumerate(texts)]
    _link_paragraphs(spans, texts)
    # Speech verbs are looked up around quotes only: blocks without one need no search.
    verbs = [_verb_offsets(frame) if by_block[k] else [] for k, frame in enumerate(frames)]
    for span in spans:
        _attribute(texts[span.block], frames[span.block], span, verbs[span.block])
    spans = [s for s in spans if _keep(texts[s.block], frames[s.block], s, verbs[s.block])]
    _share_speakers(spans)
    return _resolve(spans, blocks, frames)


def _resolve(spans: list[_Span], blocks: tuple[Block, ...], frames: list[str]) -> tuple[Quote, ...]:
    """Give each quote its resolved speaker, carrying the last one over to bare quotes."""
    if not spans:
        return ()  # no quotes: the article's names are not needed
    mentions = _mentions(frames)
    names = _article_names(mentions)
    resolver = _Resolver(names, _article_people(frames, mentions, names))
    quotes: list[Quote] = []
    newlines = [[m.start() for m in re.finditer("\n", b.text)] for b in blocks]
    last: tuple[str | None, str | None] = (None, None)
    for span in spans:
        text = blocks[span.block].text
        at = (span.block, span.mention_at if span.mention_at >= 0 else span.open)
        if span.mention is not None and (span.mention_at >= 0 or span.mention != last[1]):
            last = (resolver.resolve(span.mention, at), span.mention)
        elif span.mention is None:
            speaker = resolver.recent(at)
            last = (speaker, last[1] if speaker == last[0] else speaker)
        speaker, mention = last
        quotes.append(
            Quote(
                text=text[span.start : span.end],
                speaker=speaker,
                speaker_mention=mention,
                line=_line_of(blocks[span.block], newlines[span.block], span.open),
                start=span.start,
                end=span.end,
                partial=span.partial,
            )
        )
    return tuple(quotes)


def _line_of(block: Block, newlines: list[int], at: int) -> int:
    """The input line of an offset, for blocks that span several lines."""
    return block.line + bisect.bisect_left(newlines, at)
