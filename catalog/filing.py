"""Where a product or producer page lives in the tree: its commune's folder under its index."""

from django.db import transaction

from catalog.models import CommuneFolderPage
from catalog.models.folders import commune_of_folder

__all__ = ["commune_of_folder", "folder_for"]


def folder_for(index_page, commune):
    """`commune`'s folder under `index_page` (a catalog or producer index), created when missing.

    A folder made under a translated index is a translation of the same commune's
    folder in another language when there is one, so language switching and
    wagtail-localize see one folder in several languages.
    """
    folder = CommuneFolderPage.objects.child_of(index_page).filter(commune=commune).first()
    if folder is not None:
        return folder
    with transaction.atomic():
        for translated_index in index_page.get_translations():
            source = CommuneFolderPage.objects.child_of(translated_index).filter(commune=commune).first()
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
