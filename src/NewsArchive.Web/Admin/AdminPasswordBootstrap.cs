using Microsoft.Extensions.Options;
using NewsArchive.Admin;

namespace NewsArchive.Web.Admin;

/// <summary>
/// At start (after the migration): when no password hash is configured or stored, generates a password, keeps
/// its hash in the database and writes the password to the log, once.
/// </summary>
internal sealed class AdminPasswordBootstrap(
    IServiceScopeFactory scopes, IOptions<AdminOptions> options, ILogger<AdminPasswordBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.PasswordHash))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var password = await scope.ServiceProvider.GetRequiredService<AdminPasswordStore>().EnsureAsync(cancellationToken);
        if (password is not null)
        {
            AdminLog.PasswordGenerated(logger, AdminAccount.UserName, password);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
