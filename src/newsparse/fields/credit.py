"""Image credits: spot credit and caption lines, and cut the credited sources out of them.

`is_credit_line` decides whether a whole line is a credit; `credit_sources` splits
"© Getty Images | NurPhoto" into ("Getty Images", "NurPhoto"). Captions without a
credit are left to the body.
"""

from __future__ import annotations

import re

import regex

from newsparse.model import Label, Labelled, Text
from newsparse.vocab import Openers
from newsparse.vocab.credits import CREDIT_LABELS, IMAGE_AGENCIES

# Word lists compile with the standard `re`, three times faster than with `regex` (start-up
# time); `regex` is kept for the patterns that need Unicode properties (\p{Lu}). On these
# Latin words the two agree: they differ on \w only for combining marks, and lines are NFC.
_LABELS = "|".join(regex.escape(label) for label in sorted(CREDIT_LABELS, key=len, reverse=True))
_AGENCIES = "|".join(regex.escape(name) for name in sorted(IMAGE_AGENCIES, key=len, reverse=True))
# "Images source: © Getty Images | NurPhoto", "Image copyright Getty Images", "(Photo by X/AFP)":
# a label (looked up, see `credit_label`), then a separator or a space before "©" or a capital.
_BEFORE_LABEL = regex.compile(r"\(?\s*")
_AFTER_LABEL = regex.compile(r"(?:\s*(?:[:,|]|-\s|–|—)|\s+(?=©|\p{Lu}))\s*(?P<rest>.+?)\)?$")
# The letters `regex`, ignoring case, takes for label letters: the labels were once part of
# one case-blind `regex` pattern.
_LABEL_OPENERS = Openers(CREDIT_LABELS, {"İ": "i", "ſ": "s"})
# A short line that is only agencies and photographers: "Sonu Mehta/Hindustan Times/Getty Images"
# (A word list, so the standard `re`; "[^\W\d_]" is a letter there.)
AGENCY = re.compile(rf"(?<![^\W\d_])(?:{_AGENCIES})(?![^\W\d_])", re.IGNORECASE)
# A caption that ends in a parenthesised credit: "The plumes. (NASA/David Ladd)", "(Credit: iStock)"
TRAILING_CREDIT = regex.compile(r"\((?P<rest>[^()]{2,80})\)\s*$")
# A caption that ends in a labelled credit: "A train in the station. Photo: Jane Doe/AP"
TRAILING_LABELLED = re.compile(
    rf"(?:[.!?»”\"]\s+|\s[|–—]\s*)(?P<credit>(?i:{_LABELS})\s*:\s*(?P<rest>[^.!?:]{{2,80}}))$"
)
# A caption that ends in a labelled credit, glued or not: "…ate a rabbitCredit: Getty Images"
GLUED_LABEL = regex.compile(
    r"(?<=[\p{Ll}.!?)]\s?)(?:Credit|Credits|Photo|Image|Picture|Foto|Bild|Crédit|Crédito)\s?:\s*"
    r"(?P<rest>[^:.!?]{2,60})$"
)
# A caption that ends in photographer and agency after its last sentence (Le Monde, El País):
# "Un champ asséché près d'Agen, le 10 mars. JEAN MARTIN / AFP"
TRAILING_AGENCY = regex.compile(
    r"[.!?»”\"]\s+(?P<rest>[^.!?/]{2,60}\s/\s[^.!?/]{2,40}(?:\s/\s[^.!?/]{2,40})?)$"
)
CREDIT_SEPARATORS = regex.compile(r"\s*(?:\||;|/|\bvia\b|,\s*(?=[^,]*$))\s*")
_COPYRIGHT = regex.compile(r"^(?:©|\(c\)|copyright\b)\s*", regex.IGNORECASE)
_NAME_LIST = regex.compile(r"[©\p{L}\p{M}\s.,'’&/|()\-]+")
_MAX_CREDIT_WORDS = 14
_MAX_CAPTION_WORDS = 45
_MAX_TRAILING_WORDS = 8
_MAX_LABELLED_WORDS = 6  # "Credit: Reuters / Jane Doe" after a caption


def is_credit_line(text: str) -> bool:
    """True when the whole line credits an image ("Photo: John Locher, AP").

    >>> is_credit_line("Images source: © Getty Images | NurPhoto")
    True
    >>> is_credit_line("Getty Images said on Monday it would cut 5% of its staff.")
    False
    """
    words = len(text.split())
    if words == 0 or words > _MAX_CAPTION_WORDS:
        return False
    if words <= _MAX_CREDIT_WORDS and credit_label(text):
        return True
    if words <= 8 and _is_agency_list(text):
        return True
    return _trailing_credit(text) is not None


def credit_label(text: str) -> regex.Match[str] | None:
    """Match a line that opens with a credit label; its "rest" group holds the credited names.

    The labels are looked up by first letter, longest first, instead of compiled into one
    case-blind pattern with the rest: the same match, without 2 ms of start-up.

    >>> credit_label("Images source: © Getty Images | NurPhoto")["rest"]
    '© Getty Images | NurPhoto'
    """
    lead = _BEFORE_LABEL.match(text)  # an opening bracket and spaces, or ""
    start = lead.end() if lead is not None else 0
    for label in _LABEL_OPENERS.opening(text, start):
        match = _AFTER_LABEL.match(text, start + len(label))
        if match is not None:
            return match
    return None


def _is_agency_list(text: str) -> bool:
    """True for a short line of names and agencies with no sentence in it."""
    if text.endswith((".", "?", "!")) or _NAME_LIST.fullmatch(text) is None:
        return False  # the cheap test first: the agency search scans a long alternation
    return AGENCY.search(text) is not None


def _trailing_credit(text: str) -> str | None:
    """The credit that ends a caption ("… (NASA/David Ladd)", "… Foto: Jane Doe/dpa"), or None."""
    if ":" in text:  # both labelled forms have a colon: most lines skip the two searches
        labelled = TRAILING_LABELLED.search(text)
        if labelled is not None and len(labelled["rest"].split()) <= _MAX_TRAILING_WORDS:
            return labelled["credit"]
        glued = GLUED_LABEL.search(text)
        if glued is not None and len(glued["rest"].split()) <= _MAX_LABELLED_WORDS:
            return glued["rest"]
    if "/" in text:
        slashed = TRAILING_AGENCY.search(text)
        if slashed is not None and _is_agency_list(slashed["rest"]):
            return slashed["rest"]
    match = TRAILING_CREDIT.search(text) if "(" in text else None
    if match is None:
        return None
    rest = match["rest"]
    if credit_label(rest) or (AGENCY.search(rest) and len(rest.split()) <= 8):
        return rest
    if "/" in rest and len(rest.split()) <= 8 and rest[:1].isupper():
        return rest
    return None


def credit_sources(text: str) -> tuple[str, ...]:
    """Return the credited names in a credit line, in order.

    >>> credit_sources("Images source: © Getty Images | NurPhoto")
    ('Getty Images', 'NurPhoto')
    >>> credit_sources("Artist's impression of the plumes. (NASA/David Ladd)")
    ('NASA', 'David Ladd')
    >>> credit_sources("A train waits in the station. Foto: Max Muster/dpa")
    ('Max Muster', 'dpa')
    """
    match = credit_label(text)
    if match is not None:
        rest = match["rest"]
    else:
        rest = _trailing_credit(text) or text
        inner = credit_label(rest)
        rest = inner["rest"] if inner else rest
    rest = _COPYRIGHT.sub("", rest.strip(" ()"))
    parts = (_COPYRIGHT.sub("", part).strip(" .()") for part in CREDIT_SEPARATORS.split(rest))
    return tuple(dict.fromkeys(part for part in parts if part))


def extract_credits(labelled: tuple[Labelled, ...]) -> tuple[Text, ...]:
    """Return one Text per credited source on lines labelled CREDIT, citing the line."""
    credits: dict[str, Text] = {}
    for item in labelled:
        if item.label is not Label.CREDIT:
            continue
        for source in credit_sources(item.text):
            credits.setdefault(source, Text(source, (item.line.number,)))
    return tuple(credits.values())
