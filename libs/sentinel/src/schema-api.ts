// @warden/sentinel/schema: the rule and config definitions themselves, for editors, generators and tools that
// validate rule or config text. Kept off the main entry so a scan does not load the schema library.
export { ruleSchema, ruleJsonSchema, RULE_ID_PATTERN, type RuleDefinition } from './rules/schema.js';
export { parseRule } from './rules/parse.js';
export { wardenConfigSchema, wardenConfigJsonSchema, type WardenConfigInput } from './config/schema.js';
export { parseConfig } from './config/parse.js';
