using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class HeaderReaderTests
{
    [Fact]
    public void Header_date_and_junk_after_it_are_read()
    {
        var header = HeaderReader.Read(" date 2021-03-23 0");

        Assert.True(header.Present);
        Assert.Equal(new DateOnly(2021, 3, 23), header.Date);
        Assert.Equal("0", header.Rest);
        Assert.Null(header.Warning);
    }

    [Theory]
    [InlineData("date 2021-3-5 Headline", 2021, 3, 5)]
    [InlineData("  DATE: 2021/03/05 Headline", 2021, 3, 5)]
    [InlineData(" date 2020-02-29 Leap day", 2020, 2, 29)]
    public void Header_is_read_tolerantly(string line, int year, int month, int day)
    {
        var header = HeaderReader.Read(line);

        Assert.Equal(new DateOnly(year, month, day), header.Date);
        Assert.NotEqual("", header.Rest);
    }

    [Theory]
    [InlineData(" date 2021-13-45 Text")]
    [InlineData(" date 2021-02-30 Text")]
    [InlineData(" date 2021-00-10 Text")]
    public void Header_with_impossible_date_gives_no_date_and_a_warning(string line)
    {
        var header = HeaderReader.Read(line);

        Assert.True(header.Present);
        Assert.Null(header.Date);
        Assert.Contains("not a real date", header.Warning, StringComparison.Ordinal);
        Assert.Equal("Text", header.Rest);
    }

    [Theory]
    [InlineData("Dated 2021-03-23 is not a header")]
    [InlineData("Headline about an update")]
    [InlineData("")]
    public void A_first_line_without_a_header_is_text(string line)
    {
        var header = HeaderReader.Read(line);

        Assert.False(header.Present);
        Assert.Equal(line, header.Rest);
    }
}
