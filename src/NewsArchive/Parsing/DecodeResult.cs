namespace NewsArchive.Parsing;

/// <summary>The outcome of decoding a file's bytes: text (maybe with a warning) or a reason it is not text.</summary>
public sealed record DecodeResult(string? Text, string? Error, string? Warning)
{
    public static DecodeResult Ok(string text, string? warning = null) => new(text, null, warning);

    public static DecodeResult Fail(string error) => new(null, error, null);
}
