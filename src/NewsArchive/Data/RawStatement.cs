using System.Globalization;
using System.Text;
using SQLitePCL;

namespace NewsArchive.Data;

/// <summary>
/// A statement prepared once on a connection and bound by position through SQLitePCLRaw, for the import's
/// per-article statements: Microsoft.Data.Sqlite looks each named parameter up and builds a data reader on every
/// execution, which for a row of twenty values cost more than SQLite's own insert. Text goes in as UTF-8 from one
/// reused buffer (SQLite copies it); values are stored as Microsoft.Data.Sqlite (and so EF Core) stores them.
/// Queries read their rows with <see cref="Step"/> and the column getters (blobs as spans over SQLite's own buffer,
/// valid until the next step or reset), then <see cref="Reset"/>. It runs inside whatever transaction the connection is in.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = new byte[16 * 1024];

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _statement));
    }

    public RawStatement(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
        : this((connection ?? throw new ArgumentNullException(nameof(connection))).Handle!, sql)
    {
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Bind(index, v);
        }
        else
        {
            BindNull(index);
        }
    }

    public void Bind(int index, bool value) => Bind(index, value ? 1L : 0L);

    public void Bind(int index, string? text)
    {
        if (text is null)
        {
            BindNull(index);
            return;
        }
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }
        var written = Encoding.UTF8.GetBytes(text, _buffer);
        // An empty span would bind NULL: an empty string is stored as one, as Microsoft.Data.Sqlite does.
        Check(written == 0 ? raw.sqlite3_bind_text(_statement, index, "") : raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, written)));
    }

    /// <summary>Text already encoded as UTF-8 (SQLite copies it).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> utf8) =>
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(_statement, index, "") : raw.sqlite3_bind_text(_statement, index, utf8));

    /// <summary>As Microsoft.Data.Sqlite stores a <see cref="DateOnly"/>.</summary>
    public void Bind(int index, DateOnly? date) => Bind(index, date?.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));

    /// <summary>As Microsoft.Data.Sqlite stores a <see cref="DateTime"/>.</summary>
    public void Bind(int index, DateTime time) => Bind(index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));

    /// <summary>A blob (SQLite copies it).</summary>
    public void BindBlob(int index, ReadOnlySpan<byte> bytes) => Check(raw.sqlite3_bind_blob(_statement, index, bytes));

    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement (one that returns no rows) and makes it ready to be bound again.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
            throw new InvalidOperationException("The statement returned rows; it is run only for what it writes.");
        }
    }

    /// <summary>Rows changed by the last statement run on the connection (this one, after <see cref="Execute"/>).</summary>
    public int Changes => raw.sqlite3_changes(_db);

    /// <summary>Steps a query: true with a row to read, false when done (then <see cref="Reset"/> it before binding again).</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            Check(rc);
        }
        return false;
    }

    /// <summary>Makes a query ready to be bound and stepped again (bindings stay).</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public int GetInt32(int column) => raw.sqlite3_column_int(_statement, column);

    public long GetInt64(int column) => raw.sqlite3_column_int64(_statement, column);

    public int? GetNullableInt32(int column) => IsNull(column) ? null : GetInt32(column);

    /// <summary>A blob column, over SQLite's buffer: valid until the statement steps or resets.</summary>
    public ReadOnlySpan<byte> GetBlob(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
