// The config stage's public surface.
export {
  CONFIG_DEFAULTS,
  CONFIG_FILE_NAME,
  defaultWardenConfig,
  wardenConfigJsonSchema,
  wardenConfigSchema,
  type AllowlistConfig,
  type RulesConfig,
  type WardenConfig,
  type WardenConfigInput,
} from './schema.js';
export { defaultConfig, displayPath, findConfig, loadConfig, type LoadedConfig } from './load.js';
export { parseConfig } from './parse.js';
export { globProblem, normalizePath, pathMatcher } from './glob.js';
export { isRulePattern, matchesRule, ruleMatcher } from './rule-pattern.js';
export { parseSize, type SizeResult } from './size.js';
export { schemaFiles } from './json-schemas.js';
