"""Vietnamese alphabetical order as a plain string key, for the `name_sort` keyword field.

The same algorithm as the embedded backend's `search.collation.sort_key` (on
the catalog branch), so both backends sort by name identically; once both
branches are merged this module should simply re-export that function.

Letters follow the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …);
tone marks only break ties (ngang, huyền, hỏi, ngã, sắc, nặng). The key is
ASCII digits, so a keyword field sorted by code point gives the same order.
"""

import unicodedata

ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
DIGITS = "0123456789"
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng

# Two-digit codes whose first digit is never 0, so a shorter name sorts first.
SPACE_CODE = "10"
_CODES = {char: str(11 + index) for index, char in enumerate(DIGITS)}
_CODES.update({letter: str(21 + index) for index, letter in enumerate(ALPHABET)})

MAX_LETTERS = 120


def _letters(text):
    """(primary letter, tone) pairs of `text`, lower-cased; other characters become one space."""
    pairs = []
    for char in unicodedata.normalize("NFC", text.lower()):
        if char == "đ":
            pairs.append(("đ", 0))
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        letter_marks = ""
        for mark in marks:
            if mark in TONE_MARKS:
                tone = TONE_MARKS[mark]
            elif mark in LETTER_MARKS:
                letter_marks += mark
        letter = unicodedata.normalize("NFC", base + letter_marks)
        if letter in _CODES:
            pairs.append((letter, tone))
        elif not pairs or pairs[-1][0] != " ":
            pairs.append((" ", 0))
    while pairs and pairs[0][0] == " ":
        pairs.pop(0)
    while pairs and pairs[-1][0] == " ":
        pairs.pop()
    return pairs[:MAX_LETTERS]


def name_sort_key(text):
    """A digit string whose code-point order is the Vietnamese alphabetical order of `text`."""
    pairs = _letters(text or "")
    primary = "".join(SPACE_CODE if letter == " " else _CODES[letter] for letter, _ in pairs)
    tones = "".join(str(tone) for _, tone in pairs)
    return f"{primary}0{tones}"[:400]
