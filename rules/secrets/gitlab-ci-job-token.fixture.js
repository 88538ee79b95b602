// Fixture for secret.gitlab-ci-job-token. Values are random, in the documented formats, not real tokens.
// ruleid: secret.gitlab-ci-job-token
const token = 'glcbt-64_wTvbR__lGWweJnaDz-F2';
// ruleid: secret.gitlab-ci-job-token
headers['Authorization'] = `Bearer glcbt-51K61HJtzEdITdRs6OJWimM6MQpvOnhmOXQKdTpodzZ6chI.01.1b199b2rn`;
// ok: secret.gitlab-ci-job-token
const fromEnv = process.env.CI_JOB_TOKEN;
// ok: secret.gitlab-ci-job-token
const example = 'glcbt-${TOKEN}';
// The prefix inside a longer word.
// ok: secret.gitlab-ci-job-token
const label = 'myglcbt-token-name-field';
