using System.Security.Cryptography;
using Hub.Api.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Identity;

/// <summary>The RSA key of the development token issuer, created on first use in the data folder
/// so that tokens survive restarts. Only trusted in Development.</summary>
internal sealed class DevSigningKey
{
    public const string FileName = "dev-signing-key.pem";

    public DevSigningKey(DataFolder folder)
    {
        var path = folder.File(FileName);
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            WriteOwnerOnly(path, rsa.ExportRSAPrivateKeyPem());
        }

        Key = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }

    public RsaSecurityKey Key { get; }

    private static void WriteOwnerOnly(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; theirs wins.
        }
    }
}
