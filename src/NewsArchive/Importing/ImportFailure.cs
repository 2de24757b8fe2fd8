using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Importing;

/// <summary>Turns what went wrong during an import into a sentence an admin can act on.</summary>
internal static class ImportFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;
    private const int SqliteReadOnly = 8;

    public static string Describe(Exception ex, string folder) => Unwrap(ex) switch
    {
        DirectoryNotFoundException => $"The seeds folder '{folder}' does not exist.",
        UnauthorizedAccessException => $"The seeds folder '{folder}' cannot be read (permission denied).",
        SqliteException { SqliteErrorCode: SqliteFull } => "The disk is full: the database could not grow. Nothing of the unfinished batch was written.",
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => "The database is locked by another program. Nothing of the unfinished batch was written; try again when it is free.",
        SqliteException { SqliteErrorCode: SqliteReadOnly } => "The database is read-only. Nothing was written.",
        SqliteException sqlite => $"The database reported an error ({sqlite.SqliteErrorCode}): {sqlite.Message}",
        IOException io => $"A file could not be read: {io.Message}",
        var other => $"The import stopped on an unexpected error: {other.Message}",
    };

    private static Exception Unwrap(Exception ex) => ex is DbUpdateException { InnerException: { } inner } ? inner : ex;
}
