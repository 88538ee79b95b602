// Fixture for secret.gitlab-feed-token. Values are random, in the documented formats, not real tokens.
// ruleid: secret.gitlab-feed-token
const token = 'glft-ar7TGbiPx5Nd3y0C7pTp';
// ruleid: secret.gitlab-feed-token
headers['Authorization'] = `Bearer glft-kmiW21Hk5UgzN39Nt3Z6bmM6MQpvOnZva2EKdTp0bGE0MxI.01.1b07f466i`;
// ok: secret.gitlab-feed-token
const fromEnv = process.env.GITLAB_FEED_TOKEN;
// ok: secret.gitlab-feed-token
const example = 'glft-${TOKEN}';
// The prefix inside a longer word.
// ok: secret.gitlab-feed-token
const label = 'myglft-token-name-field';
