using System.Globalization;
using Serilog;

namespace NewsArchive.Web.Hosting;

/// <summary>A host that cannot start says why on the console, whatever the logging configuration (which may be the reason).</summary>
public static class StartFailure
{
    /// <summary>Writes the failure to the console and returns true; false for the test host's own stop signal, which must pass.</summary>
    public static bool Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is HostAbortedException)
        {
            return false;
        }
        if (exception is OperationCanceledException)
        {
            // Stopped (Ctrl+C, SIGTERM) while still starting: not a failure worth a stack trace.
            return true;
        }
        using var console = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
        console.Fatal(exception, "NewsArchive could not start: {Reason}", exception.Message);
        return true;
    }
}
