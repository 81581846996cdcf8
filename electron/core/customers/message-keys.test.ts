/** Every message key the customer, inquiry and return code can answer with has its text in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const sourceDirs = ['electron/core/customers', 'electron/core/returns'];

function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const dir of sourceDirs) {
    for (const file of readdirSync(join(root, dir)).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      const text = readFileSync(join(root, dir, file), 'utf8');
      for (const match of text.matchAll(/'((?:validation|errors)\.[\w.]+)'/g)) keys.add(match[1]!);
    }
  }
  return [...keys].sort();
}

function lookup(locale: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}

describe('customer, inquiry and return message keys', () => {
  it.each(['zh-CN', 'en-US'])('all have text in %s', (language) => {
    const locale: unknown = JSON.parse(readFileSync(join(root, 'locales', `${language}.json`), 'utf8'));
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => typeof lookup(locale, key) !== 'string')).toEqual([]);
  });
});
