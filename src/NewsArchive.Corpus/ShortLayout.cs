using System.Globalization;
using System.Text;

namespace NewsArchive.Corpus;

/// <summary>
/// Lays a short story out as a wire or press-office item (the <see cref="CorpusProfile.ShortItems"/> profile): half are
/// briefs (<c>PLACE, Month d (Agency) - …</c> then a credit line), a quarter tables of figures under one sentence,
/// a quarter statements with a release line, a date and a contact. The date header appears as often as in the
/// long profile.
/// </summary>
internal sealed class ShortLayout(StoryWriter writer, Random random)
{
    /// <summary>Words a short story's text has (tables use only its first paragraph).</summary>
    public const int MinWords = 150;

    public const int MaxWords = 330;

    private static readonly string[] s_columns = ["Close", "Change", "Pct"];
    private static readonly string[] s_companies = ["Group", "Holdings", "Energy", "Bank", "Foods", "Motors", "Telecom"];
    private static readonly string[] s_units = ["Index", "Price", "Rate", "Level", "Output"];

    private readonly StringBuilder _text = new(4_096);

    public string Render(GeneratedStory story, Outlet outlet)
    {
        _text.Clear();
        var skipHeadline = false;
        if (random.NextDouble() < ArticleLayout.HeaderShare)
        {
            _text.Append(" date ").Append(story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
            if (random.Next(2) == 0)
            {
                _text.Append(story.Headline).Append('\n');
                skipHeadline = true;
            }
            else
            {
                _text.Append('0').Append('\n');
            }
        }
        switch (random.Next(4))
        {
            case 0:
            case 1: Brief(story, outlet, skipHeadline); break;
            case 2: Table(story, outlet, skipHeadline); break;
            default: Statement(story, outlet, skipHeadline); break;
        }
        return _text.ToString();
    }

    private void Headline(GeneratedStory story, bool skip)
    {
        if (!skip)
        {
            _text.Append(story.Headline).Append("\n\n");
        }
    }

    private void Brief(GeneratedStory story, Outlet outlet, bool skipHeadline)
    {
        Headline(story, skipHeadline);
        var place = story.Names[^1].ToUpperInvariant();
        _text.Append(place).Append(", ").Append(story.Date.ToString("MMMM d", CultureInfo.InvariantCulture))
            .Append(" (").Append(outlet.Name).Append(") - ");
        // One paragraph, sometimes two: the rest of the story is folded into them.
        var split = story.Paragraphs.Count > 2 && random.Next(3) == 0 ? story.Paragraphs.Count / 2 : story.Paragraphs.Count;
        AppendJoined(story.Paragraphs, 0, split);
        if (split < story.Paragraphs.Count)
        {
            _text.Append("\n\n");
            AppendJoined(story.Paragraphs, split, story.Paragraphs.Count);
        }
        _text.Append("\n\n(Reporting by ").Append(Person()).Append("; Editing by ").Append(Person()).Append(")\n");
    }

    private void Table(GeneratedStory story, Outlet outlet, bool skipHeadline)
    {
        Headline(story, skipHeadline);
        _text.Append(story.Paragraphs[0]).Append("\n\n");
        var unit = s_units[random.Next(s_units.Length)];
        _text.Append(string.Create(CultureInfo.InvariantCulture, $"{unit,-18}{s_columns[0],12}{s_columns[1],10}{s_columns[2],9}")).Append('\n');
        var rows = 10 + random.Next(18);
        for (var i = 0; i < rows; i++)
        {
            var label = (i % 3) switch
            {
                0 => WordLists.Places[random.Next(WordLists.Places.Length)],
                1 => WordLists.LastNames[random.Next(WordLists.LastNames.Length)] + " " + s_companies[random.Next(s_companies.Length)],
                _ => Capitalised(writer.Headline().Split(' ')[^1]),
            };
            var value = random.Next(10, 90_000) / 10.0;
            var change = (random.NextDouble() - 0.5) * value / 20;
            _text.Append(string.Create(CultureInfo.InvariantCulture,
                $"{Truncated(label, 17),-18}{value,12:N1}{change,10:+0.00;-0.00}{change / value * 100,8:+0.00;-0.00}%")).Append('\n');
        }
        _text.Append("\nSource: ").Append(outlet.Name).Append('\n');
    }

    private void Statement(GeneratedStory story, Outlet outlet, bool skipHeadline)
    {
        if (outlet.Header.Count > 0 && random.Next(2) == 0)
        {
            _text.Append(outlet.Header[0]).Append('\n');
        }
        if (random.Next(2) == 0)
        {
            _text.Append("FOR IMMEDIATE RELEASE\n");
        }
        Headline(story, skipHeadline);
        _text.Append(story.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        foreach (var paragraph in story.Paragraphs)
        {
            _text.Append(paragraph).Append("\n\n");
        }
        _text.Append("###\n\nMedia contact: ").Append(Person())
            .Append(string.Create(CultureInfo.InvariantCulture, $", +1 {random.Next(200, 999)} {random.Next(100, 999)} {random.Next(1000, 9999)}\n"));
        _text.Append(outlet.Footer[0]).Append('\n');
    }

    private void AppendJoined(IReadOnlyList<string> paragraphs, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            _text.Append(i == from ? "" : " ").Append(paragraphs[i]);
        }
    }

    private string Person() =>
        $"{WordLists.FirstNames[random.Next(WordLists.FirstNames.Length)]} {WordLists.LastNames[random.Next(WordLists.LastNames.Length)]}";

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Truncated(string text, int length) => text.Length <= length ? text : text[..length];
}
