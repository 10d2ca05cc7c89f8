"""Writes to the product indexes: full rebuilds behind an alias, and per-page updates.

A rebuild fills a new versioned index, then moves the alias to it in one
`update_aliases` call, so searches see the old index until the new one is
complete and never an empty one. Per-page updates write through the alias.
"""

import logging

from elasticsearch import NotFoundError
from elasticsearch.helpers import bulk

from search.indexing import product_pages

from .client import get_write_client
from .documents import ProductDocument, alias_name, languages, new_index_name, product_index

logger = logging.getLogger(__name__)


def indexable_products(language=None):
    """The products the catalog lists: live ProductPages, with what the document denormalises."""
    pages = product_pages().filter(live=True)
    if language:
        pages = pages.filter(locale__language_code=language)
    return pages.order_by("pk")


def _index_actions(index_name, pages):
    for page in pages:
        yield ProductDocument.from_page(page).to_dict(include_meta=True) | {"_index": index_name}


def ensure_index(language, client=None):
    """Create the alias and an empty index behind it if neither exists yet."""
    client = client or get_write_client()
    alias = alias_name(language)
    if client.indices.exists_alias(name=alias) or client.indices.exists(index=alias):
        return alias
    name = new_index_name(language)
    product_index(name).create(using=client)
    client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias}}])
    return alias


def rebuild(language, client=None):
    """Index every live product of `language` into a new index and switch the alias to it.

    Returns (new index name, number of documents). Older indexes behind the alias are deleted.
    """
    client = client or get_write_client()
    alias = alias_name(language)
    name = new_index_name(language)
    product_index(name).create(using=client)
    indexed, _errors = bulk(
        client, _index_actions(name, indexable_products(language).iterator(chunk_size=500))
    )
    client.indices.refresh(index=name)

    old_indexes = (
        list(client.indices.get_alias(name=alias)) if client.indices.exists_alias(name=alias) else []
    )
    actions = [{"remove": {"index": old, "alias": alias}} for old in old_indexes]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    for old in old_indexes:
        client.indices.delete(index=old, ignore_unavailable=True)
    logger.info("Rebuilt %s: %s documents in %s", alias, indexed, name)
    return name, indexed


def rebuild_all(client=None):
    return {language: rebuild(language, client=client) for language in languages()}


def status(client=None):
    """[(language, alias, index behind it or None, documents, live products)] for every language."""
    client = client or get_write_client()
    rows = []
    for language in languages():
        alias = alias_name(language)
        try:
            index = next(iter(client.indices.get_alias(name=alias)), None)
            documents = client.count(index=alias)["count"]
        except NotFoundError:
            index, documents = None, None
        rows.append((language, alias, index, documents, indexable_products(language).count()))
    return rows


def refresh(language=None, client=None):
    client = client or get_write_client()
    for code in [language] if language else languages():
        client.indices.refresh(index=alias_name(code), ignore_unavailable=True)


def write_pages(page_ids, client=None):
    """Make the index agree with the database for each page id: index it if live, delete it otherwise."""
    client = client or get_write_client()
    page_ids = set(page_ids)
    live = {page.pk: page for page in indexable_products().filter(pk__in=page_ids)}
    for language in {page.locale.language_code for page in live.values()}:
        ensure_index(language, client=client)
    actions = [
        ProductDocument.from_page(page).to_dict(include_meta=True)
        | {"_index": alias_name(page.locale.language_code)}
        for page in live.values()
    ]
    gone = page_ids - set(live)
    for language in languages():
        alias = alias_name(language)
        if gone and client.indices.exists_alias(name=alias):
            actions += [{"_op_type": "delete", "_index": alias, "_id": pk} for pk in gone]
    if actions:
        # A delete of a document that was never indexed answers 404: that is fine.
        bulk(client, actions, ignore_status=(404,))
    return len(live), len(gone)
