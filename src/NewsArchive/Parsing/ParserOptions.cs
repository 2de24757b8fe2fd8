using System.ComponentModel.DataAnnotations;

namespace NewsArchive.Parsing;

/// <summary>Parser settings (configuration section <c>Ingest</c>).</summary>
public sealed class ParserOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Files larger than this are rejected with a clear reason.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
