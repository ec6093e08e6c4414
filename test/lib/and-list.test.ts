import { describe, expect, it } from 'vitest';
import { andList } from '../../src/lib/and-list';

describe('a list as a sentence says it', () => {
  it.each([
    [[], ''],
    [['adoption'], 'adoption'],
    [['adoption', 'governance'], 'adoption and governance'],
    [['adoption', 'governance', 'security'], 'adoption, governance and security'],
    [['a', 'b', 'c', '2 more'], 'a, b, c and 2 more'],
  ])('%j reads "%s"', (items, text) => expect(andList(items)).toBe(text));
});
