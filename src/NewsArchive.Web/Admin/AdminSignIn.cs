using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using NewsArchive.Admin;

namespace NewsArchive.Web.Admin;

/// <summary>Checks the admin password: the configured hash when there is one, else the one in the database.</summary>
public sealed class AdminSignIn(IOptions<AdminOptions> options, AdminPasswordStore store)
{
    public async Task<bool> CheckAsync(string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }
        var hash = string.IsNullOrEmpty(options.Value.PasswordHash) ? await store.GetHashAsync(ct) : options.Value.PasswordHash;
        return hash is not null && AdminPasswordHasher.Verify(hash, password);
    }

    /// <summary>The signed-in admin.</summary>
    public static ClaimsPrincipal Principal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, AdminAccount.UserName)], CookieAuthenticationDefaults.AuthenticationScheme));
}
