// @warden/nx: the plugin (registered in nx.json as "@warden/nx"); executors and generators are found through
// executors.json and generators.json.
export { createNodes, createNodesV2, type WardenPluginOptions } from './plugin.js';
