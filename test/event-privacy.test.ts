/**
 * What a reader ticks stays on the page: no `hw-…` event detail may say which boxes were ticked,
 * so a page that forwards the events to analytics (README, "Analytics") cannot leak it. Every
 * element is driven as a reader would (every box ticked and cleared, every question opened and
 * closed, bad content), while a listener on the document records every event the manifest
 * documents. Each detail is searched for the ids and the words of every box.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureConsole } from '../src/test-support/helpers.js';
import type { HwFaqAccordion, HwPreventionChecklist, HwRedFlagChecker } from '../src/index.js';

interface Manifest {
  modules: { declarations?: { events?: { name: string }[] }[] }[];
}
const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
const EVENTS = [
  ...new Set(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        (declaration.events ?? []).map((event) => event.name),
      ),
    ),
  ),
];

/** Every string anywhere in a value, and the length of every list. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The reader's click on each box in turn, then on each again to clear it. Returns what would
 * identify a ticked box: its id (as the element's `checked` gives it) and its label.
 */
async function tickEach(el: HwRedFlagChecker | HwPreventionChecklist): Promise<string[]> {
  await el.updateComplete;
  const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const labels = boxes.map((box) => box.labels?.[0]?.textContent?.trim() ?? '');
  const ids = new Set<string>();
  for (const box of boxes) {
    box.click();
    await el.updateComplete;
    el.checked.forEach((id) => ids.add(id));
  }
  for (const box of boxes.filter((item) => item.checked)) {
    box.click();
    await el.updateComplete;
  }
  return [...ids, ...labels.filter(Boolean)];
}

describe('event details carry no ticks', () => {
  it('documents the events it listens for', () => {
    expect(EVENTS).to.include.members(['hw-tier-change', 'hw-checklist-change', 'hw-faq-toggle']);
  });

  it('no hw-… event says which boxes a reader ticked, in any element', async () => {
    const heard: CustomEvent[] = [];
    const record = (event: Event) => heard.push(event as CustomEvent);
    for (const name of EVENTS) document.addEventListener(name, record);
    // The bad content's error is logged, as it should be; not this test's concern.
    const errors = captureConsole('error');
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <hw-anatomy-table></hw-anatomy-table>
          <hw-faq-accordion></hw-faq-accordion>
          <hw-red-flag-checker emergency-number="999"></hw-red-flag-checker>
          <hw-prevention-checklist></hw-prevention-checklist>
          <hw-red-flag-checker .content=${{}}></hw-red-flag-checker>
        </div>`,
      );
      const checker = page.querySelector<HwRedFlagChecker>('hw-red-flag-checker')!;
      const checklist = page.querySelector<HwPreventionChecklist>('hw-prevention-checklist')!;
      const faq = page.querySelector<HwFaqAccordion>('hw-faq-accordion')!;
      await Promise.all(
        [...page.children].map(
          (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );

      // What identifies each element's boxes. The FAQ's details name the question opened, which
      // may share an id with a checklist item: each element's events are held to its own boxes.
      const ticks = new Map<EventTarget, string[]>([
        [checker, await tickEach(checker)],
        [checklist, await tickEach(checklist)],
      ]);
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await checklist.updateComplete;
      checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      await checklist.updateComplete;
      await faq.updateComplete;
      for (const button of faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')) {
        button.click();
        button.click();
      }
      await faq.updateComplete;

      // The test can fail: the reader's actions did fire the events, with ticks to look for.
      const types = new Set(heard.map((event) => event.type));
      expect([...types]).to.include.members(['hw-tier-change', 'hw-checklist-change', 'hw-faq-toggle']);
      expect(types.has('hw-content-error'), 'bad content reports an error').to.equal(true);
      expect(ticks.get(checker)!.length).to.be.greaterThan(20);
      expect(ticks.get(checklist)!.length).to.be.greaterThan(10);

      for (const event of heard) {
        const found = strings(event.detail);
        for (const text of ticks.get(event.target!) ?? []) {
          expect(found, `${event.type} detail ${JSON.stringify(event.detail)}`).not.to.include(text);
        }
      }
    } finally {
      errors.restore();
      for (const name of EVENTS) document.removeEventListener(name, record);
    }
  });
});
