"""Where a product or producer page lives in the tree: its commune's folder under its index."""

from dataclasses import dataclass

from django.db import transaction
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page

from catalog.models import (
    CatalogIndexPage,
    Commune,
    CommuneFolderPage,
    ProducerIndexPage,
    ProducerPage,
    ProductPage,
)
from catalog.models.folders import commune_of_folder

__all__ = ["Unfiled", "commune_of_folder", "file_page", "folder_for", "unfiled_pages"]

#: Each filed page type and the index whose commune folders hold it.
FILED = ((ProducerPage, ProducerIndexPage), (ProductPage, CatalogIndexPage))


def folder_for(index_page, commune):
    """`commune`'s folder under `index_page` (a catalog or producer index), created when missing.

    A folder made under a translated index is a translation of the same commune's
    folder in another language when there is one, so language switching and
    wagtail-localize see one folder in several languages.
    """
    folder = existing_folder(index_page, commune)
    if folder is not None:
        return folder
    with transaction.atomic():
        for translated_index in index_page.get_translations():
            source = existing_folder(translated_index, commune)
            if source is not None:
                folder = source.copy_for_translation(index_page.locale)
                folder.save_revision().publish()
                return CommuneFolderPage.objects.get(pk=folder.pk)
        folder = CommuneFolderPage(
            title=str(commune.full_name), slug=commune.slug, commune=commune, locale_id=index_page.locale_id
        )
        index_page.add_child(instance=folder)
        folder.save_revision().publish()
    # Fresh from the database: publishing worked on its own copy of the page.
    return CommuneFolderPage.objects.get(pk=folder.pk)


def existing_folder(index_page, commune):
    """`commune`'s folder under `index_page`, or None (never creates one)."""
    return CommuneFolderPage.objects.child_of(index_page).filter(commune=commune).first()


@dataclass(frozen=True)
class Unfiled:
    """A product or producer page that is not in a commune folder, and where it belongs."""

    page: Page
    #: The catalog or producer index whose folders should hold it (None: none in its language).
    index: Page | None
    #: The page's current commune (None: an editor must choose one before it can be filed).
    commune: Commune | None

    @property
    def folder(self):
        """The folder it belongs in, if that folder exists already."""
        if self.index is None or self.commune is None:
            return None
        return existing_folder(self.index, self.commune)

    @property
    def slug_taken(self):
        """Whether another page with its slug is already in that folder (moving it would clash)."""
        folder = self.folder
        return folder is not None and folder.get_children().filter(slug=self.page.slug).exists()

    @property
    def can_be_filed(self):
        return self.index is not None and self.commune is not None and not self.slug_taken


def unfiled_pages():
    """Every product and producer page whose parent is not a commune folder.

    Pages of the default language come first, so the folders made for their
    translations are translations of theirs (see `folder_for`); producers come
    before products.
    """
    folder_paths = set(CommuneFolderPage.objects.values_list("path", flat=True))
    default_locale_id = Locale.get_default().pk
    found = []
    for order, (model, index_model) in enumerate(FILED):
        for page in model.objects.select_related("commune", "locale").order_by("path"):
            if page.path[: -page.steplen] in folder_paths:
                continue
            index = page.get_ancestors().type(index_model).last()
            if index is None:
                index = index_model.objects.filter(locale_id=page.locale_id).first()
            found.append((page.locale_id != default_locale_id, order, page.path, page, index))
    found.sort(key=lambda item: item[:3])
    return [
        Unfiled(page=page, index=index and index.specific, commune=page.commune) for *_, page, index in found
    ]


def file_page(unfiled):
    """Move `unfiled.page` into its commune's folder (created when missing); returns the moved page.

    Wagtail's own move: the old URL gets a redirect (wagtail.contrib.redirects) and the
    move is logged. Nothing else about the page changes: its content, live state,
    drafts, revisions, lock and workflow stay as they are.
    """
    with transaction.atomic():
        folder = folder_for(unfiled.index, unfiled.commune)
        MovePageAction(unfiled.page, folder, pos="last-child").execute()
    # Fresh from the database: the move rewrote the tree fields of its own copy.
    return type(unfiled.page).objects.get(pk=unfiled.page.pk)
