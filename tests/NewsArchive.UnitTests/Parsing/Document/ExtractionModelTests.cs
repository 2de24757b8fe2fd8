using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary>The learned model file: it loads, it round-trips byte for byte, a bad file is refused, and the parser uses the model it is given.</summary>
public class ExtractionModelTests
{
    private static string EmbeddedText()
    {
        using var stream = typeof(ExtractionModel).Assembly.GetManifestResourceStream("NewsArchive.Parsing.ExtractionModel.txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_embedded_model_has_every_weight_the_rankers_need_and_writes_back_to_the_same_bytes()
    {
        var text = EmbeddedText();
        var model = ExtractionModel.Parse(text);
        var comment = string.Join('\n', text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l[2..]));

        Assert.Contains(model.Weights(TitleRanker.Part, TitleFeatures.Names), w => w != 0);
        Assert.Contains(model.Weights(DateRanker.Part, DateFeatures.Names), w => w != 0);
        Assert.InRange(model.Weights(DateRanker.AcceptPart, DateRanker.AcceptNames)[0], 0, 1);
        Assert.Equal(text, model.Write(comment));
    }

    [Theory]
    [InlineData("version 2\ntitle.bias 1\n")]
    [InlineData("title.bias 1\n")]
    [InlineData("version 1\nbias 1\n")]
    [InlineData("version 1\ndate.bias one\n")]
    [InlineData("version 1\ntitle.bias 1 2\n")]
    [InlineData("version 1\ntitle.bias 1\ndate.bias 1\ntitle.derive 1\n")]
    public void A_model_of_another_version_or_with_bad_lines_is_refused(string text)
    {
        Assert.ThrowsAny<FormatException>(() => ExtractionModel.Parse(text));
    }

    [Fact]
    public void A_model_without_the_features_a_ranker_needs_is_refused_when_the_ranker_is_made()
    {
        var model = ExtractionModel.Parse("version 1\ntitle.bias 1\ntitle.no_such_feature 2\n");

        Assert.Throws<InvalidOperationException>(() => new TitleRanker(ParserTuning.Default, model));
        Assert.Throws<InvalidOperationException>(() => new DateRanker(ParserTuning.Default, model));
    }

    [Fact]
    public void The_parser_uses_the_model_it_is_given()
    {
        // A model that prefers deriving the title over every headline line.
        var title = new double[TitleFeatures.Count];
        title[Array.IndexOf(TitleFeatures.Names, "derive")] = 100;
        var date = ExtractionModel.Embedded.Weights(DateRanker.Part, DateFeatures.Names);
        var model = new ExtractionModel([(TitleRanker.Part, TitleFeatures.Names, title), (DateRanker.Part, DateFeatures.Names, date), (DateRanker.AcceptPart, DateRanker.AcceptNames, [0.0]), .. EmbeddedBodyParts()]);
        var parser = new ArticleTextParser(new ParserOptions(), ParserTuning.Default, ParserPipeline.Create(ParserTuning.Default, model));

        Assert.True(parser.Parse("a.txt", SampleText.Utf8(SampleText.Article())).Article!.TitleDerived);
        Assert.False(new ArticleTextParser().Parse("a.txt", SampleText.Utf8(SampleText.Article())).Article!.TitleDerived);
    }

    [Fact]
    public void A_date_the_ranker_is_not_sure_enough_of_is_not_taken()
    {
        var embedded = ExtractionModel.Embedded;
        ExtractionModel WithMinimum(double minimum) => new([
            (TitleRanker.Part, TitleFeatures.Names, embedded.Weights(TitleRanker.Part, TitleFeatures.Names)),
            (DateRanker.Part, DateFeatures.Names, embedded.Weights(DateRanker.Part, DateFeatures.Names)),
            (DateRanker.AcceptPart, DateRanker.AcceptNames, [minimum]), .. EmbeddedBodyParts()]);
        var text = SampleText.Utf8(string.Join('\n', "Library hours extended after campaign by parents", "By Jane Doe | March 3, 2021", "", SampleText.Paragraph1, "", SampleText.Paragraph2));
        DateOnly? DateWith(double minimum) =>
            new ArticleTextParser(new ParserOptions(), ParserTuning.Default, ParserPipeline.Create(ParserTuning.Default, WithMinimum(minimum))).Parse("a.txt", text).Article!.PublishedOn;

        Assert.Equal(new DateOnly(2021, 3, 3), DateWith(0));
        // A probability is never above one: nothing from the text is sure enough.
        Assert.Null(DateWith(1.01));
    }

    // The line classifier's parts of the embedded model (the parser needs them; these tests vary the other parts).
    private static IEnumerable<(string, IReadOnlyList<string>, IReadOnlyList<double>)> EmbeddedBodyParts() =>
        new (string Part, string[] Names)[]
        {
            (BodyLineFilter.Part, BodyLineFeatures.Names), (BodyLineFilter.ContextPart, BodyLineFeatures.ContextNames),
            (BodyLineFilter.CutPart, BodyLineFeatures.CutNames), (BodyLineFilter.AbovePart, BodyLineFeatures.AboveNames),
        }.Select(p => (p.Part, (IReadOnlyList<string>)p.Names, (IReadOnlyList<double>)ExtractionModel.Embedded.Weights(p.Part, p.Names)));
}
