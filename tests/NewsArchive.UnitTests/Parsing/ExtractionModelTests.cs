using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>The learned model file: it loads, it round-trips byte for byte, a bad file is refused.</summary>
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
    public void The_embedded_model_has_every_weight_and_writes_back_to_the_same_bytes()
    {
        var text = EmbeddedText();
        var model = ExtractionModel.Parse(text);
        var comment = string.Join('\n', text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l[2..]));

        Assert.Equal(TitleFeatures.Count, model.Title.Count);
        Assert.Equal(DateFeatures.Count, model.Date.Count);
        Assert.Contains(model.Title, w => w != 0);
        Assert.Contains(model.Date, w => w != 0);
        Assert.Contains(model.Line, w => w != 0);
        Assert.Equal(text, model.Write(comment));
    }

    [Theory]
    [InlineData("version 2\ntitle.bias 1\n")]
    [InlineData("title.bias 1\n")]
    [InlineData("version 1\ntitle.no_such_feature 1\n")]
    [InlineData("version 1\ndate.bias one\n")]
    [InlineData("version 1\ntitle.bias 1 2\n")]
    public void A_model_of_another_version_or_with_unknown_or_bad_weights_is_refused(string text)
    {
        Assert.ThrowsAny<FormatException>(() => ExtractionModel.Parse(text));
    }

    [Fact]
    public void A_model_with_wrong_weight_counts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExtractionModel(new double[3], new double[DateFeatures.Count], new double[LineFeaturesVector.Count], 1));
    }

    [Fact]
    public void The_parser_uses_the_model_it_is_given()
    {
        // A model that prefers deriving the title over every headline line.
        var title = new double[TitleFeatures.Count];
        title[Array.IndexOf(TitleFeatures.Names, "derive")] = 100;
        var parser = new ArticleTextParser(new ParserOptions(), ParserTuning.Default, new ExtractionModel(title, ExtractionModel.Embedded.Date.ToArray(), ExtractionModel.Embedded.Line.ToArray(), ExtractionModel.Embedded.Transition));

        var article = parser.Parse("a.txt", SampleText.Utf8(SampleText.Article())).Article!;

        Assert.True(article.TitleDerived);
        Assert.False(new ArticleTextParser().Parse("a.txt", SampleText.Utf8(SampleText.Article())).Article!.TitleDerived);
    }
}
