using System.Globalization;

namespace NewsArchive.IntegrationTests.Safety;

/// <summary>Writes small, valid, distinct article files (a date header, a headline, three paragraphs).</summary>
public static class GeneratedArticles
{
    private static readonly string[] s_topics = ["harbour", "railway", "school", "hospital", "bridge", "library", "market", "river"];

    /// <summary>Writes files numbered <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static void Write(string folder, int from, int to)
    {
        Directory.CreateDirectory(folder);
        for (var i = from; i < to; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"gen_{i:D6}.txt"), Text(i));
        }
    }

    public static string Text(int i)
    {
        var topic = s_topics[i % s_topics.Length];
        var day = new DateOnly(2021, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var paragraph = $"The council met on Tuesday to debate plan number {i} for the {topic}, which residents have opposed for years. "
            + $"Officials said the work on the {topic} would begin in the spring and cost less than the previous proposal. "
            + "Opponents said they would take the matter to court if the vote went ahead without a public hearing.";
        return $" date {day}\nCouncil debates {topic} plan number {i}\n\n{paragraph}\n\n{paragraph} A second hearing is planned.\n\n"
            + $"Reporting for this story was done in the town hall; article {i} of the generated set.\n";
    }
}
