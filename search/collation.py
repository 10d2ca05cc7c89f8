"""Vietnamese alphabetical order, computed in Python so no database collation is needed.

The Vietnamese alphabet orders letters a ă â b c d đ e ê g h i k l m n o ô ơ p q
r s t u ư v x y; tone marks only break ties (ngang, huyền, hỏi, ngã, sắc, nặng).
`sort_key(text)` turns a name into a string of ASCII digits whose plain
code-point order is that order, so SQLite and PostgreSQL (any collation) sort
it the same way.
"""

import unicodedata

# Primary letters in Vietnamese order (f, j, w, z kept in Latin order for loan words).
ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
DIGITS = "0123456789"

# Combining marks that make a distinct letter, and the ones that carry the tone.
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng

# Two-digit codes; the first digit is never 0, so a shorter name sorts first
# ("an" < "anh") even though the tone digits follow the letters.
SPACE_CODE = "10"
_CODES = {}
for _index, _char in enumerate(DIGITS):
    _CODES[_char] = str(11 + _index)
for _index, _letter in enumerate(ALPHABET):
    _CODES[_letter] = str(21 + _index)

MAX_LETTERS = 120


def _letters(text):
    """(primary letter, tone) pairs of `text`, lower-cased; other characters become spaces."""
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


def sort_key(text):
    """A digit string whose code-point order is Vietnamese alphabetical order of `text`."""
    pairs = _letters(text or "")
    primary = "".join(SPACE_CODE if letter == " " else _CODES[letter] for letter, _ in pairs)
    tones = "".join(str(tone) for _, tone in pairs)
    return f"{primary}0{tones}"
