using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.BrowserTests;

/// <summary>Made-up dated articles added to the live app next to the seeds, so the browser tests have months to narrow whatever the parser makes of the seeds.</summary>
internal static class SearchArchive
{
    public static Task AddFloodArticlesAsync(LiveApp app) => app.AddArticlesAsync(
        new ArticleBuilder("Flood waters rise in the valley", "Heavy rain caused the river to flood the valley town.\n\nResidents were evacuated to the school.")
            .On("2019-06-01").From("Valley News"),
        new ArticleBuilder("Budget vote delayed by flood debate", "The council delayed the budget vote after a long debate about flood defences.").On("2020-01-15").From("City Post"),
        new ArticleBuilder("Bridge reopens after flood repairs", "The old bridge reopened after the flood damage was repaired.").On("2021-07-04").From("Valley News"),
        new ArticleBuilder("Flood barrier tested", "Engineers tested the new flood barrier on the river.").On("2021-07-20").From("City Post"),
        new ArticleBuilder("Undated flood memories", "Older residents remember the great flood of the past."));
}
