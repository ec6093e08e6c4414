/** Items as a sentence lists them: "a", "a and b", "a, b and c" (no serial comma: UK government style). */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
