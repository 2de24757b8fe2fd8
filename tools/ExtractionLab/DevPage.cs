using System.Text.Json;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>One page of a dev corpus with its gold answer. <see cref="Id"/> is unique over pooled corpora.</summary>
internal sealed record DevPage(string Id, string Site, byte[] Bytes, string GoldTitle, string? GoldDate, string GoldBody, string GoldJson)
{
    /// <summary>Reads <c>texts/</c> and <c>gold.jsonl</c> of a corpus folder; ids are "<paramref name="prefix"/>-file".
    /// Pages without a <c>site</c> field are each their own site.</summary>
    public static List<DevPage> Load(string folder, string prefix)
    {
        var pages = new List<DevPage>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var file = root.GetProperty("file").GetString()!;
            var id = prefix + "-" + file;
            var site = root.TryGetProperty("site", out var s) && s.GetString() is { Length: > 0 } name ? prefix + ":" + name : id;
            var gold = Rename(root, id);
            pages.Add(new DevPage(id, site, File.ReadAllBytes(Path.Combine(folder, "texts", file)),
                root.GetProperty("title").GetString() ?? "", root.GetProperty("date").GetString(),
                root.GetProperty("body").GetString() ?? "", gold));
        }
        return pages;
    }

    private static string Rename(JsonElement root, string id)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("file"))
                {
                    json.WriteString("file", id);
                }
                else
                {
                    property.WriteTo(json);
                }
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
