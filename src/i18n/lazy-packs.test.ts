/**
 * An English (UK) page loads neither the language layer nor any pack; other packs load only on a
 * page that uses them, each on its own, with the layer that chooses them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../components/anatomy-table/anatomy-table.js';
import '../components/faq-accordion/faq-accordion.js';
import '../components/prevention-checklist/prevention-checklist.js';
import '../components/red-flag-checker/red-flag-checker.js';
import { checklist } from '../content/topics/back-spasms-walking.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The modules of the package the page has fetched whose path matches, by the matched name. */
const fetched = (path: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(path)?.[1])
    .filter(Boolean);
const packsLoaded = () => fetched(/\/i18n\/packs\/([\w-]+)\.[jt]s/);
const layerLoaded = () => fetched(/\/i18n\/(locales)\.[jt]s/).length > 0;
const ITEMS = checklist.groups.flatMap((group) => group.items).length;

describe('loading packs', () => {
  it('loads neither the language layer nor a pack for an English (UK) page, in any spelling', async () => {
    // The test page itself has no lang, or English.
    expect(['', 'en', 'en-GB']).to.include(document.documentElement.lang);
    const wrapper = await fixture(
      html`<div>
        <div lang="en-GB">
          <hw-faq-accordion></hw-faq-accordion>
          <hw-red-flag-checker lang="en"></hw-red-flag-checker>
          <hw-prevention-checklist lang="EN-gb"></hw-prevention-checklist>
        </div>
        <hw-anatomy-table></hw-anatomy-table>
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('hw-'));
    expect(widgets).to.have.length(4);
    for (const el of widgets) await el.updateComplete;
    const [faq, , list, anatomy] = widgets;
    expect(faq!.shadowRoot!.textContent).to.contain('Show all answers');
    expect(list!.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim()).to.equal(
      `0 of ${ITEMS} done`,
    );
    expect(anatomy!.shadowRoot!.querySelector('[part="footer"]')!.textContent).to.match(
      /Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    expect(layerLoaded(), 'the language layer').to.equal(false);
    expect(packsLoaded()).to.deep.equal([]);
  });

  it('loads the layer when an English page turns Welsh, and follows it back to English', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><hw-prevention-checklist></hw-prevention-checklist></div>`,
    );
    const list = wrapper.firstElementChild as Widget;
    const progress = () => list.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim();
    await list.updateComplete;
    expect(progress()).to.equal(`0 of ${ITEMS} done`);
    expect(layerLoaded(), 'the language layer, in English').to.equal(false);
    wrapper.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await list.updateComplete;
    expect(progress()).to.equal(`0 o ${ITEMS} wedi'u gwneud`);
    expect(layerLoaded(), 'the language layer, in Welsh').to.equal(true);
    wrapper.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await list.updateComplete;
    expect(progress()).to.equal(`0 of ${ITEMS} done`);
    expect(list.shadowRoot!.querySelector('[part="progress"]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('loads the layer and only the Welsh pack for a Welsh page, once for every element', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <hw-faq-accordion></hw-faq-accordion>
        <hw-red-flag-checker></hw-red-flag-checker>
      </div>`,
    );
    for (const el of wrapper.children) await (el as Widget).updateComplete;
    expect(wrapper.children[0]!.shadowRoot!.textContent).to.contain('Dangos pob ateb');
    expect(layerLoaded(), 'the language layer').to.equal(true);
    expect(packsLoaded()).to.deep.equal(['cy']);
  });
});
