"""Build (or bring up to date) the demo site from `content.py`.

Every page, snippet and image is looked up by the demo's record (or, the first
time, by slug, name or title), so running the loader twice creates nothing new:
a page gets a new revision only when its content differs from what is published.
The loader changes only what it still owns (`ownership`): whatever an editor
edited, drafted, submitted or created is kept exactly as it is.
"""

import datetime
import io
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Site

from catalog import certification
from catalog.filing import folder_for
from catalog.models import (
    CatalogIndexPage,
    CommuneFolderPage,
    District,
    FormerCommune,
    MarketplaceLink,
    ProducerIndexPage,
    ProducerPage,
    ProductGalleryImage,
    ProductPage,
    ProductSet,
    Standard,
)
from demo import site_address
from events.models import EventIndexPage, EventPage, EventProduct
from home.models import FeaturedProduct, HomePage
from home.text import ascii_slug
from news.models import NewsArticlePage, NewsIndexPage
from salespoints.models import SalesPoint, SalesPointIndexPage

from . import content, images, ownership
from .ownership import CREATED, KEPT, UNCHANGED, UPDATED
from .translate import translate_tree

# Certificates issued before Decision 1489/QĐ-TTg (July 2025) came from the district (3★) or the province (4★).
MOTIF_LABELS = {
    "rice": "hạt gạo",
    "honey": "tổ ong",
    "tea": "lá chè",
    "coffee": "hạt cà phê",
    "tuber": "củ quả",
    "meat": "thịt gác bếp",
    "spice": "chùm hạt gia vị",
    "bottle": "chai",
    "herb": "cây thuốc",
    "weave": "hoa văn thổ cẩm",
    "flower": "hoa",
    "house": "nhà sàn",
}
GALLERY_CAPTIONS = ["Ảnh minh họa: {title}", "Ảnh minh họa: nguyên liệu", "Ảnh minh họa: cận cảnh sản phẩm"]
MARKETPLACE_SEARCH = {
    "shopee": "https://shopee.vn/search?keyword={q}",
    "lazada": "https://www.lazada.vn/catalog/?q={q}",
    "tiki": "https://tiki.vn/search?q={q}",
    "tiktok_shop": "https://www.tiktok.com/search?q={q}",
    "postmart": "https://postmart.vn/search?q={q}",
    "voso": "https://voso.vn/search?q={q}",
}


@dataclass
class Summary:
    pages: dict = field(default_factory=lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0, KEPT: 0})
    images_created: int = 0
    images_reused: int = 0
    producers: int = 0
    products: int = 0
    articles: int = 0
    events: int = 0
    sales_points: int = 0
    translations: dict = field(default_factory=lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0, KEPT: 0})
    snippets_kept: int = 0
    untranslated: list = field(default_factory=list)
    site_url: str = ""
    site_address_kept: bool = False

    def lines(self):
        return [
            "Dữ liệu minh họa (demo data) — not official OCOP figures.",
            f"{self.producers} chủ thể, {self.products} sản phẩm, {self.articles} bài tin, "
            f"{self.events} sự kiện, {self.sales_points} điểm bán.",
            "Trang: {created} tạo mới, {updated} cập nhật, {unchanged} giữ nguyên, {kept} {label}.".format(
                **self.pages, label=ownership.KEPT_LABEL
            ),
            f"Ảnh: {self.images_created} tạo mới, {self.images_reused} dùng lại.",
            "Bản dịch tiếng Anh: {created} tạo mới, {updated} cập nhật, {unchanged} giữ nguyên, {kept} {label}.".format(
                **self.translations, label=ownership.KEPT_LABEL
            ),
            f"Điểm bán: {self.snippets_kept} {ownership.KEPT_LABEL}.",
            *(
                [f"Chuỗi chưa có bản dịch tiếng Anh (giữ tiếng Việt): {len(self.untranslated)}."]
                if self.untranslated
                else []
            ),
            f"Trang web: {self.site_url}",
            *(
                [
                    f"Địa chỉ trang web {ownership.KEPT_LABEL}; OCOP_PUBLIC_URL={settings.OCOP_PUBLIC_URL} "
                    "không được áp dụng (Settings → Sites)."
                ]
                if self.site_address_kept
                else []
            ),
        ]


def certifying_level(stars, certified_on):
    return certification.default_level(stars, certified_on)


def certified_on(cert, today):
    """`cert` = (months back, days forward) from `today`."""
    months, days = cert
    return certification.add_months(today, -months) + datetime.timedelta(days=days)


def demo_score(stars, index):
    low, high = certification.score_band(stars)
    return low + (index * 7) % (high - low + 1)


# --- snapshots: what a page holds, in comparable form ---------------------------------


def _strip_ids(data):
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _strip_ids(value) for key, value in data.items() if key != "id"}
    return data


def _field_snapshot(page, name):
    model_field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(model_field, StreamField):
        return _strip_ids(value.get_prep_value())
    if model_field.many_to_many:
        return sorted(obj.pk for obj in value.all())
    if model_field.one_to_many:
        skip = {"id", "page", "sort_order"}
        return [
            tuple(
                getattr(child, f.attname)
                for f in child._meta.concrete_fields
                if f.name not in skip and not f.primary_key
            )
            for child in value.all()
        ]
    if model_field.is_relation:
        return getattr(page, model_field.attname)
    return value


def snapshot(page, names):
    return {name: _field_snapshot(page, name) for name in names}


def page_key(model, slug):
    """The demo's own name for its page `slug` of `model`, kept in its records (see `ownership`)."""
    return f"{model._meta.label_lower}:{slug}"


def demo_folder(index_page, commune):
    """`commune`'s folder under `index_page`, translated like the demo's own pages.

    Folders hold no one's words (a commune's name, set by the site), so the demo
    takes any untouched folder as its own: its English copy must exist and be live
    for the English products inside it to be served.
    """
    folder = folder_for(index_page, commune)
    if ownership.may_adopt(folder, matches_demo=True):
        key = page_key(CommuneFolderPage, f"{index_page.slug}/{commune.slug}")
        ownership.record(folder, key=key, revision=folder.latest_revision)
    return folder


def _set_values(page, values, tags):
    for name, value in values.items():
        setattr(page, name, value)
    if tags is not None:
        page.tags.set(tags)


def _holds(page, values, tags):
    """True if `page` already holds `values` (and `tags`), as it is stored."""
    page = type(page).objects.get(pk=page.pk)
    before = snapshot(page, values)
    tags_before = sorted(tag.name for tag in page.tags.all()) if tags is not None else None
    for name, value in values.items():
        setattr(page, name, value)
    return snapshot(page, values) == before and (tags is None or tags_before == sorted(tags))


def _publish(page, key, summary, outcome):
    revision = page.save_revision()
    revision.publish()
    ownership.record(page, key=key, revision=revision)
    summary.pages[outcome] += 1


def sync_fields(page, key, values, summary, tags=None):
    """Bring the existing `page` to `values`, publishing only on change, and only if the demo owns it.

    `tags` (names) replace the page's tags when given. A page an editor changed is left exactly as
    it is (`ownership`) and counted as kept.
    """
    if not ownership.owns(page):
        if not ownership.may_adopt(page, matches_demo=_holds(page, values, tags)):
            summary.pages[KEPT] += 1
            return page
        if page.revisions.exists():
            # Adopted as it stands: it already holds what the demo writes.
            ownership.record(page, key=key, revision=page.latest_revision)
            summary.pages[UNCHANGED] += 1
            return page
    if _holds(page, values, tags):
        summary.pages[UNCHANGED] += 1
        return page
    _set_values(page, values, tags)
    _publish(page, key, summary, UPDATED)
    return page


def sync_page(parent, model, slug, values, summary, tags=None):
    """Create the `model` page `slug` under `parent`, or bring the demo's existing one up to date.

    Returns the page, or None where an editor deleted it (or its parent): it stays deleted.
    """
    key = page_key(model, slug)
    if parent is None or ownership.deleted(model, key):
        summary.pages[KEPT] += 1
        return None
    page = ownership.find(model, key) or model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return sync_fields(page, key, values, summary, tags=tags)
    page = model(slug=slug)
    _set_values(page, values, tags)
    parent.add_child(instance=page)
    _publish(page, key, summary, CREATED)
    return page


# --- images --------------------------------------------------------------------------------


def demo_image(title, filename, draw, summary):
    """The Wagtail image titled `title`, drawn by `draw()` only if it does not exist yet."""
    Image = get_image_model()
    key = f"image:{title}"
    # Found by the demo's record first: an editor may have retitled it. Never changed once drawn.
    image = ownership.find(Image, key) or Image.objects.filter(title=title).order_by("pk").first()
    if image is not None:
        ownership.record(image, key=key)
        summary.images_reused += 1
        return image
    image = Image(title=title, file=ImageFile(io.BytesIO(draw()), name=filename))
    image._set_image_file_metadata()
    image.save()
    ownership.record(image, key=key)
    summary.images_created += 1
    return image


# --- lookups --------------------------------------------------------------------------------


class Places:
    def __init__(self):
        self.districts = {d.slug: d for d in District.objects.all()}
        if not self.districts:
            raise ImproperlyConfigured(
                "No districts: run `manage.py migrate` first (catalog migration 0002)."
            )

    def get(self, district_slug, commune_name):
        """The former district and commune the demo's text names (its places predate July 2025)."""
        district = self.districts[district_slug]
        commune = FormerCommune.objects.select_related("successor").get(
            district=district, slug=ascii_slug(commune_name)
        )
        return district, commune


def place_values(former_district, former_commune):
    """The current commune from the crosswalk, with the former address kept beside it."""
    return {
        "commune": former_commune.successor,
        "former_district": former_district,
        "former_commune": former_commune,
    }


def place_name(place):
    """ "xã Thanh Yên", "huyện Điện Biên": the kind in lower case, as inside a sentence or address."""
    return f"{place.get_kind_display().lower()} {place.name}"


def product_set(code):
    return ProductSet.objects.get(code=code, locale__language_code="vi")


def standards(names):
    return list(Standard.objects.filter(name__in=names).order_by("pk"))


def rich_paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def quote_block(quote):
    text, attribution = quote
    return {"type": "quote", "value": {"text": text, "attribution": f"{attribution} (lời kể minh họa)"}}


def heading_block(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


# --- builders ------------------------------------------------------------------------------


def producer_contacts(index, spec):
    phone = f"0215 3{10 + index:02d} {(index * 137) % 1000:03d}"
    email = f"{spec['slug']}@example.vn"
    website = f"https://{spec['slug']}.example.vn" if spec["type"] in ("enterprise", "cooperative") else ""
    return phone, email, website


def present(pages, slugs):
    """The pages named by `slugs` that still exist (an editor may have deleted some)."""
    return [pages[slug] for slug in slugs if pages.get(slug) is not None]


def build_producers(index_page, places, image_size, summary):
    producers = {}
    logo_size = (min(480, image_size[0]), min(480, image_size[0]))
    for index, spec in enumerate(content.PRODUCERS):
        district, commune = places.get(*spec["place"])
        phone, email, website = producer_contacts(index, spec)
        logo = demo_image(
            f"Logo {spec['short_name']} (minh họa)",
            f"logo-{spec['slug']}.jpg",
            lambda spec=spec: images.logo_image(spec["title"], spec["short_name"], spec["type"], logo_size),
            summary,
        )
        story = [heading_block("Câu chuyện của chúng tôi")]
        story += [rich_paragraph(text) for text in spec["story"]]
        if spec.get("quote"):
            story.append(quote_block(spec["quote"]))
        story.append(rich_paragraph(f"<i>{content.DEMO_DISCLAIMER}</i>"))
        values = {
            "title": spec["title"],
            "producer_type": spec["type"],
            "summary": f"{spec['summary']} {content.DEMO_SUMMARY_NOTE}",
            "representative": spec.get("representative", ""),
            "address": f"{place_name(commune)}, {place_name(district)}, tỉnh Điện Biên (địa chỉ minh họa)",
            **place_values(district, commune),
            "phone": phone,
            "email": email,
            "website": website,
            "logo": logo,
            "story": story,
        }
        folder = demo_folder(index_page, commune.successor)
        producers[spec["slug"]] = (sync_page(folder, ProducerPage, spec["slug"], values, summary), spec)
        summary.producers += 1
    return producers


def marketplace_links(spec, producer_page):
    links = []
    for platform in spec["shops"]:
        if platform == "website":
            base = producer_page.website or f"https://{producer_page.slug}.example.vn"
            url = f"{base}/san-pham/{spec['slug']}"
        else:
            url = MARKETPLACE_SEARCH[platform].format(q=quote_plus(spec["title"]))
        links.append(MarketplaceLink(sort_order=len(links), platform=platform, url=url))
    return links


def gallery(spec, producer_spec, image_size, summary):
    items = []
    for variant in range(spec["images"]):
        image = demo_image(
            f"{spec['title']} — ảnh {variant + 1} (minh họa)",
            f"{spec['slug']}-{variant + 1}.jpg",
            lambda variant=variant: images.product_image(
                spec["title"], producer_spec["title"], spec["motif"], spec["stars"], variant, image_size
            ),
            summary,
        )
        items.append(
            ProductGalleryImage(
                # Written out: rows with equal sort_order come back in any order on PostgreSQL,
                # and the first photo is the product's card and share picture.
                sort_order=variant,
                image=image,
                alt_text=f"Hình vẽ minh họa {spec['title']}: biểu tượng {MOTIF_LABELS[spec['motif']]}"
                + (f", huy hiệu {spec['stars']} sao OCOP" if variant == 0 else ""),
                caption=GALLERY_CAPTIONS[variant].format(title=spec["title"]),
            )
        )
    return items


def build_products(index_page, producers, places, image_size, today, summary):
    products = {}
    for index, spec in enumerate(content.PRODUCTS):
        producer_page, producer_spec = producers[spec["producer"]]
        if producer_page is None:
            continue  # an editor deleted the producer, and so its products
        district, commune = places.get(*spec.get("place", producer_spec["place"]))
        day = certified_on(spec["cert"], today)
        price_min, price_max, price_unit = spec["price"]
        story = [heading_block("Câu chuyện sản phẩm"), rich_paragraph(spec["story"])]
        if producer_spec.get("quote"):
            story.append(quote_block(producer_spec["quote"]))
        story.append(
            rich_paragraph(
                f'Sản phẩm của <a linktype="page" id="{producer_page.pk}">{producer_page.title}</a>, '
                f"{place_name(commune)}, {place_name(district)}."
            )
        )
        values = {
            "title": spec["title"],
            "short_description": spec["short"],
            "description": "<ul>" + "".join(f"<li>{item}</li>" for item in spec["highlights"]) + "</ul>",
            "story": story,
            "category": product_set(spec["set"]),
            "producer": producer_page,
            **place_values(district, commune),
            "stars": spec["stars"],
            "score": demo_score(spec["stars"], index),
            "certificate_number": f"DEMO-{day.year}-{index + 1:03d}",
            "certified_on": day,
            "certifying_level": certifying_level(spec["stars"], day),
            "valid_until": certification.default_valid_until(day),
            "ingredients": spec["ingredients"],
            "packaging": spec["packaging"],
            "shelf_life": spec["shelf_life"],
            "standards": standards(spec["standards"]),
            "price_min": price_min,
            "price_max": price_max,
            "price_unit": price_unit,
            "production_capacity": spec["capacity"],
            "minimum_order": spec["min_order"],
            "wholesale_contact": f"{producer_spec['short_name']}: {producer_page.phone}, {producer_page.email}",
            "gallery_images": gallery(spec, producer_spec, image_size, summary),
            "marketplace_links": marketplace_links(spec, producer_page),
        }
        folder = demo_folder(index_page, commune.successor)
        products[spec["slug"]] = sync_page(folder, ProductPage, spec["slug"], values, summary)
        summary.products += 1
    return products


def build_news(index_page, image_size, summary):
    for spec in content.NEWS:
        image = demo_image(
            f"{spec['title']} (ảnh minh họa)",
            f"tin-{spec['slug']}.jpg",
            lambda spec=spec: images.banner_image(
                spec["title"], "Tin tức OCOP · Ảnh minh họa", spec["motif"], image_size
            ),
            summary,
        )
        body = [
            heading_block(value) if kind == "heading" else {"type": "paragraph", "value": value}
            for kind, value in spec["body"]
        ]
        values = {
            "title": spec["title"],
            "date": datetime.date.fromisoformat(spec["date"]),
            "author": spec["author"],
            "lead": spec["lead"],
            "image": image,
            "body": body,
        }
        tags = content.NEWS_TAGS.get(spec["slug"], [])
        sync_page(index_page, NewsArticlePage, spec["slug"], values, summary, tags=tags)
        summary.articles += 1


def build_events(index_page, products, places, today, summary):
    """Events dated around `today`, so the demo always has upcoming and past ones."""
    for spec in content.EVENTS:
        first, last = spec["days"]
        district_slug, place = spec["place"]
        description = [rich_paragraph(text) for text in spec["paragraphs"]]
        description.append(rich_paragraph(f"<i>{content.EVENT_DISCLAIMER}</i>"))
        values = {
            "title": spec["title"],
            "start_date": today + datetime.timedelta(days=first),
            "end_date": today + datetime.timedelta(days=last) if last is not None else None,
            "place": place,
            # Events are placed by area only; no current commune is implied.
            "district": places.districts[district_slug] if district_slug else None,
            "summary": spec["summary"],
            "description": description,
            "participating_products": [
                EventProduct(sort_order=position, product=page)
                for position, page in enumerate(present(products, spec["products"]))
            ],
        }
        sync_page(index_page, EventPage, spec["slug"], values, summary)
        summary.events += 1


def build_sales_points(products, places, summary):
    """SalesPoint snippets, found again by the demo's record or by name."""
    for spec in content.SALES_POINTS:
        district, commune = places.get(*spec["place"])
        values = {
            # The sales point list adds the commune and district after the address.
            "address": f"{spec['street']} (địa chỉ minh họa)",
            **place_values(district, commune),
            "opening_hours": spec["hours"],
            "phone": spec["phone"],
            "email": "",
            "map_url": "",
        }
        sync_sales_point(spec["name"], values, present(products, spec["products"]), summary)
        summary.sales_points += 1


def sales_point_fingerprint(name, values, product_pks):
    plain = {key: getattr(value, "pk", value) for key, value in values.items()}
    return ownership.fingerprint({"name": name, "values": plain, "products": product_pks})


def sync_sales_point(name, values, products, summary):
    """Create the sales point `name`, or bring the demo's own up to date; one an editor changed is kept."""
    key = f"salespoint:{name}"
    if ownership.deleted(SalesPoint, key):
        summary.snippets_kept += 1
        return None
    wanted = sales_point_fingerprint(name, values, sorted(p.pk for p in products))
    point = ownership.find(SalesPoint, key) or SalesPoint.objects.filter(name=name).first()
    if point is not None:
        current = sales_point_fingerprint(
            point.name,
            {attr: getattr(point, attr) for attr in values},
            sorted(p.pk for p in point.products.all()),
        )
        owned = ownership.owns(point, current_fingerprint=current) or ownership.may_adopt(
            point, matches_demo=current == wanted, current_fingerprint=current
        )
        if not owned:
            summary.snippets_kept += 1
            return point
        if current == wanted:
            ownership.record(point, key=key, current_fingerprint=wanted)
            return point
    else:
        point = SalesPoint(name=name)
    for attr, value in values.items():
        setattr(point, attr, value)
    point.full_clean()
    point.save()
    point.products.set(products)
    point.save()
    ownership.record(point, key=key, current_fingerprint=wanted)
    return point


def configure_site(home, summary):
    """The default Site serves the demo's home page, at OCOP_PUBLIC_URL unless an editor chose another."""
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True, hostname=site_address.configured_address()[0]
    )
    if site.pk is None or site.root_page_id != home.pk:
        site.root_page_id = home.pk
        site.site_name = site.site_name or "OCOP Điện Biên"
        site.save()
    outcome = site_address.follow_public_url(site)
    summary.site_url = f"{outcome.site_url}/vi/"
    summary.site_address_kept = outcome.kept_editors_address
    return site


@transaction.atomic
def load_demo(*, image_size=images.FULL_SIZE, today=None):
    """Build the Điện Biên demo under the Vietnamese home page; returns a `Summary`."""
    # The Vietnamese pages use translated labels (place kinds, …): build them in
    # Vietnamese whatever language the caller's thread has active.
    with translation.override("vi"):
        return _load_demo(image_size=image_size, today=today)


def _load_demo(*, image_size, today):
    today = today or certification.today()
    summary = Summary()
    home = HomePage.objects.filter(locale__language_code="vi").first()
    if home is None:
        raise ImproperlyConfigured(
            "No Vietnamese home page: run `manage.py migrate` first (home migration 0002)."
        )
    places = Places()

    indexes = {}
    for key, model in (
        ("catalog", CatalogIndexPage),
        ("producers", ProducerIndexPage),
        ("news", NewsIndexPage),
        ("events", EventIndexPage),
        ("sales_points", SalesPointIndexPage),
    ):
        spec = content.INDEXES[key]
        indexes[key] = sync_page(
            home,
            model,
            spec["slug"],
            {"title": spec["title"], "intro": spec["intro"], "show_in_menus": True},
            summary,
        )

    producers = build_producers(indexes["producers"], places, image_size, summary)
    products = build_products(indexes["catalog"], producers, places, image_size, today, summary)
    build_news(indexes["news"], image_size, summary)
    build_events(indexes["events"], products, places, today, summary)
    build_sales_points(products, places, summary)

    hero = demo_image(
        "Sản phẩm OCOP Điện Biên — ảnh bìa (minh họa)",
        "trang-chu-anh-bia.jpg",
        lambda: images.banner_image(content.HOME["hero_heading"], "Dữ liệu minh họa", "rice", image_size),
        summary,
    )
    home = HomePage.objects.get(pk=home.pk)
    home_values = {
        "hero_heading": content.HOME["hero_heading"],
        "hero_text": content.HOME["hero_text"],
        "hero_image": hero,
        "featured_products": [
            FeaturedProduct(sort_order=position, product=page)
            for position, page in enumerate(present(products, content.FEATURED))
        ],
    }
    sync_fields(home, "home", home_values, summary)

    translate_tree(home, summary)

    configure_site(home, summary)
    return summary
