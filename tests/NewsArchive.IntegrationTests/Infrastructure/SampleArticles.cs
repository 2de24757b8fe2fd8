namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>Small, clearly article-like texts in the seed format, for tests that need their own files.</summary>
public static class SampleArticles
{
    public static string Dated(string date, string headline, string topic) => $" date {date}\n\n{headline}\n\n{Paragraphs(topic)}";

    public static string Undated(string headline, string topic) => $"{headline}\n\n{Paragraphs(topic)}";

    public static string Paragraphs(string topic) =>
        $"The council voted on Tuesday to approve the new plan for {topic}, ending a debate that had lasted for most of the year and divided residents across the city.\n\n"
        + $"Officials said the first work on {topic} would begin in the spring, and that the cost would be shared between the city and the regional government over five years.\n\n"
        + $"Critics of the plan said they would continue to press for changes, arguing that the consultation on {topic} had been too short and that smaller neighbourhoods had not been heard.\n";
}
