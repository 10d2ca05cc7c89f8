"""The folded search table is rebuilt by command and kept in step with pages."""

import io

from django.core.management import call_command

from search.collation import sort_key
from search.models import ProductSearchEntry
from search.service import search_catalog
from search.types import CatalogQuery


def test_rebuild_command_restores_a_lost_index(make_product):
    make_product("Gạo Séng Cù")
    ProductSearchEntry.objects.all().delete()

    call_command("rebuild_catalog_search", stdout=io.StringIO())

    assert [hit.title for hit in search_catalog(CatalogQuery(q="seng cu")).hits] == ["Gạo Séng Cù"]


def test_entry_is_folded_and_padded_for_word_prefix_matching(make_product):
    product = make_product("Gạo Séng Cù (túi 2kg)")

    assert product.search_entry.name_folded == " gao seng cu tui 2kg "


def test_vietnamese_letters_sort_after_their_base_letter():
    names = ["Đường", "Dưa", "Ăn", "Anh", "Bánh", "Ba", "Bà", "Âm", "Ông", "Ong", "Ơi"]

    assert sorted(names, key=sort_key) == [
        "Anh",
        "Ăn",
        "Âm",
        "Ba",
        "Bà",
        "Bánh",
        "Dưa",
        "Đường",
        "Ong",
        "Ông",
        "Ơi",
    ]
