using System.Globalization;

namespace NewsArchive.Web.Admin;

/// <summary>How the admin pages write times and durations.</summary>
public static class AdminFormat
{
    public static string Utc(DateTime value) =>
        value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span) => span.TotalSeconds < 60
        ? span.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture)
        : $"{(int)span.TotalMinutes} min {span.Seconds} s";
}
