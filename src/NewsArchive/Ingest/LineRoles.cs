namespace NewsArchive.Ingest;

/// <summary>Packs line roles into one character a line, so the article page can show what was removed.</summary>
public static class LineRoles
{
    private const string Codes = "_htbx";

    public static string Encode(IEnumerable<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return string.Concat(roles.Select(r => Codes[(int)r]));
    }

    public static LineRole Decode(string encoded, int index)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (index < 0 || index >= encoded.Length)
        {
            return LineRole.Body;
        }
        var at = Codes.IndexOf(encoded[index], StringComparison.Ordinal);
        return at < 0 ? LineRole.Body : (LineRole)at;
    }
}
