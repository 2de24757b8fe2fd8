using NewsArchive.Parsing;
using NewsArchive.Parsing.Decoding;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Titles;

public class TitleFinderTests
{
    private static readonly TitleFinder s_finder = new(ParserTuning.Default);

    // The hand-written stage (production chooses with the learned TitleRanker, whose features include this stage's score).
    private static TitleChoice Choose(string text)
    {
        var document = Documents.Through(ParseStep.Roles, TextNormaliser.Normalise(text));
        s_finder.Run(document);
        return document.Title;
    }

    private static IReadOnlyList<TitleCandidate> Candidates(string text) => s_finder.Candidates(Documents.Through(ParseStep.Roles, text));

    private static string Derive(params string[] paragraphs) => DerivedTitle.From(paragraphs, ParserTuning.Default);

    [Fact]
    public void A_short_sentence_is_the_derived_title_whole()
    {
        Assert.Equal("Short first sentence here", Derive("Short first sentence here. And then more text follows."));
    }

    [Theory]
    [InlineData("...", "...")]
    [InlineData("", "Untitled")]
    public void A_body_without_a_sentence_still_gives_a_title(string paragraph, string title)
    {
        Assert.Equal(title, Derive(paragraph));
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_boundary()
    {
        var title = Derive(SampleText.Paragraph1 + " " + SampleText.Paragraph2);

        Assert.True(title.Length <= ParserTuning.Default.Titles.MaxDerivedLength);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        var cut = title.TrimEnd('…');
        Assert.StartsWith(cut, SampleText.Paragraph1, StringComparison.Ordinal);
        Assert.Equal(' ', SampleText.Paragraph1[cut.Length]);
    }

    [Fact]
    public void The_headline_line_above_the_body_is_the_title()
    {
        var choice = Choose(SampleText.Article());

        Assert.Equal("Library hours extended after campaign by parents", choice.Title);
        Assert.False(choice.Derived);
    }

    [Fact]
    public void A_headline_repeated_after_a_story_code_is_chosen_over_a_dateline()
    {
        var text = string.Join('\n', "Monday 1 March 2021 - 10:00", "Council extends library opening hours", "Story Code : 12345", "Council extends library opening hours", SampleText.Paragraph1, SampleText.Paragraph2);

        Assert.Equal("Council extends library opening hours", Choose(text).Title);
    }

    [Fact]
    public void Without_a_headline_the_title_is_derived_from_the_first_sentence()
    {
        var choice = Choose(string.Join("\n\n", " date 2021-03-01 " + SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3));

        Assert.True(choice.Derived);
        Assert.StartsWith("The city council voted on Tuesday", choice.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_photo_caption_is_not_the_title()
    {
        var text = string.Join("\n\n", "Library hours extended after campaign", "Head librarian Jane Doe", "Head librarian Jane Doe", "Head librarian Jane Doe", SampleText.Paragraph1, SampleText.Paragraph2);

        Assert.Equal("Library hours extended after campaign", Choose(text).Title);
    }

    [Fact]
    public void A_repeated_question_headline_taken_into_the_body_is_the_title_and_not_a_paragraph()
    {
        const string Headline = "Fact check: is the new oxygen bar in the city centre really selling fresh air for three pounds?";
        var text = string.Join("\n\n", Headline, Headline, SampleText.Paragraph1.Replace("library", "oxygen bar", StringComparison.Ordinal), SampleText.Paragraph2);

        var article = new ArticleTextParser().Parse("t.txt", SampleText.Utf8(text)).Article!;

        Assert.Equal(Headline, article.Title);
        Assert.DoesNotContain(Headline, article.Paragraphs);
        Assert.Equal(2, article.Lines.Count(r => r == LineRole.Title));
    }

    [Fact]
    public void An_all_caps_line_scores_lower_than_the_same_words_in_sentence_case()
    {
        static double ScoreOf(string candidate)
        {
            return Candidates(string.Join("\n\n", candidate, SampleText.Paragraph1, SampleText.Paragraph2)).Single(c => c.Line == candidate).Score;
        }

        Assert.True(ScoreOf("LIBRARY HOURS EXTENDED AFTER CAMPAIGN") < ScoreOf("Library hours extended after campaign") - 0.5);
    }

    [Fact]
    public void A_headline_quoted_again_below_the_article_counts_as_repeated()
    {
        const string Headline = "Night owls rejoice at last";
        var plain = string.Join("\n\n", "Home", Headline, "Share", SampleText.Paragraph1, SampleText.Paragraph2);

        Assert.True(Choose(plain).Derived);
        Assert.Equal(Headline, Choose(plain + "\n\n3 thoughts on “" + Headline + "”").Title);
    }

    private static double ScoreOf(string candidate, params string[] above)
    {
        return Candidates(string.Join("\n\n", [.. above, candidate, SampleText.Paragraph1, SampleText.Paragraph2])).Single(c => c.Line == candidate).Score;
    }

    [Theory]
    [InlineData("Home » Local news")]
    [InlineData("News › City")]
    public void A_headline_under_a_breadcrumb_counts_as_the_first_line(string breadcrumb)
    {
        const string Headline = "Night owls rejoice at last";

        Assert.True(ScoreOf(Headline, breadcrumb) > ScoreOf(Headline, "Local news") + 1.5);
    }

    [Theory]
    [InlineData("Jane DoeView More Articles")]
    [InlineData("View all posts by Jane Doe")]
    public void An_author_link_under_a_headline_counts_as_a_byline(string authorLink)
    {
        var withLink = Candidates(string.Join("\n\n", "Night owls rejoice at last", authorLink, "Opening hours", SampleText.Paragraph1, SampleText.Paragraph2)).Single(c => c.Index == 0).Score;

        Assert.True(withLink > ScoreOf("Night owls rejoice at last") + 1.5);
    }

    [Fact]
    public void A_headline_repeated_only_inside_a_ticker_block_is_not_a_repeated_headline()
    {
        string[] ticker = ["Harbour bridge closes for two weeks of repairs", "Parents celebrate longer hours at the library"];
        var text = string.Join("\n\n", [.. ticker, "Sport", "Weather", "Night owls rejoice as library stays open", "By Jane Doe", .. ticker, SampleText.Paragraph1, SampleText.Paragraph2]);

        Assert.Equal("Night owls rejoice as library stays open", Choose(text).Title);
    }
}
