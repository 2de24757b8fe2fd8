namespace NewsArchive.Corpus;

/// <summary>
/// Makes a near-duplicate of a story, as when several outlets run the same agency copy: a few days apart,
/// a paragraph dropped here and there, sometimes a new opening sentence or headline; still 300 to 1,200 words.
/// </summary>
internal sealed class StoryRewriter(StoryWriter writer, Random random)
{
    private static readonly string[] s_agency = ["the agency", "officials", "the ministry"];

    public GeneratedStory Rewrite(GeneratedStory original)
    {
        var words = original.Paragraphs.Sum(CountWords);
        var paragraphs = new List<string>(original.Paragraphs.Count + 1);
        foreach (var paragraph in original.Paragraphs)
        {
            var size = CountWords(paragraph);
            if (random.Next(10) == 0 && words - size >= StoryWriter.MinWords)
            {
                words -= size;
                continue;
            }
            paragraphs.Add(paragraph);
        }
        if (random.Next(3) == 0)
        {
            var opening = writer.Sentence(s_agency);
            if (words + CountWords(opening) <= StoryWriter.MaxWords)
            {
                paragraphs.Insert(0, opening);
            }
        }
        var headline = random.Next(2) == 0 ? original.Headline : writer.Headline();
        return original with { Headline = headline, Date = original.Date.AddDays(random.Next(-2, 4)), Paragraphs = paragraphs };
    }

    /// <summary>
    /// Another outlet's own report of the same event: new text around the same names and a few of the original's
    /// rarer words, sometimes quoting one of its sentences, a few days apart. Same event, a text of its own.
    /// </summary>
    public GeneratedStory Retell(GeneratedStory original, int text)
    {
        var terms = original.Paragraphs.Take(2).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', '?').ToLowerInvariant())
            .Where(w => w.Length >= 5 && w.All(char.IsLetter) && !WordLists.CommonSet.Contains(w))
            .Distinct(StringComparer.Ordinal).Take(8).ToList();
        var story = writer.Retell(original.Names, terms, original.Date.AddDays(random.Next(-2, 4)));
        var paragraphs = story.Paragraphs.ToList();
        if (random.Next(2) == 0)
        {
            // A quote: one sentence of the original, word for word.
            var quoted = original.Paragraphs[random.Next(original.Paragraphs.Count)];
            var end = quoted.IndexOfAny(['.', '?']);
            paragraphs.Insert(Math.Min(1 + random.Next(3), paragraphs.Count), end > 0 ? quoted[..(end + 1)] : quoted);
        }
        return story with { Paragraphs = paragraphs, Event = original.Event, Text = text };
    }

    public static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
