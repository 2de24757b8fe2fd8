using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class ArticleTextParserTests
{
    private static readonly ArticleTextParser s_parser = new();

    private static ParsedArticle Parse(string text, IReadOnlySet<string>? known = null)
    {
        var result = s_parser.Parse("test.txt", SampleText.Utf8(text), known);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData(" \n\t\r\n ", "The file contains only whitespace.")]
    [InlineData("\u200B\u200B", "The file contains only whitespace.")]
    [InlineData(" date 2021-03-01 0", "The file has a date header but no words after it.")]
    [InlineData("---\n* * *\n...", "The file has no words")]
    public void Files_without_an_article_fail_with_a_reason(string text, string reason)
    {
        var result = s_parser.Parse("test.txt", SampleText.Utf8(text));

        Assert.False(result.Succeeded);
        Assert.StartsWith(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_the_size_limit_fail_with_the_limit_in_the_reason()
    {
        var parser = new ArticleTextParser(new ParserOptions { MaxFileBytes = 100 });

        var result = parser.Parse("big.txt", new byte[101]);

        Assert.Contains("over the 100-byte limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_files_fail_as_not_text()
    {
        Assert.Contains("not text", s_parser.Parse("x.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).Error, StringComparison.Ordinal);
        Assert.Contains("not text", s_parser.Parse("x.txt", [0x41, 0x00, 0x42, 0x00]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_between_menus_has_its_headline_body_and_marked_lines()
    {
        var article = Parse(SampleText.Article(header: " date 2021-03-01 0\n"));

        Assert.Equal("Library hours extended after campaign by parents", article.Title);
        Assert.Equal([SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3], article.Paragraphs);
        Assert.Equal(new DateOnly(2021, 3, 1), article.PublishedOn);
        Assert.Equal(DateSource.Header, article.DateSource);
        var lines = article.Text.Split('\n');
        Assert.Equal(lines.Length, article.Lines.Count);
        Assert.Equal(LineRole.Header, article.Lines[0]);
        Assert.Equal(LineRole.Title, article.Lines[Array.IndexOf(lines, article.Title)]);
        Assert.Equal(LineRole.Boilerplate, article.Lines[Array.IndexOf(lines, "Privacy Policy")]);
        Assert.All(lines.Select((l, i) => (l, i)).Where(x => x.l.Length == 0), x => Assert.Equal(LineRole.Blank, article.Lines[x.i]));
    }

    [Fact]
    public void Crlf_files_give_the_same_article_with_roles_aligned_to_the_normalised_text()
    {
        var unix = Parse(SampleText.Article());
        var windows = Parse(SampleText.Article().Replace("\n", "\r\n\r\n", StringComparison.Ordinal));

        Assert.Equal(unix.Body, windows.Body);
        Assert.Equal(windows.Text.Split('\n').Length, windows.Lines.Count);
        Assert.DoesNotContain('\r', windows.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_files_with_a_bom_give_the_same_article(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(SampleText.Article())).ToArray();

        var result = s_parser.Parse("utf16.txt", bytes);

        Assert.Equal(Parse(SampleText.Article()).Body, result.Article?.Body);
    }

    [Fact]
    public void Latin1_files_are_read_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes(SampleText.Article().Replace("campaign", "campaña", StringComparison.Ordinal));

        var article = s_parser.Parse("latin1.txt", bytes).Article!;

        Assert.Contains("campaña", article.Title, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_header_date_gives_a_warning_and_no_invented_date()
    {
        var article = Parse(" date 2021-13-45 0\nThe ministry said yesterday that it had no comment on the proposal, and the talks would go on.\n\n" + SampleText.Paragraph1);

        Assert.Null(article.PublishedOn);
        Assert.Equal(DateSource.None, article.DateSource);
        Assert.Contains(article.Warnings, w => w.Contains("2021-13-45", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_written_near_the_headline_is_used_without_a_header()
    {
        var article = Parse(SampleText.Article().Replace("Library hours extended after campaign by parents", "Library hours extended\nPublished March 2, 2021", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2021, 3, 2), article.PublishedOn);
        Assert.Equal(DateSource.Text, article.DateSource);
    }

    [Theory]
    [InlineData("Правительство Москвы в понедельник объявило о продлении работы городских библиотек до десяти часов вечера, сообщила пресс-служба мэрии.")]
    [InlineData("北京市政府星期一宣布，全市公共图书馆的开放时间将延长到晚上十点，以满足学生和上班族的需求。")]
    [InlineData("أعلنت بلدية القاهرة يوم الاثنين تمديد ساعات عمل المكتبات العامة حتى العاشرة مساء لتلبية حاجات الطلاب والعاملين في المدينة.")]
    public void Articles_in_other_scripts_keep_their_text(string paragraph)
    {
        var article = Parse(string.Join("\n\n", "Home", paragraph, paragraph.Replace('1', '2'), "Share"));

        Assert.Equal(paragraph, article.Paragraphs[0]);
        Assert.DoesNotContain("Share", article.Paragraphs);
    }

    [Fact]
    public void Script_tags_are_kept_as_plain_text()
    {
        const string Script = "<script>alert('hello')</script> is what the attacker typed into the comment form, the court heard on Monday.";

        var article = Parse(string.Join("\n\n", SampleText.Paragraph1, Script, SampleText.Paragraph2));

        Assert.Contains(Script, article.Paragraphs);
        Assert.Contains("<script>", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_the_archive_knows_as_boilerplate_are_left_out()
    {
        const string Promo = "Watch our channel on your television every evening with the free app.";
        var text = string.Join("\n\n", SampleText.Paragraph1, SampleText.Paragraph2, Promo);

        Assert.Contains(Promo, Parse(text).Paragraphs);
        Assert.DoesNotContain(Promo, Parse(text, new HashSet<string>(StringComparer.Ordinal) { Promo }).Paragraphs);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var result = s_parser.Parse("random.bin", bytes);
            Assert.True(result.Succeeded || result.Error is not null);
        }
    }
}
