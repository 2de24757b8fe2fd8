using CsCheck;
using NewsArchive.Parsing.Decoding;

namespace NewsArchive.UnitTests.Parsing.Decoding;

public class TextNormaliserTests
{
    [Fact]
    public void A_text_returned_as_it_is_is_the_text_rebuilt_line_by_line()
    {
        // Mostly plain text with line feeds (the fast path), and now and then what makes it rebuild the text.
        var piece = Gen.Frequency(
            (8, Gen.OneOf(Gen.Const("word"), Gen.Const("Two words."), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const(" "))),
            (1, Gen.OneOf(Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\t"), Gen.Const("\u00A0"), Gen.Const("\u200B"), Gen.Const("\uE000"), Gen.Const("\n\n\n"), Gen.Const(" \n"))),
            (1, Gen.Char.Select(c => c.ToString())));
        piece.Array[0, 30].Select(a => string.Concat(a)).Sample(text => Assert.Equal(TextNormaliser.Rebuild(text), TextNormaliser.Normalise(text)), iter: 20_000);
    }

    [Theory]
    [InlineData("a\n\nb\n\n", "a\n\nb")]
    [InlineData("\n\n", "")]
    [InlineData("a\n\n\nb", "a\n\nb")]
    [InlineData("\na", "a")]
    public void Line_feeds_at_the_end_go_and_blank_runs_collapse(string text, string normalised) =>
        Assert.Equal(normalised, TextNormaliser.Normalise(text));

    [Fact]
    public void Crlf_and_cr_line_ends_become_lf()
    {
        Assert.Equal("a\nb\nc", TextNormaliser.Normalise("a\r\nb\rc"));
    }

    [Fact]
    public void Unicode_spaces_become_plain_spaces()
    {
        Assert.Equal("a b c d e", TextNormaliser.Normalise("a\u00A0b\u2009c\u3000d\te"));
    }

    [Fact]
    public void Zero_width_and_control_characters_are_removed()
    {
        Assert.Equal("abcd", TextNormaliser.Normalise("a\u200Bb\uFEFFc\u0007d\u200D"));
    }

    [Fact]
    public void Line_ends_are_trimmed_but_leading_space_is_kept()
    {
        Assert.Equal(" date 2021-01-01 x\nline", TextNormaliser.Normalise(" date 2021-01-01 x   \nline\u00A0\t"));
    }

    [Fact]
    public void Runs_of_blank_lines_collapse_to_one_and_the_ends_are_clean()
    {
        Assert.Equal("a\n\nb", TextNormaliser.Normalise("\n\n  \na\n\n \n\n\nb\n\n\n"));
    }

    [Fact]
    public void Text_without_anything_visible_normalises_to_empty()
    {
        Assert.Equal("", TextNormaliser.Normalise("\u200B\n \r\n\u00A0"));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u1680')]
    [InlineData('\u2000')]
    [InlineData('\u200A')]
    [InlineData('\u202F')]
    [InlineData('\u205F')]
    [InlineData('\u2028')]
    public void Every_kind_of_space_becomes_a_plain_space_on_a_line_between_untouched_lines(char space)
    {
        Assert.Equal("plain line\nx y\nplain line", TextNormaliser.Normalise($"plain line\nx{space}y\r\nplain line"));
    }

    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\u2060')]
    [InlineData('\u200C')]
    [InlineData('\u000B')]
    public void Invisible_characters_are_dropped_on_a_line_between_untouched_lines(char invisible)
    {
        Assert.Equal("plain line\nxy\nplain line", TextNormaliser.Normalise($"plain line\nx{invisible}y\rplain line"));
    }
}
