using System.Globalization;
using CsCheck;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

/// <summary>
/// Property tests of the date reader with digits of other scripts (<see cref="TextDates.FoldDigits"/>): a date written
/// in fullwidth, Arabic-Indic, Persian, Devanagari, Bengali or Thai digits (and fullwidth separators) reads as the
/// same date in ASCII; nothing written crashes it or gives a year outside the plausible ones.
/// </summary>
public class TextDatesDigitPropertyTests
{
    // ASCII first: the other scripts are checked against it.
    private static readonly string[] s_scripts = ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "๐๑๒๓๔๕๖๗๘๙"];

    // Numeric forms the reader knows, each with the date's parts in a fixed order.
    private static readonly Func<DateOnly, string>[] s_forms =
    [
        d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        d => d.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        d => d.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        d => $"{d.Year}年{d.Month}月{d.Day}日",
        d => $"{d.Year}. {d.Month}. {d.Day}.",
    ];

    // The years the forms are read in (a day-first date's year is 19xx or 20xx).
    private static readonly Gen<DateOnly> s_date = Gen.Int[ParserTuning.Default.Shapes.MinYear, Math.Min(ParserTuning.Default.Shapes.MaxYear, 2099)]
        .SelectMany(y => Gen.Int[1, 12].SelectMany(m => Gen.Int[1, DateTime.DaysInMonth(y, m)].Select(d => new DateOnly(y, m, d))));

    private static string Written(string digits, string ascii, bool wideSeparators) => string.Concat(ascii.Select(c => c switch
    {
        >= '0' and <= '9' => digits[c - '0'],
        '.' when wideSeparators => '．',
        '/' when wideSeparators => '／',
        '-' when wideSeparators => '－',
        ':' when wideSeparators => '：',
        _ => c,
    }));

    [Fact]
    public void A_date_in_any_script_reads_as_the_same_date_in_ascii()
    {
        var prefix = Gen.OneOf(Gen.Const(""), Gen.Const("Published "), Gen.Const("Veröffentlicht am "), Gen.Const("公開日 "), Gen.Const("Jane Doe | "));
        var suffix = Gen.OneOf(Gen.Const(""), Gen.Const(" 10:30"), Gen.Const(", 7:05 Uhr"), Gen.Const(" 更新"));
        Gen.Select(s_date, Gen.Int[0, s_forms.Length - 1], Gen.Int[0, s_scripts.Length - 1], Gen.Bool, prefix, suffix)
            .Sample((date, form, script, wide, before, after) =>
            {
                var ascii = before + s_forms[form](date) + Written(s_scripts[0], after, false);
                var other = before + Written(s_scripts[script], s_forms[form](date), wide) + Written(s_scripts[script], after, wide);
                Assert.Equal(date, TextDates.Find(ascii, ParserTuning.Default));
                Assert.Equal(date, TextDates.Find(other, ParserTuning.Default));
            }, iter: 5_000);
    }

    [Fact]
    public void Anything_written_with_digits_of_any_script_gives_a_plausible_year_or_none()
    {
        var digit = Gen.Int[0, s_scripts.Length - 1].SelectMany(s => Gen.Int[0, 9].Select(d => s_scripts[s][d].ToString()));
        var piece = Gen.Frequency(
            (6, digit),
            (3, Gen.OneOf(Gen.Const("."), Gen.Const("-"), Gen.Const("/"), Gen.Const(" "), Gen.Const("．"), Gen.Const("／"), Gen.Const("年"), Gen.Const("月"), Gen.Const("日"), Gen.Const(". "))),
            (1, Gen.OneOf(Gen.Const("March"), Gen.Const("mars"), Gen.Const("Januar"), Gen.Const("de"), Gen.Const(","))),
            (1, Gen.Char.Select(c => c.ToString())));
        piece.Array[1, 30].Select(string.Concat).Sample(line =>
        {
            var date = TextDates.Find(line, ParserTuning.Default);
            Assert.True(date is null || (date.Value.Year >= ParserTuning.Default.Shapes.MinYear && date.Value.Year <= ParserTuning.Default.Shapes.MaxYear), line);
            Assert.Equal(TextDates.Find(TextDates.FoldDigits(line), ParserTuning.Default), date);
        }, iter: 20_000);
    }

    [Fact]
    public void Folding_keeps_the_length_and_leaves_ascii_alone()
    {
        Gen.String.Sample(text =>
        {
            var folded = TextDates.FoldDigits(text);
            Assert.Equal(text.Length, folded.Length);
            Assert.False(TextDates.NeedsFolding(folded));
            Assert.Equal(folded, TextDates.FoldDigits(folded));
        }, iter: 5_000);
        Gen.String[Gen.Char['\0', '\u007f'], 0, 40].Sample(text => Assert.Equal(text, TextDates.FoldDigits(text)), iter: 2_000);
    }

    [Theory]
    [InlineData("๕ มีนาคม ๒๕๖๗")] // Thai: the Buddhist year 2567.
    [InlineData("۱۴۰۳/۰۵/۱۲")] // Persian: the solar year 1403.
    [InlineData("٢٠٢٤-١٣-٠٥")] // No 13th month.
    public void A_year_of_another_calendar_or_no_day_gives_no_date(string line) =>
        Assert.Null(TextDates.Find(line, ParserTuning.Default));
}
