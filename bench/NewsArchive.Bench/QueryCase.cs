using System.Globalization;
using NewsArchive.Corpus;
using NewsArchive.Data;

namespace NewsArchive.Bench;

/// <summary>One query of the mix: the user's text for the API and the equivalent FTS5 MATCH for raw SQLite.</summary>
/// <param name="Class">rare, medium, common, and, phrase, prefix.</param>
/// <param name="Query">What a reader types (the app's query language).</param>
/// <param name="Match">The same query in FTS5 syntax.</param>
/// <param name="Ranged">Restricted to <see cref="From"/>..<see cref="To"/>.</param>
/// <param name="Sort">relevance or newest.</param>
internal sealed record QueryCase(string Class, string Query, string Match, bool Ranged, string Sort)
{
    public static readonly DateOnly From = new(2019, 1, 1);
    public static readonly DateOnly To = new(2020, 12, 31);

    private static readonly bool[] s_ranged = [false, true];
    private static readonly string[] s_sorts = ["relevance", "newest"];

    public string Name => $"{Class} `{Query}`{(Ranged ? " 2019–2020" : "")} {Sort}";

    public long LowerKey => Ranged ? SortKeys.Lower(From) : long.MinValue;

    public long UpperKey => Ranged ? SortKeys.Upper(To) : long.MaxValue;

    public string ApiPath => string.Create(CultureInfo.InvariantCulture,
        $"/api/articles?q={Uri.EscapeDataString(Query)}&sort={Sort}&page=1&pageSize=20{(Ranged ? $"&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}" : "")}");

    /// <summary>The fixed mix: word ranks chosen so rare, medium and common match about 0.3%, 10% and 90% of articles.</summary>
    public static IReadOnlyList<QueryCase> Mix(ZipfVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var rare = vocabulary.WordAt(20_000);
        var medium = vocabulary.WordAt(600);
        var (and1, and2) = (vocabulary.WordAt(300), vocabulary.WordAt(900));
        var prefix = vocabulary.WordAt(400)[..4];
        (string Class, string Query, string Match)[] queries =
        [
            ("rare", rare, Quote(rare)),
            ("medium", medium, Quote(medium)),
            ("common", "government", Quote("government")),
            ("and", $"{and1} {and2}", $"{Quote(and1)} {Quote(and2)}"),
            ("phrase", "\"prime minister\"", "\"prime minister\""),
            ("prefix", prefix + "*", Quote(prefix) + "*"),
        ];
        return [.. from q in queries from ranged in s_ranged from sort in s_sorts select new QueryCase(q.Class, q.Query, q.Match, ranged, sort)];
    }

    private static string Quote(string word) => "\"" + word + "\"";
}
