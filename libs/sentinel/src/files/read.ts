// Reading a candidate for the scan; the code lives beside the classification it applies (classify.ts).
export { readForScan, decode, type ReadResult } from './classify.js';
