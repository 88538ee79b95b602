// Fixture for secret.github-fine-grained-pat. Values are random, not real tokens.
using Octokit;

public static class GitHubClientFactory
{
    // ruleid: secret.github-fine-grained-pat
    private const string Token = "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";

    public static GitHubClient Create() =>
        // ok: secret.github-fine-grained-pat
        new GitHubClient(new ProductHeaderValue("app")) { Credentials = new Credentials(Environment.GetEnvironmentVariable("GITHUB_PAT")) };

    // ok: secret.github-fine-grained-pat
    private const string Hint = "github_pat_11ABCDEFG0_...";

    // ok: secret.github-fine-grained-pat
    private const string Masked = "github_pat_**********************_***********************************************************";
}
