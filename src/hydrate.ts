/**
 * `health-widgets/hydrate`: lets elements rendered on the server (`health-widgets/server`, the
 * `health-widgets render` command) take over their shadow DOM as it is, instead of drawing it
 * again. Import it before any element. Pages without pre-rendered widgets do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, LitElement, render, type PropertyValues, type RenderOptions } from 'lit';
import { renderCareCard } from './components/red-flag-checker/care-card.js';
import type { ContentController } from './core/content-controller.js';
import { HwElement } from './core/hw-element.js';
import { preRender } from './core/pre-render.js';
import { TAGS } from './core/tags.js';
import type { LocaleController } from './i18n/locale-controller.js';

// LitElement asks for the support above as it is first evaluated. Where it ran first (the CDN file
// loads this file after Lit; esbuild's code splitting puts Lit in a chunk that runs before this
// file), it never asked: hand the support LitElement here. The support gives LitElement its own
// `observedAttributes`, so it is handed over once.
if (!Object.hasOwn(LitElement, 'observedAttributes'))
  (
    globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
  ).litElementHydrateSupport?.({ LitElement });

/** What hydration sets on a checklist and an FAQ (see prevention-checklist.ts, faq-accordion.ts). */
type Checklist = {
  persist: boolean;
  asServer?: boolean;
  reopen: boolean;
  checked: string[];
  tick(ids: Iterable<string>, fire: boolean): void;
};
type Faq = { asServer?: boolean };

type Hydrating = HwElement<never, never> & {
  source: ContentController<unknown>;
  locale: LocaleController;
  open?: string[];
};

/**
 * Whether the element still shows the server's shadow root, not yet taken over: before its first
 * update, a shadow root with content came from the HTML (Lit adopts styles without elements).
 */
const preRendered = (element: HwElement<never, never>): boolean =>
  !element.hasUpdated &&
  [...(element.shadowRoot?.children ?? [])].some((child) => child.localName !== 'style');

// An element whose module a bundler ran before this file (esbuild's code splitting can) was
// defined, and took its shadow root, without the support. Taking its root again through the
// support marks it for hydration, as the support does, before its first update. LitElement had
// also set its renders to go before the server's nodes, where they would find no part to update.
for (const element of document.querySelectorAll(TAGS.join()))
  if (element instanceof HwElement && preRendered(element as unknown as HwElement<never, never>)) {
    const lit = element as unknown as { createRenderRoot(): void; renderOptions: RenderOptions };
    lit.createRenderRoot();
    lit.renderOptions.renderBefore = undefined;
  }

// HwElement's render root and LitElement's update, as the hydrate support above has made them.
const { createRenderRoot, update } = HwElement.prototype as unknown as {
  createRenderRoot(): HTMLElement | ShadowRoot;
  update(changed: PropertyValues): void;
};
/**
 * A pre-rendered root brings its styles in its `<style>` block. Where a sanitiser took the block
 * out, or a policy without the published hashes blocked it (a blocked block has no sheet), the
 * element adopts its own style sheets, as a client-rendered one does.
 */
Object.defineProperty(HwElement.prototype, 'createRenderRoot', {
  configurable: true,
  writable: true,
  value(this: HwElement<never, never>) {
    const root = createRenderRoot.call(this);
    if (root instanceof ShadowRoot && this.ownerDocument === document) {
      const styled = [...root.querySelectorAll('style')].some((style) => style.sheet);
      if (!styled) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  },
});

/**
 * Nodes the server drew from other content than the element now has (HTML rendered by another
 * version, or whose inline JSON a sanitiser removed) cannot be taken over: Lit stops at the first
 * part that differs. They go, and the element draws its own, as if it had not been pre-rendered.
 */
Object.defineProperty(HwElement.prototype, 'update', {
  configurable: true,
  writable: true,
  value(this: HwElement<never, never>, changed: PropertyValues) {
    const server = preRendered(this);
    try {
      update.call(this, changed);
    } catch (error) {
      if (!server) throw error;
      console.warn(
        `${this.localName}: its pre-rendered HTML does not match its content, so it was drawn again. Render it again with this version. (${(error as Error).message})`,
      );
      const root = this.shadowRoot!;
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      const lit = this as unknown as { renderOptions: RenderOptions; render(): unknown };
      lit.renderOptions.renderBefore = undefined;
      render(lit.render(), root, lit.renderOptions);
    }
  },
});

// The checker hydrates the care card the server drew, then becomes the interactive checker.
preRender.careCard = (checker, content) => {
  if (!preRendered(checker as unknown as HwElement<never, never>)) return undefined;
  void checker.updateComplete.then(async () => {
    // Focus on the card (a reader who got there before the script) would go with its nodes: it
    // moves to the box of the sign the reader was at, or to the first box.
    const root = checker.shadowRoot!;
    const at = root.activeElement?.closest<HTMLElement>('[data-flag],[data-tier]');
    checker.requestUpdate();
    await checker.updateComplete;
    if (at) root.querySelector<HTMLElement>(at.dataset.flag ? `#flag-${at.dataset.flag}` : 'input')?.focus();
  });
  return renderCareCard(checker, content);
};

const { shouldUpdate } = HwElement.prototype as unknown as {
  shouldUpdate(changed: PropertyValues): boolean;
};
/**
 * The changes of updates put off while an element waits. Lit forgets the changes of an update
 * that does not run, so without them the first real update would not see the attributes the
 * server rendered with (the checker would not link its `emergency-number`, and fail to hydrate).
 */
const putOff = new WeakMap<HwElement<never, never>, PropertyValues>();
Object.defineProperty(HwElement.prototype, 'shouldUpdate', {
  configurable: true,
  writable: true,
  value(this: Hydrating, changed: PropertyValues): boolean {
    const earlier = putOff.get(this);
    if (earlier) {
      // The oldest value of each property is its value before any of these updates.
      for (const [key, value] of earlier) changed.set(key, value);
      putOff.delete(this);
    }
    if (preRendered(this)) {
      // The FAQ keeps the answers the server showed open, so nothing moves.
      if (this.localName === 'hw-faq-accordion')
        this.open = [...this.shadowRoot!.querySelectorAll('[aria-controls][aria-expanded=true]')].map(
          (button) => button.id.slice(2),
        );
      // The server's nodes are taken over only by a render of the same content in the same
      // language: wait for the language's pack and for any validation.
      this.source.refresh();
      if (!this.locale.strings || this.source.pending) {
        putOff.set(this, new Map(changed));
        return false;
      }
      // An exclusive FAQ, too, keeps every answer the server showed open until the reader opens one.
      if (this.localName === 'hw-faq-accordion') {
        const faq = this as unknown as Faq;
        faq.asServer = true;
        // Then the questions, marked unavailable on the server, are buttons that work.
        void this.updateComplete.then(() => {
          faq.asServer = false;
          this.requestUpdate();
        });
      }
      // Hydration keeps the server's words as they are, so a checklist that keeps its ticks first
      // renders what the server could (no saved ticks, no storage), then the real ones.
      if (this.localName === 'hw-prevention-checklist' && (this as unknown as Checklist).persist) {
        const checklist = this as unknown as Checklist;
        checklist.asServer = true;
        // The saved ticks then replace the server's words: the page as it loads, not news, so its
        // status regions are plain text until assistive technology has seen the new words.
        const live = this.shadowRoot!.querySelectorAll('[role=status]');
        for (const region of live) region.role = null;
        void this.updateComplete.then(async () => {
          checklist.asServer = false;
          checklist.reopen = true;
          this.requestUpdate();
          await this.updateComplete;
          await new Promise(requestAnimationFrame);
          await new Promise(requestAnimationFrame);
          for (const region of live) region.role = 'status';
        });
      }
      // Boxes the reader ticked in the server's nodes, before the script ran, are the reader's
      // answers: once hydrated, the checklist counts them (and saves them, with `persist`).
      if (this.localName === 'hw-prevention-checklist') {
        const checklist = this as unknown as Checklist;
        const ticked = [...this.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((box) =>
          box.id.slice('item-'.length),
        );
        if (ticked.length)
          void this.updateComplete.then(async () => {
            // With `persist`, after the saved ticks above have loaded.
            await this.updateComplete;
            checklist.tick(new Set([...checklist.checked, ...ticked]), true);
          });
      }
    }
    return shouldUpdate.call(this, changed);
  },
});
