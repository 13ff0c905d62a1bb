/**
 * Whether the tool runs under continuous integration: `CI` is set to anything but empty,
 * `false` or `0` (GitHub Actions, GitLab CI, Buildkite, CircleCI and most others set
 * `CI=true`). The one place the tool asks; `validate` then acts as the CI gate (it takes no
 * verdict from the user's cache, which a CI cache restore may have brought from another run).
 */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
