import { describe, expect, it } from 'vitest';
import { WardenError } from '@warden/sentinel';
import { int, list, parse, size } from './args.js';

describe('flag helpers', () => {
  it('parses sizes with decimal and binary units', () => {
    expect(size('1048576', '--max-file-size')).toBe(1048576);
    expect(size('512KiB', '--max-file-size')).toBe(524288);
    expect(size('2MB', '--max-file-size')).toBe(2_000_000);
    expect(size(undefined, '--max-file-size')).toBeUndefined();
    expect(() => size('lots', '--max-file-size')).toThrow(/--max-file-size: expected a size/);
  });

  it('parses whole numbers with a floor', () => {
    expect(int('4', '--workers')).toBe(4);
    expect(() => int('-1', '--workers')).toThrow(WardenError);
    expect(() => int('1.5', '--time-budget', 1)).toThrow(/--time-budget: expected a whole number ≥ 1/);
  });

  it('splits repeated and comma-separated lists', () => {
    expect(list(['secret,crypto', ' injection '])).toEqual(['secret', 'crypto', 'injection']);
    expect(list(undefined)).toBeUndefined();
  });

  it('turns unknown flags into one-line usage errors', () => {
    expect(() => parse(['--nope'], { format: { type: 'string' } }, 'warden scan')).toThrow(/Unknown option '--nope'.*Usage: warden scan/);
  });
});
