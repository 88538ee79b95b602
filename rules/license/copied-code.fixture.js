// Test sample for license.copied-code: the setPath helper of @wordpress/url 4.56.0 (src/get-query-args.ts,
// GPL-2.0-or-later), with every name changed, comments removed, the types dropped and the layout redone. It
// must still be found through the built-in index.

// The match starts at the first fingerprint the copy shares with the index, here the function's first statement.
function assignDeep(target, segments, val) {
  // ruleid: license.copied-code
  const n = segments.length;
  const last = n - 1;
  for (let idx = 0; idx < n; idx++) {
    let k = segments[idx];
    if (!k && Array.isArray(target)) { k = target.length.toString(); }
    k = ['__proto__', 'constructor', 'prototype'].includes(k) ? k.toUpperCase() : k;
    const nextIsIndex = !isNaN(Number(segments[idx + 1]));
    target[k] = idx === last ? val : target[k] || (nextIsIndex ? [] : {});
    if (Array.isArray(target[k]) && !nextIsIndex) { target[k] = { ...target[k] }; }
    target = target[k];
  }
}

// Common idioms every project writes: short, and not from the indexed code.
// ok: license.copied-code
export function pick(obj, keys) {
  const out = {};
  for (let i = 0; i < keys.length; i++) {
    if (Object.prototype.hasOwnProperty.call(obj, keys[i])) out[keys[i]] = obj[keys[i]];
  }
  return out;
}

// ok: license.copied-code
export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export default assignDeep;
