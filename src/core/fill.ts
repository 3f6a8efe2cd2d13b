/**
 * Puts values wherever `{key}` stands in a UI string, so a translation keeps its own word order
 * and may repeat a placeholder. A value goes in as it is (a Lit template, say), never as HTML; a
 * placeholder without a value stays as written. Lit renders the parts; `.join('')` gives text.
 */
export function fill(template: string, values: Record<string, unknown>): unknown[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 ? (Object.hasOwn(values, part) ? values[part] : `{${part}}`) : part));
}
