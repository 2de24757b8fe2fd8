namespace NewsArchive.Data;

/// <summary>A key/value setting the app keeps in its own database (e.g. the generated admin password hash).</summary>
internal sealed class AppSetting
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
