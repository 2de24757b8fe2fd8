using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>A logger provider that keeps every entry, with its structured values, for tests to read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Values);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : new Dictionary<string, object?>();
            owner._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), values));
        }
    }
}
