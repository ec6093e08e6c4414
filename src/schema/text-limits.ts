/** One wording for every over-long field, in the form and in repair: how long it is, and the limit. */
export function tooLongMessage(label: string, length: number, max: number): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  return `${label} is ${n(length)} characters; the limit is ${n(max)}. Shorten it to save it.`;
}
