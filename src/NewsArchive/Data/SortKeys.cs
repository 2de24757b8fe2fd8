namespace NewsArchive.Data;

/// <summary>
/// The chronological key of an article, used as the FTS5 rowid: the publication day in the high bits, a
/// sequence in the low 24; undated articles get day 0, so they sort below every dated one.
/// </summary>
public static class SortKeys
{
    public const int SequenceBits = 24;

    public static long DayBase(DateOnly? date) => date is { } d ? ((long)d.DayNumber + 1) << SequenceBits : 0;

    /// <summary>The smallest key of <paramref name="from"/>'s day (inclusive lower bound of a date window).</summary>
    public static long Lower(DateOnly from) => DayBase(from);

    /// <summary>The largest key of <paramref name="to"/>'s day (inclusive upper bound of a date window).</summary>
    public static long Upper(DateOnly to) => DayBase(to) + (1L << SequenceBits) - 1;

    /// <summary>The largest key an undated article can have.</summary>
    public static long UndatedUpper => (1L << SequenceBits) - 1;
}
