namespace NewsArchive.Corpus;

/// <summary>
/// The fixed material the generator draws from. Real English words take the top ranks of the vocabulary so
/// that common-word queries behave as they do on real news; the long tail is made of syllables.
/// </summary>
internal static class WordLists
{
    /// <summary>Roughly in English frequency order, with news vocabulary mixed into the upper ranks.</summary>
    public static readonly string[] Common =
    [
        "the", "of", "to", "and", "a", "in", "that", "is", "for", "on", "said", "with", "was", "as", "it", "by", "at", "from",
        "he", "his", "be", "have", "has", "are", "an", "not", "this", "but", "they", "were", "had", "who", "will", "would",
        "their", "been", "government", "after", "more", "also", "its", "which", "one", "people", "year", "new", "there",
        "president", "than", "about", "minister", "when", "two", "other", "last", "country", "state", "over", "into", "police",
        "we", "could", "years", "first", "officials", "week", "told", "some", "out", "up", "all", "percent", "security",
        "public", "report", "including", "national", "against", "city", "million", "since", "while", "before", "under",
        "market", "according", "law", "court", "military", "election", "party", "economy", "between", "during", "foreign",
        "support", "health", "world", "where", "group", "local", "three", "company", "news", "statement", "month", "still",
        "only", "meeting", "high", "forces", "agency", "plan", "international", "spokesman", "talks", "region", "council",
        "members", "early", "former", "political", "water", "money", "prices", "power", "workers", "days", "budget", "trade",
        "energy", "system", "program", "policy", "rights", "leader", "board", "service", "children", "schools", "women",
        "tax", "oil", "bank", "crisis", "deal", "billion", "control", "border", "attack", "protest", "vote", "campaign",
        "ministry", "parliament", "opposition", "investigation", "hospital", "families", "reform", "growth", "talks",
        "sanctions", "storm", "flood", "fire", "drought", "climate", "football", "season", "match", "championship",
        "museum", "festival", "election", "technology", "internet", "research", "university", "students", "farmers",
        "harvest", "railway", "airport", "bridge", "housing", "rent", "inflation", "interest", "currency", "exports",
    ];

    /// <summary>Two-word names that recur, so a phrase query finds them in order.</summary>
    public static readonly string[] Phrases =
    [
        "prime minister", "central bank", "foreign ministry", "climate change", "supreme court", "interest rates",
        "human rights", "united nations", "stock market", "public health", "trade deal", "general election",
        "city council", "finance minister", "peace talks", "police officers", "energy prices", "school board",
    ];

    public static readonly string[] Syllables =
    [
        "ba", "be", "bi", "bo", "bu", "ka", "ke", "ki", "ko", "ku", "da", "de", "di", "do", "du", "fa", "fe", "fi", "fo",
        "ga", "ge", "gi", "go", "ha", "he", "hi", "ho", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "mu", "na",
        "ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "ra", "re", "ri", "ro", "ru", "sa", "se", "si", "so", "su", "ta",
        "te", "ti", "to", "tu", "va", "ve", "vi", "vo", "za", "ze", "zi", "zo", "ran", "ten", "lin", "sor", "mar", "vel",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Omar", "Lucia", "Kenji", "Amara", "Pavel", "Sofia", "Diego", "Leila", "Tomas", "Mei", "Ibrahim", "Greta",
        "Rahul", "Chloe", "Yusuf", "Elena", "Kwame", "Ingrid", "Mateo", "Aisha", "Viktor", "Nadia", "Hugo",
    ];

    public static readonly string[] LastNames =
    [
        "Novak", "Haddad", "Moreno", "Tanaka", "Okafor", "Petrov", "Rossi", "Silva", "Karimi", "Berg", "Chen", "Demir",
        "Larsen", "Sharma", "Dubois", "Yilmaz", "Ivanova", "Mensah", "Lindqvist", "Garcia", "Hassan", "Kowalski",
    ];

    public static readonly string[] Places =
    [
        "Lisbon", "Nairobi", "Osaka", "Krakow", "Lima", "Tunis", "Bergen", "Porto Alegre", "Dhaka", "Quebec", "Tbilisi",
        "Accra", "Hanoi", "Seville", "Riga", "Cebu", "Mombasa", "Valparaiso", "Izmir", "Tampere", "Chennai", "Graz",
    ];

    public static readonly string[] OutletWords =
    [
        "Daily", "Herald", "Tribune", "Courier", "Gazette", "Observer", "Post", "Times", "Chronicle", "Ledger", "Sentinel",
        "Monitor", "Record", "Express", "Journal", "Dispatch", "Review", "Star", "Mirror", "Examiner", "Bulletin", "Voice",
    ];

    public static readonly string[] Sections =
    [
        "News", "World", "Politics", "Business", "Economy", "Sport", "Opinion", "Culture", "Science", "Health", "Tech",
        "Local", "Weather", "Video", "Editor's Choice", "Analysis", "Live",
    ];
}
