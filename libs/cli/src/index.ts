// @warden/cli as a library: the same entry the bin uses, for tools that embed the command line.
export { main } from './main.js';
export type { CliIO } from './io.js';
export { EXIT } from './io.js';
