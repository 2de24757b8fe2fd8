using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Classification;

public class LineKindsTests
{
    private static LineKind[] Kinds(IReadOnlySet<string>? known = null, params string[] lines) =>
        [.. Documents.Through(ParseStep.Kinds, string.Join('\n', lines), known).Kinds];

    private static LineKind KindOf(string line) => Kinds(null, line)[0];

    // Consent notices are written fresh for the test: long enough (over 40 words, 400 characters) to pass every
    // other furniture check.
    private const string ConsentNotice = "When you visit our website, we may store or retrieve information on your browser, mostly in the form of cookies. "
        + "This information might be about you, your preferences or your device and is mostly used to make the site work as you expect it to. "
        + "Because we respect your right to privacy, you can choose not to allow some types of cookies, which may affect your experience of the site.";

    [Theory]
    [InlineData(ConsentNotice)]
    [InlineData("_session_id 1 year This cookie is set by the website to remember the visitor between pages and to count the visits that come from other sites.")]
    [InlineData("Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Seite zu analysieren; mehr dazu in unserer Datenschutzerklärung.")]
    [InlineData("Accept all cookies")]
    [InlineData("Cookie settings")]
    public void Cookie_and_privacy_consent_notices_and_their_buttons_are_furniture_however_long(string line)
    {
        Assert.Equal(LineKind.Furniture, KindOf(line));
    }

    [Theory]
    [InlineData("Regulators said on Tuesday that the new rules on online tracking would take effect next year, giving companies twelve months to adapt their websites and apps.")]
    [InlineData("The bakery sold more than four thousand of its famous chocolate cookie boxes on the first morning of the festival, and the queue of customers reached the end of the street before nine.")]
    [InlineData("The bakery sold four thousand cookies on Saturday.")]
    [InlineData("The commission said websites must ask for consent before they store cookies in a visitor's browser, and that the rule would also cover third parties that track readers across sites for advertising.")]
    [InlineData("Die Behörde verlangt, dass Websites vor dem Setzen von Cookies eine Einwilligung einholen und die Datenschutz-Regeln der Union befolgen.")]
    public void A_sentence_about_websites_cookies_or_cookie_rules_is_text(string line)
    {
        Assert.Equal(LineKind.Text, KindOf(line));
    }

    [Fact]
    public void A_long_sentence_is_text()
    {
        Assert.Equal(LineKind.Text, KindOf(SampleText.Paragraph1));
    }

    [Theory]
    [InlineData("Russia Says The Talks With Washington Were Useful And Will Continue Soon")]
    [InlineData("Kremlin says talks useful")]
    [InlineData("Chronicle of a rough exchange")]
    public void Headlines_and_subheadings_are_brief_lines(string line)
    {
        Assert.Equal(LineKind.Brief, KindOf(line));
    }

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Partager")]
    [InlineData("Compartilhe")]
    [InlineData("Weiterlesen")]
    [InlineData("Bagikan")]
    [InlineData("Поделиться")]
    [InlineData("Copyright © 2019 Example Media. All rights reserved.")]
    [InlineData("This field is required")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("News / World / Europe")]
    [InlineData("www.example.com")]
    [InlineData("Source: agencies")]
    [InlineData("By Jane Doe")]
    [InlineData("5 Min Read")]
    [InlineData("READ MORE: Another story about something else entirely")]
    [InlineData("858 shares")]
    [InlineData("📱 Torn between the latest phones? Check out our buying guide")]
    [InlineData("Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy")]
    public void Furniture_phrases_in_several_languages_are_furniture(string line)
    {
        Assert.Equal(LineKind.Furniture, KindOf(line));
    }

    [Theory]
    [InlineData("Related Stories")]
    [InlineData("Comments")]
    [InlineData("12 thoughts on “A headline”")]
    [InlineData("You may also like")]
    [InlineData("Вам также может быть интересно")]
    [InlineData("関連記事")]
    [InlineData("22 March 2021")]
    public void Headings_of_what_follows_an_article_and_bare_dates_are_section_breaks(string line)
    {
        Assert.Equal(LineKind.SectionBreak, KindOf(line));
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin (R) and his spokesman (L) (file photo via AP)")]
    [InlineData("An image from 2011 where two leaders meet in Geneva. Photo: AP")]
    [InlineData("WikiLeaks founder Julian Assange (AFP)")]
    [InlineData("The flooded main street on Monday morning. Credit...Jane Doe for The Paper")]
    public void Photo_captions_and_credits_are_furniture(string line)
    {
        Assert.Equal(LineKind.Furniture, KindOf(line));
    }

    [Fact]
    public void The_same_short_line_twice_is_furniture_but_a_repeated_paragraph_is_not()
    {
        var kinds = Kinds(null, "Russian President Vladimir Putin", "", "Russian President Vladimir Putin", SampleText.Paragraph1, SampleText.Paragraph1);

        Assert.Equal([LineKind.Furniture, LineKind.Blank, LineKind.Furniture, LineKind.Text, LineKind.Text], kinds);
    }

    [Fact]
    public void Lines_the_archive_knows_as_boilerplate_are_furniture()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "Press Example News Roku" };

        Assert.Equal(LineKind.Furniture, Kinds(known, "Press Example News Roku")[0]);
    }

    [Fact]
    public void A_teaser_cut_with_an_ellipsis_under_a_headline_is_furniture()
    {
        var kinds = Kinds(null, "Another Story Headline Here", "Example Times - An increase in something runs counter to the commitment made by the ...");

        Assert.Equal(LineKind.Furniture, kinds[1]);
    }

    [Fact]
    public void A_line_introducing_addresses_or_buttons_is_furniture()
    {
        var kinds = Kinds(null, "The website of this station can also be accessed at the following addresses:", "", "www.example.ir");

        Assert.Equal(LineKind.Furniture, kinds[0]);
    }

    [Fact]
    public void Short_lines_after_a_colon_are_list_items()
    {
        var kinds = Kinds(null, "You will need the following things to make the jam at home:", "8 ripe pears", "1 lemon", SampleText.Paragraph2);

        Assert.Equal([LineKind.Brief, LineKind.ListItem, LineKind.ListItem, LineKind.Text], kinds);
    }
}
