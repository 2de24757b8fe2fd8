using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>
/// A logger provider that keeps every entry, with its structured values, for tests to read. The host hands it
/// Serilog's events (<c>writeToProviders</c>); it renders them as the console does, strings unquoted.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Values);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Renders the message template with the values as text (the console's <c>:lj</c>), strings unquoted.</summary>
    private static string Render(string template, IReadOnlyDictionary<string, object?> values)
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in new MessageTemplateParser().Parse(template).Tokens)
        {
            if (token is PropertyToken property && values.TryGetValue(property.PropertyName, out var value))
            {
                text.Append(value is IFormattable formattable
                    ? formattable.ToString(property.Format, System.Globalization.CultureInfo.InvariantCulture)
                    : value?.ToString());
            }
            else
            {
                text.Append(token.ToString());
            }
        }
        return text.ToString();
    }

    private static object? Plain(object? value) => value is ScalarValue scalar ? scalar.Value : value;

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => Plain(g.First().Value))
                : new Dictionary<string, object?>();
            var message = values.TryGetValue("{OriginalFormat}", out var template) && template is string format
                ? Render(format, values)
                : formatter(state, exception);
            owner._entries.Enqueue(new Entry(logLevel, category, message, values));
        }
    }
}
