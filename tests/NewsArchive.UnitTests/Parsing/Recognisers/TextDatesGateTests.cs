using System.Text.RegularExpressions;
using CsCheck;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

/// <summary>The cheap checks that let <see cref="TextDates.Find"/> skip its patterns agree with the regular expressions they stand for,
/// and its memo of recent lines answers as a fresh search does.</summary>
public class TextDatesGateTests
{
    // Digits (ASCII and others), full stops, spaces and letters, so that runs and "." before digits are frequent.
    private static readonly Gen<string> s_text = Gen.OneOf(Gen.Char['0', '9'], Gen.Const('.'), Gen.Const(' '), Gen.Const('a'), Gen.Const('٣'), Gen.Char)
        .Array[0, 24].Select(a => new string(a));

    [Fact]
    public void FourDigitsIsFourAsciiDigitsInARow() =>
        s_text.Sample(text => Assert.Equal(Regex.IsMatch(text, "[0-9]{4}"), TextDates.HasFourDigits(text)), iter: 20_000);

    [Fact]
    public void DigitAfterFullStopIsAFullStopBeforeAnAsciiDigit() =>
        s_text.Sample(text => Assert.Equal(Regex.IsMatch(text, @"\.[0-9]"), TextDates.HasDigitAfterFullStop(text)), iter: 20_000);

    [Fact]
    public void RememberedAnswersAreThoseOfAFreshSearch()
    {
        var tuning = ParserTuning.Default;
        var pieces = Gen.OneOf(Gen.Const("March 23, 2021"), Gen.Const("23.03.21"), Gen.Const("2021-03-23"), Gen.Const("1999"), Gen.Const("Published "),
            Gen.Const(" "), Gen.Const("."), Gen.Int[0, 40].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.String[0, 6]);
        // Many lines, each asked about twice, then a copy (another string with the same text) asked about.
        pieces.Array[1, 8].Select(a => string.Concat(a)).Array[1, 300].Sample(lines =>
        {
            var first = lines.Select(l => TextDates.Find(l, tuning)).ToList();
            Assert.Equal(first, lines.Select(l => TextDates.Find(l, tuning)));
            Assert.Equal(first, lines.Select(l => TextDates.Find(new string(l.AsSpan()), tuning)));
        }, iter: 60);
    }

    [Theory]
    [InlineData("1999", true, false)]
    [InlineData("a 123 4567", true, false)]
    [InlineData("12.3", false, true)]
    [InlineData("12. 3", false, false)]
    [InlineData("", false, false)]
    public void Examples(string text, bool fourDigits, bool digitAfterFullStop)
    {
        Assert.Equal(fourDigits, TextDates.HasFourDigits(text));
        Assert.Equal(digitAfterFullStop, TextDates.HasDigitAfterFullStop(text));
    }
}
