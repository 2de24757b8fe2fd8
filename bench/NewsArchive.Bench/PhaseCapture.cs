using Microsoft.Extensions.Logging;

namespace NewsArchive.Bench;

/// <summary>Keeps the importer's "phases" log line (see <c>ImportPhases</c>), so the import child can print it to its parent.</summary>
internal sealed class PhaseCapture : ILoggerProvider, ILogger
{
    public string? Phases { get; private set; }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var message = formatter(state, exception);
        var at = message.IndexOf(" phases: ", StringComparison.Ordinal);
        if (at >= 0)
        {
            Phases = message[(at + " phases: ".Length)..];
        }
    }

    public void Dispose()
    {
    }
}
