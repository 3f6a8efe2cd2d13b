/** Fires a `hw-…` event that bubbles and crosses shadow roots, as every event of ours does. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

export interface ContentErrorDetail {
  /** One line per problem, each starting with the path of the field: `rows[2].muscle: is required`. */
  problems: string[];
}

declare global {
  interface HTMLElementEventMap {
    'hw-content-error': CustomEvent<ContentErrorDetail>;
  }
}
