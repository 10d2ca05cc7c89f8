import factory
import wagtail_factories

from catalog.factories import district, home_page
from salespoints.models import SalesPoint, SalesPointIndexPage


class SalesPointFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Điểm giới thiệu và bán sản phẩm OCOP số {n}")
    address = "Số 1 đường Võ Nguyên Giáp"
    district = factory.LazyFunction(lambda: district("dien-bien-phu"))
    # The area's first current commune, so the area a test names is the one the point lands in.
    commune = factory.LazyAttribute(lambda o: o.district.communes.order_by("sort_order", "name").first())
    opening_hours = "7:30–21:00 hằng ngày"
    phone = "0215 3825 000"

    class Meta:
        model = SalesPoint
        skip_postgeneration_save = True

    @factory.post_generation
    def products(self, create, extracted, **kwargs):
        if create and extracted:
            self.products.set(extracted)
            self.save()


class SalesPointIndexPageFactory(wagtail_factories.PageFactory):
    title = "Điểm bán sản phẩm OCOP"
    slug = "diem-ban"

    class Meta:
        model = SalesPointIndexPage


def build_sales_point_index():
    home = home_page()
    return SalesPointIndexPage.objects.child_of(home).first() or SalesPointIndexPageFactory(parent=home)
