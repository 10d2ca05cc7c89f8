"""Illustrations for the demo, drawn with Pillow (no downloads).

Each OCOP group gets a colour field and a simple motif (rice grains, honey comb,
tea leaf, bottle, woven pattern, flower, stilt house…); the product name is set
in a font that renders Vietnamese diacritics, with a star badge and a
"Ảnh minh họa" mark so nobody mistakes a drawing for a product photo.
"""

import functools
import io
import math
import random
import shutil
import subprocess
from pathlib import Path

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FULL_SIZE = (1200, 900)
SMALL_SIZE = (240, 180)

# (background, darker shade, accent) per motif.
PALETTES = {
    "rice": ("#e9d8a6", "#b98b2f", "#6b4f12"),
    "honey": ("#f4b942", "#c47f0c", "#6e3f00"),
    "tea": ("#5c8d4f", "#2f5d2a", "#e8f1da"),
    "coffee": ("#6f4e37", "#3e2a1c", "#f1e3d3"),
    "tuber": ("#8e6c9e", "#5a3f6a", "#f3e9f7"),
    "meat": ("#a4412f", "#6a2114", "#f7dccf"),
    "spice": ("#c8553d", "#7f2c1c", "#fbe3c8"),
    "bottle": ("#2f4858", "#1b2a33", "#f6ae2d"),
    "herb": ("#33658a", "#1f3f57", "#d9f0e3"),
    "weave": ("#9b2335", "#5e1020", "#f2c14e"),
    "flower": ("#f7cad0", "#c9184a", "#590d22"),
    "house": ("#86bbd8", "#33658a", "#2f4858"),
}
TYPE_COLOURS = {
    "enterprise": ("#1d3557", "#a8dadc"),
    "cooperative": ("#2a6f4e", "#d8f3dc"),
    "cooperative_group": ("#7f4f24", "#fde2c1"),
    "household": ("#6a4c93", "#e9dcf7"),
}


@functools.cache
def font_path(bold=False):
    """A TrueType font that covers Vietnamese: DejaVu Sans, else any font fontconfig lists for `vi`."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        listing = subprocess.run(  # noqa: S603 (fixed arguments, no shell)
            [fc_list, ":lang=vi", "file"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    paths = sorted(line.split(":")[0].strip() for line in listing.splitlines() if line.strip())
    paths = [path for path in paths if path.lower().endswith((".ttf", ".otf"))]
    preferred = [path for path in paths if ("bold" in path.lower()) == bold]
    return (preferred or paths or [None])[0]


@functools.cache
def font(size, bold=False):
    """A Vietnamese-capable font; Pillow's built-in scalable font when the machine has none."""
    path = font_path(bold)
    return ImageFont.truetype(path, size) if path else ImageFont.load_default(size=size)


def label(text):
    """`text` as the font can draw it: Pillow's built-in font has no Vietnamese letters, so fold them."""
    return text if font_path(False) else anyascii(text)


def _wrap(draw, text, typeface, width):
    """Greedy word wrap of `text` into lines no wider than `width` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=typeface) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _hexagon(draw, cx, cy, r, **kwargs):
    points = [
        (cx + r * math.cos(math.radians(60 * i)), cy + r * math.sin(math.radians(60 * i))) for i in range(6)
    ]
    draw.polygon(points, **kwargs)


def _leaf(draw, cx, cy, length, angle, fill, vein):
    """A tea leaf: a pointed ellipse with a midrib, rotated by `angle` degrees."""
    points = []
    for i in range(41):
        t = i / 40
        x = (t - 0.5) * length
        y = math.sin(math.pi * t) * length * 0.22
        points.append((x, y))
    points += [(x, -y) for x, y in reversed(points)]
    a = math.radians(angle)
    rotated = [
        (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in points
    ]
    draw.polygon(rotated, fill=fill)
    half = length / 2
    draw.line(
        [
            (cx - half * math.cos(a), cy - half * math.sin(a)),
            (cx + half * math.cos(a), cy + half * math.sin(a)),
        ],
        fill=vein,
        width=max(1, int(length / 60)),
    )


def _motif(draw, motif, box, unit, palette, rng):
    """Draw `motif` inside `box` (x0, y0, x1, y1); `unit` scales strokes to the image size."""
    _, dark, accent = palette
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if motif == "rice":
        for _ in range(60):
            cx, cy = x0 + rng.random() * w, y0 + rng.random() * h
            a = rng.random() * math.pi
            dx, dy = math.cos(a) * 26 * unit, math.sin(a) * 26 * unit
            draw.line([(cx - dx, cy - dy), (cx + dx, cy + dy)], fill="#fffaf0", width=int(18 * unit))
            draw.line([(cx - dx, cy - dy), (cx + dx, cy + dy)], fill=dark, width=max(1, int(2 * unit)))
    elif motif == "honey":
        r = 46 * unit
        for row in range(int(h / (r * 1.7)) + 2):
            for col in range(int(w / (r * 1.5)) + 2):
                cx = x0 + col * r * 1.5
                cy = y0 + row * r * math.sqrt(3) + (col % 2) * r * math.sqrt(3) / 2
                fill = dark if rng.random() < 0.55 else accent
                _hexagon(draw, cx, cy, r * 0.92, fill=fill)
    elif motif == "tea":
        for i in range(7):
            _leaf(
                draw,
                x0 + w * (0.2 + 0.6 * rng.random()),
                y0 + h * (0.15 + 0.7 * rng.random()),
                (150 + 80 * rng.random()) * unit,
                rng.random() * 180 - 90 + i,
                dark if i % 2 else "#8fbf5a",
                accent,
            )
    elif motif == "coffee":
        for _ in range(16):
            cx, cy = x0 + rng.random() * w, y0 + rng.random() * h
            rx, ry = 34 * unit, 24 * unit
            draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=dark)
            draw.arc(
                [cx - rx * 0.6, cy - ry, cx + rx * 0.6, cy + ry], 270, 90, fill=accent, width=int(4 * unit)
            )
    elif motif == "tuber":
        for _ in range(9):
            cx, cy = x0 + rng.random() * w, y0 + rng.random() * h
            r = (40 + 40 * rng.random()) * unit
            draw.ellipse(
                [cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], fill=dark, outline=accent, width=int(4 * unit)
            )
    elif motif in ("meat", "spice"):
        # Strips hung over the kitchen fire (gác bếp) / peppercorn clusters.
        for i in range(6):
            x = x0 + w * (0.1 + 0.15 * i)
            draw.line([(x, y0), (x, y0 + 30 * unit)], fill=accent, width=int(4 * unit))
            if motif == "meat":
                draw.rounded_rectangle(
                    [x - 22 * unit, y0 + 30 * unit, x + 22 * unit, y0 + h * (0.5 + 0.3 * rng.random())],
                    radius=int(12 * unit),
                    fill=dark,
                )
            else:
                for j in range(8):
                    cy = y0 + 50 * unit + j * 34 * unit
                    draw.ellipse([x - 14 * unit, cy - 14 * unit, x + 14 * unit, cy + 14 * unit], fill=dark)
    elif motif == "bottle":
        for i in range(3):
            cx = x0 + w * (0.25 + 0.25 * i)
            bw, bh = 90 * unit, h * (0.55 + 0.1 * (i % 2))
            top = y1 - bh
            draw.rounded_rectangle(
                [cx - bw / 2, top + bh * 0.3, cx + bw / 2, y1], radius=int(24 * unit), fill=dark
            )
            draw.rectangle([cx - bw / 6, top, cx + bw / 6, top + bh * 0.32], fill=dark)
            draw.rectangle([cx - bw / 5, top - 12 * unit, cx + bw / 5, top + 6 * unit], fill=accent)
            draw.rectangle(
                [cx - bw / 2 + 8 * unit, top + bh * 0.55, cx + bw / 2 - 8 * unit, top + bh * 0.75],
                fill=accent,
            )
    elif motif == "herb":
        for i in range(5):
            bx = x0 + w * (0.15 + 0.18 * i)
            draw.line([(bx, y1), (bx + 20 * unit, y0 + h * 0.2)], fill=accent, width=int(5 * unit))
            for j in range(4):
                _leaf(
                    draw,
                    bx + 10 * unit,
                    y1 - h * (0.2 + 0.18 * j),
                    90 * unit,
                    -35 if j % 2 else 215,
                    dark,
                    accent,
                )
    elif motif == "weave":
        size = 60 * unit
        for row in range(int(h / size) + 1):
            for col in range(int(w / size) + 1):
                cx, cy = x0 + col * size + size / 2, y0 + row * size + size / 2
                colour = accent if (row + col) % 2 else dark
                draw.polygon(
                    [(cx, cy - size / 2), (cx + size / 2, cy), (cx, cy + size / 2), (cx - size / 2, cy)],
                    fill=colour,
                )
                draw.rectangle([cx - 6 * unit, cy - 6 * unit, cx + 6 * unit, cy + 6 * unit], fill="#ffffff")
    elif motif == "flower":
        for _ in range(4):
            cx, cy = x0 + w * (0.2 + 0.6 * rng.random()), y0 + h * (0.2 + 0.6 * rng.random())
            r = (60 + 40 * rng.random()) * unit
            for k in range(5):
                a = math.radians(72 * k + rng.random() * 20)
                px, py = cx + math.cos(a) * r * 0.6, cy + math.sin(a) * r * 0.6
                draw.ellipse(
                    [px - r * 0.45, py - r * 0.45, px + r * 0.45, py + r * 0.45],
                    fill="#ffffff",
                    outline=dark,
                    width=int(3 * unit),
                )
            draw.ellipse([cx - r * 0.22, cy - r * 0.22, cx + r * 0.22, cy + r * 0.22], fill=dark)
    elif motif == "house":
        draw.polygon(
            [
                (x0, y1 - h * 0.35),
                (x0 + w * 0.35, y0 + h * 0.1),
                (x0 + w * 0.7, y1 - h * 0.4),
                (x1, y0 + h * 0.25),
                (x1, y1),
                (x0, y1),
            ],
            fill=dark,
        )
        hx, hy = x0 + w * 0.3, y1 - h * 0.55
        hw = w * 0.4
        draw.polygon(
            [(hx - 20 * unit, hy), (hx + hw / 2, hy - h * 0.28), (hx + hw + 20 * unit, hy)], fill=accent
        )
        draw.rectangle([hx, hy, hx + hw, hy + h * 0.2], fill="#f5e6c8")
        for k in range(5):
            px = hx + hw * k / 4
            draw.rectangle([px - 5 * unit, hy + h * 0.2, px + 5 * unit, y1], fill=accent)
        draw.rectangle([hx + hw * 0.42, hy + h * 0.05, hx + hw * 0.58, hy + h * 0.2], fill=accent)


def _star_badge(draw, stars, centre, radius, unit):
    cx, cy = centre
    draw.ellipse(
        [cx - radius, cy - radius, cx + radius, cy + radius],
        fill="#c1121f",
        outline="#ffffff",
        width=int(5 * unit),
    )
    badge = f"{stars}★" if font_path(True) else f"{stars}*"
    draw.text(
        (cx, cy - radius * 0.12), badge, font=font(int(radius * 0.8), bold=True), fill="#ffffff", anchor="mm"
    )
    draw.text(
        (cx, cy + radius * 0.5), "OCOP", font=font(int(radius * 0.3), bold=True), fill="#ffffff", anchor="mm"
    )


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def product_image(title, subtitle, motif, stars, variant=0, size=FULL_SIZE):
    """A product illustration as JPEG bytes; `variant` 0 is the cover, 1–2 are close-ups."""
    palette = PALETTES[motif]
    background, dark, _ = palette
    scale = size[0] / FULL_SIZE[0]
    # Draw at full size and shrink, so small test images keep the same composition.
    canvas = Image.new("RGB", FULL_SIZE, background)
    draw = ImageDraw.Draw(canvas)
    rng = random.Random(f"{title}-{variant}")
    width, height = FULL_SIZE
    if variant == 0:
        _motif(draw, motif, (width * 0.45, 60, width - 60, height * 0.68), 1.0, palette, rng)
        draw.rectangle([0, height * 0.68, width, height], fill=dark)
        lines = _wrap(draw, label(title), font(64, bold=True), width - 120)[:2]
        y = height * 0.68 + 40
        for line in lines:
            draw.text((60, y), line, font=font(64, bold=True), fill="#ffffff")
            y += 78
        draw.text((60, y + 6), label(subtitle), font=font(34), fill="#f1f1f1")
        _star_badge(draw, stars, (170, 190), 110, 1.0)
    else:
        inner = (60, 60, width - 60, height - 160) if variant == 1 else (0, 0, width, height - 140)
        _motif(draw, motif, inner, 1.6 if variant == 2 else 1.2, palette, rng)
        draw.rectangle([0, height - 140, width, height], fill="#ffffff")
        caption = _wrap(draw, label(title), font(44, bold=True), width - 120)[0]
        draw.text((60, height - 70), caption, font=font(44, bold=True), fill=dark, anchor="lm")
    draw.text(
        (width - 40, 40),
        "Ảnh minh họa",
        font=font(28),
        fill="#ffffff",
        anchor="ra",
        stroke_width=2,
        stroke_fill="#333333",
    )
    if scale != 1:
        canvas = canvas.resize(size, Image.Resampling.LANCZOS)
    return _jpeg(canvas)


def initials(name):
    words = [w for w in name.replace("'", "").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[-2:]).upper() or "OC"


def logo_image(name, short_name, producer_type, size=(480, 480)):
    """A round monogram logo for a producer, as JPEG bytes."""
    ink, paper = TYPE_COLOURS[producer_type]
    canvas = Image.new("RGB", (480, 480), paper)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse([30, 30, 450, 450], fill=ink)
    draw.ellipse([50, 50, 430, 430], outline=paper, width=4)
    draw.text((240, 200), label(initials(short_name)), font=font(150, bold=True), fill=paper, anchor="mm")
    lines = _wrap(draw, label(short_name), font(30, bold=True), 300)[:2]
    y = 310
    for line in lines:
        draw.text((240, y), line, font=font(30, bold=True), fill=paper, anchor="mm")
        y += 36
    if size != (480, 480):
        canvas = canvas.resize(size, Image.Resampling.LANCZOS)
    return _jpeg(canvas)


def banner_image(title, subtitle, motif, size=FULL_SIZE):
    """A wide illustration for the home page hero and news articles."""
    palette = PALETTES[motif]
    background, dark, _ = palette
    canvas = Image.new("RGB", FULL_SIZE, background)
    draw = ImageDraw.Draw(canvas)
    rng = random.Random(title)
    width, height = FULL_SIZE
    _motif(draw, motif, (0, 0, width, height * 0.6), 1.3, palette, rng)
    draw.rectangle([0, height * 0.6, width, height], fill=dark)
    y = height * 0.6 + 40
    for line in _wrap(draw, label(title), font(56, bold=True), width - 120)[:3]:
        draw.text((60, y), line, font=font(56, bold=True), fill="#ffffff")
        y += 70
    draw.text((60, y + 10), label(subtitle), font=font(30), fill="#eeeeee")
    draw.text(
        (width - 40, 40),
        "Ảnh minh họa",
        font=font(28),
        fill="#ffffff",
        anchor="ra",
        stroke_width=2,
        stroke_fill="#333333",
    )
    if size != FULL_SIZE:
        canvas = canvas.resize(size, Image.Resampling.LANCZOS)
    return _jpeg(canvas)
