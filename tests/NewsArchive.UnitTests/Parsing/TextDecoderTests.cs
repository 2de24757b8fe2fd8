using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class TextDecoderTests
{
    [Fact]
    public void Empty_bytes_are_rejected_as_empty()
    {
        Assert.Equal("The file is empty.", TextDecoder.Decode([]).Error);
    }

    [Fact]
    public void Whitespace_only_is_rejected_as_whitespace()
    {
        Assert.Equal("The file contains only whitespace.", TextDecoder.Decode(SampleText.Utf8(" \r\n\t \n ")).Error);
    }

    [Fact]
    public void Nul_bytes_mean_the_file_is_not_text()
    {
        var result = TextDecoder.Decode([(byte)'a', (byte)'b', 0, (byte)'c']);

        Assert.Null(result.Text);
        Assert.Contains("NUL", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG")]
    public void Known_binary_formats_are_named_in_the_reason(byte[] bytes, string format)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.Null(result.Text);
        Assert.Contains(format, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mostly_control_characters_mean_the_file_is_not_text()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x1B)).ToArray();

        Assert.Contains("control characters", TextDecoder.Decode(bytes).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        var result = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal("hi", result.Text);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Привет, мир")).ToArray();

        Assert.Equal("Привет, мир", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        var bytes = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("東京の天気")).ToArray();

        Assert.Equal("東京の天気", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        // "Café “quoted”" in Windows-1252: é = E9, curly quotes = 93/94.
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94];

        var result = TextDecoder.Decode(bytes);

        Assert.Equal("Café “q”", result.Text);
        Assert.Contains("Windows-1252", result.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Москва — столица России.")]
    [InlineData("北京是中国的首都。")]
    [InlineData("القاهرة هي عاصمة مصر.")]
    [InlineData("<script>alert('x')</script>")]
    public void Utf8_text_in_any_script_decodes_unchanged(string text)
    {
        var result = TextDecoder.Decode(SampleText.Utf8(text));

        Assert.Equal(text, result.Text);
        Assert.Null(result.Warning);
    }
}
