using Microsoft.Extensions.Logging;
using NewsArchive.Data;

namespace NewsArchive.Importing;

internal static partial class IngestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import {RunId} started by {StartedBy} ({Trigger}, dry run {DryRun}) on {Folder}: {Total} files")]
    public static partial void Started(ILogger logger, int runId, string startedBy, ImportTrigger trigger, bool dryRun, string folder, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {RunId} {Status}: added={Added} updated={Updated} unchanged={Unchanged} failed={Failed} missing={Missing} in {Elapsed}")]
    public static partial void Finished(ILogger logger, int runId, ImportStatus status, int added, int updated, int unchanged, int failed, int missing, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {SourceFile}: {ParseError}")]
    public static partial void FileSkipped(ILogger logger, string sourceFile, string? parseError);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {RunId} failed: {Reason}")]
    public static partial void RunFailed(ILogger logger, Exception exception, int runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {RunId} was left running by a process that stopped; marked interrupted")]
    public static partial void MarkedInterrupted(ILogger logger, int runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {RunId} gave stories to {Placed} articles stored before stories were found at import")]
    public static partial void StoriesBackfilled(ILogger logger, int runId, int placed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import by {StartedBy} not started: {Reason}")]
    public static partial void Refused(ILogger logger, string startedBy, string reason);
}
