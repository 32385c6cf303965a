using System.Security.Cryptography;
using Hub.Api.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Identity;

/// <summary>The RSA key of the development token issuer, created on first use in the data folder
/// so that tokens survive restarts. Only trusted in Development.</summary>
internal sealed class DevSigningKey
{
    public const string FileName = "dev-signing-key.pem";

    // How long an instance waits for the key that another one is writing at that moment.
    private static readonly TimeSpan WriterPatience = TimeSpan.FromSeconds(10);

    public DevSigningKey(DataFolder folder)
    {
        var path = folder.File(FileName);
        if (!File.Exists(path))
        {
            using var made = RSA.Create(2048);
            CreateOwnerOnly(path, made.ExportRSAPrivateKeyPem());
        }

        // Read back even when this instance just made it: instances that share the data folder and
        // start at once each make a key, and the one that created the file first is everyone's.
        var rsa = Read(path);
        Key = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }

    public RsaSecurityKey Key { get; }

    private static void CreateOwnerOnly(string path, string pem)
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
            // Another instance created it first; theirs wins.
        }
    }

    // The file exists from the moment it is created, empty or with part of the key until its
    // writer is done: a key that does not read whole yet is read again.
    private static RSA Read(string path)
    {
        var rsa = RSA.Create();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                rsa.ImportFromPem(File.ReadAllText(path));
                return rsa;
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException && waited.Elapsed < WriterPatience)
            {
                Thread.Sleep(50);
            }
        }
    }
}
