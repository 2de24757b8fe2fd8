using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Importing;

public sealed class ImportEncodingTests : IAsyncDisposable
{
    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task Latin1_UTF16_and_CRLF_files_import_with_their_text_intact()
    {
        var text = SampleArticles.Dated("2023-06-07", "Café owners in Zürich protest the new rules", "the café terraces");
        _harness.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes(text));
        _harness.WriteBytes("utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        _harness.WriteBytes("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);
        _harness.WriteBytes("utf8bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        _harness.Write("crlf.txt", text.Replace("\n", "\r\n", StringComparison.Ordinal));
        _harness.Write("cr.txt", text.Replace("\n", "\r", StringComparison.Ordinal));

        var run = await _harness.ImportAsync();

        Assert.Equal(6, run.Added);
        await using var db = _harness.OpenDb();
        foreach (var article in await db.Articles.ToListAsync())
        {
            Assert.Equal("Café owners in Zürich protest the new rules", article.Title);
            Assert.Equal(new DateOnly(2023, 6, 7), article.PublishedOn);
            Assert.Contains("the café terraces", article.Body, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', article.Body);
        }
    }

    [Theory]
    [InlineData("Москва приняла новый план развития городского транспорта", "Власти заявили во вторник, что новый план развития транспорта начнёт действовать весной, и что стоимость будет разделена между городом и регионом.")]
    [InlineData("東京都が新しい交通計画を承認した", "東京都は火曜日、新しい交通計画を承認したと発表した。計画は来年の春から段階的に実施され、費用は都と国が分担する予定である。")]
    [InlineData("المدينة توافق على خطة جديدة للنقل العام", "قال المسؤولون يوم الثلاثاء إن الخطة الجديدة للنقل العام ستبدأ في الربيع المقبل، وإن التكلفة ستقسم بين المدينة والحكومة الإقليمية على مدى خمس سنوات.")]
    public async Task Non_latin_articles_import_fine(string headline, string paragraph)
    {
        // The paragraph twice, the second time as a longer quote, so the file reads as headline plus body.
        _harness.Write("story.txt", $" date 2022-02-03\n\n{headline}\n\n{paragraph}\n\n«{paragraph} {paragraph}»\n");

        var run = await _harness.ImportAsync();

        Assert.Equal(1, run.Added);
        await using var db = _harness.OpenDb();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(headline, article.Title);
        Assert.Contains(paragraph, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-13-45")]
    [InlineData("2021-02-30")]
    public async Task An_impossible_header_date_gives_no_date_and_a_warning(string date)
    {
        _harness.Write("bad-date.txt", SampleArticles.Dated(date, "Council approves the harbour plan", "the harbour"));

        var run = await _harness.ImportAsync();

        Assert.Equal(1, run.Added);
        await using var db = _harness.OpenDb();
        var article = await db.Articles.SingleAsync();
        Assert.Null(article.PublishedOn);
        Assert.False(string.IsNullOrEmpty(article.Warnings));
        var result = await db.ImportFileResults.SingleAsync();
        Assert.Contains(date, result.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
