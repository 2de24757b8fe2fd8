using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin password was configured, so one was generated for '{User}'; it was written to the console (standard output) only, once, and to no log")]
    public static partial void PasswordGenerated(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin signed in from {Client}")]
    public static partial void SignedIn(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin sign-in from {Client}")]
    public static partial void SignInFailed(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many sign-in attempts from {Client}; refused for a while")]
    public static partial void SignInRateLimited(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {User} signed out")]
    public static partial void SignedOut(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} asked for an import (dry run {DryRun}); queued")]
    public static partial void ImportQueued(ILogger logger, string user, bool dryRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} asked for an import (dry run {DryRun}) while the stories are rebuilt; queued behind the rebuild")]
    public static partial void ImportQueuedBehindRebuild(ILogger logger, string user, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{User} asked for an import (dry run {DryRun}) while one was running; refused")]
    public static partial void ImportRefused(ILogger logger, string user, bool dryRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {RunId} started by {User} (dry run {DryRun}) ended {Status} with {Counts}. {Note}")]
    public static partial void ImportEnded(ILogger logger, int runId, string user, bool dryRun, ImportStatus status, string counts, string note);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import started by {User} stopped on an unexpected error")]
    public static partial void ImportCrashed(ILogger logger, Exception exception, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding stories: {Missing} articles have none")]
    public static partial void RebuildStarted(ILogger logger, int missing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding stories finished: {Placed} articles placed in {Elapsed}")]
    public static partial void RebuildFinished(ILogger logger, int placed, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding stories stopped by the shutdown after {Placed} articles in {Elapsed}; the next start goes on")]
    public static partial void RebuildStopped(ILogger logger, int placed, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding stories failed after {Placed} articles: {Reason}")]
    public static partial void RebuildFailed(ILogger logger, Exception exception, int placed, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{User} removed {Count} missing articles")]
    public static partial void MissingRemoved(ILogger logger, string user, int count);
}
