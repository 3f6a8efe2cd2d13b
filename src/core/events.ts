/** Fires a `hw-…` event that bubbles and crosses shadow roots, as every event of ours does. */
export function emit<K extends keyof HealthWidgetsEventMap>(
  target: EventTarget,
  name: K,
  detail: HealthWidgetsEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

export interface ContentErrorDetail {
  /** One line per problem, each starting with the path of the field: `rows[2].muscle: is required`. */
  problems: string[];
}

declare global {
  /**
   * Every `hw-…` event, with its detail; each element adds its own. They bubble and cross shadow
   * roots, so a listener on the element, the document or the window gets them typed.
   */
  interface HealthWidgetsEventMap {
    'hw-content-error': CustomEvent<ContentErrorDetail>;
  }
  /* eslint-disable @typescript-eslint/no-empty-object-type -- these add ours to the DOM's maps */
  interface HTMLElementEventMap extends HealthWidgetsEventMap {}
  interface DocumentEventMap extends HealthWidgetsEventMap {}
  interface WindowEventMap extends HealthWidgetsEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
