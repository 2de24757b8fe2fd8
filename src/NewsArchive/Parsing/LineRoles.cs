namespace NewsArchive.Parsing;

/// <summary>Packs line roles into one character a line, so the article page can show what was removed.</summary>
public static class LineRoles
{
    private const string Codes = "_htbx";

    public static string Encode(IEnumerable<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles is IReadOnlyList<LineRole> list)
        {
            // The import encodes every article's roles: one allocation, not an enumerator and a builder.
            return string.Create(list.Count, list, static (chars, l) =>
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = Codes[(int)l[i]];
                }
            });
        }
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
