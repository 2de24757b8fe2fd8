using System.Globalization;
using System.Text;

namespace NewsArchive.Corpus;

/// <summary>
/// Lays a story out as a scraped file in the seed format: an optional <c> date YYYY-MM-DD</c> header on the
/// first line, the outlet's navigation, the headline, a date line, the paragraphs, then share buttons,
/// newsletter prompt, related stories and footer.
/// </summary>
internal sealed class ArticleLayout(StoryWriter writer, Random random)
{
    /// <summary>The share of files that carry the date header.</summary>
    public const double HeaderShare = 0.6;

    private readonly StringBuilder _text = new(16_384);

    public string Render(GeneratedStory story, Outlet outlet)
    {
        _text.Clear();
        var skipFirstParagraph = false;
        var skipHeadline = false;
        if (random.NextDouble() < HeaderShare)
        {
            _text.Append(" date ").Append(story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
            // What follows the header varies in the wild: junk, the headline, or the article's first paragraph.
            switch (random.Next(3))
            {
                case 0: _text.Append('0').Append('\n'); break;
                case 1: _text.Append(story.Headline).Append('\n'); skipHeadline = true; break;
                default: _text.Append(story.Paragraphs[0]).Append("\n\n"); skipFirstParagraph = skipHeadline = true; break;
            }
        }
        if (!skipFirstParagraph)
        {
            AppendTop(story, outlet, skipHeadline);
        }
        for (var i = skipFirstParagraph ? 1 : 0; i < story.Paragraphs.Count; i++)
        {
            _text.Append(story.Paragraphs[i]).Append("\n\n");
        }
        AppendBottom(outlet);
        return _text.ToString();
    }

    private void AppendTop(GeneratedStory story, Outlet outlet, bool skipHeadline)
    {
        foreach (var line in outlet.Header)
        {
            _text.Append(line).Append('\n');
        }
        _text.Append('\n');
        if (!skipHeadline)
        {
            _text.Append(story.Headline).Append("\n\n");
        }
        var dateLine = DateLine(story.Date, outlet.DateLineStyle);
        if (dateLine is not null)
        {
            _text.Append(dateLine).Append("\n\n");
        }
    }

    private void AppendBottom(Outlet outlet)
    {
        foreach (var line in outlet.Share)
        {
            _text.Append(line).Append('\n');
        }
        if (outlet.Newsletter is not null)
        {
            _text.Append('\n').Append(outlet.Newsletter).Append('\n');
        }
        if (random.Next(2) == 0)
        {
            _text.Append("Related Stories\n");
            var related = 2 + random.Next(3);
            for (var i = 0; i < related; i++)
            {
                _text.Append(writer.Headline()).Append('\n');
            }
        }
        _text.Append('\n');
        foreach (var line in outlet.Footer)
        {
            _text.Append(line).Append('\n');
        }
    }

    private static string? DateLine(DateOnly date, int style) => style switch
    {
        1 => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) + " - " + (date.DayNumber % 24).ToString("00", CultureInfo.InvariantCulture) + ":03",
        2 => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        3 => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => null,
    };
}
