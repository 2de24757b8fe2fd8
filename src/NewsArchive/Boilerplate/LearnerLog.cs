using Microsoft.Extensions.Logging;

namespace NewsArchive.Boilerplate;

internal static partial class LearnerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Learned {Fresh} new boilerplate lines ({Total} in all); re-parsed {Reparsed} articles")]
    public static partial void Learned(ILogger logger, int fresh, int total, int reparsed);
}
