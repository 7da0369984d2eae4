//! Word lists for people and organizations, as data: titles and offices
//! (which precede a name but are not part of it), name particles, the head
//! nouns that end organization names, speech verbs, and the news agencies
//! and international bodies known by name or acronym; the Arabic lists
//! that tell where a name after a title starts and ends.

/// Words of titles and offices, lowercase. A person's name follows the last
/// of them: "Acting Executive Director Abdulrahman Hesham Al-Sowaidi".
#[rustfmt::skip]
pub const TITLE_WORDS: &[&str] = &[
    "president", "vice-president", "minister", "ministers", "prime", "deputy", "first", "acting", "sayyid",
    "chairman", "chairwoman", "chairperson", "vice-chairman", "chair", "ambassador", "envoy",
    "undersecretary", "secretary", "general", "director", "director-general", "executive", "chief",
    "head", "officer", "governor", "mayor", "speaker", "king", "queen", "emir", "amir", "sheikh", "shaikh",
    "prince", "princess", "crown", "lady", "mr", "mrs", "ms", "dr", "prof", "professor",
    "commercial", "ceo", "cfo", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "assistant", "counselor", "consul", "attaché", "rector", "founder", "co-founder", "managing",
    "senior", "board", "member", "representative", "commissioner", "commander", "lieutenant",
    "colonel", "major", "captain", "senator", "congressman", "congresswoman", "mp", "lawmaker",
    "leader", "premier", "chancellor", "foreign", "defense", "defence", "economy", "finance",
    "his", "her", "excellency", "highness", "majesty", "counterpart", "ombudsman", "justice",
];

/// Capitalised words that are never part of a person's name in news copy:
/// portfolio and institution words, calendar words, determiners.
#[rustfmt::skip]
pub const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "in", "on", "at", "of", "for", "and", "or", "but", "with", "by", "from", "to", "as", "after",
    "also", "according", "meanwhile", "moreover", "however", "additionally", "thus", "then",
    "affairs", "industry", "technologies", "technology", "transport", "development", "trade",
    "commerce", "energy", "agriculture", "health", "education", "culture", "tourism", "labor",
    "labour", "social", "protection", "internal", "interior", "emergency", "situations", "ecology",
    "natural", "resources", "environment", "municipality", "digital", "communications", "youth",
    "sports", "sport", "humanitarian", "work", "investment", "investments", "business", "businesses", "businessmen",
    "medium", "small", "national", "state", "public", "republic", "federal", "central", "united",
    "international", "economic", "cooperation", "relations", "partnership", "committee", "council",
    "ministry", "agency", "bank", "chamber", "company", "association", "authority", "fund",
    "forum", "summit", "conference", "parliament", "government", "cabinet", "office", "service",
    "embassy", "university", "institute", "center", "centre", "park", "project", "program",
    "programme", "strategy", "corridor", "news", "all", "flag", "subscribe", "recent", "related",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "software", "export", "promotion",
    "board", "mutual", "new", "joint", "bilateral", "regional", "global", "middle", "chemical",
    "industrial", "bodies", "body", "islamic", "arab", "european", "african", "asian", "world",
    "covid", "coronavirus", "its", "our", "their", "his", "her", "my", "your", "both", "each",
    "everything", "unfortunately", "speaking", "noting", "according", "during", "since", "while",
    "when", "where", "why", "how", "what", "who", "which", "there", "here", "not", "no", "yes",
];

/// Particles inside Arabic, Persian, Dutch and other names, lowercase:
/// "Abdulla bin Abdulaziz", "Al Subaie", "van der".
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "abu", "abd", "van", "von", "der", "de", "da", "du", "di", "la", "le", "dos", "бен", "бин", "ибн",
    "аль", "эль",
];

/// Verbs of speech and report that follow a speaker's name.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "noted", "notes", "stated", "states", "told", "added", "adds", "emphasized",
    "emphasised", "stressed", "explained", "underlined", "recalled", "remarked", "announced",
    "pointed", "reported", "reports", "declared", "urged", "warned", "wrote", "asked", "replied",
    "continued", "concluded", "highlighted", "informed", "met", "visited", "signed", "praised",
];

/// Head nouns that end an organization's name: "Development Bank",
/// "Digital Development and Transport Ministry".
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "agency", "ministry", "committee", "chamber", "bank", "company", "association", "authority",
    "board", "council", "commission", "fund", "corporation", "organization", "organisation",
    "union", "embassy", "university", "institute", "service", "office", "department",
    "parliament", "assembly", "group", "holding", "airlines", "airways", "federation", "society",
    "foundation", "trust", "academy", "court", "police", "army", "navy", "party", "movement",
    "secretariat", "directorate", "administration", "inspectorate", "exchange", "railways",
    "consortium", "cabinet", "senate", "congress", "bureau", "news",
];

/// Words that, after an acronym, name a company without a legal form:
/// "ACWA Power", "KMG Energy".
pub const COMPANY_WORDS: &[&str] = &[
    "Power",
    "Energy",
    "Enerji",
    "Energia",
    "Petroleum",
    "Oil",
    "Gas",
    "Telecom",
    "Holding",
    "Group",
    "Airlines",
    "Airways",
    "Motors",
    "Capital",
];

/// Head nouns that open an organization's name: "Ministry of Economy",
/// "Chamber of Commerce and Industry".
#[rustfmt::skip]
pub const ORG_OPENERS: &[&str] = &[
    "ministry", "chamber", "bank", "embassy", "council", "organization", "organisation", "union",
    "committee", "commission", "agency", "office", "department", "university", "institute",
    "academy", "federation", "fund", "house", "league", "association", "cabinet", "court",
];

/// Ministries' acronyms that name the same ministry in every country:
/// (acronym, English name). "МИД России", "МИД Азербайджана".
pub const MINISTRY_ACRONYMS: &[(&str, &str)] = &[
    ("МИД", "Ministry of Foreign Affairs"),
    ("МВД", "Ministry of Internal Affairs"),
    ("ЦБ", "Central Bank"),
    ("МЧС", "Ministry of Emergency Situations"),
    ("ЦИК", "Central Election Commission"),
    ("МСХ", "Ministry of Agriculture"),
    ("Минсельхоз", "Ministry of Agriculture"),
    ("Минсельхоза", "Ministry of Agriculture"),
    ("Минфин", "Ministry of Finance"),
    ("Минфина", "Ministry of Finance"),
    ("Минэнерго", "Ministry of Energy"),
    ("Минобороны", "Ministry of Defence"),
    ("Минздрав", "Ministry of Health"),
    ("Минздрава", "Ministry of Health"),
    ("Минюст", "Ministry of Justice"),
    ("Минюста", "Ministry of Justice"),
    ("Минтранс", "Ministry of Transport"),
    ("Минтранса", "Ministry of Transport"),
    ("Минэкономразвития", "Ministry of Economic Development"),
];

/// Russian titles before a name, lowercase, in the cases they take:
/// "президент Ильхам Алиев", "с президентом Ильхамом Алиевым".
#[rustfmt::skip]
pub const RU_TITLE_WORDS: &[&str] = &[
    "президент", "президента", "президенту", "президентом", "президенте",
    "министр", "министра", "министру", "министром", "министре",
    "премьер-министр", "премьер-министра", "премьер-министру", "премьер-министром",
    "посол", "посла", "послу", "послом",
    "глава", "главы", "главе", "главой", "председатель", "председателя", "председателю", "председателем",
    "заместитель", "заместителя", "вице-премьер", "вице-премьера", "генсек", "генсека", "лидер", "лидера", "лидером",
    "губернатор", "губернатора", "мэр", "мэра", "спикер", "спикера", "директор", "директора", "советник", "советника",
    "господин", "госпожа", "президенты", "президентов", "министры", "министров", "премьер-министры", "лидеры",
    "принц", "принца", "принцу", "принцем", "король", "короля", "королю", "королем", "королём", "эмир", "эмира",
    "эмиру", "эмиром", "шейх", "шейха", "шейху", "шейхом", "султан", "султана", "султану", "султаном",
];

/// Russian speech verbs after a speaker's name.
#[rustfmt::skip]
pub const RU_SPEECH_VERBS: &[&str] = &[
    "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула",
    "сообщил", "сообщила", "добавил", "добавила", "напомнил", "напомнила", "указал", "указала", "пояснил",
];

/// Russian case endings of masculine names and surnames, longest first,
/// with what replaces them in the nominative: "Алиевым" -> "Алиев",
/// "Ильхама" -> "Ильхам", "Грузинского" -> "Грузинский".
#[rustfmt::skip]
pub const RU_NAME_ENDINGS: &[(&str, &str)] = &[
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ова", "ов"), ("ову", "ов"), ("ове", "ов"),
    ("ева", "ев"), ("еву", "ев"), ("еве", "ев"), ("ина", "ин"), ("ину", "ин"), ("ине", "ин"),
    ("ом", ""), ("ем", "й"), ("ем", "ь"), ("ия", "ий"), ("ию", "ий"), ("ием", "ий"), ("ии", "ий"),
    ("а", ""), ("у", ""), ("е", ""), ("я", "й"), ("ю", "й"),
];

/// Women's given names of [`RU_GIVEN_NAMES`]' kind, in the nominative. A
/// name opened by one as written is a woman's and already in its base
/// form: "Анастасия Зотеева" is not "Анастасий Зотеев".
#[rustfmt::skip]
pub const RU_WOMEN_GIVEN_NAMES: &[&str] = &[
    "Анна", "Анастасия", "Валентина", "Вероника", "Галина", "Дарья", "Екатерина", "Елена", "Ирина", "Людмила",
    "Марина", "Мария", "Наталья", "Ольга", "Светлана", "Татьяна", "Эльвира", "Элла", "Юлия", "Айгуль",
    "Гульнара", "Динара", "Саида", "Мехрибан", "Тина",
];

/// Given names common in Russian-language news of Russia, the CIS and
/// their neighbours, in the nominative: one (in any case form) with a
/// capitalised word after it is a person ("с участием Александра
/// Лукашенко"), title or no title. Names that are also common words
/// (Вера, Надежда, Любовь, Роман, Лев, Ислам) or the names of places and
/// clubs (Арарат) are left out.
#[rustfmt::skip]
pub const RU_GIVEN_NAMES: &[&str] = &[
    // Russian, Belarusian, Ukrainian
    "Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Аркадий", "Борис", "Вадим", "Валентин", "Валерий",
    "Василий", "Виктор", "Виталий", "Владимир", "Владислав", "Вячеслав", "Геннадий", "Георгий", "Герман",
    "Глеб", "Григорий", "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл",
    "Константин", "Леонид", "Максим", "Марат", "Матвей", "Михаил", "Никита", "Николай", "Олег", "Павел",
    "Пётр", "Петр", "Рашид", "Руслан", "Святослав", "Семён", "Семен", "Сергей", "Станислав", "Степан",
    "Тимур", "Фёдор", "Федор", "Эдуард", "Юрий", "Ярослав", "Рустам", "Марк", "Артём", "Артем",
    // Central Asia, the Caucasus
    "Касым-Жомарт", "Нурсултан", "Бакытжан", "Алихан", "Ерлан", "Ержан", "Олжас", "Серик", "Мурат", "Аскар",
    "Нурлан", "Асылбек", "Бауыржан", "Кайрат", "Даурен", "Талгат", "Маулен", "Галымжан", "Бейбут", "Ерболат",
    "Ермек", "Болат", "Арман", "Жанар",
    "Таалайбек", "Эдиль", "Жениш", "Бакыт", "Нурбек", "Кубанычбек",
    "Бахром", "Шухрат", "Ильхом", "Баходир", "Улугбек", "Джамшид", "Абдулазиз", "Бобур", "Лазиз",
    "Мухтар", "Рамиз", "Хикмет", "Фуад", "Эльнур", "Анар", "Рашад", "Ровшан", "Тигран", "Ваагн", "Сурен",
    "Масуд", "Аббас", "Тамим", "Фейсал", "Халид", "Салман", "Мохаммед",
    "Садыр", "Акылбек", "Адылбек", "Жээнбек", "Сооронбай", "Камчыбек", "Алмазбек", "Улукбек",
    "Шавкат", "Абдулла", "Бахтиёр", "Жамшид", "Сардор", "Азиз", "Бахтияр", "Саидмукаррам",
    "Эмомали", "Кохир", "Сироджиддин", "Сердар", "Гурбангулы",
    "Ильхам", "Гейдар", "Али", "Джейхун", "Микаил", "Парвиз", "Самир", "Шахин", "Эльмар", "Эльчин",
    "Никол", "Ашот", "Армен", "Ираклий", "Мамука",
    "Рустэм", "Минтимер", "Радий", "Рамзан", "Юнус-Бек", "Хусейн", "Ибрагим", "Ахмед", "Мухаммед",
];

/// Common given names in English copy, lowercase: one opening two or three
/// name-like words is a person with no title ("Oscar Piastri finished
/// ahead of Lando Norris"). Names that are also common words or places
/// (Will, Mark, Grant, Bill, Rose, May, Jordan, Victoria, Roman, Said,
/// Sultan) are left out.
#[rustfmt::skip]
pub const EN_GIVEN_NAMES: &[&str] = &[
    // Europe and the Americas
    "adam", "alan", "albert", "alex", "alexander", "alexandre", "alice", "andrea", "andreas", "andrew",
    "angela", "anna", "anne", "anthony", "antonio", "arthur", "barbara", "ben", "benjamin", "bernard",
    "boris", "brian", "bruno", "carl", "carlos", "carlo", "caroline", "catherine", "charles", "charlotte",
    "chris", "christian", "christine", "christopher", "claire", "claudia", "daniel", "daniele", "david",
    "dennis", "diego", "donald", "edward", "elena", "elizabeth", "emily", "emma", "emmanuel", "eric", "erik",
    "esteban", "eva", "fabio", "felipe", "fernando", "francesco", "francisco", "françois", "franz", "gabriel",
    "george", "giorgio", "giovanni", "giuseppe", "gregory", "hans", "helen", "helmut", "henri", "henry",
    "hugo", "ian", "isabel", "jack", "jacques", "james", "jane", "jason", "javier", "jean", "jennifer",
    "jens", "jeremy", "jessica", "joachim", "john", "johan", "johannes", "jonathan", "jorge", "josé",
    "joseph", "juan", "julia", "julian", "karen", "karl", "kevin", "klaus", "lando", "lars", "laurent",
    "lewis", "linda", "lisa", "lorenzo", "luca", "lucas", "luis", "luigi", "manuel", "marco", "marcus",
    "maria", "marie", "mario", "martin", "massimo", "matteo", "matthew", "max", "michael", "michel",
    "michele", "miguel", "nathalie", "nicholas", "nicola", "nicolas", "olaf", "oliver", "olivier", "oscar",
    "pablo", "patrick", "paul", "pedro", "peter", "philip", "philippe", "pierre", "rafael", "richard",
    "robert", "roberto", "ronald", "ryan", "samuel", "sandra", "sarah", "sebastian", "sergio", "sophie",
    "stefan", "stefano", "stephen", "steven", "thomas", "timothy", "ursula", "valentina", "vincent",
    "walter", "william", "wolfgang", "yves",
    // Russia, Central Asia, the Caucasus, Turkey, South and East Asia
    "vladimir", "sergei", "sergey", "dmitry", "dmitri", "alexei", "alexey", "andrei", "andrey", "mikhail",
    "nikolai", "viktor", "yuri", "igor", "oleg", "olga", "tatiana", "anatoly", "vyacheslav", "ivan",
    "pavel", "maxim", "denis", "anton", "kassym-jomart", "nursultan", "shavkat", "sadyr", "emomali",
    "serdar", "gurbanguly", "ilham", "mikayil", "jeyhun", "elmar", "hikmet", "nikol", "ararat", "recep",
    "mevlut", "hakan", "ahmet", "mehmet", "kemal", "yuki", "hiroshi", "takeshi", "kenji", "fumio", "shinzo",
    "narendra", "rahul", "amit", "imran", "nawaz", "shehbaz", "asif",
    // Arab names in Latin letters
    "mohammed", "mohammad", "muhammad", "mohamed", "ahmed", "ahmad", "omar", "abdullah", "abdulla",
    "khalid", "khaled", "faisal", "hamdan", "mansour", "saud", "tamim", "nasser", "salman", "hassan",
    "hussein", "hussain", "ibrahim", "youssef", "yousef", "yusuf", "mahmoud", "mustafa", "tariq", "tarek",
    "walid", "waleed", "adel", "amr", "sameh", "ayman", "bisher", "jassim", "majid", "rashid", "saeed",
    "karim", "kareem", "nabil", "fahad", "turki", "bandar", "anwar", "jamal", "hazem", "hisham", "osama",
    "ziad", "nayef", "marwan", "mariam", "fatima", "aisha", "noura", "rania", "lina", "huda",
];

/// Office nouns that name a title in lowercase right before a name: "his
/// counterpart Shavkat Mirziyoyev", "the minister Sherali Kabir".
#[rustfmt::skip]
pub const LOWERCASE_TITLES: &[&str] = &[
    "counterpart", "president", "minister", "ambassador", "chairman", "envoy", "premier", "governor", "mayor",
    "emir", "king", "spokesman", "spokeswoman", "spokesperson", "wife", "husband", "spouse",
];

/// Capitalised institution words of a Russian title, in the genitive, read
/// as office words: "Председатель Правительства России Михаил Мишустин".
#[rustfmt::skip]
pub const RU_INSTITUTIONS: &[&str] = &[
    "правительства", "совета", "министерства", "республики", "федерации", "государственной", "думы",
    "собрания", "кабинета", "министров", "банка", "комитета", "парламента", "сената", "меджлиса", "верховного",
    "госдумы", "мажилиса", "рады",
];

/// Head words that make a run of capitalised words a place, not an
/// organization: "Sumgayit Chemical Industrial Park", "Heydar Aliyev
/// International Airport".
#[rustfmt::skip]
pub const LANDMARK_HEADS: &[&str] = &["Park", "Airport", "Square", "Stadium", "Seaport", "Boulevard", "Avenue", "Bridge", "Zone"];

/// Arabic words that never belong to a name after a title: prepositions,
/// verbs and nouns that follow a title in news text, and honorifics (the
/// titles that close a name are `AR_NEXT_TITLES`).
#[rustfmt::skip]
pub const AR_STOP: &[&str] = &[
    "في", "من", "على", "إلى", "أن", "عن", "مع", "لدى", "قال", "أكد", "إن", "أنه", "خلال",
    "الذي", "التي", "بين", "و", "بعد", "قبل", "ذلك", "قد", "لقد", "وقد", "كان", "كانت", "هذا", "هذه", "حيث", "ثم",
    "عند", "كما", "أيضا", "أيضاً", "يوم", "صباح", "مساء", "بأهمية", "أهمية", "تحيات", "صاحب", "سمو", "سموه",
    "معالي", "فخامة", "سعادة", "نظيره", "نظيرته",
    // Verbal nouns and counts that follow "شهد الرئيس التركي ...".
    "توقيع", "عدد", "بحث", "تعزيز", "تطوير", "دعم", "إطلاق", "افتتاح", "مراسم", "اتفاقية", "اتفاقيات", "مذكرة",
    "مذكرات", "زيارة", "رسالة", "كلمة", "برقية", "وفد", "وفدا", "جلسة", "اجتماع", "مباحثات", "محادثات", "مقاليد",
    "منذ", "بأن", "بأنه", "بأنها", "أنها", "إنه", "إنها", "لأن",
];

/// Arabic titles after which a name may end: a name followed by one of these
/// ("ثاني بن أحمد الزيودي وزير دولة") is closed by it.
pub const AR_NEXT_TITLES: &[&str] = &[
    "حاكم",
    "مدير",
    "مديرة",
    "ومدير",
    "وزيرة",
    "سفيرة",
    "رئيسة",
    "نائبة",
    "وزير",
    "سفير",
    "رئيس",
    "نائب",
    "ولي",
    "مستشار",
    "ووزير",
    "وسفير",
    "ورئيس",
    "ونظيره",
    "ونظيرته",
    "نظيره",
    "نظيرته",
];

/// Arabic head nouns of institutions named after a person: a title after them
/// ("جامعة الملك سعود") opens no person's name.
#[rustfmt::skip]
pub const AR_INSTITUTIONS: &[&str] = &[
    "جامعة", "مطار", "مستشفى", "مدينة", "شارع", "قاعدة", "مركز", "مسجد", "جسر", "ميناء", "كلية", "مؤسسة", "جائزة",
    "قصر",
];

/// Given names that start with the letter of the conjunction "و": "وليد"
/// is a name, "وسلطان" is "and Sultan".
pub const AR_WAW_NAMES: &[&str] = &["وليد", "وائل", "وفاء", "وسام", "وضاح", "وجدي", "وحيد", "وديع", "وصفي", "ولاء"];

/// A definite word that continues a given name rather than ending it:
/// "نور الدين", "عبدالله" written apart ("عبد الله").
pub const AR_NAME_ALS: &[&str] = &["الدين", "الله"];

/// The commonest Chinese surnames in pinyin, as news writes Chinese
/// officials' names (surname first); "He" and "Ye" are left out, being
/// English words.
#[rustfmt::skip]
pub const CHINESE_SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Zhu", "Ma", "Hu",
    "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
    "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Cheng", "Wei", "Su", "Lu",
    "Ding", "Ren", "Shen", "Yao", "Qin", "Wen", "Xi", "Fu", "Jin", "Bai", "Kong", "Cui", "Qian",
];
