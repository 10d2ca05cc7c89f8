"""English text of the demo, for foreign buyers, in the shape of `content.py`.

`dictionary()` zips these structures with `content.py` into one mapping
"Vietnamese source string → English string", the strings wagtail-localize
extracts from the demo pages. Rich text goes through wagtail-localize's own
string extractor on both sides, so each paragraph or list item maps to its
English counterpart whatever inline tags it holds. Texts the loader composes
(place names, "Product of …", picture captions) are translated by the patterns
at the end.

Conventions: place names keep their Vietnamese spelling (Điện Biên, Mường Ảng);
producer names are legal names, so the English title is a plain-English name
followed by the Vietnamese legal name in brackets, e.g. "Điện Biên Honey Bee
Cooperative (HTX Ong mật Điện Biên)"; a household business is named after its
owner. Product names are translated, keeping local names that buyers will
meet on the label (Séng Cù rice, Shan tuyết tea, khẩu xén, chẩm chéo).
"""

import re

from . import content

NOTES = {
    content.DEMO_NOTE: "Demo data",
    content.DEMO_SUMMARY_NOTE: "(Demo data: star ratings, certificates and contacts are not official information.)",
    content.DEMO_DISCLAIMER: "The star rating, certificate number, score, prices and contact details on this page "
    "are demo data, not official information.",
    content.EVENT_DISCLAIMER: "Illustrative event: the dates, venue and list of exhibitors were made up by the "
    "development team.",
    "Câu chuyện của chúng tôi": "Our story",
    "Câu chuyện sản phẩm": "The story behind the product",
}

HOME = {
    "hero_heading": "OCOP products of Điện Biên",
    "hero_text": (
        "Ban flower honey, Séng Cù rice, ancient Tủa Chùa tea, Mường Ảng coffee, brocade weaving and "
        "community-based tourism villages: browse the OCOP products of the province's ten districts, towns "
        "and city, see their star ratings and certificate validity, and contact the producers to buy. Demo "
        "data: certificate numbers, scores and contacts were made up by the development team to showcase "
        "the website."
    ),
}

INDEXES = {
    "catalog": {
        "title": "OCOP products",
        "intro": "3-, 4- and 5-star OCOP products of Điện Biên province, in six product groups. Demo data.",
    },
    "producers": {
        "title": "OCOP producers",
        "intro": "Companies, cooperatives, cooperative groups and household businesses with OCOP products. "
        "Demo data.",
    },
    "news": {
        "title": "News",
        "intro": "News about the One Commune One Product programme in Điện Biên and the northern mountain "
        "provinces.",
    },
    "events": {
        "title": "Events",
        "intro": "Trade fairs, product weeks, festivals and training courses where Điện Biên's OCOP products "
        "take part. Demo data.",
    },
    "sales_points": {
        "title": "Where to buy OCOP products",
        "intro": "Showrooms that present and sell OCOP products across the province, by district. Addresses "
        "and phone numbers are demo data.",
    },
}

PRODUCERS = {
    "htx-ong-mat-dien-bien": {
        "title": "Điện Biên Honey Bee Cooperative (HTX Ong mật Điện Biên)",
        "summary": "A cooperative of beekeepers who follow the blossoming of ban flowers, coffee flowers and "
        "wild flowers around the Mường Thanh valley.",
        "story": [
            "Members place their hives on the hillsides, well away from sprayed fields, and move the colonies "
            "with the flowering seasons. The honey is extracted in stainless-steel spinners, filtered twice and "
            "its moisture brought down before bottling.",
            "The ban flowers bloom in February and March and give a light-coloured, delicately fragrant honey, "
            "the one visitors ask for most.",
        ],
        "quote": (
            "Healthy bees make good honey, so our first job is to keep the forest around the village in flower.",
            "A cooperative member",
        ),
    },
    "htx-dich-vu-tong-hop-thanh-yen": {
        "title": "Thanh Yên General Services Cooperative (HTX dịch vụ tổng hợp Thanh Yên)",
        "summary": "A cooperative that grows and mills speciality rice on the Mường Thanh plain, working with "
        "member households in Thanh Yên.",
        "story": [
            "The Mường Thanh plain is the largest rice bowl of the North-West. The cooperative supplies seed, "
            "teaches the growing method and buys the whole crop of its partner households.",
            "The paddy is dried right after harvest and milled to order, so the rice keeps its fragrance.",
        ],
        "quote": (
            "Good rice starts with stream water and the alluvial soil of the valley.",
            "A cooperative representative",
        ),
    },
    "ho-kinh-doanh-dinh-thi-kim-oanh": {
        "title": "Đinh Thị Kim Oanh Household Business (Hộ kinh doanh Đinh Thị Kim Oanh)",
        "summary": "A small maker of wild-fruit liqueurs sold under the Mountain Queen brand, made from táo mèo "
        "(Vietnamese hawthorn), honey and highland fruit.",
        "story": [
            "The business buys táo mèo, apricots and plums from highland villages, steeps them in earthenware "
            "jars for at least six months, then filters the liqueur and fills glass bottles.",
        ],
        "quote": ("Every bottle holds one fruit season of Điện Biên's mountains.", "The owner"),
    },
    "htx-nong-nghiep-cco-dien-bien-dong": {
        "title": "CCO Điện Biên Đông Agricultural Cooperative (HTX Nông nghiệp CCO Điện Biên Đông)",
        "summary": "A cooperative that buys, prepares and packs highland produce from Điện Biên Đông: taro, "
        "winter melon, red peanuts and village-raised pork.",
        "story": [
            "The cooperative links Hmong and Thai households in Phì Nhừ, Tìa Dình and Na Son with shops in the "
            "city: it buys in the villages, grades the produce and packs it with a label and a traceability code.",
        ],
        "quote": (
            "Farmers only have to grow well; getting the goods down to town is the cooperative's job.",
            "Director of the cooperative",
        ),
    },
    "cong-ty-tnhh-tra-phan-nhat": {
        "title": "Phan Nhất Tea Company Limited (Công ty TNHH Trà Phan Nhất)",
        "summary": "A company that processes tea from ancient Shan tuyết tea trees on the Tủa Chùa limestone "
        "plateau.",
        "story": [
            "Hmong pickers harvest the buds from century-old trees that grow wild on the rocky mountains and "
            "reach many metres high. The company buys the buds the same day, then pan-fires and rolls them, "
            "partly by hand and partly by machine.",
        ],
        "quote": (
            "The tea trees here are older than the villages; we only keep their flavour.",
            "A company representative",
        ),
    },
    "htx-hong-phuoc": {
        "title": "Hồng Phước Cooperative (HTX Hồng Phước)",
        "summary": "A cooperative that makes glass noodles by hand from canna (dong riềng) grown in the "
        "communes of the valley.",
        "story": [
            "The canna roots are washed and ground for their starch, which is spread into thin sheets and dried "
            "in the sun before being cut into noodles. No bleach is used; the noodles cook up chewy and clear.",
        ],
    },
    "htx-lay-nua": {
        "title": "Lay Nưa Cooperative (HTX Lay Nưa)",
        "summary": "A cooperative of Thai women in Lay Nưa making khẩu xén, the traditional crackers of "
        "festivals and Tết.",
        "story": [
            "Khẩu xén is a Thai speciality: sticky rice or cassava pounded smooth, rolled thin, cut into strips "
            "and dried. Before eating, the crackers are fried until they puff up and turn crisp, sometimes "
            "drizzled with cane syrup.",
            "The cooperative keeps the grandmothers' and mothers' recipe and has added drying and "
            "moisture-proof packing so it can sell all year round.",
        ],
        "quote": (
            "We used to make khẩu xén only for Tết; now customers far away order it all year.",
            "A cooperative member",
        ),
    },
    "cong-ty-tnhh-thuc-pham-safe-green": {
        "title": "Safe Green Food Company Limited (Công ty TNHH thực phẩm Safe Green)",
        "summary": "A company that contracts farmers to grow fragrant tám rice, then mills and distributes it "
        "under the Thiên Bản brand.",
        "story": [
            "The company signs purchase contracts with households growing fragrant tám rice, supplies the seed "
            "and monitors cultivation, then mills the rice and vacuum-packs it in its own workshop.",
        ],
    },
    "htx-hmong-tua-chua": {
        "title": "H'Mông Cooperative (HTX H'Mông)",
        "summary": "A cooperative of Hmong farmers in Tủa Chùa who grow and sell purple taro from rocky "
        "hillside fields.",
        "story": [
            "The purple taro is intercropped on the hillside fields without chemical fertiliser. It is "
            "harvested in late autumn, graded by size and boxed right in the village.",
        ],
    },
    "htx-ca-phe-ang-cang": {
        "title": "Ẳng Cang Coffee Cooperative (HTX Cà phê Ẳng Cang)",
        "summary": "A cooperative that grows, processes and roasts Arabica coffee on the hills of Mường Ảng.",
        "story": [
            "Mường Ảng is the province's largest coffee-growing area. The cooperative picks only ripe red "
            "cherries, uses wet processing, dries the beans on raised beds and roasts them plain in small "
            "batches.",
        ],
        "quote": (
            "Pick ripe, dry well, roast plain: three things that make a cup of Mường Ảng coffee.",
            "Chair of the cooperative",
        ),
    },
    "to-hop-tac-che-shan-tuyet-phinh-sang": {
        "title": "Phình Sáng Shan Tuyết Tea Cooperative Group (Tổ hợp tác chè Shan tuyết Phình Sáng)",
        "summary": "A cooperative group of Hmong households who tend and process Shan tuyết tea on Phình Sáng "
        "mountain.",
        "story": [
            "The households tend the tea gardens together, pick one bud and two leaves and pan-fire the tea in "
            "cast-iron woks on the day of picking.",
        ],
    },
    "ho-kinh-doanh-gac-bep-quai-to": {
        "title": "Quài Tở Smoked Meats Household Business (Hộ kinh doanh Gác bếp Quài Tở)",
        "summary": "A Thai family business making smoked buffalo meat and sausages to traditional recipes.",
        "story": [
            "The meat is rubbed with mắc khén pepper, ginger and chilli, then smoked for days on the rack above "
            "the wood fire. The business has invested in a drying cabinet and a vacuum sealer to keep the smoky "
            "taste while meeting hygiene standards.",
        ],
        "quote": ("Smoke from a stilt-house kitchen is a spice you cannot buy anywhere.", "The owner"),
    },
    "to-hop-tac-tho-cam-muong-muon": {
        "title": "Mường Mươn Brocade Weaving Cooperative Group (Tổ hợp tác dệt thổ cẩm Mường Mươn)",
        "summary": "A cooperative group of Thai and Hmong women who weave and embroider brocade and make rattan "
        "and bamboo basketry.",
        "story": [
            "Piêu scarves, bags and skirts are woven on wooden looms and embroidered by hand with each "
            "community's own patterns. The group takes orders from souvenir shops and visitors.",
        ],
        "quote": (
            "Every pattern has a story, and we tell it with needle and thread.",
            "Leader of the cooperative group",
        ),
    },
    "htx-duoc-lieu-chung-chai": {
        "title": "Chung Chải Medicinal Herbs Cooperative (HTX Dược liệu Chung Chải)",
        "summary": "A cooperative that grows medicinal plants under the forest canopy and processes them: "
        "notoginseng, lemongrass and the healing herbs of the Hà Nhì people.",
        "story": [
            "The herbs are grown under the forest canopy in the border area of Mường Nhé, then dried and ground "
            "in the cooperative's workshop.",
        ],
    },
    "ho-kinh-doanh-vuon-lan-na-hy": {
        "title": "Nà Hỳ Orchid Garden Household Business (Hộ kinh doanh Vườn lan Nà Hỳ)",
        "summary": "A nursery of native orchids and highland ornamental plants, propagated in a net house.",
        "story": [
            "The garden propagates dendrobium orchids and wild peach trees from mother plants in a net house "
            "and never takes plants from the forest.",
        ],
    },
    "to-hop-tac-du-lich-cong-dong-ban-men": {
        "title": "Bản Mển Community Tourism Cooperative Group (Tổ hợp tác du lịch cộng đồng bản Mển)",
        "summary": "Thai families who open their stilt houses to guests, cook bamboo-tube rice, dance the xòe "
        "and show visitors how they weave.",
        "story": [
            "Bản Mển lies right next to the city and has kept its stilt houses and the way of life of the Black "
            "Thai. The group takes turns hosting guests so that every household earns an income.",
        ],
        "quote": (
            "Once guests have shared our tray of food and slept under our roof, they belong to the village.",
            "Leader of the cooperative group",
        ),
    },
    "cong-ty-tnhh-nong-san-cha-cang": {
        "title": "Chà Cang Farm Produce Company Limited (Công ty TNHH Nông sản Chà Cang)",
        "summary": "A small company making corn liquor fermented with leaf yeast, wild spices and táo mèo drinks.",
        "story": [
            "The company buys corn, mắc khén and táo mèo from households in Nậm Pồ and processes them in a "
            "workshop certified for food safety.",
        ],
    },
    "htx-nong-lam-nghiep-nam-ke": {
        "title": "Nậm Kè Agriculture and Forestry Cooperative (HTX Nông lâm nghiệp Nậm Kè)",
        "summary": "A cooperative that harvests non-timber forest products under control and prepares them: "
        "bitter bamboo shoots and shiitake mushrooms.",
        "story": [
            "Members are contracted to protect the forest and gather shoots and mushrooms in season, taking only "
            "the permitted share so that the forest can regrow.",
        ],
    },
    "ho-kinh-doanh-homestay-him-lam": {
        "title": "Him Lam Homestay Household Business (Hộ kinh doanh Homestay Him Lam)",
        "summary": "A Thai family's stilt house that welcomes overnight guests and serves local food.",
        "story": [
            "The family has turned the upper floor of the stilt house into sleeping space; in the yard below are "
            "a grill and a vegetable garden. Guests learn to make bamboo-tube rice, chẩm chéo dipping sauce and "
            "pa pỉnh tộp grilled fish.",
        ],
    },
}

PRODUCTS = {
    "mat-ong-hoa-ban": {
        "title": "Ban flower honey",
        "short": "Pure honey from the February ban flower season: bright golden, clean and sweet, with a light "
        "scent of wild flowers.",
        "highlights": [
            "One harvest a year, when the ban trees are in full bloom",
            "Moisture brought down below 20%",
            "QR traceability label",
        ],
        "story": "When the whole valley turns white with ban flowers, the hives are carried up the hillsides. "
        "Only the first honey of the season, when ban blossom dominates, is bottled under this label.",
        "ingredients": "100% pure ban flower honey.",
        "packaging": "250 ml and 500 ml glass bottles; gift box of 2 bottles.",
        "shelf_life": "24 months from bottling",
        "unit": "250–500 ml bottle",
        "capacity": "3 tonnes/year",
        "min_order": "20 bottles",
    },
    "mat-ong-banh-to": {
        "title": "Honeycomb",
        "short": "Slabs of beeswax comb full of honey, cut from our own hives, to eat as it is or stir into warm "
        "water.",
        "highlights": ["Whole comb, never spun in an extractor", "Sealed in boxes right at the apiary"],
        "story": "A comb is chosen only when its cells are capped with wax, which means the honey is fully ripe.",
        "ingredients": "Beeswax and pure honey.",
        "packaging": "500 g food-grade plastic box with a tight lid.",
        "shelf_life": "12 months",
        "unit": "500 g box",
        "capacity": "5,000 boxes/year",
        "min_order": "10 boxes",
    },
    "gao-seng-cu-thanh-yen": {
        "title": "Thanh Yên Séng Cù rice",
        "short": "Long, translucent Séng Cù grains that cook soft, sticky and full of flavour, grown on the "
        "Mường Thanh plain.",
        "highlights": [
            "Grown to VietGAP good agricultural practice",
            "Milled to order, so it is always fresh",
            "Vacuum-packed",
        ],
        "story": "Séng Cù is the rice variety the Thai have long grown in the valleys of the North-West. Cool "
        "stream water and the difference between day and night temperatures make Thanh Yên rice soft and "
        "fragrant even when cold.",
        "ingredients": "Séng Cù rice.",
        "packaging": "2 kg and 5 kg vacuum bags; 25 kg sacks for restaurants.",
        "shelf_life": "12 months",
        "unit": "kg",
        "capacity": "600 tonnes/year",
        "min_order": "500 kg",
    },
    "gao-tam-thom-thanh-yen": {
        "title": "Thanh Yên fragrant tám rice",
        "short": "Small-grained fragrant tám rice that cooks soft, with a scent of young green rice, ideal for "
        "family meals.",
        "highlights": [
            "Fragrant tám variety planted in the main season",
            "Paddy dried straight after harvest",
        ],
        "story": "The main crop on the Thanh Yên fields ripens in October; tám rice milled from this crop is the "
        "most fragrant.",
        "ingredients": "Fragrant tám rice.",
        "packaging": "5 kg and 10 kg bags.",
        "shelf_life": "12 months",
        "unit": "kg",
        "capacity": "400 tonnes/year",
        "min_order": "500 kg",
    },
    "ruou-mountain-queen-ngoc-cau": {
        "title": "Mountain Queen Ngọc cẩu liqueur",
        "short": "Rice spirit steeped with ngọc cẩu (balanophora), a herb that grows on the roots of forest "
        "trees: gently bitter with a sweet finish.",
        "highlights": [
            "Steeped for at least six months in earthenware jars",
            "Glass bottle with anti-counterfeit seal",
        ],
        "story": "Highlanders gather ngọc cẩu in winter, slice and sun-dry it, then steep it in rice spirit.",
        "ingredients": "Rice spirit, dried ngọc cẩu.",
        "packaging": "500 ml glass bottle; wooden gift box.",
        "shelf_life": "Unlimited if tightly closed",
        "unit": "500 ml bottle",
        "capacity": "3,000 bottles/year",
        "min_order": "12 bottles",
    },
    "ruou-mountain-queen-hoa-qua": {
        "title": "Mountain Queen fruit liqueur",
        "short": "Fruit liqueur of highland apricots, plums and hawthorn: amber in colour, sweet and sour.",
        "highlights": ["Ripe fruit bought in the villages", "25% alcohol"],
        "story": "Each fruit season is steeped as a separate batch, so the colour varies slightly from year "
        "to year.",
        "ingredients": "Rice spirit, apricots, plums, táo mèo (hawthorn), rock sugar.",
        "packaging": "500 ml glass bottle.",
        "shelf_life": "36 months",
        "unit": "500 ml bottle",
        "capacity": "5,000 bottles/year",
        "min_order": "12 bottles",
    },
    "ruou-mountain-queen-tao-meo-mat-ong": {
        "title": "Mountain Queen táo mèo and honey liqueur",
        "short": "Táo mèo (Vietnamese hawthorn) liqueur matured with wild honey: ripe-apple aroma, smooth to "
        "drink, a fine gift.",
        "highlights": ["Wild táo mèo from Tủa Chùa and Mường Nhé", "Matured with local honey"],
        "story": "The fruit is washed, drained and steeped in honey before the spirit is added, which gives a "
        "rounded, mellow sweetness.",
        "ingredients": "Rice spirit, táo mèo, honey.",
        "packaging": "500 ml and 750 ml glass bottles.",
        "shelf_life": "36 months",
        "unit": "bottle",
        "capacity": "8,000 bottles/year",
        "min_order": "12 bottles",
    },
    "thit-lon-kho-cco-dien-bien-dong": {
        "title": "Điện Biên Đông dried pork",
        "short": "Free-range village pork seasoned with mountain spices and dried, shredded to eat with rice or "
        "a glass of liquor.",
        "highlights": [
            "Village pigs raised free-range in the highland communes",
            "Dried in a drying cabinet and vacuum-packed",
        ],
        "story": "Shoulder and loin are marinated with mắc khén pepper, dổi seeds and chilli, then dried until "
        "firm.",
        "ingredients": "Pork, mắc khén pepper, dổi seeds, chilli, ginger, salt.",
        "packaging": "250 g and 500 g vacuum bags.",
        "shelf_life": "6 months at room temperature, 12 months refrigerated",
        "unit": "250–500 g bag",
        "capacity": "4 tonnes/year",
        "min_order": "20 bags",
    },
    "khoai-so-phinh-nhu": {
        "title": "Phình Nhừ taro",
        "short": "Small, firm upland taro that boils up floury and creamy, with a nutty flavour.",
        "highlights": ["Grown on rain-fed hillside fields", "Graded by size"],
        "story": "Hmong farmers in Phì Nhừ plant taro between the maize in March and lift it when the leaves "
        "turn yellow.",
        "ingredients": "Fresh taro.",
        "packaging": "3 kg net bags, 10 kg cartons.",
        "shelf_life": "2 months in a cool, dry place",
        "unit": "kg",
        "capacity": "80 tonnes/year",
        "min_order": "100 kg",
    },
    "bi-xanh-tia-dinh": {
        "title": "Tìa Dình winter melon",
        "short": "Long hillside winter melons with a white waxy bloom and dense flesh, for sweet, clear soups.",
        "highlights": ["Grown on fields above 1,000 m", "Keeps for a long time without wilting"],
        "story": "The melons are planted after the maize crop, climb bamboo trellises and are picked once the "
        "skin is covered in white bloom.",
        "ingredients": "Fresh winter melon.",
        "packaging": "15 kg carton.",
        "shelf_life": "3 months in a cool, airy place",
        "unit": "kg",
        "capacity": "120 tonnes/year",
        "min_order": "500 kg",
    },
    "lac-do-na-son": {
        "title": "Na Son red peanuts",
        "short": "Small, rich peanuts with red skins, fragrant roasted or cooked with sticky rice.",
        "highlights": ["Local red peanut variety", "Sun-dried"],
        "story": "The red peanuts are sown on the hills of Na Son, pulled in July, dried in the sun and shelled "
        "by hand.",
        "ingredients": "Red peanut kernels.",
        "packaging": "500 g and 1 kg bags with label and QR code.",
        "shelf_life": "9 months",
        "unit": "kg",
        "capacity": "25 tonnes/year",
        "min_order": "50 kg",
    },
    "tra-cay-cao-co-thu-tua-chua": {
        "title": "Tủa Chùa ancient tall-tree tea",
        "short": "Green tea from the buds of ancient Shan tuyết trees on the Tủa Chùa limestone mountains: a "
        "rich golden liquor with a deep, sweet aftertaste.",
        "highlights": [
            "Buds picked from century-old tea trees",
            "Pan-fired and rolled on the day of picking",
            "Kraft paper box with QR code",
        ],
        "story": "The young buds of Tủa Chùa's ancient tea trees are covered in white down like snow, hence the "
        'name Shan tuyết, "snow". Pickers have to climb the trunks, so one person gathers only a few kilos of '
        "buds a day.",
        "ingredients": "100% Shan tuyết tea buds.",
        "packaging": "100 g and 200 g boxes; 500 g bags.",
        "shelf_life": "24 months",
        "unit": "100–500 g box",
        "capacity": "8 tonnes of dried buds/year",
        "min_order": "10 kg",
    },
    "mien-hong-phuoc": {
        "title": "Hồng Phước canna glass noodles",
        "short": "Fine, chewy, clear glass noodles made from canna starch, without chemical bleach.",
        "highlights": ["Made from canna (dong riềng) starch", "Dried in the sun"],
        "story": "The canna roots are harvested in the dry season, when their starch content is highest.",
        "ingredients": "Canna starch, water.",
        "packaging": "500 g and 1 kg bags.",
        "shelf_life": "12 months",
        "unit": "kg",
        "capacity": "30 tonnes/year",
        "min_order": "50 kg",
    },
    "banh-khau-xen-san": {
        "title": "Lay Nưa cassava khẩu xén crackers",
        "short": "Thin khẩu xén crackers made from cassava that puff up crisp when fried: a snack or a gift.",
        "highlights": ["Traditional Thai cracker recipe", "Bag with a moisture absorber"],
        "story": "The cassava is steamed, pounded with a little sticky rice to make it supple, rolled thin and "
        "dried on bamboo racks.",
        "ingredients": "Cassava, glutinous rice, salt.",
        "packaging": "300 g and 500 g bags.",
        "shelf_life": "6 months",
        "unit": "bag",
        "capacity": "6 tonnes/year",
        "min_order": "30 bags",
    },
    "banh-khau-xen-gao": {
        "title": "Lay Nưa rice khẩu xén crackers",
        "short": "Khẩu xén crackers made from upland glutinous rice that fry up white, puffed and crunchy.",
        "highlights": ["Upland glutinous rice from Mường Lay", "No colouring"],
        "story": "Thai families make these crackers as offerings and to treat guests at the Xíp xí festival.",
        "ingredients": "Glutinous rice, sesame, salt.",
        "packaging": "300 g and 500 g bags.",
        "shelf_life": "6 months",
        "unit": "bag",
        "capacity": "5 tonnes/year",
        "min_order": "30 bags",
    },
    "gao-tam-thom-thien-ban": {
        "title": "Thiên Bản fragrant tám rice",
        "short": "Vacuum-packed fragrant tám rice that cooks soft and tender and stays fragrant.",
        "highlights": [
            "Partner fields keep a farming log",
            "Milled and packed in the company's own workshop",
        ],
        "story": "Every lot of Thiên Bản rice has a lot number printed on the bag that traces it back to its field "
        "and milling date.",
        "ingredients": "Fragrant tám rice.",
        "packaging": "2 kg vacuum bags; gift box of 2 bags.",
        "shelf_life": "12 months",
        "unit": "2 kg bag",
        "capacity": "300 tonnes/year",
        "min_order": "200 bags",
    },
    "khoai-so-tim-tua-chua": {
        "title": "Tủa Chùa purple taro",
        "short": "Taro with pale purple flesh, floury and fragrant, grown on the rocky fields of Tủa Chùa.",
        "highlights": ["No chemical fertiliser", "Harvested in late autumn"],
        "story": "Hmong families have kept this variety for generations, storing the seed tubers on the rack "
        "above the kitchen fire.",
        "ingredients": "Fresh purple taro.",
        "packaging": "5 kg net bags, 10 kg boxes.",
        "shelf_life": "2 months",
        "unit": "kg",
        "capacity": "50 tonnes/year",
        "min_order": "100 kg",
    },
    "ca-phe-arabica-rang-xay-muong-ang": {
        "title": "Mường Ảng roasted ground Arabica coffee",
        "short": "Ripe-picked, wet-processed Arabica, roasted plain to a medium roast: bright acidity and fruity "
        "notes.",
        "highlights": [
            "100% ripe red cherries",
            "Roasted in small batches, roast date on the bag",
            "Ground or whole bean",
        ],
        "story": "The coffee grows among shade trees on the Ẳng Cang hills at nearly 1,000 metres. Every roast "
        "batch is cupped before it is packed.",
        "ingredients": "100% Arabica coffee.",
        "packaging": "250 g and 500 g bags with one-way valve; 5 kg sacks for cafés.",
        "shelf_life": "12 months; best within 3 months of roasting",
        "unit": "250–500 g bag",
        "capacity": "40 tonnes of green beans/year",
        "min_order": "20 kg",
    },
    "ca-phe-nhan-xanh-muong-ang": {
        "title": "Mường Ảng green coffee beans",
        "short": "Green Arabica beans, screen 16 and above, moisture below 12.5%, for roasters.",
        "highlights": ["Sorted by machine and by hand", "Samples sent before you order"],
        "story": "The cooperative sells green beans to speciality roasters in Hà Nội and Hồ Chí Minh City.",
        "ingredients": "Green Arabica coffee beans.",
        "packaging": "60 kg jute bags lined with GrainPro.",
        "shelf_life": "12 months",
        "unit": "kg",
        "capacity": "120 tonnes/year",
        "min_order": "1 bag of 60 kg",
    },
    "ca-phe-phin-giay-muong-ang": {
        "title": "Mường Ảng drip bag coffee",
        "short": "Ground coffee in single-cup drip bags, quick to brew at the office or on the road.",
        "highlights": ["12 g per bag", "10 bags per box"],
        "story": "Made for visitors who want to take the taste of Mường Ảng home.",
        "ingredients": "Roasted ground Arabica and Robusta coffee.",
        "packaging": "Box of 10 drip bags of 12 g.",
        "shelf_life": "12 months",
        "unit": "box",
        "capacity": "20,000 boxes/year",
        "min_order": "50 boxes",
    },
    "che-shan-tuyet-phinh-sang": {
        "title": "Phình Sáng Shan tuyết tea",
        "short": "Shan tuyết green tea fired in cast-iron woks: curled, downy leaves, a yellow-green liquor and "
        "a gentle astringency.",
        "highlights": ["One bud and two leaves", "Hand-fired in cast-iron woks", "Unsprayed tea gardens"],
        "story": "The Phình Sáng tea gardens lie at 1,400 metres, wrapped in mist all year round. During the "
        "spring picking, the households take turns firing tea through the night.",
        "ingredients": "100% Shan tuyết tea.",
        "packaging": "100 g tin; 200 g bag.",
        "shelf_life": "18 months",
        "unit": "100–200 g box",
        "capacity": "3 tonnes/year",
        "min_order": "5 kg",
    },
    "tra-tui-loc-giao-co-lam-phinh-sang": {
        "title": "Jiaogulan tea bags",
        "short": "Tea bags of dried jiaogulan (giảo cổ lam) leaves: slightly bitter, then sweet on the finish.",
        "highlights": ["Jiaogulan grown under the forest canopy", "Box of 25 tea bags"],
        "story": "The cooperative group grows jiaogulan under the tea bushes for extra income outside the tea "
        "season.",
        "ingredients": "Dried jiaogulan leaves.",
        "packaging": "Box of 25 tea bags of 2 g.",
        "shelf_life": "24 months",
        "unit": "box",
        "capacity": "10,000 boxes/year",
        "min_order": "30 boxes",
    },
    "thit-trau-gac-bep-quai-to": {
        "title": "Quài Tở smoked buffalo meat",
        "short": "Buffalo meat rubbed with mắc khén pepper and smoked over a wood fire: chewy and fragrant, "
        "served with chẩm chéo dipping sauce.",
        "highlights": [
            "Selected buffalo shank",
            "Smoked over nghiến ironwood",
            "Comes with a sachet of chẩm chéo",
        ],
        "story": "In the Thai way, the meat is cut along the grain into long strips and hung above the kitchen "
        "fire for days until it is dry and smoky.",
        "ingredients": "Buffalo meat, mắc khén pepper, ginger, chilli, garlic, salt.",
        "packaging": "250 g and 500 g vacuum bags.",
        "shelf_life": "6 months at room temperature",
        "unit": "250 g – 1 kg bag",
        "capacity": "5 tonnes/year",
        "min_order": "10 kg",
    },
    "lap-suon-gac-bep-quai-to": {
        "title": "Quài Tở smoked sausage",
        "short": "Smoked village-pork sausage, balanced between salty and sweet, fragrant with mắc khén.",
        "highlights": ["Village pork", "No preservatives"],
        "story": "The sausages are made in the dry season at the end of the year, when the kitchen fire burns "
        "all day.",
        "ingredients": "Pork, pork casing, mắc khén pepper, rice spirit, sugar, salt.",
        "packaging": "500 g vacuum bag.",
        "shelf_life": "4 months at room temperature",
        "unit": "500 g bag",
        "capacity": "3 tonnes/year",
        "min_order": "20 bags",
    },
    "khan-pieu-thai-muong-muon": {
        "title": "Mường Mươn Thai piêu scarf",
        "short": "A hand-woven, hand-embroidered piêu scarf with traditional cút piêu motifs, worn on the head or "
        "given as a gift.",
        "highlights": [
            "Entirely hand-embroidered",
            "About two weeks of work per scarf",
            "Indigo-dyed cotton",
        ],
        "story": "A Thai girl embroiders her own piêu scarves to give to her beloved and to take to her "
        "husband's home.",
        "ingredients": "Cotton yarn, coloured embroidery thread.",
        "packaging": "Paper box with a card explaining the motifs.",
        "unit": "piece",
        "capacity": "600 pieces/year",
        "min_order": "5 pieces",
    },
    "tui-tho-cam-hmong-muong-muon": {
        "title": "H'Mông brocade bag",
        "short": "Shoulder bag of hemp cloth decorated with beeswax batik and Hmong embroidery.",
        "highlights": ["Hand-woven hemp cloth", "Beeswax batik patterns"],
        "story": "Hmong women draw the patterns on hemp cloth with hot beeswax before dyeing it with indigo.",
        "ingredients": "Hemp cloth, indigo, embroidery thread.",
        "packaging": "Kraft paper bag.",
        "unit": "piece",
        "capacity": "1,500 pieces/year",
        "min_order": "10 pieces",
    },
    "gio-may-tre-dan-muong-cha": {
        "title": "Mường Chà rattan and bamboo baskets",
        "short": "Baskets, trays and boxes woven from rattan and forest bamboo, for the home or as decoration.",
        "highlights": ["Rattan and bamboo dried and smoked against woodworm", "Custom sizes on request"],
        "story": "The men of the village weave baskets in the quiet weeks between farming seasons, in the "
        "familiar Thai style.",
        "ingredients": "Rattan, forest bamboo.",
        "packaging": "Wrapped in paper, packed in cartons.",
        "unit": "piece",
        "capacity": "3,000 items/year",
        "min_order": "20 pieces",
    },
    "tam-that-bot-chung-chai": {
        "title": "Chung Chải notoginseng powder",
        "short": "Finely ground powder of notoginseng roots at least three years old, grown under the forest "
        "canopy, in jars.",
        "highlights": ["Roots three years old or more", "Cold-dried and finely ground"],
        "story": "Notoginseng likes shade and a cool climate; the cooperative's garden lies beneath old forest.",
        "ingredients": "100% notoginseng root.",
        "packaging": "100 g and 200 g glass jars.",
        "shelf_life": "24 months",
        "unit": "100–200 g jar",
        "capacity": "2 tonnes/year",
        "min_order": "2 kg",
    },
    "xa-phong-thao-duoc-chung-chai": {
        "title": "Chung Chải herbal soap",
        "short": "Handmade soap of vegetable oils and the Hà Nhì people's bathing herbs, gentle on the skin.",
        "highlights": ["Handmade by cold process", "No synthetic fragrance"],
        "story": "The recipe of bathing herbs was handed down by the village grandmothers, and the cooperative "
        "turned it into bars of soap.",
        "ingredients": "Coconut oil, olive oil, herbal leaf extract, beeswax.",
        "packaging": "100 g bar wrapped in paper.",
        "shelf_life": "18 months",
        "unit": "bar",
        "capacity": "15,000 bars/year",
        "min_order": "50 bars",
    },
    "tinh-dau-sa-chanh-chung-chai": {
        "title": "Chung Chải lemongrass essential oil",
        "short": "Steam-distilled lemongrass essential oil for diffusing in a room and keeping mosquitoes away.",
        "highlights": ["Distilled from lemongrass grown in the commune", "Dark glass bottle"],
        "story": "Lemongrass grown on hill soil gives a sharply fragrant oil; the cooperative distils it right "
        "after cutting.",
        "ingredients": "100% lemongrass essential oil.",
        "packaging": "10 ml and 50 ml bottles.",
        "shelf_life": "36 months",
        "unit": "bottle",
        "capacity": "400 litres/year",
        "min_order": "50 bottles",
    },
    "lan-hoang-thao-na-hy": {
        "title": "Nà Hỳ dendrobium orchids",
        "short": "Nursery-propagated dendrobium orchids that flower in spring, ideal for hanging on a balcony.",
        "highlights": [
            "Propagated from mother plants, never taken from the wild",
            "Acclimatised and easy to grow",
        ],
        "story": "The garden began with a few orchids belonging to the family and now holds thousands of "
        "propagated plants.",
        "packaging": "Orchids mounted on wood, shipped in ventilated boxes.",
        "unit": "plant",
        "capacity": "4,000 plants/year",
        "min_order": "10 plants",
    },
    "dao-ban-cay-canh-na-hy": {
        "title": "Ornamental wild peach trees",
        "short": "Grafted, shaped wild peach trees in pots that bloom pale pink for Tết.",
        "highlights": ["Single-flowered wild peach variety", "Advice on timing the bloom for Tết"],
        "story": "Wild peach blooms at the same time as the ban flower: the pink of spring in the highlands.",
        "packaging": "Glazed pots, collected at the garden or delivered by arrangement.",
        "unit": "pot",
        "capacity": "800 pots/year",
        "min_order": "1 pot",
    },
    "du-lich-cong-dong-ban-men": {
        "title": "Bản Mển community-based tourism",
        "short": "Stay in a stilt house, eat Thai food, dance the xòe and watch weaving in an old Thai village "
        "next to Điện Biên Phủ city.",
        "highlights": [
            "12 stilt houses that host guests",
            "The village's own dance troupe",
            "Cycling around the Mường Thanh fields",
        ],
        "story": "Guests are invited to cook bamboo-tube rice, make pa pỉnh tộp grilled fish and watch the "
        "grandmothers weave beneath the stilt houses. In the evening the whole village dances the xòe around "
        "the fire.",
        "packaging": "Day trip or two days and one night; groups of up to 60 guests.",
        "unit": "guests/night",
        "capacity": "60 guests/night",
    },
    "homestay-him-lam": {
        "title": "Him Lam homestay and Thai cuisine",
        "short": "A family stilt house with overnight stays, Thai cooking classes and an organic vegetable "
        "garden.",
        "highlights": ["Sleeping space for 20 on the upper floor", "Cooking class in the afternoon"],
        "story": "Close to the Him Lam historic site, the stilt house is a stopover for visitors to the old "
        "battlefield.",
        "packaging": "Shared space on the upper floor or private rooms; meals served on a shared tray.",
        "unit": "guests/night",
        "capacity": "20 guests/night",
    },
    "ruou-ngo-men-la-cha-cang": {
        "title": "Chà Cang leaf-yeast corn liquor",
        "short": "Corn liquor fermented with forest-leaf yeast, distilled twice and filtered: smooth and "
        "aromatic.",
        "highlights": ["Yellow upland corn", "Aldehydes reduced by filtration"],
        "story": "Hmong families make the leaf yeast from dozens of forest leaves, each household with its own "
        "secret.",
        "ingredients": "Corn kernels, leaf yeast, spring water.",
        "packaging": "500 ml glass bottle; 2-litre can.",
        "shelf_life": "Unlimited if tightly closed",
        "unit": "bottle/can",
        "capacity": "20,000 litres/year",
        "min_order": "20 litres",
    },
    "mac-khen-rung-cha-cang": {
        "title": "Chà Cang wild mắc khén pepper",
        "short": "Sun-dried mắc khén seeds, gently numbing with a lemony aroma: an essential spice of "
        "North-West cooking.",
        "highlights": ["Gathered from wild trees", "Jar with grinder lid"],
        "story": "Mắc khén ripens in September and October; pickers have to climb tall trees to cut the "
        "clusters.",
        "ingredients": "Dried mắc khén seeds.",
        "packaging": "50 g jar with grinder lid; 200 g bag.",
        "shelf_life": "18 months",
        "unit": "jar/bag",
        "capacity": "4 tonnes/year",
        "min_order": "5 kg",
    },
    "cham-cheo-cha-cang": {
        "title": "Chà Cang chẩm chéo dipping sauce",
        "short": "Chẩm chéo dipping sauce in jars, made from grilled chilli, mắc khén, garlic and herbs.",
        "highlights": ["Thai recipe", "Pasteurised, no preservatives"],
        "story": "Chẩm chéo goes with sticky rice, smoked meat and boiled greens at every Thai meal.",
        "ingredients": "Chilli, mắc khén pepper, garlic, ginger, herbs, salt.",
        "packaging": "100 g glass jar.",
        "shelf_life": "12 months",
        "unit": "jar",
        "capacity": "30,000 jars/year",
        "min_order": "48 jars",
    },
    "siro-tao-meo-cha-cang": {
        "title": "Chà Cang táo mèo syrup",
        "short": "Sweet and sour táo mèo (hawthorn) syrup that makes a refreshing alcohol-free drink with cold "
        "water.",
        "highlights": ["Wild táo mèo", "Alcohol-free, suitable for children"],
        "story": "The syrup lets farmers sell their táo mèo even in bumper years when prices fall.",
        "ingredients": "Táo mèo, rock sugar, water.",
        "packaging": "500 ml glass bottle.",
        "shelf_life": "12 months",
        "unit": "bottle",
        "capacity": "10,000 bottles/year",
        "min_order": "24 bottles",
    },
    "mang-dang-say-kho-nam-ke": {
        "title": "Nậm Kè dried bitter bamboo shoots",
        "short": "Wild bitter bamboo shoots, boiled and dried; soak to rehydrate, then stir-fry or add to soups "
        "and hotpots.",
        "highlights": ["Shoots gathered in season", "Heat-dried, no sulphur"],
        "story": "The shoots are boiled thoroughly to soften their bitterness before drying, keeping a light, "
        "distinctive bitter note.",
        "ingredients": "Bitter bamboo shoots.",
        "packaging": "500 g bag.",
        "shelf_life": "12 months",
        "unit": "500 g bag",
        "capacity": "6 tonnes/year",
        "min_order": "10 bags",
    },
    "nam-huong-rung-nam-ke": {
        "title": "Nậm Kè wild shiitake mushrooms",
        "short": "Shiitake that grow on fallen logs in the forest: thick caps and a rich aroma when cooked.",
        "highlights": ["Gathered after the spring rains", "Dried over charcoal"],
        "story": "The mushrooms grow for only a few weeks a year; members set off into the forest at dawn to "
        "pick them.",
        "ingredients": "Dried wild shiitake mushrooms.",
        "packaging": "200 g and 500 g zip bags.",
        "shelf_life": "12 months",
        "unit": "bag",
        "capacity": "2 tonnes/year",
        "min_order": "5 kg",
    },
}

# News bodies follow `content.NEWS` item by item: headings as text, paragraphs as HTML.
NEWS = {
    "lai-chau-93-san-pham-ocop-nam-2023": {
        "title": "Lai Châu recognises 93 more OCOP products in 2023",
        "author": "Editorial team",
        "lead": "Eleven 4-star and 82 3-star products from 42 producers were certified in 2023 by neighbouring "
        "Lai Châu province, bringing its total number of OCOP products to 204.",
        "body": [
            "<p>According to Lai Châu's New Rural Development Office, of the 93 products that met the standard "
            "in 2023, 69 took part for the first time and 24 were re-assessed and re-rated after their previous "
            "certificates expired. Most are foods (83 products); the beverage group has 9 liquors, and there is "
            "one handicraft.</p>",
            "<p>One of the year's 4-star products is Séng Cù rice from Dũng Long One-Member Company Limited, a "
            "variety familiar across the valleys of the North-West that Điện Biên farmers also grow on the Mường "
            "Thanh plain.</p>",
            "Training first, scoring second",
            "<p>To help producers prepare better applications, the province ran 19 training courses for 1,055 "
            "participants, from commune officials to cooperative heads and household businesses, on topics such "
            "as sales, marketing and quality management.</p>",
            "<p>Lai Châu now has 204 OCOP products from 89 producers, including 13 rated 4 stars and 191 rated 3 "
            "stars. The programme's standing office reports that sales of certified products have risen by more "
            "than 10% on average, and by over 20% at some producers.</p>",
            "<p><i>Source of figures: Lai Châu New Rural Development Office. Illustrative article for the website, "
            "summarised by the editorial team.</i></p>",
        ],
    },
    "chung-nhan-ocop-co-thoi-han-36-thang": {
        "title": "OCOP certificates are valid for 36 months: producers should apply for re-assessment in time",
        "author": "Editorial team",
        "lead": "A decision recognising an OCOP product is valid for only 36 months. To keep the star rating on "
        "their packaging, producers must apply for re-assessment and re-rating before the certificate expires.",
        "body": [
            "<p>An OCOP star rating is not a title for life. Three years after the decision, the product must be "
            "scored again against the criteria in force; the certifying authority notifies the producer at least "
            "30 days before expiry.</p>",
            "<p>Many localities now include a review of soon-to-expire products in their annual plans. Hà Giang "
            "city, which has 21 star-rated products, lists the products reaching 36 months so it can guide "
            "producers through re-registration, and checks how the star logo, product code and barcode are "
            "printed on packaging.</p>",
            "On this website, certificate status is calculated automatically",
            "<p>Every product page shows the date of recognition and the expiry date. With 90 days or less to "
            "go, the product carries the label <b>Expiring soon</b>; once past the date without a new decision "
            "it shows <b>Expired</b>. Buyers can tell at a glance whether the star rating they see is still "
            "valid.</p>",
            "<p><i>Figures for Hà Giang city from the city's web portal (2023). Illustrative article for the "
            "website.</i></p>",
        ],
    },
    "tem-qr-va-san-thuong-mai-dien-tu": {
        "title": "QR traceability labels and e-commerce platforms open the way for OCOP products",
        "author": "Editorial team",
        "lead": "In 2022 alone, Hạ Long city put 65 OCOP products on e-commerce platforms. Quảng Ninh's "
        "experience shows that selling online starts with very concrete steps.",
        "body": [
            "<p>Hạ Long did not just encourage businesses to open online shops; it also ran step-by-step "
            "training: registering an account, setting up the shop, packing and delivery. The same year the city "
            "gained 14 OCOP products from 6 producers, among them the premium fish sauce of Đại Yên Seafood Joint "
            "Stock Company.</p>",
            "<p>In the mountainous district of Bình Liêu, Hợp Tiến Cooperative bought a press, a dehumidifier "
            "and a traceability labelling machine for its wild honey. After earning 3 stars, the cooperative moved "
            "decisively to selling through its website, Zalo, Facebook and e-commerce platforms.</p>",
            "Scoring by software",
            "<p>At the time Quảng Ninh province had 565 OCOP products from 54 companies, 87 cooperatives and 78 "
            "household producers. In the 2022 assessment round, 67 producers registered 117 products, which were "
            "scored on the software the Central New Rural Development Coordination Office uses for 5-star "
            "products.</p>",
            "<p>Many of the Điện Biên products on this website also link to online shops and carry a QR label on "
            "the packaging, so that buyers far away can check where a product comes from before they order.</p>",
            "<p><i>Figures for Quảng Ninh from Quảng Ninh newspaper (12/2022). Illustrative article for the "
            "website.</i></p>",
        ],
    },
    "son-la-204-san-pham-ocop": {
        "title": "Sơn La has 204 OCOP products, one of them rated 5 stars nationally",
        "author": "Editorial team",
        "lead": "After more than five years of the programme, Sơn La province has 204 OCOP-recognised products "
        "and aims for 210 products rated 3 stars or more by the end of 2025.",
        "body": [
            "<p>Sơn La's ratings break down into one 5-star product recognised at national level, 62 4-star "
            "products rated by the province and 141 3-star products rated by the districts. Tea is the stand-out "
            "strength, with names such as Trọng Nguyên tea from a cooperative in Bình Thuận commune and Trà Xanh "
            "Thiện from the North-West Tea and Specialities Company Limited.</p>",
            "From small-scale farming to marketable goods",
            "<p>The province put the programme into practice through its OCOP product development plan for "
            "2022–2025, with a vision to 2030. Cooperatives and companies receive support to modernise their "
            "techniques, link up raw-material areas and promote their products on digital platforms; many "
            "products are now stocked by supermarket chains inside and outside the province.</p>",
            "<p>Điện Biên and Sơn La share a similar climate, crops and culture: Shan tuyết tea, coffee, upland "
            "sticky rice and Thai brocade. The neighbouring province's experience is a useful reference for Điện "
            "Biên producers who want to raise their products' rating.</p>",
            "<p><i>Figures from the Sơn La Rural Development Sub-department. Illustrative article for the "
            "website.</i></p>",
        ],
    },
    "dien-bien-dua-ocop-den-hoi-cho-va-du-lich": {
        "title": "Điện Biên takes its OCOP products to trade fairs and links them with community-based tourism",
        "author": "Editorial team",
        "lead": "Ban flower honey, Séng Cù rice, ancient Tủa Chùa tea and Lay Nưa khẩu xén crackers have "
        "travelled with the province's delegations to many trade fairs. Next, Điện Biên wants more OCOP products "
        "that are tourism services.",
        "body": [
            "<p>Most of Điện Biên's OCOP products build on what each area already produces: rice from the Mường "
            "Thanh valley, ancient tea trees on the limestone mountains, bees that follow the ban flower season. "
            "The province is stepping up the display and promotion of these products at trade fairs and "
            "exhibitions inside and outside the province.</p>",
            "What remains to be done",
            "<p>Many products are still seasonal and unprocessed, so they are hard to keep for long; packaging "
            "and labels at some businesses are still basic; and quite a few producers have yet to build their own "
            "raw-material areas or brands. The province has asked its districts, town and city to help producers "
            "draw up projects to expand production, improve their packaging and find markets.</p>",
            "Tourism is a new direction",
            "<p>Under the province's One Commune One Product plan, 2021–2025 gives priority to products linked to "
            "food tourism, community-based tourism and the cultures of the ethnic groups; 2026–2030 focuses on "
            "developing new products, monitoring quality and using digital technology to manage the "
            "programme.</p>",
            "<p><i>Compiled from public information on Điện Biên province's OCOP programme. Illustrative article "
            "for the website.</i></p>",
        ],
    },
}

EVENTS = {
    "hoi-cho-thuong-mai-ocop-dien-bien": {
        "title": "Điện Biên Province Trade and OCOP Fair",
        "place": "7/5 Square",
        "summary": "Nearly 200 stands of OCOP producers, cooperatives and companies from across the province, "
        "with a showcase of 4-star products and a food court of the province's ethnic cuisines.",
        "paragraphs": [
            "The fair is a chance for residents and visitors to meet the people who make the products: ban "
            "flower honey, Séng Cù rice, Shan tuyết tea, Mường Ảng coffee, brocade and smoked specialities.",
            "Cooperatives receive support with their stands and guidance on presenting products with QR "
            "traceability labels. In the evenings there are music performances and Thai cooking "
            "demonstrations.",
        ],
    },
    "tuan-hang-ocop-dien-bien-tai-ha-noi": {
        "title": "Điện Biên OCOP Week in Hà Nội",
        "place": "OCOP product showroom, Hoàn Kiếm district, Hà Nội (illustrative venue)",
        "summary": "Điện Biên specialities come to shoppers in the capital: a week of exhibition, sales and "
        "meetings with distributors and supermarkets.",
        "paragraphs": [
            "Twelve of the province's OCOP producers bring their goods to Hà Nội, among them ancient Tủa Chùa "
            "tall-tree tea, Hồng Phước glass noodles and Lay Nưa khẩu xén crackers.",
            "The business-matching session on the second day is for distributors, organic food chains and "
            "exporters who want to place large orders.",
        ],
    },
    "tap-huan-ban-hang-tren-san-thuong-mai-dien-tu": {
        "title": "Training: selling OCOP products on e-commerce platforms",
        "place": "Mường Ảng district hall",
        "summary": "Two days of training for cooperatives and household producers: opening an online shop, "
        "photographing products, livestreaming and applying traceability labels.",
        "paragraphs": [
            "Participants practise photographing products with a phone, writing short descriptions and listing "
            "them for sale on e-commerce platforms.",
            "The final session covers managing orders, packing for long-distance delivery and answering buyers' "
            "questions.",
        ],
    },
    "le-hoi-hoa-ban": {
        "title": "Ban Flower Festival",
        "place": "7/5 Square and the streets of the city centre",
        "summary": "The ban flower festival, with the Ban Flower beauty contest, a parade of ethnic costumes "
        "and a market of OCOP products and highland specialities.",
        "paragraphs": [
            "When the ban flowers whiten the hillsides, the city holds a festival with xòe dancing, folk games "
            "and a specialities market.",
            "The OCOP market offers ban flower honey, táo mèo liqueur, piêu scarves and dishes of the Thai and "
            "Hmong peoples.",
        ],
    },
    "phien-cho-ocop-vung-cao-tua-chua": {
        "title": "Tủa Chùa Highland OCOP Market Day",
        "place": "Central market, Tủa Chùa township",
        "summary": "A market day presenting ancient Shan tuyết tea, purple taro and products of Hmong "
        "cooperatives.",
        "paragraphs": [
            "Buyers can taste the tea right at the stand and hear the growers talk about the ancient tea trees "
            "of the Tủa Chùa limestone plateau.",
        ],
    },
}

# What the loader writes around the texts above.
MOTIFS = {
    "hạt gạo": "a grain of rice",
    "tổ ong": "a honeycomb",
    "lá chè": "a tea leaf",
    "hạt cà phê": "a coffee bean",
    "củ quả": "root vegetables",
    "thịt gác bếp": "smoked meat",
    "chùm hạt gia vị": "a cluster of spice seeds",
    "chai": "a bottle",
    "cây thuốc": "a medicinal plant",
    "hoa văn thổ cẩm": "a brocade pattern",
    "hoa": "a flower",
    "nhà sàn": "a stilt house",
}
PLACE_KINDS = {
    "thành phố": "{} city",
    "thị xã": "{} town",
    "huyện": "{} district",
    "phường": "{} ward",
    "thị trấn": "{} township",
    "xã": "{} commune",
}
GALLERY_CAPTIONS = {
    "nguyên liệu": "Illustration: raw ingredients",
    "cận cảnh sản phẩm": "Illustration: product close-up",
}


def english_place(text):
    """ "xã Thanh Yên" → "Thanh Yên commune"; the name itself is never translated."""
    for kind, pattern in PLACE_KINDS.items():
        if text.startswith(kind + " "):
            return pattern.format(text[len(kind) + 1 :])
    return text


PATTERNS = [
    # Product story: link to the producer, then commune and district.
    (
        re.compile(
            r'^Sản phẩm của <a id="a1">(?P<producer>.+)</a>, (?P<commune>[^,]+), (?P<district>[^,]+)\.$'
        ),
        lambda m, d: (
            f'A product of <a id="a1">{d.get(m["producer"], m["producer"])}</a>, '
            f"{english_place(m['commune'])}, {english_place(m['district'])}."
        ),
    ),
    # Gallery alt texts and captions: unused while catalog.ProductGalleryImage is not translatable
    # (wagtail-localize copies such inline rows as they are); ready for when it is.
    (
        re.compile(
            r"^Hình vẽ minh họa (?P<title>.+): biểu tượng (?P<motif>[^,]+)(?:, huy hiệu (?P<stars>\d) sao OCOP)?$"
        ),
        lambda m, d: (
            f"Illustration of {d.get(m['title'], m['title'])}: {MOTIFS.get(m['motif'], m['motif'])}"
            + (f", {m['stars']}-star OCOP badge" if m["stars"] else "")
        ),
    ),
    (
        re.compile(r"^Ảnh minh họa: (?P<what>.+)$"),
        lambda m, d: GALLERY_CAPTIONS.get(m["what"]) or f"Illustration: {d.get(m['what'], m['what'])}",
    ),
    # Commune folders (catalog.CommuneFolderPage) are titled "Xã Thanh Yên", "Phường Mường Thanh".
    (
        re.compile(r"^(?P<kind>Xã|Phường) (?P<name>.+)$"),
        lambda m, d: english_place(f"{m['kind'].lower()} {m['name']}"),
    ),
    # Quote attributions.
    (
        re.compile(r"^(?P<who>.+) \(lời kể minh họa\)$"),
        lambda m, d: f"{d[m['who']]} (illustrative account)" if m["who"] in d else None,
    ),
]


class Dictionary(dict):
    """Vietnamese → English; `get` also translates what the loader composes (see PATTERNS)."""

    def get(self, key, default=None):
        if key in self:
            return self[key]
        for pattern, translate in PATTERNS:
            match = pattern.match(key)
            if match:
                text = translate(match, self)
                if text is not None:
                    return text
        return default


def _html_strings(html):
    from wagtail_localize.strings import extract_strings

    return [string.data for string, _attrs in extract_strings(html)[1]]


def _pair(mapping, vietnamese, english):
    """Add `vietnamese` → `english`, paragraph by paragraph when they are HTML."""
    if not vietnamese:
        return
    if "<" in vietnamese:
        vi_strings, en_strings = _html_strings(vietnamese), _html_strings(english)
        if len(vi_strings) != len(en_strings):
            raise ValueError(f"English text has a different shape: {vietnamese[:60]!r}")
        mapping.update(zip(vi_strings, en_strings, strict=True))
    else:
        mapping[vietnamese] = english


def _pair_rich(mapping, vietnamese, english):
    _pair(mapping, f"<p>{vietnamese}</p>", f"<p>{english}</p>")


def dictionary():
    """The demo's Vietnamese source strings mapped to their English text."""
    mapping = Dictionary()
    for vietnamese, english in NOTES.items():
        _pair(mapping, vietnamese, english)
    _pair_rich(mapping, f"<i>{content.DEMO_DISCLAIMER}</i>", f"<i>{NOTES[content.DEMO_DISCLAIMER]}</i>")
    _pair_rich(mapping, f"<i>{content.EVENT_DISCLAIMER}</i>", f"<i>{NOTES[content.EVENT_DISCLAIMER]}</i>")
    for key in ("hero_heading", "hero_text"):
        _pair(mapping, content.HOME[key], HOME[key])
    for key, spec in content.INDEXES.items():
        for name in ("title", "intro"):
            _pair(mapping, spec[name], INDEXES[key][name])

    for spec in content.PRODUCERS:
        english = PRODUCERS[spec["slug"]]
        _pair(mapping, spec["title"], english["title"])
        _pair(mapping, spec["summary"], english["summary"])
        _pair(
            mapping,
            f"{spec['summary']} {content.DEMO_SUMMARY_NOTE}",
            f"{english['summary']} {NOTES[content.DEMO_SUMMARY_NOTE]}",
        )
        for vietnamese, text in zip(spec["story"], english["story"], strict=True):
            _pair_rich(mapping, vietnamese, text)
        if spec.get("quote"):
            for vietnamese, text in zip(spec["quote"], english["quote"], strict=True):
                _pair(mapping, vietnamese, text)

    for spec in content.PRODUCTS:
        english = PRODUCTS[spec["slug"]]
        for name in ("title", "short", "ingredients", "packaging", "shelf_life", "capacity", "min_order"):
            _pair(mapping, spec[name], english.get(name, ""))
        _pair(mapping, spec["price"][2], english["unit"])
        _pair_rich(mapping, spec["story"], english["story"])
        _pair(
            mapping,
            "<ul>" + "".join(f"<li>{item}</li>" for item in spec["highlights"]) + "</ul>",
            "<ul>" + "".join(f"<li>{item}</li>" for item in english["highlights"]) + "</ul>",
        )

    for spec in content.NEWS:
        english = NEWS[spec["slug"]]
        for name in ("title", "author", "lead"):
            _pair(mapping, spec[name], english[name])
        for (_kind, vietnamese), text in zip(spec["body"], english["body"], strict=True):
            _pair(mapping, vietnamese, text)

    for spec in content.EVENTS:
        english = EVENTS[spec["slug"]]
        for name in ("title", "summary"):
            _pair(mapping, spec[name], english[name])
        _pair(mapping, spec["place"][1], english["place"])
        for vietnamese, text in zip(spec["paragraphs"], english["paragraphs"], strict=True):
            _pair_rich(mapping, vietnamese, text)
    return mapping
