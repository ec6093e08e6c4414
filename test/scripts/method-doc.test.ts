import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodMarkdown } from '../../src/framework/method-text';

describe('docs/method.md', () => {
  it('is in step with the method text the app shows (run npm run docs)', () => {
    expect(readFileSync('docs/method.md', 'utf8')).toBe(methodMarkdown());
  });
});
