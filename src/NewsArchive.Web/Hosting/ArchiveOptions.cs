using System.ComponentModel.DataAnnotations;

namespace NewsArchive.Web.Hosting;

/// <summary>The <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>The folder imported at first start and by the admin re-import; relative to the content root.</summary>
    [Required]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Import the seeds folder when the database has no article.</summary>
    public bool ImportOnStartup { get; set; } = true;
}
