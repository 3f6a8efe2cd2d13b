/**
 * WCAG 3.1.2, language of parts: on a Welsh page with English content, each word an element shows
 * carries its own language. The UI's words (from the Welsh pack) are marked Welsh and the
 * content's words English, as assistive technology reads the `lang` each text inherits.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../components/anatomy-table/anatomy-table.js';
import '../components/faq-accordion/faq-accordion.js';
import '../components/prevention-checklist/prevention-checklist.js';
import '../components/red-flag-checker/red-flag-checker.js';
import * as topic from '../content/topics/back-spasms-walking.js';
import { nearestLang } from './locale-controller.js';
import { loadPack } from './locales.js';
import type { Plural, UiStrings } from './strings.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Every non-blank text in a shadow root, with the language it inherits (across the host). */
function textsWithLang(root: ShadowRoot): { text: string; lang: string }[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: { text: string; lang: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) texts.push({ text, lang: nearestLang(node.parentElement!) });
  }
  return texts;
}

const CONTENT_LANG = topic.meta.lang;

describe('language of parts', () => {
  let welsh: string[];
  before(async () => {
    // The Welsh pack is complete (see packs.test.ts).
    const strings: Record<string, Plural> = { ...((await loadPack('cy')).strings as UiStrings) };
    // The Welsh words of each UI string, around its placeholders.
    welsh = Object.values(strings)
      .flatMap((value) => (typeof value === 'string' ? [value] : Object.values<string>(value)))
      .flatMap((value) => value.split(/\{\w+\}/))
      .map((words) => words.trim().replace(/[.:,]$/, ''))
      .filter((words) => words.length > 3);
  });

  /** A text is the UI's when it is (part of) a Welsh string, the content's when the topic has it. */
  function check(el: Widget, minimum: number) {
    const content = JSON.stringify(topic);
    let ui = 0;
    let quoted = 0;
    for (const { text, lang } of textsWithLang(el.shadowRoot!)) {
      const bare = text.replace(/[.:,]$/, '');
      if (bare.length > 3 && welsh.some((words) => words === bare || text.includes(words))) {
        expect(lang, `UI words "${text}" in <${el.localName}>`).to.equal('cy');
        ui++;
      } else if (bare.length > 3 && content.includes(JSON.stringify(text).slice(1, -1))) {
        expect(lang, `content words "${text}" in <${el.localName}>`).to.equal(CONTENT_LANG);
        quoted++;
      }
    }
    expect(ui, `UI texts checked in <${el.localName}>`).to.be.at.least(minimum);
    expect(quoted, `content texts checked in <${el.localName}>`).to.be.at.least(5);
  }

  /** The element, rendered in a page part whose `lang` is `lang`. */
  async function pageIn(lang: string, element: ReturnType<typeof html>): Promise<Widget> {
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${element}</div>`);
    const el = wrapper.firstElementChild as Widget;
    await el.updateComplete;
    return el;
  }
  const welshPage = (element: ReturnType<typeof html>) => pageIn('cy', element);

  it('the anatomy table: the footer’s words are Welsh, the table and the sources’ titles English', async () => {
    check(await welshPage(html`<hw-anatomy-table></hw-anatomy-table>`), 3);
  });

  it('the FAQ: "Show all" and the footer are Welsh, questions, answers and sources English', async () => {
    const el = await welshPage(html`<hw-faq-accordion></hw-faq-accordion>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
    await el.updateComplete;
    check(el, 6);
    const toggle = el.shadowRoot!.querySelector('[part="toggle-all"]')!;
    expect(toggle.closest('[lang]')!.getAttribute('lang')).to.equal('cy');
    const question = el.shadowRoot!.querySelector('[part="button"]')!;
    expect(question.closest('[lang]')!.getAttribute('lang')).to.equal(CONTENT_LANG);
  });

  it('the checklist: progress, "why", reset and the saved note are Welsh, the habits English', async () => {
    const el = await welshPage(html`<hw-prevention-checklist persist></hw-prevention-checklist>`);
    check(el, 7);
  });

  it('the checker: prompt, "none", tier, call to action, status and disclaimer are Welsh, signs English', async () => {
    const el = await welshPage(html`<hw-red-flag-checker emergency-number="999"></hw-red-flag-checker>`);
    check(el, 8);
    // An emergency sign shows the outcome: its tier word, call to action and announcement.
    const sign = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="chest-pain"]')!;
    sign.click();
    await el.updateComplete;
    check(el, 10);
    const tier = el.shadowRoot!.querySelector('[part="outcome-heading"] span')!;
    expect(tier.closest('[lang]')!.getAttribute('lang')).to.equal('cy');
    expect(
      el.shadowRoot!.querySelector('[part="outcome-heading"]')!.closest('[lang]')!.getAttribute('lang'),
    ).to.equal(CONTENT_LANG);
  });

  describe('words the page gives', () => {
    const toggle = (el: Widget) => el.shadowRoot!.querySelector('[part="toggle-all"]')!;
    const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');

    const frenchPage = (element: ReturnType<typeof html>) => pageIn('fr', element);

    it('through `strings` are marked with the page’s language, though it has no pack', async () => {
      const strings = { showAll: 'Tout afficher', hideAll: 'Tout masquer' };
      const el = await frenchPage(html`<hw-faq-accordion .strings=${strings}></hw-faq-accordion>`);
      expect(toggle(el).textContent!.trim()).to.equal('Tout afficher');
      expect(langOf(toggle(el))).to.equal('fr');
      // The content keeps its own language.
      expect(langOf(el.shadowRoot!.querySelector('[part="button"]')!)).to.equal(CONTENT_LANG);
    });

    it('through a `data-strings` block are marked with the page’s language too', async () => {
      const el = await frenchPage(
        html`<hw-faq-accordion
          ><script type="application/json" data-strings>
            { "showAll": "Tout afficher" }
          </script></hw-faq-accordion
        >`,
      );
      expect(toggle(el).textContent!.trim()).to.equal('Tout afficher');
      expect(langOf(toggle(el))).to.equal('fr');
    });

    it('none given: on a page in a language with no pack, the words are English (UK), marked so', async () => {
      const el = await frenchPage(html`<hw-faq-accordion></hw-faq-accordion>`);
      expect(toggle(el).textContent!.trim()).to.equal('Show all answers');
      expect(langOf(toggle(el))).to.equal('en-GB');
    });

    it('where the language is unknown (`lang=""`), given words keep the pack’s language', async () => {
      const el = await pageIn(
        '',
        html`<hw-faq-accordion .strings=${{ showAll: 'Open every answer' }}></hw-faq-accordion>`,
      );
      expect(toggle(el).textContent!.trim()).to.equal('Open every answer');
      expect(langOf(toggle(el))).to.equal('en-GB');
    });
  });
});
