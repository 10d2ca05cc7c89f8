"""The product document: one index per locale, behind an alias, with a mapping fit for Vietnamese.

Text is analysed with lowercase + asciifolding (preserve_original), so "Mật
ong" is indexed as both "mật" and "mat": accented and unaccented queries both
match. An edge-n-gram sub-field (`.prefix`) serves prefix matching and
autocomplete. Facet values are keywords under `facets.<name>` (codes and slugs, the same in every
language, one field per facet of catalog.search_index); names of the producer, product set and places are denormalised for
display and for matching.
"""

import datetime

from django.conf import settings
from django.utils.html import strip_tags
from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Object,
    Text,
    analyzer,
    token_filter,
    tokenizer,
)

from catalog import places, search_index
from search.collation import sort_key

vietnamese_folding = token_filter("vietnamese_folding", "asciifolding", preserve_original=True)

# Words for full-text matching: "Điện Biên" → điện, dien, biên, bien.
vietnamese_text = analyzer(
    "vietnamese_text",
    tokenizer="standard",
    filter=["lowercase", vietnamese_folding],
)

# Prefixes of every word, 1 to 40 characters (the longest query word kept), folded: "Séng" → s, se, sen, seng (and accented forms).
vietnamese_prefix = analyzer(
    "vietnamese_prefix",
    tokenizer=tokenizer(
        "vietnamese_edge_ngram", "edge_ngram", min_gram=1, max_gram=40, token_chars=["letter", "digit"]
    ),
    filter=["lowercase", vietnamese_folding],
)


def text_field(**kwargs):
    """Analysed text with a prefix sub-field for as-you-type matching."""
    return Text(
        analyzer=vietnamese_text,
        fields={"prefix": Text(analyzer=vietnamese_prefix, search_analyzer=vietnamese_text)},
        **kwargs,
    )


class ProductDocument(Document):
    """A live ProductPage as the catalog search sees it. The document id is the page id."""

    title = text_field()
    name_sort = Keyword()  # Vietnamese collation key, see search.collation.sort_key
    short_description = Text(analyzer=vietnamese_text)
    description = Text(analyzer=vietnamese_text)
    ingredients = Text(analyzer=vietnamese_text)
    # Every searchable text in one field, joined here rather than with copy_to: a query word
    # must start a word of it, as in the embedded backend's document.
    all_text = text_field()

    stars = Integer()
    score = Integer()
    certified_on = Date()
    valid_until = Date()
    certifying_level = Keyword()

    # One keyword field per facet declared in catalog.search_index: `facets.stars`, `facets.group`, …
    facets = Object(properties={facet.name: Keyword() for facet in search_index.FACETS})
    group_name = Text(analyzer=vietnamese_text)
    category_name = Text(analyzer=vietnamese_text)
    district_name = Text(analyzer=vietnamese_text)
    commune_name = Text(analyzer=vietnamese_text)
    producer_id = Integer()
    producer_name = Text(analyzer=vietnamese_text)

    page_id = Integer()  # the document id as a sortable field
    language = Keyword()
    url_path = Keyword(index=False)

    @classmethod
    def from_page(cls, page):
        category = page.category
        group = category.group if category else None
        producer = page.producer
        district = page.district
        commune = page.commune
        description = strip_tags(page.description or "")
        texts = [
            page.title,
            page.short_description,
            description,
            page.ingredients,
            producer.title if producer else "",
            category.name if category else "",
            group.name if group else "",
            *places.search_names_of(page),
        ]
        return cls(
            meta={"id": page.pk},
            page_id=page.pk,
            title=page.title,
            name_sort=sort_key(page.title)[:400],
            short_description=page.short_description,
            description=description,
            ingredients=page.ingredients,
            all_text=" ".join(text for text in texts if text),
            stars=page.stars,
            score=page.score,
            certified_on=page.certified_on,
            valid_until=page.valid_until,
            certifying_level=page.certifying_level,
            facets={facet.name: facet.keys_of(page) for facet in search_index.FACETS},
            group_name=group.name if group else None,
            category_name=category.name if category else None,
            district_name=district.name if district else None,
            commune_name=commune.name if commune else None,
            producer_id=producer.pk if producer else None,
            producer_name=producer.title if producer else None,
            language=page.locale.language_code,
            url_path=page.url_path,
        )


def alias_name(language):
    """The stable name searches and writes use: `<prefix>_products_<language>`."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}_products_{language}".lower()


def new_index_name(language, now=None):
    """A versioned concrete index behind the alias, e.g. `ocop_products_vi-20260523t101500123456`."""
    now = now or datetime.datetime.now(datetime.UTC)
    return f"{alias_name(language)}-{now:%Y%m%dt%H%M%S%f}"


def product_index(name):
    """The elasticsearch-dsl Index with the product mapping and analysis settings."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(ProductDocument)
    return index


def languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
