using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Classification;

/// <summary>Stage 7: the learned line classifier over the article region (its passes, the end of the body, the lines above it).</summary>
public class BodyLinesTests
{
    private const string Headline = "Library hours extended after campaign by parents";
    private const string Standfirst = "Parents and students had asked the council for quiet evening hours at the library for three years.";
    private const string Teaser = "A completely different story about football transfers and the weather, which readers also liked very much.";

    private static ExtractionModel Model(double[]? lines = null, double[]? context = null, double[]? end = null, double[]? above = null) => new(
    [
        (BodyLineFilter.Part, BodyLineFeatures.Names, lines ?? new double[BodyLineFeatures.Count]),
        (BodyLineFilter.ContextPart, BodyLineFeatures.ContextNames, context ?? new double[BodyLineFeatures.ContextNames.Length]),
        (BodyLineFilter.CutPart, BodyLineFeatures.CutNames, end ?? new double[BodyLineFeatures.CutNames.Length]),
        (BodyLineFilter.AbovePart, BodyLineFeatures.AboveNames, above ?? new double[BodyLineFeatures.AboveNames.Length]),
    ]);

    private static double[] Weight(string[] names, string name, double weight)
    {
        var w = new double[names.Length];
        w[Array.IndexOf(names, name)] = weight;
        return w;
    }

    private static IReadOnlyList<LineRole> Run(ExtractionModel model, params string[] lines)
    {
        var document = Documents.OfLines(ParseStep.Source, lines);
        new BodyLineFilter(model).Run(document);
        return document.BodyRoles;
    }

    [Fact]
    public void With_no_weights_the_body_is_the_regions()
    {
        string[] lines = [Headline, "By Jane Doe", Standfirst, "Share this", SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3, Teaser];
        var document = Documents.OfLines(ParseStep.Source, lines);

        Assert.Equal(document.FinalRoles(), Run(Model(), lines));
    }

    [Fact]
    public void A_line_the_classifier_scores_below_zero_leaves_the_body()
    {
        // A line written twice on the page (a consent notice at every embed) is what this model refuses.
        const string Notice = "Your privacy settings prevent this external content from being shown here, so please change them first.";
        var model = Model(Weight(BodyLineFeatures.Names, "repeated", -1), Weight(BodyLineFeatures.ContextNames, "score", 1));

        var roles = Run(model, Headline, SampleText.Paragraph1, Notice, SampleText.Paragraph2, Notice, SampleText.Paragraph3);

        Assert.Equal([LineRole.Title, LineRole.Body, LineRole.Boilerplate, LineRole.Body, LineRole.Boilerplate, LineRole.Body], roles);
    }

    [Fact]
    public void The_classifier_never_drops_most_of_the_region()
    {
        var model = Model(Weight(BodyLineFeatures.Names, "bias", -1), Weight(BodyLineFeatures.ContextNames, "score", 1));
        string[] lines = [Headline, SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3];

        Assert.Equal(Documents.OfLines(ParseStep.Source, lines).FinalRoles(), Run(model, lines));
    }

    [Fact]
    public void Without_an_article_region_every_line_the_rules_keep_stays()
    {
        // A table is kept whole with low confidence; a model that would drop its first row does not apply.
        string[] lines = ["Team Won Lost", "Rovers 12 3", "United 9 6", "City 7 8"];
        var document = Documents.OfLines(ParseStep.Source, lines);
        Assert.True(document.LowConfidence);

        var roles = Run(Model(Weight(BodyLineFeatures.Names, "first_body", -1), Weight(BodyLineFeatures.ContextNames, "score", 1)), lines);

        Assert.Equal(document.FinalRoles(), roles);
    }

    [Fact]
    public void The_end_ranker_cuts_the_body_after_the_line_it_prefers()
    {
        // Any cut beats none, and the one that drops the least text wins: the last line goes.
        var end = Weight(BodyLineFeatures.CutNames, "dropped_text", -1);
        end[Array.IndexOf(BodyLineFeatures.CutNames, "no_cut")] = -1;

        var roles = Run(Model(end: end), Headline, SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3, Teaser);

        Assert.Equal([LineRole.Title, LineRole.Body, LineRole.Body, LineRole.Body, LineRole.Boilerplate], roles);
    }

    [Fact]
    public void With_no_end_weights_the_body_is_not_cut()
    {
        var document = Documents.OfLines(ParseStep.Source, Headline, SampleText.Paragraph1, SampleText.Paragraph2);
        var lines = BodyLineFeatures.Of(document, document.FinalRoles());

        var cuts = BodyLineFeatures.Cuts(document, document.FinalRoles(), lines, lines.Select(_ => 0.0).ToList());

        Assert.Equal(lines.Count - 1, BodyLineFilter.Best(cuts, new double[BodyLineFeatures.CutNames.Length]));
    }

    [Fact]
    public void A_line_above_the_body_that_the_model_takes_joins_it()
    {
        string[] lines = [Headline, "Short", Standfirst, "Share", "Email", "Print", "Save", "Follow us", "Comments", SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3];
        var before = Documents.OfLines(ParseStep.Source, lines).FinalRoles();
        Assert.Equal([LineRole.Title, LineRole.Boilerplate, LineRole.Boilerplate], before.Take(3));

        var roles = Run(Model(above: Weight(BodyLineFeatures.AboveNames, "ends_sentence", 1)), lines);

        Assert.Equal(LineRole.Body, roles[2]);
        Assert.Equal(LineRole.Boilerplate, roles[3]);
    }

    [Fact]
    public void The_second_pass_sees_the_mean_scores_of_the_neighbours()
    {
        var context = BodyLineFeatures.Context([4, -4, 8, 0]);

        // Scores are clipped to ±8 and divided by 4: 1, -1, 2, 0.
        Assert.Equal([1, -1, 1, 1, 1, 1], context[1]);
        Assert.Equal([1, 1, 0, 0.5, 0, 1d / 3], context[0]);
    }
}
