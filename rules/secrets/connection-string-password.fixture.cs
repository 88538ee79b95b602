// Fixture for secret.connection-string-password. Passwords are random strings, not real credentials.
using System;
using Microsoft.Data.SqlClient;
using Npgsql;

public static class Db
{
    // ruleid: secret.connection-string-password
    private const string Payroll = "Server=tcp:payroll-prod.database.windows.net,1433;Initial Catalog=payroll;Persist Security Info=False;User ID=payroll_app;Password=Fq8zL2mWx9Tr4Kd;MultipleActiveResultSets=False;Encrypt=True;";

    // ruleid: secret.connection-string-password
    private const string Legacy = @"Password=Yh3uaxDD792EiJIn;Persist Security Info=True;User ID=sa;Initial Catalog=Northwind;Data Source=SQL01\PROD";

    // ruleid: secret.connection-string-password
    public static NpgsqlConnection Events() => new NpgsqlConnection("Host=events-db.internal;Port=5432;Database=events;Username=events;Password=T7yajmdhjzdceub0u");

    // ok: secret.connection-string-password
    private const string Local = "Server=localhost,1433;Database=payroll;User Id=sa;Password=yourStrong(!)Password;TrustServerCertificate=True";

    // ok: secret.connection-string-password
    private const string LocalDb = @"Data Source=(localdb)\MSSQLLocalDB;Initial Catalog=payroll;Integrated Security=True";

    // ok: secret.connection-string-password
    private const string Docs = "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;";

    // ok: secret.connection-string-password
    private static string Built(string pw) => "Server=sql01;Database=payroll;User Id=app;Password=" + pw + ";";

    // ok: secret.connection-string-password
    private const string Formatted = "Server={0};Database={1};User Id={2};Password={3};";

    // ok: secret.connection-string-password
    private static readonly string FromEnv = Environment.GetEnvironmentVariable("PAYROLL_DB");
}
