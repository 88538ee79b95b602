// Fixture for crypto.tls-verification-disabled (C#).
using System.Net;
using System.Net.Http;
using System.Net.Security;

public class PartnerClient
{
    public static HttpClient Insecure()
    {
        var handler = new HttpClientHandler();
        // ruleid: crypto.tls-verification-disabled
        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        return new HttpClient(handler);
    }

    public static void Global()
    {
        // ruleid: crypto.tls-verification-disabled
        ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true;
    }

    public static HttpClient Lambda()
    {
        var handler = new HttpClientHandler();
        // ruleid: crypto.tls-verification-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => { return true; };
        return new HttpClient(handler);
    }

    public static HttpClient Checked()
    {
        var handler = new HttpClientHandler();
        // ok: crypto.tls-verification-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;
        return new HttpClient(handler);
    }
}
