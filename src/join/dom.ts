/** The phone page's few DOM helpers: no framework, so the page stays small on a phone. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { text, ...rest } = props;
  Object.assign(node, rest);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

export function show(...nodes: Node[]) {
  (document.getElementById('join') as HTMLElement).replaceChildren(...nodes);
}

let status: HTMLParagraphElement | undefined;
/** The line at the foot of the page that says what is happening (a polite live region). */
export function setStatus(text: string) {
  if (!status) {
    status = el('p', { className: 'status', role: 'status' } as Partial<HTMLParagraphElement>);
    document.body.append(status);
  }
  status.textContent = text;
}
