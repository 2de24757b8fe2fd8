using System.Data.Common;

namespace NewsArchive.Data;

/// <summary>Prepared commands with named parameters, for the import's hot paths that bypass EF Core.</summary>
internal static class PreparedCommands
{
    /// <summary>A prepared command in <paramref name="transaction"/> with one parameter per name (<c>@Name</c>).</summary>
    internal static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<string> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }
}
