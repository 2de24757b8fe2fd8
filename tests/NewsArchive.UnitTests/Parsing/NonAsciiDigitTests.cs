using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>
/// Digits of other scripts (fullwidth, Arabic-Indic, Persian, Devanagari) are letters to the date readers:
/// never parsed, never a crash. `\d` matches them but int.Parse does not, so every reader matches [0-9] only.
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
    public void Text_dates_in_other_digits_are_not_read(string digits)
    {
        foreach (var line in new[] { "March 5, 2021", "5 March 2021", "2021-03-05", "05.03.2021", "2021年3月5日", "March 5, 20" })
        {
            Assert.Null(TextDateFinder.Find(Written(digits, line) + " and more"));
        }
        Assert.Null(TextDateFinder.Find("March 5, " + Written(digits, "2021")));
        Assert.Null(TextDateFinder.Find("March " + Written(digits, "5") + ", 2021"));
    }

    [Theory]
    [MemberData(nameof(Digits))]
    public void A_copyright_year_or_a_day_in_other_digits_is_not_read(string digits)
    {
        string[] lines = ["Headline", "Nov " + Written(digits, "18"), "© 20" + Written(digits, "21") + " Daily Planet", "© 2019 Daily Planet"];

        Assert.Null(YearlessDateFinder.CopyrightYear([lines[2]]));
        Assert.Null(YearlessDateFinder.Find(lines, [.. lines.Select(l => LineFeatures.Measure(l))], lines.Length));
    }

    [Theory]
    [MemberData(nameof(Digits))]
    public void A_file_with_other_digits_everywhere_parses(string digits)
    {
        var text = string.Join('\n',
            " date " + Written(digits, "2022-01-01") + " 0",
            "Home", "News",
            "Markets close higher on " + Written(digits, "March 5, 2021"),
            "By Staff " + Written(digits, "Nov 18 2021-03-05 05.03.2021"),
            SampleText.Paragraph1 + " " + Written(digits, "It rose 12.5% to 2021 points on 2021年3月5日."),
            SampleText.Paragraph2,
            "3 Comments", "Jane", Written(digits, "August 8, 2018 at 3:17 pm"),
            "© 20" + Written(digits, "21") + " Daily Planet", "© 2019 Daily Planet");

        var result = new ArticleTextParser().Parse("digits.txt", SampleText.Utf8(text));

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Article!.PublishedOn);
    }
}
