import pytest
from django.contrib.auth.models import Group

from catalog.factories import ProducerPageFactory, ProductPageFactory, commune

OWN_COMMUNE = ("dien-bien", "thanh-yen")  # xã Thanh Yên, area: former huyện Điện Biên
OTHER_COMMUNE = ("tua-chua", "tua-chua")  # xã Tủa Chùa


@pytest.fixture
def commune_editor(db, django_user_model):
    """An editor of xã Thanh Yên."""
    user = django_user_model.objects.create_user("thanhyen", "ty@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên xã Thanh Yên"))
    return user


@pytest.fixture
def province_editor(db, django_user_model):
    user = django_user_model.objects.create_user("tinh", "tinh@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên tỉnh"))
    return user


@pytest.fixture
def own_producer(catalog_tree):
    return ProducerPageFactory(parent=catalog_tree[1], commune=commune(*OWN_COMMUNE), title="HTX Thanh Yên")


@pytest.fixture
def own_product(catalog_tree, own_producer):
    return ProductPageFactory(
        parent=catalog_tree[0], producer=own_producer, commune=commune(*OWN_COMMUNE), live=False
    )


@pytest.fixture
def other_producer(catalog_tree):
    return ProducerPageFactory(parent=catalog_tree[1], commune=commune(*OTHER_COMMUNE), title="HTX Tủa Chùa")


@pytest.fixture
def other_product(catalog_tree, other_producer):
    return ProductPageFactory(
        parent=catalog_tree[0], producer=other_producer, commune=commune(*OTHER_COMMUNE), title="Chè Tủa Chùa"
    )
