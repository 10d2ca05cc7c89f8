"""A sort key that orders Vietnamese names as a Vietnamese reader expects.

Letters follow the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …),
tones only break ties (không dấu, huyền, hỏi, ngã, sắc, nặng). The key is a
plain ASCII string, so a `keyword` field sorted by code point gives the same
order as Python's `sorted(key=name_sort_key)`.
"""

import unicodedata

ALPHABET = " 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: chr(0x30 + index) for index, letter in enumerate(ALPHABET)}
# Combining tone marks, in dictionary order (no mark sorts first).
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
# Letter modifiers that make a distinct letter (ă â ê ô ơ ư), kept when tones are split off.
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}
_TIE_SEPARATOR = " "  # below every rank character


def _letters(text):
    """(base letter with its modifiers, tone digit) for each letter of `text`."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    letters = []
    for char in decomposed:
        if unicodedata.combining(char):
            if not letters:
                continue
            base, tone = letters[-1]
            if char in _TONES:
                letters[-1] = (base, _TONES[char])
            elif char in _MODIFIERS:
                letters[-1] = (unicodedata.normalize("NFC", base + char), tone)
            continue
        letters.append((char, "0"))
    return letters


def name_sort_key(text):
    letters = [(base, tone) for base, tone in _letters(text or "") if base in _RANK]
    primary = "".join(_RANK[base] for base, _tone in letters).strip(_RANK[" "])
    tones = "".join(tone for _base, tone in letters)
    return f"{primary}{_TIE_SEPARATOR}{tones}"
