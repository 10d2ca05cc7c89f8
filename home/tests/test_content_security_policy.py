"""Public pages send a Content-Security-Policy that refuses inline script the site did not send."""

import re

import pytest

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def script_src(response):
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return directives["script-src"].split()


@pytest.fixture
def public_urls(catalog_tree, product):
    return [
        "/vi/",
        catalog_tree[0].url,
        product.url,
        "/vi/nha-cung-cap/",
        f"/vi/san-pham-in/{product.pk}/",
        "/vi/xac-thuc/",
        "/vi/tim-kiem/?q=che",
        "/vi/khong-co-trang-nay/",
    ]


def test_public_pages_refuse_inline_script(client, public_urls):
    for url in public_urls:
        response = client.get(url)

        assert response.status_code in (200, 404), url
        sources = script_src(response)
        assert "'self'" in sources, url
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, url


def test_public_pages_hold_no_script_the_policy_would_block(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        body = response.content.decode()
        nonce = next((s[len("'nonce-") : -1] for s in script_src(response) if s.startswith("'nonce-")), None)

        for attributes in INLINE_SCRIPT.findall(body):
            assert nonce and f'nonce="{nonce}"' in attributes, (url, attributes)
        assert EVENT_HANDLER.search(body) is None, url


def test_product_json_ld_carries_the_nonce_of_its_response(client, product):
    response = client.get(product.url)

    match = re.search(r'<script type="application/ld\+json" nonce="([^"]+)">', response.content.decode())
    assert match
    assert f"'nonce-{match[1]}'" in script_src(response)


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.vn", "pass"))
    return client


def test_the_admin_loads_under_a_policy_of_its_own(editor_client, product):
    for url in ["/admin/", f"/admin/pages/{product.pk}/edit/", "/admin/yeu-cau-nguoi-mua/"]:
        response = editor_client.get(url)

        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy, url
        assert "nonce-" not in policy, url


def test_a_draft_previewed_in_the_admin_renders_under_the_public_policy(editor_client, product):
    product.title = "Bản nháp chưa xuất bản"
    product.save_revision()

    response = editor_client.get(f"/admin/pages/{product.pk}/view_draft/")

    assert response.status_code == 200
    assert "Bản nháp chưa xuất bản" in response.content.decode()
    assert "'unsafe-inline'" not in script_src(response)
    assert "private" in response["Cache-Control"]
