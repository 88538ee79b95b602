// Errors the user caused (bad flags, a broken config or rule file). The CLI prints `message` as one line and
// exits 2; anything else is a bug and gets a stack trace only with --debug.
export class WardenError extends Error {
  override readonly name: string = 'WardenError';
  constructor(
    message: string,
    readonly exitCode: 2 = 2,
  ) {
    super(message);
  }
}

/** A configuration problem, always naming the file (and key, when there is one). */
export class ConfigError extends WardenError {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string,
    detail: string,
    readonly key?: string,
  ) {
    super(key ? `${file}: "${key}": ${detail}` : `${file}: ${detail}`);
  }
}

/** A rule file that cannot be loaded: its path and what is wrong. */
export class RuleLoadError extends WardenError {
  override readonly name = 'RuleLoadError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
