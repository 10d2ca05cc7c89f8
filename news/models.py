"""News about the OCOP programme: an index with tags and pagination, and articles."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalog import cards
from catalog.search_text import FoldedSearchTextMixin, with_folded_text
from home.models import SectionIndexPage
from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin
from home.text import ascii_slug
from news.blocks import NewsStoryBlock

ARTICLES_PER_PAGE = 10


class NewsFilterForm(forms.Form):
    """The index's only parameters: a tag slug and a page number."""

    tag = forms.SlugField(required=False, max_length=100, allow_unicode=False)
    page = forms.IntegerField(required=False, min_value=1)


class NewsIndexPage(SectionIndexPage):
    subpage_types = ["news.NewsArticlePage"]

    class Meta:
        verbose_name = _("trang tin tức")

    def articles(self):
        return (
            NewsArticlePage.objects.child_of(self)
            .live()
            .select_related("image")
            .prefetch_related("image__renditions", "tags")
            .order_by("-date", "-pk")
        )

    def tags_in_use(self):
        return (
            NewsTag.objects.filter(tagged_items__content_object__in=self.articles())
            .distinct()
            .order_by("name")
        )

    def serve(self, request, *args, **kwargs):
        form = NewsFilterForm(request.GET)
        if form.is_valid():
            return super().serve(request, *args, form=form, **kwargs)
        context = self.get_context(request, *args, form=form, **kwargs)
        return TemplateResponse(request, self.get_template(request), context, status=400)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        tag = None
        page_number = 1
        if form is not None and form.is_valid():
            page_number = form.cleaned_data["page"] or 1
            tag_slug = form.cleaned_data["tag"]
            if tag_slug:
                tag = NewsTag.objects.filter(slug=tag_slug).first()
                articles = articles.filter(tags__slug=tag_slug) if tag else articles.none()
                context["unknown_tag"] = tag is None
        context["form"] = form
        context["tag"] = tag
        context["tags"] = self.tags_in_use()
        context["articles"] = Paginator(articles, ARTICLES_PER_PAGE).get_page(page_number)
        return context


class NewsTag(TagBase):
    """A news topic. Slugs are plain ASCII ("Hội chợ" → "hoi-cho") like every other slug on the site."""

    free_tagging = True

    class Meta:
        verbose_name = _("thẻ tin tức")
        verbose_name_plural = pgettext_lazy("plural", "thẻ tin tức")
        ordering = ["name"]

    def slugify(self, tag, i=None):
        slug = ascii_slug(tag) or "the"
        return f"{slug}-{i}" if i is not None else slug


class NewsArticleTag(ItemBase):
    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, FoldedSearchTextMixin, Page):
    date = models.DateField(_("ngày đăng"), default=timezone.localdate)
    author = models.CharField(_("tác giả"), max_length=255, blank=True)
    lead = models.TextField(
        _("sapo"), max_length=500, help_text=_("Đoạn mở đầu in đậm, hiện trên danh sách tin.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(NewsStoryBlock(), verbose_name=_("nội dung"))
    tags = ClusterTaggableManager(
        verbose_name=_("thẻ"), through=NewsArticleTag, blank=True, help_text=_("Chủ đề của bài tin.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("author"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("related_products", heading=_("Sản phẩm liên quan"), label=_("sản phẩm")),
    ]
    search_fields = with_folded_text(
        Page.search_fields
        + [
            index.SearchField("lead"),
            index.SearchField("body"),
            index.FilterField("date"),
        ]
    )
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bài tin")
        verbose_name_plural = pgettext_lazy("plural", "bài tin")

    @classmethod
    def display_queryset(cls):
        """Articles as their page shows them (home/routing.py)."""
        return cls.objects.select_related("image").prefetch_related("image__renditions", "tags")

    @cached_property
    def live_related_products(self):
        # Read through the inline list, which a preview holds in memory.
        product_ids = [item.product_id for item in self.related_products.all()]
        return cards.load_cards_in_locale(product_ids, self.locale_id)


class NewsRelatedProduct(Orderable):
    page = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_products")
    product = models.ForeignKey(
        "catalog.ProductPage", verbose_name=_("sản phẩm"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("sản phẩm liên quan")
