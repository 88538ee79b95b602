// Fixture for secret.azure-storage-account-key. Values are random bytes in base64, not real keys.
using Azure.Storage.Blobs;

public static class Storage
{
    // ruleid: secret.azure-storage-account-key
    private const string ConnectionString = "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=5r2gidTWO2iTcsgSqxBKCP9NqtNLM4fARb5Ie40G23ao/9tmTXZJAp+EqX9YU4B/kzUtyHCjV7uBB2rgY9uL7g==;EndpointSuffix=core.windows.net";

    // ok: secret.azure-storage-account-key
    private static readonly string FromEnv = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");

    // The Azurite emulator's documented development account and key (localhost only).
    // ok: secret.azure-storage-account-key
    private const string Dev = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    // The Cosmos DB emulator's documented key.
    // ok: secret.azure-storage-account-key
    private const string CosmosEmulator = "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    // ok: secret.azure-storage-account-key
    private const string Placeholder = "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=<account-key>;EndpointSuffix=core.windows.net";

    // A SHA-512 integrity string has the same length but no key name.
    // ok: secret.azure-storage-account-key
    private const string Integrity = "sha512-tb/XJe+vjrvHwKoOgAEW/LH5aFv7ILrPAsPuZnzMqEc424UmTditG6oxT8LpI77P4a3Eg1HNbmiYGbnA8ZBSUg==";
}
