/** Packs other than English (UK) load only on a page that uses them, each on its own. */
import { expect, fixture, html } from '@open-wc/testing';
import '../components/faq-accordion/faq-accordion.js';
import '../components/red-flag-checker/red-flag-checker.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const packsLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/i18n\/packs\/([\w-]+)\.[jt]s/)?.[1])
    .filter(Boolean);

describe('loading packs', () => {
  it('loads no pack for an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB">
        <hw-faq-accordion></hw-faq-accordion>
        <hw-red-flag-checker lang="en"></hw-red-flag-checker>
      </div>`,
    );
    for (const el of wrapper.children) await (el as Widget).updateComplete;
    expect(wrapper.children[0]!.shadowRoot!.textContent).to.contain('Show all answers');
    expect(packsLoaded()).to.deep.equal([]);
  });

  it('loads only the Welsh pack for a Welsh page, once for every element', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <hw-faq-accordion></hw-faq-accordion>
        <hw-red-flag-checker></hw-red-flag-checker>
      </div>`,
    );
    for (const el of wrapper.children) await (el as Widget).updateComplete;
    expect(wrapper.children[0]!.shadowRoot!.textContent).to.contain('Dangos pob ateb');
    expect(packsLoaded()).to.deep.equal(['cy']);
  });
});
