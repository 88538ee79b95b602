// Fixture for secret.nuget-config-password: a config written by a build script.
class WriteConfig
{
    const string Xml =
        "<packageSourceCredentials><feed>" +
        // ruleid: secret.nuget-config-password
        "<add key='ClearTextPassword' value='ZnJdUUVV13h4J4LjWf6CtO8emVb9GTCj' />" +
        "</feed></packageSourceCredentials>";

    // ok: secret.nuget-config-password
    const string Doc = "<add key=\"ClearTextPassword\" value=\"<your-password>\" />";
}
