namespace NewsArchive.Bench;

/// <summary>One line of a results table: the app over HTTP against the same work on raw SQLite.</summary>
internal sealed record ComparisonRow(string Name, LatencyStats? Http, LatencyStats? Raw);
