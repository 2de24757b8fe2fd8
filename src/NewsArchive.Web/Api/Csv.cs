namespace NewsArchive.Web.Api;

/// <summary>RFC 4180 cells: quoted when they hold a comma, a quote or a line break (inner quotes doubled).</summary>
public static class Csv
{
    /// <summary>
    /// A cell. One that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c> or <c>@</c>) gets a
    /// leading apostrophe, the usual guard against CSV injection; <c>-</c> is left alone (news titles start with it).
    /// </summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
