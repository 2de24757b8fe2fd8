using System.Globalization;
using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>How the admin pages write times and durations.</summary>
public static class AdminFormat
{
    public static string Utc(DateTime value) =>
        value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Failures first, then what needs a look (missing), then what changed, then what did not.</summary>
    public static int OutcomeOrder(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Failed => 0,
        ImportOutcome.Missing => 1,
        ImportOutcome.Added => 2,
        ImportOutcome.Updated => 3,
        _ => 4,
    };

    public static string OutcomeText(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Failed => "Failed",
        ImportOutcome.Missing => "Missing (no longer in the folder)",
        ImportOutcome.Added => "Added",
        ImportOutcome.Updated => "Updated",
        _ => "Unchanged",
    };

    public static string Duration(TimeSpan span) => span.TotalSeconds < 60
        ? span.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture)
        : $"{(int)span.TotalMinutes} min {span.Seconds} s";
}
