using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>The seeds' expected parses (issue acceptance criteria).</summary>
public class SeedArticleTests
{
    [Fact]
    public void Seed_001_has_its_headline_header_date_outlet_and_four_paragraphs()
    {
        var article = SeedFiles.Parse("001");

        Assert.Equal("Russia: US Has Rejected Putin’s Proposal for Video Talks with Biden", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal(new DateOnly(2021, 3, 23), article.PublishedOn);
        Assert.Equal(DateSource.Header, article.DateSource);
        Assert.Equal("Islam Times", article.Source);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("“We can report with regret", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("as soon as Friday or Monday.", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("Tuesday 23 March 2021 - 00:03")]
    [InlineData("Story Code : 922952")]
    [InlineData("Related Stories")]
    [InlineData("Featured Stories")]
    [InlineData("Comment")]
    [InlineData("About 30 Nigerien Civilians Killed Near Malian Border")]
    public void Seed_001_body_leaves_out_furniture(string furniture)
    {
        var article = SeedFiles.Parse("001");

        Assert.DoesNotContain(article.Paragraphs, p => p == furniture || p.Contains(furniture, StringComparison.Ordinal) && furniture.Length > 1);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains(article.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_001_marks_header_headline_repeat_and_lists()
    {
        var article = SeedFiles.Parse("001");
        var lines = article.Text.Split('\n');

        Assert.Equal(lines.Length, article.Lines.Count);
        Assert.Equal(LineRole.Header, article.Lines[0]);
        Assert.Equal(2, article.Lines.Count(r => r == LineRole.Title));
        Assert.Equal(LineRole.Boilerplate, article.Lines[Array.IndexOf(lines, "Story Code : 922952")]);
        Assert.Equal(LineRole.Boilerplate, article.Lines[Array.IndexOf(lines, "Featured Stories")]);
    }

    [Fact]
    public void Seed_003_has_its_headline_and_no_date_because_yesterday_is_not_one()
    {
        var article = SeedFiles.Parse("003");

        Assert.Equal("Russia critical of US refusal to hold Putin and Biden TV chat", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Null(article.PublishedOn);
        Assert.Equal(DateSource.None, article.DateSource);
        Assert.StartsWith("The Russian Foreign Ministry said yesterday", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("jailing of Kremlin critic Alexei Navalny.", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dublin")]
    [InlineData("Russian President Vladimir Putin")]
    [InlineData("Daily Digest Newsletter")]
    [InlineData("Get ahead of the day")]
    [InlineData("This field is required")]
    [InlineData("Most Watched")]
    public void Seed_003_body_leaves_out_weather_captions_newsletter_prompt_and_footer(string furniture)
    {
        var article = SeedFiles.Parse("003");

        Assert.DoesNotContain(article.Paragraphs, p => p == furniture || p.StartsWith(furniture, StringComparison.Ordinal) || p.EndsWith(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_003_keeps_the_short_quoted_sentence_inside_the_body()
    {
        var article = SeedFiles.Parse("003");

        Assert.Contains("“There is currently disagreement in many areas.”", article.Paragraphs);
        Assert.Equal(15, article.Paragraphs.Count);
    }

    [Fact]
    public void Seed_004_has_its_headline_outlet_and_no_date()
    {
        var article = SeedFiles.Parse("004");

        Assert.Equal("Kremlin says Putin agrees with Biden on need for dialog", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Null(article.PublishedOn);
        Assert.Equal("Press TV", article.Source);
        Assert.StartsWith("The Kremlin says", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("call Russian threats.", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(15, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("News")]
    [InlineData("(file photo via AP)")]
    [InlineData("alternate addresses")]
    [InlineData("www.presstv.ir")]
    [InlineData("SHARE THIS ARTICLE")]
    [InlineData("Press TV News Roku")]
    public void Seed_004_body_leaves_out_breadcrumb_caption_and_footer(string furniture)
    {
        var article = SeedFiles.Parse("004");

        Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", 2021, 3, 22, 12)]
    [InlineData("002", 2021, 3, 19, 13)]
    public void Seeds_without_a_headline_get_a_title_cut_from_the_first_sentence(string seed, int year, int month, int day, int paragraphs)
    {
        var article = SeedFiles.Parse(seed);

        Assert.True(article.TitleDerived);
        Assert.InRange(article.Title.Length, 20, TitleFinder.MaxDerivedLength);
        var cut = article.Title.TrimEnd('…');
        Assert.StartsWith(cut, article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(' ', article.Paragraphs[0][cut.Length]);
        Assert.Equal(new DateOnly(year, month, day), article.PublishedOn);
        Assert.Equal(DateSource.Header, article.DateSource);
        Assert.Equal(paragraphs, article.Paragraphs.Count);
    }

    [Fact]
    public void Seed_000_body_is_every_paragraph_starting_with_the_text_after_the_header()
    {
        var article = SeedFiles.Parse("000");

        Assert.StartsWith("Russia on Monday accused the United States", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("Kremlin opponent Alexei Navalny.", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(LineRole.Body, article.Lines[0]);
    }

    [Fact]
    public void Seed_002_drops_the_photo_caption_and_credit_but_keeps_the_subheading()
    {
        var article = SeedFiles.Parse("002");

        Assert.Contains("Chronicle of a rough exchange", article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("An image from 2011", StringComparison.Ordinal));
        Assert.DoesNotContain("Source: agencies", article.Paragraphs);
        Assert.EndsWith("peace and friendship with Russia.”", article.Paragraphs[^1], StringComparison.Ordinal);
    }
}
