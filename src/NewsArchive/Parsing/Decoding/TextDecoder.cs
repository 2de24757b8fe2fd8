using System.Buffers;
using System.Text;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Decoding;

/// <summary>Stage 1: bytes to text. UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252 with a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);
    private static readonly Encoding s_windows1252 = CreateWindows1252();
    private static readonly SearchValues<char> s_countedControls = SearchValues.Create(TextNormaliser.CharsWhere(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')));
    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(TextNormaliser.CharsWhere(char.IsWhiteSpace));

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        if (bytes.IsEmpty)
        {
            return DecodeResult.Fail("The file is empty.");
        }
        var binary = BinarySignature(bytes);
        if (binary is not null)
        {
            return DecodeResult.Fail($"The file is not text: it looks like {binary}.");
        }
        return DecodeText(bytes, tuning.Decoding);
    }

    private static DecodeResult DecodeText(ReadOnlySpan<byte> bytes, DecodingTuning tuning)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Check(Encoding.Unicode.GetString(bytes[2..]), null, tuning);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Check(Encoding.BigEndianUnicode.GetString(bytes[2..]), null, tuning);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.Contains((byte)0))
        {
            return DecodeResult.Fail("The file is not text: it contains NUL bytes.");
        }
        // The line feeds at the end go (the normaliser drops them, and trimming the decoded text would copy it), unless
        // they are all there is (the file then fails as whitespace only, not as empty). A byte 0x0A is a line feed in
        // UTF-8 and in Windows-1252 alike and is never part of another character, so the rest decodes as before.
        var kept = bytes.TrimEnd((byte)'\n');
        bytes = kept.IsEmpty ? bytes : kept;
        try
        {
            return Check(s_strictUtf8.GetString(bytes), null, tuning);
        }
        catch (DecoderFallbackException)
        {
            // Old scrapes are often Windows-1252; decoding them that way keeps every byte readable.
            return Check(s_windows1252.GetString(bytes), "The file is not valid UTF-8; it was decoded as Windows-1252.", tuning);
        }
    }

    private static DecodeResult Check(string text, string? warning, DecodingTuning tuning)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DecodeResult.Fail("The file is not text: it contains NUL characters.");
        }
        if (!text.AsSpan().ContainsAny(s_countedControls) && text.AsSpan().ContainsAnyExcept(s_whitespace))
        {
            // The usual case, found with two vectorised searches: no stray control characters and some text.
            return DecodeResult.Ok(text, warning);
        }
        var control = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }
        // Division, not a product: the share compares exactly as the integer ratio it stands for.
        if (control > 0 && (double)control / (control + visible) > tuning.MaxControlShare)
        {
            return DecodeResult.Fail("The file is not text: it is mostly control characters.");
        }
        if (visible == 0 && control == 0)
        {
            return DecodeResult.Fail(text.Length == 0 ? "The file is empty." : "The file contains only whitespace.");
        }
        return DecodeResult.Ok(text, warning);
    }

    private static string? BinarySignature(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "a ZIP archive (or an Office document)",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', ..] => "a RIFF media file",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "an executable",
        [(byte)'M', (byte)'Z', ..] when bytes.Length > 64 && bytes[2..64].Contains((byte)0) => "an executable",
        _ => null,
    };

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
