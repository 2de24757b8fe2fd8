using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>The stages are slots: one decision can be replaced (as a learned model would) and the thresholds are read from the record.</summary>
public class ParserPipelineTests
{
    private static readonly string s_article = string.Join("\n\n", "Library hours extended after campaign by parents", "By Jane Doe", "March 1, 2021", SampleText.Paragraph1, SampleText.Paragraph2);

    private static ParsedArticle Parse(ParserTuning tuning, ParserPipeline? pipeline = null) =>
        new ArticleTextParser(new ParserOptions(), tuning, pipeline ?? ParserPipeline.Create(tuning)).Parse("t.txt", SampleText.Utf8(s_article)).Article!;

    private sealed class FixedTitle : IParseStage
    {
        public void Run(ParseDocument document) => document.SetTitle(new TitleChoice("Chosen elsewhere", false, null));
    }

    private sealed class NoDate : IParseStage
    {
        public void Run(ParseDocument document) => document.SetDate(null, DateSource.None);
    }

    [Fact]
    public void The_stages_run_in_the_order_of_the_document_parts()
    {
        var pipeline = ParserPipeline.Create(ParserTuning.Default);

        Assert.Equal([pipeline.Lines, pipeline.LineKinds, pipeline.LineClassification, pipeline.Titles, pipeline.Dates, pipeline.Sources, pipeline.Body], pipeline.Stages);
    }

    [Fact]
    public void A_replaced_title_stage_chooses_the_title_and_the_other_stages_still_run()
    {
        var tuning = ParserTuning.Default;

        var article = Parse(tuning, ParserPipeline.Create(tuning) with { Titles = new FixedTitle() });

        Assert.Equal("Chosen elsewhere", article.Title);
        Assert.Equal(new DateOnly(2021, 3, 1), article.PublishedOn);
        // The headline line is not marked as the title here, so the body stage may take it as the body's first line.
        Assert.Equal([SampleText.Paragraph1, SampleText.Paragraph2], article.Paragraphs.TakeLast(2));
    }

    [Fact]
    public void A_replaced_date_stage_decides_the_date()
    {
        var tuning = ParserTuning.Default;

        var article = Parse(tuning, ParserPipeline.Create(tuning) with { Dates = new NoDate() });

        Assert.Null(article.PublishedOn);
        Assert.Equal("Library hours extended after campaign by parents", article.Title);
    }

    [Fact]
    public void The_thresholds_of_each_stage_are_read_from_the_tuning_record()
    {
        var defaults = ParserTuning.Default;
        Assert.False(Parse(defaults).TitleDerived);
        Assert.Equal(new DateOnly(2021, 3, 1), Parse(defaults).PublishedOn);

        Assert.False(Parse(defaults).LowConfidence);
        // The hand-written title stage's minimum score (the learned ranker has no threshold: it weighs a derived title against the lines).
        Assert.True(Parse(defaults, ParserPipeline.Rules(defaults) with { Titles = new TitleFinder(defaults with { Titles = defaults.Titles with { MinScore = 100 } }) }).TitleDerived);
        Assert.Null(Parse(defaults with { Shapes = defaults.Shapes with { MaxYear = 2020 } }).PublishedOn);
        var worthless = defaults with { Classification = defaults.Classification with { MaxTextScore = 0 } };
        Assert.True(Parse(worthless).LowConfidence);
    }
}
