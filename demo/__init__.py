"""Demo content for the OCOP site: Điện Biên producers, products and news.

`load_demo()` in `loader.py` builds it; `content.py` holds the words,
`images.py` draws the illustrations. Everything here is demo data
("Dữ liệu minh họa"): certificate numbers, scores, prices and contacts are
invented and must never be presented as official.
"""
