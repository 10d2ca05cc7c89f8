"""Wagtail's site search without diacritics: a folded copy of a page's searchable text.

modelsearch's SQLite index folds one accent per letter at most ("mật" keeps its
dot), and the Elasticsearch backend's analysers are its own, so neither finds
"Mật ong" for "mat ong". Each page type that mixes this in indexes
FOLDED_FIELD, the fold of its other search fields, and site search folds the
query (search.views), which matches it on every backend.
"""

from django.db import models
from django.utils.html import strip_tags
from wagtail.search import index

from home.text import fold

FOLDED_FIELD = "folded_search_text"


def with_folded_text(search_fields):
    """`search_fields` plus the folded copy of their text."""
    return [*search_fields, index.SearchField(FOLDED_FIELD)]


class FoldedSearchTextMixin(models.Model):
    # A model, though abstract: modelsearch's Elasticsearch backend names a field's column
    # after the model that defines it, and reads that model's app label.
    class Meta:
        abstract = True

    def folded_search_text(self):
        parts = []
        for field in self.get_search_fields():
            if not isinstance(field, index.SearchField) or field.field_name == FOLDED_FIELD:
                continue
            # get_value already gives a StreamField's or rich text's searchable content (a list of strings).
            value = field.get_value(self)
            if value is None:
                continue
            if isinstance(value, list | tuple):
                parts.extend(str(text) for text in value)
            else:
                parts.append(str(value))
        return fold(strip_tags(" ".join(parts)))
