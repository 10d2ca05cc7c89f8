"""Production settings: secure by default, configured from the environment."""

import secrets

from home.tests.manage_process import run_manage


def test_check_deploy_passes_with_the_documented_production_variables(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        ALLOWED_HOSTS="ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def production_cache_backend(tmp_path, **env):
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_without_cache_url_shares_the_database_cache_not_process_memory(tmp_path):
    assert production_cache_backend(tmp_path) == "django.core.cache.backends.db.DatabaseCache"


def test_production_with_cache_url_uses_redis(tmp_path):
    backend = production_cache_backend(tmp_path, CACHE_URL="redis://127.0.0.1:6379/1")

    assert backend == "django.core.cache.backends.redis.RedisCache"


def test_a_mistyped_trusted_proxy_stops_start_up(tmp_path):
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        OCOP_TRUSTED_PROXIES="10.0.0.5,10.0.0.300",
    )

    assert result.returncode != 0
    assert "OCOP_TRUSTED_PROXIES" in result.stderr


def production_setting(tmp_path, name, **env):
    result = run_manage(
        "shell",
        "-c",
        f"from django.conf import settings; print(settings.{name})",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ocop.example.vn,www.ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_calls_itself_https_on_its_first_host_unless_told(tmp_path):
    assert production_setting(tmp_path, "OCOP_PUBLIC_URL") == "https://ocop.example.vn"
    assert production_setting(tmp_path, "OCOP_VERIFY_BASE_URL") == "https://ocop.example.vn"


def test_the_public_address_drives_qr_codes_and_admin_links(tmp_path):
    env = {"OCOP_PUBLIC_URL": "https://ocop.dienbien.gov.vn/"}
    assert production_setting(tmp_path, "OCOP_VERIFY_BASE_URL", **env) == "https://ocop.dienbien.gov.vn"
    assert production_setting(tmp_path, "WAGTAILADMIN_BASE_URL", **env) == "https://ocop.dienbien.gov.vn"


def test_a_public_address_with_a_path_stops_start_up(tmp_path):
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="ocop_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ocop.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        OCOP_PUBLIC_URL="ocop.example.vn/vi",
    )

    assert result.returncode != 0
    assert "OCOP_PUBLIC_URL" in result.stderr
