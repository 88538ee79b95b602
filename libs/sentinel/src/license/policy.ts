// A license policy judges an SPDX expression for one project: fail (blocks), warn (reported, not blocking) or ok
// (not reported). Lists name SPDX ids or categories; OR takes the best branch, AND the worst, and WITH a linking
// exception (Classpath, GCC runtime, LLVM) lets a strong-copyleft license be linked like a weak one.
import parseSpdx from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';
import { satisfies as semverSatisfies, validRange } from 'semver';
import { CATEGORY_RANK, categoryOf, LICENSE_CATEGORIES, type LicenseCategory } from './categories.js';

export type LicenseVerdictKind = 'fail' | 'warn' | 'ok';

export interface LicensePolicy {
  /** The project's own SPDX expression; undefined = unknown, judged as proprietary. */
  project?: string;
  /** SPDX ids or categories that always fail. */
  deny: readonly string[];
  /** SPDX ids or categories that are always fine (deny wins). */
  allow: readonly string[];
  /** Reviewed packages: `name@semver-range` (or a bare name) → why. */
  exceptions?: Readonly<Record<string, string>>;
}

export interface LicenseVerdict {
  verdict: LicenseVerdictKind;
  /** The license that decided (for OR, the best branch; for AND, the worst). */
  id: string;
  category: LicenseCategory;
  reason: string;
}

const LINKING_EXCEPTIONS = /^(Classpath-exception|GCC-exception|LLVM-exception|GPL-CC-1\.0|Universal-FOSS-exception|openvpn-openssl-exception|Autoconf-exception|Bison-exception)/i;
const COPYLEFT: ReadonlySet<LicenseCategory> = new Set(['weak-copyleft', 'strong-copyleft', 'network-copyleft']);
const SEVERITY: Readonly<Record<LicenseVerdictKind, number>> = { ok: 0, warn: 1, fail: 2 };

type Node = { license: string; plus?: boolean; exception?: string } | { left: Node; conjunction: 'and' | 'or'; right: Node };

/** The category of the project's own license: the most permissive branch of its expression. */
export function projectCategory(policy: LicensePolicy): LicenseCategory {
  if (!policy.project) return 'proprietary';
  const ids = idsOf(policy.project);
  if (ids.length === 0) return 'unknown';
  return ids.map(categoryOf).reduce((a, b) => (CATEGORY_RANK[a] <= CATEGORY_RANK[b] ? a : b));
}

/** Judges an SPDX expression (or a bare license name a parser cannot read, which is unknown). */
export function judgeLicense(expression: string, policy: LicensePolicy): LicenseVerdict {
  const text = expression.trim();
  let tree: Node;
  try {
    tree = parseSpdx(text) as Node;
  } catch {
    return { verdict: policyFor('unknown', text, policy), id: text, category: 'unknown', reason: `"${text}" is not a valid SPDX expression` };
  }
  const allowIds = policy.allow.filter((a) => !isCategory(a));
  if (allowIds.length > 0 && !matchesDeny(tree, policy) && safeSatisfies(text, allowIds)) {
    return { verdict: 'ok', id: text, category: 'permissive', reason: `allowed by the policy (${allowIds.join(', ')})` };
  }
  return judgeNode(tree, policy);
}

function judgeNode(node: Node, policy: LicensePolicy): LicenseVerdict {
  if ('conjunction' in node) {
    const a = judgeNode(node.left, policy);
    const b = judgeNode(node.right, policy);
    const pickWorst = node.conjunction === 'and';
    const aWins = pickWorst ? SEVERITY[a.verdict] >= SEVERITY[b.verdict] : SEVERITY[a.verdict] <= SEVERITY[b.verdict];
    return aWins ? a : b;
  }
  const id = node.plus ? `${node.license}-or-later` : node.license;
  let category = categoryOf(id);
  let note = '';
  if (node.exception && LINKING_EXCEPTIONS.test(node.exception) && category === 'strong-copyleft') {
    category = 'weak-copyleft';
    note = ` with ${node.exception}, which permits linking`;
  }
  const label = node.exception ? `${id} WITH ${node.exception}` : id;
  const verdict = policyFor(category, label, policy);
  return { verdict, id: label, category, reason: reasonFor(verdict, label, category, policy) + note };
}

function policyFor(category: LicenseCategory, id: string, policy: LicensePolicy): LicenseVerdictKind {
  const named = (list: readonly string[]) => list.some((entry) => entry.toLowerCase() === id.toLowerCase() || entry === category);
  if (named(policy.deny)) return 'fail';
  if (named(policy.allow)) return 'ok';
  const project = projectCategory(policy);
  // A copyleft project may take in copyleft of its own kind and weaker ones.
  if (COPYLEFT.has(project) && COPYLEFT.has(category) && CATEGORY_RANK[category] <= CATEGORY_RANK[project]) return 'ok';
  switch (category) {
    case 'permissive':
      return 'ok';
    case 'strong-copyleft':
    case 'network-copyleft':
    case 'source-available':
      return 'fail';
    default:
      return 'warn';
  }
}

function reasonFor(verdict: LicenseVerdictKind, id: string, category: LicenseCategory, policy: LicensePolicy): string {
  if (policy.deny.some((d) => d.toLowerCase() === id.toLowerCase() || d === category)) return `${id} (${category}) is denied by the policy`;
  const project = policy.project ? `the project is ${policy.project}` : 'the project has no declared license (judged as proprietary)';
  if (verdict === 'ok') return `${id} (${category}) is compatible: ${project}`;
  if (category === 'unknown') return `the license ${id} is not known, so it cannot be judged: ${project}`;
  return `${id} is ${category.replace('-', ' ')}, ${verdict === 'fail' ? 'not allowed' : 'to be reviewed'}: ${project}`;
}

function idsOf(expression: string): string[] {
  try {
    const out: string[] = [];
    const walk = (n: Node): void => {
      if ('conjunction' in n) {
        walk(n.left);
        walk(n.right);
      } else out.push(n.plus ? `${n.license}-or-later` : n.license);
    };
    walk(parseSpdx(expression) as Node);
    return out;
  } catch {
    return [];
  }
}

function matchesDeny(tree: Node, policy: LicensePolicy): boolean {
  let denied = false;
  const walk = (n: Node) => {
    if ('conjunction' in n) {
      walk(n.left);
      walk(n.right);
    } else if (policy.deny.some((d) => d.toLowerCase() === n.license.toLowerCase() || d === categoryOf(n.license))) denied = true;
  };
  walk(tree);
  return denied;
}

function safeSatisfies(expression: string, allowed: string[]): boolean {
  try {
    return satisfies(expression, allowed);
  } catch {
    return false;
  }
}

function isCategory(entry: string): entry is LicenseCategory {
  return (LICENSE_CATEGORIES as readonly string[]).includes(entry);
}

/** A reviewed exception `name@range` (semver) covering this dependency; a bare `name` covers every version. */
export function exceptionFor(dep: { name: string; version?: string }, exceptions: Readonly<Record<string, string>>): boolean {
  return Object.keys(exceptions).some((key) => {
    const at = key.lastIndexOf('@');
    const name = at > 0 ? key.slice(0, at) : key;
    const range = at > 0 ? key.slice(at + 1) : '*';
    if (name !== dep.name) return false;
    if (range === '*' || range === '') return true;
    return dep.version !== undefined && validRange(range) !== null && semverSatisfies(dep.version, range);
  });
}
