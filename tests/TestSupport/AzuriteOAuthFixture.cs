using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace StakeholderBot.TestSupport;

// Azurite over HTTPS (a throwaway self-signed certificate) with --oauth basic: it accepts a bearer token
// whose issuer, audience and lifetime are right (it does not check signatures), so the token-credential
// path of a storage client can run for real. Clients trust the certificate through TrustingHandler().
public sealed class AzuriteOAuthFixture : AzuriteFixture
{
    public const string StorageAudience = "https://storage.azure.com";
    private readonly string _directory = Directory.CreateTempSubdirectory("azurite-tls-").FullName;

    public AzuriteOAuthFixture() : base(persistent: false)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        Thumbprint = certificate.Thumbprint;
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
    }

    public string Thumbprint { get; }

    public string CertificatePath => Path.Combine(_directory, "cert.pem");

    private string KeyPath => Path.Combine(_directory, "key.pem");

    protected override string Scheme => "https";

    protected override IEnumerable<string> ExtraArguments() => ["--cert", CertificatePath, "--key", KeyPath, "--oauth", "basic"];

    // Trusts exactly this fixture's certificate, nothing else.
    public HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == Thumbprint,
        },
    };

    // An Entra-shaped access token (unsigned: --oauth basic reads claims only).
    public static string Token(DateTimeOffset expires, string audience = StorageAudience, string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47")
    {
        var issued = Math.Min(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds()) - 600;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = $"https://sts.windows.net/{tenant}/",
            ["iat"] = issued,
            ["nbf"] = issued,
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = Guid.NewGuid(),
            ["tid"] = tenant,
        };
        return $"{Base64Url(new { alg = "RS256", typ = "JWT" })}.{Base64Url(claims)}.{Convert.ToBase64String("unsigned"u8).TrimEnd('=')}";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    private static string Base64Url(object value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
