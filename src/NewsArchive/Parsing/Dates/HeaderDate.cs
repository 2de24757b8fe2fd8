using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Dates;

/// <summary>The header's date decides when it is plausible; an implausible one gives a warning and the text is searched instead.</summary>
internal static class HeaderDate
{
    /// <summary>Sets the header's date and returns true when it is plausible; else returns false with the warning to give.</summary>
    public static bool TryTake(ParseDocument document, PlausibleDates plausible, out string? warning)
    {
        ArgumentNullException.ThrowIfNull(document);
        var header = document.Header;
        if (plausible.Keep(header.Date) is { } headerDate)
        {
            document.SetDate(headerDate, DateSource.Header, header.Warning);
            warning = null;
            return true;
        }
        warning = header.Date is { } stated
            ? $"The header date {stated:yyyy-MM-dd} is outside the plausible range ({plausible.Earliest:yyyy-MM-dd} to {plausible.Latest:yyyy-MM-dd}); the article has no date from the header."
            : header.Warning;
        return false;
    }
}
