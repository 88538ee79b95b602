// The suppression stage's public surface. Apply in this order: inline (per file, where the text is), then the
// allowlist, then the baseline; each leaves findings an earlier step suppressed alone.
export {
  applyInlineSuppressions,
  parseDirectives,
  DIRECTIVE_MARKER,
  type Directive,
  type InlineOptions,
} from './inline.js';
export {
  applyBaseline,
  createBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
  BASELINE_VERSION,
  type Baseline,
  type BaselineEntry,
  type BaselineResult,
} from './baseline.js';
export {
  applyAllowlist,
  compileAllowlist,
  isPathAllowlisted,
  type AllowlistInput,
  type CompiledAllowlist,
} from './allowlist.js';
