using NewsArchive.Parsing;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Lines;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>
/// Digits of other scripts (fullwidth, Arabic-Indic, Persian, Devanagari): a date written in the text with them reads
/// as the same date in ASCII digits (<see cref="TextDates"/> folds them first); the header (a machine format) and the
/// copyright year stay ASCII only. Never a crash: `\d` matches them but int.Parse does not, so every reader matches
/// [0-9] only, after folding.
/// </summary>
public class NonAsciiDigitTests
{
    // Fullwidth, Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari, Bengali, Thai.
    public static TheoryData<string> Digits => new() { "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "๐๑๒๓๔๕๖๗๘๙" };

    private static string Written(string digits, string ascii) => string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? digits[c - '0'] : c));

    [Theory]
    [MemberData(nameof(Digits))]
    public void A_header_date_in_other_digits_is_not_a_header(string digits)
    {
        var header = HeaderReader.Read(" date " + Written(digits, "2022-01-01") + " Headline");

        Assert.Null(header.Date);
        Assert.False(header.Present);
    }

    [Fact]
    public void A_header_date_mixing_ascii_and_fullwidth_digits_is_not_a_header()
    {
        Assert.False(HeaderReader.Read(" date ２０２２-01-01 Headline").Present);
        Assert.False(HeaderReader.Read(" date 2022-0１-01 Headline").Present);
    }

    [Theory]
    [MemberData(nameof(Digits))]
    public void Text_dates_in_other_digits_read_as_in_ascii_digits(string digits)
    {
        foreach (var line in new[] { "March 5, 2021", "5 March 2021", "2021-03-05", "05.03.2021", "2021年3月5日" })
        {
            Assert.Equal(new DateOnly(2021, 3, 5), TextDates.Find(Written(digits, line) + " and more", ParserTuning.Default));
        }
        Assert.Null(TextDates.Find(Written(digits, "March 5, 20") + " and more", ParserTuning.Default));
        Assert.Equal(new DateOnly(2021, 3, 5), TextDates.Find("March 5, " + Written(digits, "2021"), ParserTuning.Default));
        Assert.Equal(new DateOnly(2021, 3, 5), TextDates.Find("March " + Written(digits, "5") + ", 2021", ParserTuning.Default));
    }

    [Theory]
    [MemberData(nameof(Digits))]
    public void A_copyright_year_or_a_day_in_other_digits_is_not_read(string digits)
    {
        string[] lines = ["Headline", "Nov " + Written(digits, "18"), "© 20" + Written(digits, "21") + " Daily Planet", "© 2019 Daily Planet"];

        Assert.Null(YearlessDateFinder.CopyrightYear([lines[2]], ParserTuning.Default));
        Assert.Null(YearlessDateFinder.Find(lines, [.. lines.Select(l => LineFeatures.Measure(l, ParserTuning.Default.Lines))], lines.Length, PlausibleDates.Until(null, ParserTuning.Default.Dates), ParserTuning.Default));
    }

    [Theory]
    [MemberData(nameof(Digits))]
    public void A_file_with_other_digits_everywhere_parses_as_with_ascii_digits(string digits)
    {
        // The header line is written in the other digits in both files (it is no header in either).
        string File(Func<string, string> write) => string.Join('\n',
            " date " + Written(digits, "2022-01-01") + " 0",
            "Home", "News",
            "Markets close higher on " + write("March 5, 2021"),
            "By Staff " + write("Nov 18 2021-03-05 05.03.2021"),
            SampleText.Paragraph1 + " " + write("It rose 12.5% to 2021 points on 2021年3月5日."),
            SampleText.Paragraph2,
            "3 Comments", "Jane", write("August 8, 2018 at 3:17 pm"),
            "© 20" + Written(digits, "21") + " Daily Planet", "© 2019 Daily Planet");

        var other = new ArticleTextParser().Parse("digits.txt", SampleText.Utf8(File(ascii => Written(digits, ascii))));
        var ascii = new ArticleTextParser().Parse("digits.txt", SampleText.Utf8(File(ascii => ascii)));

        Assert.True(other.Succeeded, other.Error);
        Assert.True(ascii.Succeeded, ascii.Error);
        Assert.NotNull(ascii.Article!.PublishedOn);
        Assert.Equal(ascii.Article.PublishedOn, other.Article!.PublishedOn);
    }
}
