using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>The labelled check on a small generated corpus (copies and retellings, each file labelled) meets the targets.</summary>
public sealed class StoryCheckTests
{
    [Fact]
    public async Task Copies_and_stories_found_at_import_match_the_labels()
    {
        using var folder = new TempFolder();

        var result = await StoryCheck.RunAsync(count: 2_000, seed: 1, retellPercent: StoryCheck.DefaultRetellPercent, folder.Path);

        Assert.True(result.Copies.Labelled > 100 && result.Events.Labelled > result.Copies.Labelled, result.Describe());
        Assert.True(result.Copies.Precision >= 0.95 && result.Copies.Recall >= 0.95, result.Describe());
        Assert.True(result.Events.Precision >= 0.90 && result.Events.Recall >= 0.90, result.Describe());
    }
}
