using System.ComponentModel.DataAnnotations;
using NewsArchive.Admin;
using NewsArchive.Web.Admin;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class AdminPasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_own_password_only()
    {
        var hash = AdminPasswordHasher.Hash("the right password");

        Assert.True(AdminPasswordHasher.Verify(hash, "the right password"));
        Assert.False(AdminPasswordHasher.Verify(hash, "the right passwore"));
        Assert.True(AdminPasswordHasher.IsWellFormed(hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_hash_verifies_nothing_and_is_reported_at_start(string hash)
    {
        Assert.False(AdminPasswordHasher.Verify(hash, "anything"));
        Assert.False(AdminPasswordHasher.IsWellFormed(hash));
        var options = new AdminOptions { PasswordHash = hash };
        var errors = options.Validate(new ValidationContext(options)).ToList();
        Assert.Equal(hash.Length == 0 ? 0 : 1, errors.Count);
    }

    [Fact]
    public void Generated_passwords_are_long_and_different()
    {
        var passwords = Enumerable.Range(0, 20).Select(_ => AdminPasswordHasher.Generate()).ToList();

        Assert.All(passwords, p => Assert.Equal(20, p.Length));
        Assert.All(passwords, p => Assert.Null(AdminPasswordHasher.Problem(p)));
        Assert.Equal(20, passwords.Distinct().Count());
    }
}
