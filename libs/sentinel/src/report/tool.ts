// How the tool names itself in outputs. Kept apart from reporter.ts so format modules import no runtime value
// from the registry that imports them.

/** The tool's name in every machine-readable output. */
export const TOOL_NAME = 'Warden Sentinel';
