import pytest
from django.contrib.auth.models import Group

from catalog.factories import ProducerPageFactory, ProductPageFactory, district


@pytest.fixture
def district_editor(db, django_user_model):
    """An editor of huyện Điện Biên."""
    user = django_user_model.objects.create_user("dienbien", "db@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên huyện Điện Biên"))
    return user


@pytest.fixture
def province_editor(db, django_user_model):
    user = django_user_model.objects.create_user("tinh", "tinh@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên tỉnh"))
    return user


@pytest.fixture
def own_product(catalog_tree):
    producer = ProducerPageFactory(parent=catalog_tree[1], district=district("dien-bien"))
    return ProductPageFactory(
        parent=catalog_tree[0], producer=producer, district=district("dien-bien"), live=False
    )


@pytest.fixture
def other_product(catalog_tree):
    producer = ProducerPageFactory(parent=catalog_tree[1], district=district("tua-chua"))
    return ProductPageFactory(parent=catalog_tree[0], producer=producer, district=district("tua-chua"))
