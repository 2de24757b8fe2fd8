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
        return new GeneratedStory(headline, original.Date.AddDays(random.Next(-2, 4)), paragraphs);
    }

    public static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
