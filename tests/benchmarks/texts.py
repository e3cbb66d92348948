"""The words the generated portfolio is written in: names, sectors, summaries and details.

A small business's records repeat themselves (the same suppliers, products and worries come
back every month), so the text is built from a bank of sentences filled with a few hundred
words. That gives the full-text index a realistic mix of very common and rare words.
"""

from __future__ import annotations

import random

from partnerdesk.domain.vocabulary import Level, Seniority

OWN_ORGANISATION = ("Hearth & Grain Bakery", "Artisan bakery", "United Kingdom")

#: Organisation names are a prefix and a trade; the trade gives the sector.
ORGANISATION_PREFIXES = [
    "Oakmill", "Northside", "Riverside", "Saltbox", "Little Crumb", "Bean There", "Greenleaf",
    "Rye & Co.", "Millstone", "Harbour", "Kingfisher", "Copper Kettle", "Wild Thyme",
    "Bramble", "Hollybush", "Blue Door", "Old Forge", "Stonebridge", "Westfield", "Eastgate",
    "Southbank", "Highland", "Lowther", "Marlowe", "Ashdown", "Beacon", "Canal Street",
    "Dovecote", "Elmwood", "Fernhill", "Foxglove", "Goldcrest", "Hawthorn", "Ivy Lane",
    "Juniper", "Kestrel", "Larkspur", "Meadowsweet", "Nettlebed", "Orchard", "Pennyroyal",
    "Quayside", "Rosehip", "Sorrel", "Tansy", "Upland", "Valerian", "Willowbank", "Yarrow",
    "Zephyr", "Acorn", "Birchwood", "Cobble", "Driftwood", "Ember", "Fieldfare", "Granary",
    "Heathfield", "Inkwell", "Jasmine", "Kiln", "Lantern", "Moorland", "Nutmeg", "Oxbow",
    "Pebble", "Quince", "Redbrick", "Saffron", "Thistle", "Umber", "Verdant", "Wheatsheaf",
    "Cloudberry", "Sunny Side", "Pickle & Pour", "EcoWrap", "Morrow", "Pellegrini", "Dubois",
    "Nakamura", "Okafor", "Haddad", "Lindqvist", "Müller", "Petrova", "Rossi", "Søndergaard",
    "Ångström", "Café Olé", "Über", "Crème", "Łąka", "Ζύμη", "Хлеб", "麦田", "Arbor",
    "Bellwether", "Cornerstone", "Daybreak", "Evergreen", "Firefly", "Gallery", "Hearthside",
    "Islington", "Jubilee", "Keystone", "Lighthouse", "Mosaic", "Northstar", "Oasis",
    "Pinnacle", "Riverbend", "Summit", "Tidewater", "Unity", "Vantage", "Wayfarer",
]  # fmt: skip
ORGANISATION_TRADES = [
    ("Bakery", "Bakery"),
    ("Bakehouse", "Bakery"),
    ("Pâtisserie", "Pâtisserie"),
    ("Coffee Roasters", "Coffee roaster"),
    ("Flour", "Stone-ground flour mill"),
    ("Dairy", "Dairy"),
    ("Cafés", "Café chain"),
    ("Cookery School", "Cookery school"),
    ("Packaging", "Packaging supplier"),
    ("Deli", "Delicatessen"),
    ("Grocers", "Greengrocer"),
    ("Brewery", "Brewery"),
    ("Farm", "Farm"),
    ("Hotel", "Hotel"),
    ("Catering", "Caterer"),
    ("Logistics", "Delivery company"),
    ("Design Studio", "Design studio"),
    ("Software", "Software house"),
    ("Energy", "Energy supplier"),
    ("Printworks", "Printer"),
    ("Farm Shop", "Farm shop"),
    ("Juice Co.", "Juice bar"),
    ("Market", "Market"),
    ("Business Network", "Business network"),
    ("Bank", "Community bank"),
]
COUNTRIES = [
    ("United Kingdom", 70),
    ("Ireland", 6),
    ("France", 6),
    ("Netherlands", 5),
    ("Germany", 5),
    ("Denmark", 2),
    ("Italy", 2),
    ("Poland", 2),
    ("Greece", 1),
    ("Japan", 1),
]

#: People's names by script: (given names, family names, whether the family name comes first).
NAMES = {
    "latin": (
        [
            "Maya",
            "Tom",
            "Ana",
            "Ben",
            "Chloé",
            "Sam",
            "Dmitri",
            "Grace",
            "Zoë",
            "Leo",
            "Priya",
            "Omar",
            "Helen",
            "Jamie",
            "Ravi",
            "Sofia",
            "Marcus",
            "Elena",
            "Noah",
            "Lars",
            "Aiko",
            "Femi",
            "Joan",
            "Isla",
            "Oliver",
            "Amelia",
            "Jack",
            "Mia",
            "Harry",
            "Ava",
            "Ali",
            "Fatima",
            "Chen",
            "Mei",
            "Kwame",
            "Ama",
            "Seán",
            "Niamh",
            "Pierre",
            "Amélie",
            "Jonas",
            "Lena",
            "Søren",
            "Ingrid",
            "Giulia",
            "Marco",
            "Łukasz",
            "Zofia",
            "Yusuf",
            "Leila",
            "Carlos",
            "Lucía",
            "Tariq",
            "Hannah",
            "Rosa",
            "Felix",
            "Nora",
            "Arjun",
            "Sana",
            "Emeka",
            "Adaeze",
            "Kai",
            "Freya",
            "Hugo",
            "Eva",
            "Björn",
            "Agnès",
            "Ömer",
        ],
        [
            "Lindqvist",
            "Okafor",
            "Ruiz",
            "Carter",
            "Dubois",
            "Patel",
            "Volkov",
            "Kim",
            "Müller",
            "Martins",
            "Shah",
            "Haddad",
            "Marsh",
            "Fox",
            "Nair",
            "Rossi",
            "Bell",
            "Petrova",
            "Green",
            "Eriksen",
            "Tanaka",
            "Adeyemi",
            "Baker",
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Wilson",
            "Evans",
            "Thomas",
            "Roberts",
            "Walker",
            "Wright",
            "Hughes",
            "Murphy",
            "O'Brien",
            "Kelly",
            "Moreau",
            "Laurent",
            "Schmidt",
            "Becker",
            "Jensen",
            "Nielsen",
            "Bianchi",
            "Romano",
            "Kowalski",
            "Nowak",
            "Mensah",
            "Boateng",
            "Chowdhury",
            "Khan",
            "Ahmed",
            "García",
            "Fernández",
            "Silva",
            "Costa",
            "Novák",
            "Horváth",
            "Yamamoto",
            "Sato",
            "Nguyen",
            "Tran",
            "Cohen",
            "Levi",
            "Øberg",
            "Ştefan",
        ],
        False,
    ),
    "greek": (
        ["Νίκος", "Ελένη", "Γιώργος", "Μαρία", "Δημήτρης", "Κατερίνα"],
        ["Παπαδόπουλος", "Ιωάννου", "Γεωργίου", "Νικολάου", "Οικονόμου"],
        False,
    ),
    "cyrillic": (
        ["Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Наталья"],
        ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов"],
        False,
    ),
    "cjk": (["芳", "健", "伟", "娜", "明", "静"], ["王", "李", "张", "刘", "陈"], True),
}
#: How often each script appears among people's names.
NAME_SCRIPTS = [("latin", 92), ("greek", 2), ("cyrillic", 3), ("cjk", 3)]
ROLE_TITLES = {
    Seniority.LEADER: ["Owner", "Founder", "Managing director", "Chief executive", "Director",
                       "Co-founder", "Head of school", "General manager"],
    Seniority.MANAGER: ["Operations manager", "Buying manager", "Sales manager",
                        "Purchasing manager", "Shop manager", "Head roaster", "Account manager",
                        "Head of marketing", "Production manager"],
    Seniority.PROFESSIONAL: ["Baker", "Head miller", "Barista trainer", "Tutor", "Designer",
                             "Quality lead", "Developer", "Chef", "Buyer", "Accountant"],
    Seniority.OTHER: ["Events officer", "Assistant", "Volunteer", "Driver", "Apprentice",
                      "Office administrator"],
}  # fmt: skip

#: What partnerships are about, by kind: (subject of the name, form of the name, topic).
PARTNERSHIP_SUBJECTS = {
    "consortium": [
        ("Flour Buying", "the co-op order"), ("Energy Buying", "the energy contract"),
        ("Shared Delivery", "the delivery rounds"), ("Packaging", "the packaging order"),
        ("Staff Training", "the training days"), ("Market Stall", "the market stall"),
        ("Card Payments", "the card readers"), ("Waste Collection", "the waste collection"),
        ("Insurance", "the group insurance"), ("Joint Marketing", "the shared campaign"),
        ("Apprenticeship", "the apprentices"), ("Dairy Buying", "the dairy order"),
    ],
    "joint_venture": [
        ("Breakfast Kiosk", "the kiosk"), ("Pop-up Café", "the pop-up"),
        ("Online Shop", "the online shop"), ("Festival Stand", "the festival stand"),
        ("Cookery Workshops", "the workshops"), ("Subscription Box", "the subscription box"),
        ("Event Catering", "the catering jobs"), ("Sourdough School", "the courses"),
        ("Food Truck", "the food truck"), ("Bakery Bar", "the bar"),
    ],
    "value_chain": [
        ("Heritage Grain", "the heritage wheat"), ("Dairy Supply", "the butter supply"),
        ("Café Wholesale", "the café menu"), ("Hotel Breakfast", "the hotel breakfasts"),
        ("Office Catering", "the office lunches"), ("Organic Eggs", "the egg supply"),
        ("Coffee Supply", "the coffee blend"), ("Farm Shop Supply", "the farm shop shelves"),
        ("School Lunches", "the school lunches"), ("Compostable Packaging", "the packaging"),
    ],
}  # fmt: skip
PARTNERSHIP_FORMS = {
    "consortium": ["Co-op", "Pool", "Consortium", "Group", "Alliance", "Collective"],
    "joint_venture": ["Venture", "Project", "Joint Venture", "Partnership"],
    "value_chain": ["Programme", "Supply Partnership", "Partnership", "Contract"],
}
PLACES = [
    "Riverside", "Northgate", "Harbour", "Old Town", "Westfield", "Eastside", "Hillcrest",
    "Market Square", "Canal", "Station Road", "Parkside", "Millbrook", "Southbank", "Kingsway",
    "Abbey", "Castle", "Meadow", "Bridge Street", "Cathedral", "Docklands", "Greenway",
    "Highfield", "Lakeside", "Northfield", "Orchard", "Queensway", "Redhill", "Seaview",
    "Town Hall", "Upper Valley", "Village", "Whitecliff", "Brookside", "Chapel", "Elmfield",
    "Foxhill", "Glenside", "Holloway", "Ironbridge", "Jubilee", "County", "City", "Regional",
    "Coastal", "Uplands", "Downs", "Moor", "Fen", "Weald", "Borough",
]  # fmt: skip
PURPOSES = {
    "consortium": "Pooling {topic} with similar businesses to cut costs and share the work.",
    "joint_venture": "Running {topic} together: their strengths and ours, for a shared market.",
    "value_chain": "Linking their skills with ours along the chain, so customers get more from "
    "{topic}.",
}

SUMMARIES: dict[Level, list[str]] = {
    Level.STRATEGIC: [
        "Owners' review of {topic}: agreed priorities for next quarter",
        "Lunch with {leader} about where {topic} goes next",
        "Leaders' meeting: renewed the agreement on {topic}",
        "Talked with {leader} about growing {topic} together",
        "Annual review of {topic} with {leader}",
        "{leader} and I agreed to invest more in {topic}",
    ],
    Level.TACTICAL: [
        "Planned the next season of {topic}",
        "Set the calendar and budget for {topic}",
        "Agreed who does what for {topic}",
        "Reviewed last month's numbers for {topic}",
        "Project meeting on {topic} with {person}",
        "Drafted the plan for {topic} in {month}",
    ],
    Level.OPERATIONAL: [
        "Placed the joint order for {topic}",
        "Shared delivery schedules for {topic}",
        "Sorted a quality issue with {topic}",
        "Trained staff on the new process for {topic}",
        "Swapped stock figures for {topic} with {person}",
        "Fixed the invoice mix-up on {topic}",
    ],
    Level.INTERPERSONAL: [
        "Coffee with {person}: catching up",
        "{person} visited the bakery and met the team",
        "Thank-you note to {person} after a hard week",
        "Birthday drinks with {person}'s team",
        "Walked round the market with {person}",
    ],
    Level.CULTURAL: [
        "Talked through how differently we plan: weekly versus seasonal",
        "Workshop on working styles with both teams",
        "Agreed how we speak about {topic} to customers",
        "Explained our quiet months to {person}",
        "Shared how each side makes decisions",
    ],
}
NOTE_SUMMARIES = [
    "Private reflection after the meeting",
    "Thinking about where {topic} is going",
    "Note to self on {topic}",
    "Worries about {topic}",
]
NETWORKING_SUMMARIES = [
    "Networking breakfast: met {person}",
    "Trade fair: shared a table with {person}",
    "Introduced to {person} at the chamber",
    "Call with {person} about working together one day",
]

_SENTENCES = [
    "We went through the figures for {product} line by line.",
    "Costs are down on last quarter, mostly thanks to the shared deliveries on {weekday}s.",
    "Two open questions remain: who covers the weekend slots, and whether to add {product}.",
    "Good energy in the room; they want to move faster than we can.",
    "I explained our oven capacity and we agreed to revisit in {month}.",
    "Short and practical: everyone knew what they had to do before we met.",
    "They brought samples of {product} and we tasted everything.",
    "The second batch of {product} was clearly better than the first.",
    "A difficult conversation about late payments; we agreed a schedule of {number} weeks.",
    "{person} will send the revised price list by {weekday}.",
    "Orders for {product} rose by {number} per cent since {month}.",
    "The delivery van broke down twice this month, so {person} lent us theirs.",
    "We should write down who decides what before the next season starts.",
    "Customers keep asking for {product}; there is a real market for it.",
    "Their new manager, {person}, is careful and asks good questions.",
    "I am not sure they see this as a partnership rather than a contract.",
    "We agreed to share the cost of the stand at the {place} fair.",
    "The pilot in {place} sold out by eleven every morning.",
    "Training went well: {number} of our staff and {number} of theirs took part.",
    "Quality has slipped on {product}; {person} promised to look into it.",
    "We signed the renewal for another {number} months.",
    "Next step: a joint tasting evening in {month} for regular customers.",
    "They are moving to a new warehouse in {place}, which may delay {product}.",
    "Margins on {product} are thin, but the volume makes it worthwhile.",
    "I raised the idea of a shared apprentice; {person} liked it.",
    "Packaging is still the weak point; the compostable trays crack in the cold.",
    "The card reader fees came down after we negotiated as a group.",
    "We compared notes on suppliers and found we pay very different prices for {product}.",
    "They want exclusivity in {place}; we need to think about that.",
    "It rained all day and the market was quiet, but we used the time to plan.",
    "Agreed a simple weekly call on {weekday} mornings instead of long meetings.",
    "The accounts for {month} are in and the shared venture is in profit.",
    "{person} is leaving in {month}; we need a new contact on their side.",
    "Their head office in {place} wants a formal review every quarter.",
    "We mapped the whole chain from field to shelf for {product}.",
    "Feedback from customers on {product} was warm, especially from families.",
    "I promised to send our allergen sheets for {product} by Friday.",
    "There was some tension about the new prices; we talked it through calmly.",
    "We need a plan for the summer, when half of both teams is away.",
    "The mill trial of {product} showed a better rise and a deeper crust.",
]  # fmt: skip
_PRODUCTS = [
    "rye bread", "sourdough", "croissants", "the heritage loaf", "seeded rolls", "brioche",
    "flat whites", "the breakfast box", "oat milk", "butter", "free-range eggs",
    "spelt flour", "cinnamon buns", "focaccia", "gluten-free loaves", "the lunch menu",
    "compostable trays", "coffee beans", "jam", "honey", "cheese scones", "baguettes",
    "the Christmas hampers", "hot cross buns", "the wholesale range", "pastries",
]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
PRIVATE_NOTES = [
    "My own thoughts: I am not sure they are committed. Watch the next two months.",
    "Note to self: they seem stretched. Don't push the new product until things settle.",
    "Reflection: we rely on one person on their side. If they leave, this falls apart.",
    "Private: our margin on this is thinner than it looks.",
    "I trust them more after this year; worth putting more time in.",
]


#: Sentences that carry a rare word (a variety, a supplier, an order number, an amount): real
#: notes have a long tail of words that appear a handful of times in ten years.
_RARE_SENTENCES = [
    "Tried the {rare} variety of {product}; promising but expensive.",
    "Order {order} for {product} arrived {number} days late.",
    "Invoice {order} for £{amount} is still open.",
    "{person} recommended {rare} as a second supplier.",
    "We met at the {rare} hall in {place} for the tasting.",
    "The {rare} blend sold {number} bags in the first week.",
    "Quote from {rare} Ltd: £{amount} for the season.",
    "Booked the {rare} room for {weekday} {number} {month}.",
]
_SYLLABLES = [
    "ab", "al", "an", "ar", "ba", "bel", "bra", "by", "ca", "cor", "da", "del", "dor", "el",
    "en", "fa", "fen", "gar", "gil", "ha", "hol", "in", "is", "ka", "kel", "la", "len", "lor",
    "ma", "mar", "mel", "mi", "na", "nor", "o", "or", "pa", "pel", "ra", "ren", "ro", "sa",
    "sel", "ta", "tam", "ter", "tho", "ul", "va", "ven", "wa", "wen", "ya", "za", "zel",
]  # fmt: skip


class TextBank:
    """Sentences, paragraphs and longer accounts, drawn from a fixed random sequence."""

    def __init__(self, rng: random.Random, people: list[str], size: int = 6000) -> None:
        self._rng = rng
        self._people = people
        rare: set[str] = set()
        while len(rare) < 12_000:
            rare.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).title())
        #: Rare words, the first ones less rare than the last (a Zipf-like tail).
        self.rare_words = sorted(rare)
        rng.shuffle(self.rare_words)
        self.sentences = [self._sentence(rng.choice(_SENTENCES)) for _ in range(size)]

    def _sentence(self, template: str) -> str:
        rng = self._rng
        return template.format(
            product=rng.choice(_PRODUCTS),
            weekday=rng.choice(_WEEKDAYS),
            month=rng.choice(MONTHS),
            number=rng.randint(2, 40),
            person=rng.choice(self._people),
            place=rng.choice(PLACES),
            rare=self.rare_words[min(len(self.rare_words) - 1, int(rng.paretovariate(0.8)) - 1)],
            order=rng.randint(10_000, 99_999),
            amount=f"{rng.randint(40, 9_000):,}",
        )

    def paragraph(self, low: int = 2, high: int = 6) -> str:
        """A paragraph of a few sentences (a few hundred characters)."""
        rng, pool = self._rng, self.sentences
        chosen = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(low, high))]
        if rng.random() < 0.5:
            chosen.insert(
                rng.randrange(len(chosen) + 1), self._sentence(rng.choice(_RARE_SENTENCES))
            )
        return " ".join(chosen)

    def account(self, kilobytes: float) -> str:
        """A long account of about ``kilobytes`` kilobytes: minutes with paragraphs and points."""
        rng = self._rng
        parts: list[str] = []
        length = 0
        while length < kilobytes * 1024:
            if rng.random() < 0.25:
                part = "\n".join(f"- {self.paragraph(1, 1)}" for _ in range(3))
            else:
                part = self.paragraph(4, 9)
            parts.append(part)
            length += len(part) + 2
        return "\n\n".join(parts)
