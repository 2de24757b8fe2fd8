using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsArchive.Data;

/// <summary>SQLite stores no time zone: every DateTime is UTC, and comes back marked as such.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
