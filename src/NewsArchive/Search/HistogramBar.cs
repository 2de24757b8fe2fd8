namespace NewsArchive.Search;

/// <summary>Matches in one period (a day, week, month or year), from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record HistogramBar(DateOnly From, DateOnly To, string Label, int Count)
{
    /// <summary>The short label an axis writes under the bar.</summary>
    public string Tick { get; init; } = Label;
}
