using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Corpus;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Corpus;

public sealed partial class CorpusGeneratorTests
{
    private static readonly ZipfVocabulary s_vocabulary = new();

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        var first = new CorpusGenerator(5, s_vocabulary).Generate(200).ToList();
        var second = new CorpusGenerator(5, s_vocabulary).Generate(200).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_files()
    {
        var first = new CorpusGenerator(5, s_vocabulary).Generate(20).Select(f => f.Text);
        var second = new CorpusGenerator(6, s_vocabulary).Generate(20).Select(f => f.Text);

        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void WriteTo_writes_exactly_count_files_in_folders_of_a_thousand()
    {
        using var folder = new TempFolder();

        var bytes = new CorpusGenerator(1, s_vocabulary).WriteTo(folder.Path, 1_200);

        var files = Directory.GetFiles(folder.Path, "*.txt", SearchOption.AllDirectories);
        Assert.Equal(1_200, files.Length);
        Assert.Equal(2, Directory.GetDirectories(folder.Path).Length);
        Assert.Equal(bytes, files.Sum(f => new FileInfo(f).Length));
    }

    [Fact]
    public void About_sixty_percent_start_with_a_date_header_in_the_seed_format_over_ten_years()
    {
        var files = new CorpusGenerator(2, s_vocabulary).Generate(2_000).ToList();

        var dates = files.Select(f => HeaderPattern().Match(f.Text)).Where(m => m.Success)
            .Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        Assert.InRange(dates.Count / (double)files.Count, 0.55, 0.65);
        Assert.All(dates, d => Assert.InRange(d, new DateOnly(2014, 12, 29), new DateOnly(2025, 1, 4)));
        Assert.True(dates.Max().DayNumber - dates.Min().DayNumber > 3_500);
    }

    [Fact]
    public void Outlets_repeat_their_boilerplate_across_files()
    {
        var files = new CorpusGenerator(3, s_vocabulary).Generate(2_000).ToList();

        var footers = files.Select(f => f.Text.Split('\n').Single(l => l.EndsWith("All rights reserved.", StringComparison.Ordinal))).ToList();
        var distinct = footers.Distinct(StringComparer.Ordinal).Count();

        Assert.InRange(distinct, 150, CorpusGenerator.OutletCount);
        Assert.True(footers.GroupBy(f => f).Max(g => g.Count()) >= 5);
    }

    [Fact]
    public void Some_stories_are_near_duplicates_of_others()
    {
        var files = new CorpusGenerator(4, s_vocabulary).Generate(1_000).ToList();

        var paragraphs = files.SelectMany((f, i) => f.Text.Split("\n\n").Where(p => p.Length > 200).Distinct().Select(p => (p, i)));
        var shared = paragraphs.GroupBy(x => x.p, StringComparer.Ordinal).Count(g => g.Select(x => x.i).Distinct().Count() > 1);

        Assert.InRange(shared, 50, 2_000);
    }

    [Fact]
    public void The_short_profile_writes_one_to_two_kilobyte_briefs_tables_and_statements_and_leaves_the_long_one_as_it_was()
    {
        var files = new CorpusGenerator(7, s_vocabulary, profile: CorpusProfile.ShortItems).Generate(2_000).ToList();
        var sizes = files.Select(f => System.Text.Encoding.UTF8.GetByteCount(f.Text)).ToList();

        Assert.InRange(sizes.Average(), 1_000, 2_000);
        Assert.InRange(sizes.Count(s => s is >= 700 and <= 2_600) / (double)files.Count, 0.9, 1.0);
        var briefs = files.Count(f => f.Text.Contains("(Reporting by ", StringComparison.Ordinal));
        var tables = files.Count(f => f.Text.Contains("\nSource: ", StringComparison.Ordinal));
        var statements = files.Count(f => f.Text.Contains("Media contact: ", StringComparison.Ordinal));
        Assert.InRange(briefs / (double)files.Count, 0.4, 0.6);
        Assert.InRange(tables / (double)files.Count, 0.18, 0.32);
        Assert.InRange(statements / (double)files.Count, 0.18, 0.32);
        Assert.All(files.Where(f => f.Text.Contains("\nSource: ", StringComparison.Ordinal)), f => Assert.Matches(@"\n\S[^\n]*\s+[\d,]+\.\d\s+[+-]\d+\.\d\d\s+[+-]\d+\.\d\d%\n", f.Text));
        var dated = files.Count(f => HeaderPattern().IsMatch(f.Text));
        Assert.InRange(dated / (double)files.Count, 0.55, 0.65);
        Assert.Equal(new CorpusGenerator(7, s_vocabulary).Generate(50).ToList(), new CorpusGenerator(7, s_vocabulary, profile: CorpusProfile.LongPages).Generate(50).ToList());
        Assert.InRange(new CorpusGenerator(7, s_vocabulary).Generate(200).Average(f => f.Text.Length), 3_000, 6_000);
    }

    [GeneratedRegex(@"^ date (\d{4}-\d{2}-\d{2}) ")]
    private static partial Regex HeaderPattern();
}
