// The files stage's public face: classification and reading of candidates.
export {
  classify,
  classifyWithDetail,
  decode,
  DEFAULT_MAX_FILE_SIZE,
  HEAD_BYTES,
  type Classification,
} from './classify.js';
export { readBytesSync, type BytesResult } from './read-bytes.js';
