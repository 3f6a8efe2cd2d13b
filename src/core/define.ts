const WARNED = Symbol.for('health-widgets.define-warned');

/**
 * Registers a custom element unless its tag is taken. Two copies of the bundle on one page
 * (a CDN script beside an npm build, say) then cost one console warning, never an exception.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registered = customElements.get(tag);
  if (!registered) {
    customElements.define(tag, element);
    return;
  }
  if (registered === element) return;
  // One warning for the whole page, however many copies and tags meet.
  const page = globalThis as { [WARNED]?: true };
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    `health-widgets: <${tag}> is already defined; this copy is skipped. Load health-widgets once per page.`,
  );
}
