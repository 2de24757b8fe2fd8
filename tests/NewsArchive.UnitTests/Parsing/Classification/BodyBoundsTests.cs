using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Classification;

public class BodyBoundsTests
{
    private const string Paragraph4 = "Parents who had collected signatures for months said they would keep an eye on the budget, because the same promise had been made twice before and then quietly dropped.";
    private const string Teaser = "Swimming pool plan divides the city";
    private const string TeaserSummary = "The mayor wants a new swimming pool for the east of the city, and the opposition says the money would be better spent on the schools that need repairs.";

    private static readonly string[] s_page = ["Home", "News", "", SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3, "", Paragraph4, "", Teaser, "", TeaserSummary];

    // The page through the hand-written stages up to the roles: the region the body's end is chosen in.
    private static ParseDocument Region(params string[] lines) => Documents.OfLines(ParseStep.Roles, lines);

    private static ExtractionModel Model(double minProbability, params (string Feature, double Weight)[] weights) =>
        new([(BodyBounds.EndPart, BodyEndFeatures.Names, Weights(weights)), (BodyBounds.AcceptPart, BodyBounds.AcceptNames, [minProbability])]);

    // The roles the body's end leaves on the page, with the production stages before it.
    private static IReadOnlyList<LineRole> RolesWith(ExtractionModel model, params string[] lines)
    {
        var document = Documents.OfLines(ParseStep.Source, lines);
        new BodyBounds(ParserTuning.Default, model).Run(document);
        return document.Roles;
    }

    [Fact]
    public void A_body_no_longer_than_the_lede_has_only_the_option_of_no_cut()
    {
        var document = Region(SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3);
        var body = BodyBounds.BodyLines(document.Roles);

        var options = BodyEndFeatures.Candidates(document, body, ParserTuning.Default);

        var only = Assert.Single(options);
        Assert.Equal(body.Count - 1, only.LastKept);
        Assert.All(only.Features, f => Assert.Equal(0, f));
    }

    [Fact]
    public void Every_paragraph_after_the_lede_may_start_the_dropped_tail_and_no_cut_comes_last()
    {
        var document = Region(s_page);
        var body = BodyBounds.BodyLines(document.Roles);

        var options = BodyEndFeatures.Candidates(document, body, ParserTuning.Default);

        Assert.Equal(6, body.Count);
        Assert.Equal([2, 3, 4, 5], options.Select(o => o.LastKept));
        Assert.All(options[..^1], o => Assert.Equal(1, o.Features[Array.IndexOf(BodyEndFeatures.Names, "cut")]));
        Assert.All(options[^1].Features, f => Assert.Equal(0, f));
        // The cut before the short line drops it and the summary under it, a teaser-shaped start.
        var teaser = options.Single(o => o.LastKept == 3).Features;
        Assert.Equal(1, teaser[Array.IndexOf(BodyEndFeatures.Names, "next_brief")]);
        Assert.Equal(1, teaser[Array.IndexOf(BodyEndFeatures.Names, "next_teaser")]);
        Assert.InRange(teaser[Array.IndexOf(BodyEndFeatures.Names, "tail_share")], 0.01, 0.5);
    }

    [Fact]
    public void The_tail_after_the_best_cut_becomes_boilerplate()
    {
        var roles = RolesWith(Model(0, ("cut", -1), ("next_teaser", 3)), s_page);

        Assert.Equal(LineRole.Body, roles[Array.IndexOf(s_page, Paragraph4)]);
        Assert.Equal(LineRole.Boilerplate, roles[Array.IndexOf(s_page, Teaser)]);
        Assert.Equal(LineRole.Boilerplate, roles[Array.IndexOf(s_page, TeaserSummary)]);
    }

    [Fact]
    public void A_cut_that_scores_no_better_than_no_cut_is_not_made()
    {
        var roles = RolesWith(Model(0), s_page);

        Assert.Equal(LineRole.Body, roles[Array.IndexOf(s_page, Teaser)]);
        Assert.Equal(LineRole.Body, roles[Array.IndexOf(s_page, TeaserSummary)]);
    }

    [Fact]
    public void A_cut_the_ranker_is_not_sure_enough_of_is_not_made()
    {
        // The teaser cut scores 2 against 0 for no cut and -1 for the others: a probability of about 0.8.
        var model = Model(0.9, ("cut", -1), ("next_teaser", 3));

        var roles = RolesWith(model, s_page);

        Assert.Equal(LineRole.Body, roles[Array.IndexOf(s_page, TeaserSummary)]);
        Assert.Equal(LineRole.Boilerplate, RolesWith(Model(0.7, ("cut", -1), ("next_teaser", 3)), s_page)[Array.IndexOf(s_page, TeaserSummary)]);
    }

    [Fact]
    public void The_parsed_article_leaves_the_dropped_tail_out_of_its_paragraphs()
    {
        var embedded = ExtractionModel.Embedded;
        var model = new ExtractionModel([
            (TitleRanker.Part, TitleFeatures.Names, embedded.Weights(TitleRanker.Part, TitleFeatures.Names)),
            (DateRanker.Part, DateFeatures.Names, embedded.Weights(DateRanker.Part, DateFeatures.Names)),
            (DateRanker.AcceptPart, DateRanker.AcceptNames, [0.3]),
            (BodyBounds.EndPart, BodyEndFeatures.Names, Weights(("cut", -1), ("next_teaser", 3))),
            (BodyBounds.AcceptPart, BodyBounds.AcceptNames, [0.0])]);
        var parser = new ArticleTextParser(new ParserOptions(), ParserTuning.Default, ParserPipeline.Create(ParserTuning.Default, model));

        var article = parser.Parse("a.txt", SampleText.Utf8(string.Join('\n', s_page))).Article!;

        Assert.Equal([SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3, Paragraph4], article.Paragraphs);
        Assert.Equal(LineRole.Boilerplate, article.Lines[Array.IndexOf(s_page, TeaserSummary)]);
    }

    [Fact]
    public void The_production_pipeline_cuts_with_the_embedded_model_and_a_model_without_a_body_end_part_keeps_the_region()
    {
        Assert.IsType<BodyBounds>(ParserPipeline.Create(ParserTuning.Default).Bounds);
        var embedded = ExtractionModel.Embedded;
        var withoutBodyEnd = new ExtractionModel([
            (TitleRanker.Part, TitleFeatures.Names, embedded.Weights(TitleRanker.Part, TitleFeatures.Names)),
            (DateRanker.Part, DateFeatures.Names, embedded.Weights(DateRanker.Part, DateFeatures.Names)),
            (DateRanker.AcceptPart, DateRanker.AcceptNames, [0.0])]);

        Assert.IsType<KeepBounds>(ParserPipeline.Create(ParserTuning.Default, withoutBodyEnd).Bounds);
    }

    [Fact]
    public void The_bounds_are_set_after_the_source_and_with_a_role_for_every_line()
    {
        var early = Region(s_page);
        Assert.Throws<InvalidOperationException>(() => early.SetBounds(early.Roles, early.BodyStart));

        var document = Documents.OfLines(ParseStep.Source, s_page);
        Assert.Throws<ArgumentException>(() => document.SetBounds(document.Roles.Take(3).ToList(), document.BodyStart));
        new KeepBounds().Run(document);
        Assert.Equal(ParseStep.Bounds, document.Filled);
    }

    private static double[] Weights(params (string Feature, double Weight)[] weights)
    {
        var w = new double[BodyEndFeatures.Count];
        foreach (var (feature, weight) in weights)
        {
            w[Array.IndexOf(BodyEndFeatures.Names, feature)] = weight;
        }
        return w;
    }
}
