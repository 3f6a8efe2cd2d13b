/**
 * A page in Welsh or Spanish gets every UI word in its language from `lang` alone, with no
 * JavaScript configuration; the language follows `lang` wherever it is set, and strings from
 * HTML override the pack.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../components/anatomy-table/anatomy-table.js';
import '../components/faq-accordion/faq-accordion.js';
import '../components/prevention-checklist/prevention-checklist.js';
import '../components/red-flag-checker/red-flag-checker.js';
import * as topic from '../content/topics/back-spasms-walking.js';
import { checklist, redFlags } from '../content/topics/back-spasms-walking.js';
import { captureConsole, textOf } from '../test-support/helpers.js';
import { enGB } from './en-GB.js';
import { nearestLang } from './locale-controller.js';
import { loadPack } from './locales.js';
import type { UiStrings } from './strings.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['hw-anatomy-table', 'hw-faq-accordion', 'hw-prevention-checklist', 'hw-red-flag-checker'];
const ITEMS = checklist.groups.flatMap((group) => group.items).length;
const shadowText = (el: Element) => textOf(el.shadowRoot);
const part = (el: Element, name: string) => textOf(el.shadowRoot!.querySelector(`[part="${name}"]`));

/** Renders every element inside `lang`, each settled. */
async function renderAll(lang: string): Promise<Widget[]> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <hw-anatomy-table></hw-anatomy-table>
      <hw-faq-accordion></hw-faq-accordion>
      <hw-prevention-checklist></hw-prevention-checklist>
      <hw-red-flag-checker></hw-red-flag-checker>
    </div>`,
  );
  const widgets = [...wrapper.children] as Widget[];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return widgets;
}

/** The bundled content, which is English: its words are not the UI's. */
const CONTENT = JSON.stringify(topic);
const MONTHS: Record<string, string[]> = {
  cy: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};
const ENGLISH_MONTHS =
  /January|February|March|April|May|June|July|August|September|October|November|December/;

/**
 * The words of an English UI string around its placeholders, long enough not to be chance, and
 * not also in the content (the FAQ says "See a doctor" in its own words).
 */
const englishWords = (key: keyof UiStrings): string[] => {
  const text = enGB.strings[key];
  return (typeof text === 'string' ? text : text.other)
    .split(/\{\w+\}/)
    .map((words) => words.trim().replace(/[.:]$/, ''))
    .filter((words) => words.length > 3 && !CONTENT.includes(words));
};

describe('languages', () => {
  describe('nearestLang', () => {
    it('takes the element’s own lang, else an ancestor’s, else the document’s', async () => {
      const wrapper = await fixture(
        html`<div lang="es">
          <p><span lang="cy"></span><b></b></p>
        </div>`,
      );
      expect(nearestLang(wrapper.querySelector('span')!)).to.equal('cy');
      expect(nearestLang(wrapper.querySelector('b')!)).to.equal('es');
      expect(nearestLang(document.body)).to.equal(document.documentElement.lang);
    });
    it('crosses shadow roots to their hosts', async () => {
      const host = await fixture(html`<div lang="es-MX"></div>`);
      const inner = document.createElement('i');
      host.attachShadow({ mode: 'open' }).append(inner);
      expect(nearestLang(inner)).to.equal('es-MX');
    });
  });

  for (const lang of ['cy', 'es']) {
    describe(`a page in lang="${lang}"`, () => {
      let pack: UiStrings;
      before(async () => {
        // Welsh and Spanish packs are complete (see packs.test.ts).
        pack = (await loadPack(lang)).strings as UiStrings;
      });

      it('shows no English UI words in any element', async () => {
        for (const el of await renderAll(lang)) {
          const text = shadowText(el);
          for (const key of Object.keys(enGB.strings) as (keyof UiStrings)[]) {
            for (const words of englishWords(key))
              expect(text, `${el.localName} ${key}`).not.to.contain(words);
          }
        }
      });

      it('shows each element’s own words from the pack', async () => {
        const [anatomy, faq, list, checker] = await renderAll(lang);
        for (const el of [anatomy!, faq!, list!, checker!]) {
          const footer = part(el, 'footer');
          for (const key of ['lastReviewed', 'nextReview'] as const)
            expect(footer, `${el.localName} ${key}`).to.contain(`${pack[key]}:`);
          // The bundled topic names no clinician, and the footer says so.
          expect(footer, `${el.localName} noClinicalReviewer`).to.contain(pack.noClinicalReviewer);
        }
        // The anatomy table lists no source, and says it has not been checked against one.
        expect(part(anatomy!, 'footer')).to.contain(pack.noSources);
        for (const el of [faq!, list!, checker!]) {
          const footer = part(el, 'footer');
          expect(footer, `${el.localName} sources`).to.contain(`${pack.sources}:`);
          expect(footer, `${el.localName} checkedBy`).to.contain(
            pack.checkedBy.replace('{name}', topic.meta.review.checkedBy),
          );
          expect(footer, `${el.localName} checked`).to.contain(`${pack.checked} `);
        }
        expect(part(faq!, 'toggle-all')).to.equal(pack.showAll);
        faq!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
        await faq!.updateComplete;
        expect(part(faq!, 'toggle-all')).to.equal(pack.hideAll);
        expect(part(list!, 'reset')).to.equal(pack.reset);
        expect(shadowText(list!)).to.contain(pack.why);
        expect(part(checker!, 'outcome')).to.equal(pack.prompt);
        expect(shadowText(checker!)).to.contain(pack.none).and.to.contain(`${pack.source}:`);
        expect(part(checker!, 'note')).to.contain(pack.localNumber);
        (checker as Widget & { checked?: string[] }).checked = [];
        await checker!.updateComplete;
        expect(part(checker!, 'outcome'), 'the safety net').to.contain(pack.safetyNet);
      });

      it('shows progress with the pack’s plural forms', async () => {
        const [, , list] = await renderAll(lang);
        const expected = {
          cy: [`0 o ${ITEMS} wedi'u gwneud`, `1 o ${ITEMS} wedi'u gwneud`],
          es: [`0 de ${ITEMS} hechos`, `1 de ${ITEMS} hecho`],
        }[lang]!;
        expect(part(list!, 'progress')).to.equal(expected[0]);
        list!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await list!.updateComplete;
        expect(part(list!, 'progress')).to.equal(expected[1]);
      });

      it('names the care tiers and the call to action in the pack’s words', async () => {
        const [, , , checker] = await renderAll(lang);
        const emergency = redFlags.groups
          .flatMap((group) => group.flags)
          .find((flag) => flag.tier === 'emergency')!;
        checker!.shadowRoot!.querySelector<HTMLInputElement>(`#flag-${emergency.id}`)!.click();
        await checker!.updateComplete;
        const outcome = part(checker!, 'outcome');
        expect(outcome).to.contain(pack.emergency);
        expect(outcome).to.contain(pack.callNumber.split('{number}')[0]!.trim());
        expect(outcome).to.contain(pack.localNumber);
      });

      it('writes the review dates in the language, even where the browser has no dates in it', async () => {
        const [anatomy] = await renderAll(lang);
        for (const time of anatomy!.shadowRoot!.querySelectorAll('time')) {
          const [year, month, day] = time.dateTime.split('-').map(Number);
          expect(textOf(time))
            .to.contain(String(year))
            .and.to.contain(String(day))
            .and.to.contain(MONTHS[lang]![month! - 1]!)
            .and.not.to.match(ENGLISH_MONTHS);
        }
      });

      it('shows the error title in the language', async () => {
        const errors = captureConsole('error');
        try {
          const wrapper = await fixture(
            html`<div lang=${lang}>
              <hw-anatomy-table topic="nope"></hw-anatomy-table>
            </div>`,
          );
          const el = wrapper.firstElementChild as Widget;
          await el.updateComplete;
          expect(part(el, 'error')).to.contain(pack.contentError);
        } finally {
          errors.restore();
        }
      });
    });
  }

  describe('following lang', () => {
    it('follows an ancestor’s lang as it changes, and the document’s when it goes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="cy"><hw-faq-accordion></hw-faq-accordion></div>`,
      );
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal('Dangos pob ateb');
      wrapper.lang = 'es-MX';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal('Mostrar todas las respuestas');
      wrapper.removeAttribute('lang');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal(enGB.strings.showAll);
    });

    it('takes its own lang first', async () => {
      const wrapper = await fixture(
        html`<div lang="cy"><hw-faq-accordion lang="es"></hw-faq-accordion></div>`,
      );
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal('Mostrar todas las respuestas');
    });

    it('takes its host’s lang inside another component’s shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="cy"></div>`);
      const el = document.createElement('hw-faq-accordion') as Widget;
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal('Dangos pob ateb');
      host.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'toggle-all')).to.equal('Mostrar todas las respuestas');
    });

    it('keeps English (UK) for a language without a pack, and US words for en-US', async () => {
      const wrapper = await fixture(
        html`<div>
          <hw-red-flag-checker lang="fr"></hw-red-flag-checker>
          <hw-red-flag-checker lang="en-US"></hw-red-flag-checker>
        </div>`,
      );
      const [french, american] = [...wrapper.children] as Widget[];
      await french!.updateComplete;
      await american!.updateComplete;
      expect(part(french!, 'outcome')).to.equal(enGB.strings.prompt);
      // Its dates follow its words, and carry their language.
      const time = french!.shadowRoot!.querySelector('[part="footer"] time')!;
      const iso = time.getAttribute('datetime')!;
      const uk = new Date(`${iso}T00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(time.textContent).to.equal(uk);
      expect(time.closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
      expect(part(american!, 'outcome')).to.equal(
        'Check the signs you have, or "None of these". Your result shows here.',
      );
    });

    it('keeps the reader’s ticks when the language changes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><hw-prevention-checklist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      wrapper.lang = 'cy';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'progress')).to.equal(`1 o ${ITEMS} wedi'u gwneud`);
    });
  });

  describe('strings from HTML', () => {
    it('override the pack, and the strings property overrides them', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <hw-faq-accordion>
            <script type="application/json" data-strings>
              { "showAll": "Agor y cyfan" }
            </script>
          </hw-faq-accordion>
          <hw-faq-accordion .strings=${{ showAll: 'From JS' }}>
            <script type="application/json" data-strings>
              { "showAll": "From HTML" }
            </script>
          </hw-faq-accordion>
        </div>`,
      );
      const [fromHtml, fromJs] = [...wrapper.children] as Widget[];
      await fromHtml!.updateComplete;
      await fromJs!.updateComplete;
      expect(part(fromHtml!, 'toggle-all')).to.equal('Agor y cyfan');
      expect(part(fromHtml!, 'footer')).to.contain('Adolygwyd ddiwethaf');
      expect(part(fromJs!, 'toggle-all')).to.equal('From JS');
    });

    it('work the same on every element, beside content’s inline JSON', async () => {
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Widget;
        const strings = document.createElement('script');
        strings.type = 'application/json';
        strings.dataset.strings = '';
        strings.textContent = JSON.stringify({ lastReviewed: 'Looked at last' });
        el.append(strings);
        const wrapper = await fixture(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
        expect(part(el, 'footer'), tag).to.contain('Looked at last:');
        expect(el.shadowRoot!.querySelector('[part="error"]'), tag).to.equal(null);
      }
    });

    it('follow a strings block that changes after the element upgrades', async () => {
      const el = await fixture<Widget>(html`<hw-prevention-checklist></hw-prevention-checklist>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.setAttribute('data-strings', '');
      script.textContent =
        '{ "progress": { "one": "{done} habit of {total}", "other": "{done} habits of {total}" } }';
      el.append(script);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'progress')).to.equal(`0 habits of ${ITEMS}`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(part(el, 'progress')).to.equal(`1 habit of ${ITEMS}`);
    });

    it('follow a strings block that changes while the content comes from the property', async () => {
      const el = await fixture<Widget>(
        html`<hw-prevention-checklist .content=${checklist}>
          <script type="application/json" data-strings>
            { "reset": "Start again" }
          </script>
        </hw-prevention-checklist>`,
      );
      expect(part(el, 'reset')).to.equal('Start again');
      el.querySelector('script')!.textContent = '{ "reset": "Untick everything" }';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'reset')).to.equal('Untick everything');
    });

    it('show the error view naming a misspelt key, as invalid content does', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<Widget>(
          html`<hw-faq-accordion>
            <script type="application/json" data-strings>
              { "shwAll": "Open all" }
            </script>
          </hw-faq-accordion>`,
        );
        expect(part(el, 'error')).to.contain('strings.shwAll: not a UI string of this element');
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('set as a property are checked the same way: the emergency number cannot drop off', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<Widget & { strings: object }>(
          html`<hw-red-flag-checker .strings=${{ callNumber: 'Ring for help now.' }}></hw-red-flag-checker>`,
        );
        expect(part(el, 'error')).to.contain('strings.callNumber: must keep {number}');
        expect(el.shadowRoot!.querySelector('input'), 'no sign without its way to call').to.equal(null);
        expect(errors.calls).to.have.length(1);

        el.strings = { callNumber: 'Ring {number} now.' };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('input').length).to.be.greaterThan(0);
        expect(errors.calls, 'logged once').to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('set as a property name only the element’s own strings', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<Widget>(
          html`<hw-faq-accordion
            .strings=${{ showAll: 'Open all', shwoAll: 'Open all' }}
          ></hw-faq-accordion>`,
        );
        expect(part(el, 'error')).to.contain('strings.shwoAll: not a UI string of this element');
      } finally {
        errors.restore();
      }
    });
  });
});
