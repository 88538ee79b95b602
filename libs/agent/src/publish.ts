// Publishing is opt-in: pushing the agent's branch, and opening a pull request for a person to review. The
// runner pushes only agent/* branches, by explicit refspec and never with force, and refuses any name that
// could be the default branch or a release line.
import { git } from '@warden/sandbox';

const NEVER = /^(main|master|trunk|develop|dev|production|prod|stable|release(\/.*)?|hotfix(\/.*)?)$/;

export async function pushBranch(repo: string, branch: string, remote = 'origin'): Promise<void> {
  if (!branch.startsWith('agent/') || NEVER.test(branch)) throw new Error(`refusing to push ${branch}: the runner pushes agent/* branches only`);
  const defaultRef = (await git(repo, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]).catch(() => '')).trim();
  if (defaultRef && defaultRef.endsWith(`/${branch}`)) throw new Error(`refusing to push ${branch}: it is ${remote}'s default branch`);
  await git(repo, ['push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`]);
}

/** owner/name of a GitHub remote URL (https or ssh). */
export function githubSlug(url: string): string | undefined {
  const m = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export interface PullRequestOptions {
  repo: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  remote?: string;
  /** owner/name; default from the remote's URL. */
  slug?: string;
  token?: string;
  api?: string;
}

/** Opens a draft pull request through GitHub's REST API; returns its URL. */
export async function openPullRequest(options: PullRequestOptions): Promise<string> {
  const token = options.token;
  if (!token) throw new Error('--pr needs a GitHub token in GITHUB_TOKEN or GH_TOKEN');
  const slug = options.slug ?? githubSlug((await git(options.repo, ['remote', 'get-url', options.remote ?? 'origin']).catch(() => '')).trim());
  if (!slug) throw new Error('--pr needs a GitHub remote (or --github-repo owner/name)');
  const res = await fetch(`${(options.api ?? 'https://api.github.com').replace(/\/$/, '')}/repos/${slug}/pulls`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'Content-Type': 'application/json', 'User-Agent': 'warden-agent' },
    body: JSON.stringify({ title: options.title, head: options.branch, base: options.base, body: options.body, draft: true }),
    signal: AbortSignal.timeout(30_000),
  });
  const data = (await res.json().catch(() => ({}))) as { html_url?: string; message?: string };
  if (!res.ok || !data.html_url) throw new Error(`GitHub refused the pull request (${res.status}): ${data.message ?? 'no message'}`);
  return data.html_url;
}
