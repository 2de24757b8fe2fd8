namespace NewsArchive.Parsing.Document;

/// <summary>
/// The dates a publication date can be: not before <see cref="DateTuning.EarliestYear"/> (1800) and not after the
/// import day plus <see cref="DateTuning.DaysAfterToday"/> (one: a story dated tomorrow in another time zone). The
/// parser is pure, so the import day is given to it, not read from a clock.
/// </summary>
public readonly record struct PlausibleDates(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>From the earliest year to <paramref name="today"/> plus the days allowed; with no day given, only the floor applies.</summary>
    internal static PlausibleDates Until(DateOnly? today, DateTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        var ahead = tuning.DaysAfterToday;
        var latest = today is { } day && day.DayNumber <= DateOnly.MaxValue.DayNumber - ahead ? day.AddDays(ahead) : DateOnly.MaxValue;
        return new(new DateOnly(tuning.EarliestYear, 1, 1), latest);
    }

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary><paramref name="date"/> when it is plausible, else null.</summary>
    public DateOnly? Keep(DateOnly? date) => date is { } d && Contains(d) ? d : null;
}
