namespace NewsArchive.Parsing;

/// <summary>
/// The dates a publication date can be: not before 1800 and not after the import day plus one (a story dated
/// tomorrow in another time zone). The parser is pure, so the import day is given to it, not read from a clock.
/// </summary>
public readonly record struct PlausibleDates(DateOnly Earliest, DateOnly Latest)
{
    public static readonly DateOnly Floor = new(1800, 1, 1);

    /// <summary>From 1800 to <paramref name="today"/> + 1 day; with no day given, only the floor applies.</summary>
    public static PlausibleDates Until(DateOnly? today) =>
        new(Floor, today is { } day && day < DateOnly.MaxValue ? day.AddDays(1) : DateOnly.MaxValue);

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary><paramref name="date"/> when it is plausible, else null.</summary>
    public DateOnly? Keep(DateOnly? date) => date is { } d && Contains(d) ? d : null;
}
