import { expect, fixture, html } from '@open-wc/testing';
import type { AnatomyTableContent } from '../../content/schema.js';
import { anatomy as bundled } from '../../content/topics/back-spasms-walking.js';
import * as backSpasmsWalking from '../../content/topics/back-spasms-walking.js';
import {
  captureConsole,
  DARK_PAGE,
  expectContentError,
  overflowing,
  textOf,
} from '../../test-support/helpers.js';
import './anatomy-table.js';
import type { HwAnatomyTable } from './anatomy-table.js';

const custom: AnatomyTableContent = {
  ...bundled,
  heading: 'Two muscles',
  caption: 'A shorter table',
  rows: [
    {
      id: 'gluteus-maximus',
      muscle: 'Gluteus maximus',
      description: 'Your buttock.',
      role: 'Pushes you forward.',
    },
    { id: 'hamstrings', muscle: 'Hamstrings', description: 'Back of the thigh.', role: 'Slow the leg down.' },
  ],
};

const shadow = (el: HwAnatomyTable) => el.shadowRoot!;
const rowHeaders = (el: HwAnatomyTable) =>
  [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => textOf(th));

describe('<hw-anatomy-table>', () => {
  describe('accessibility', () => {
    it('is a table with a caption, column headers and a row header per muscle', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const root = shadow(el);
      expect(textOf(root.querySelector('caption'))).to.equal(bundled.caption);
      const columns = [...root.querySelectorAll('thead th')];
      expect(columns.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(columns.map((th) => textOf(th))).to.deep.equal(Object.values(bundled.columns));
      expect(rowHeaders(el)).to.deep.equal(bundled.rows.map((row) => row.muscle));
      const firstRow = [...root.querySelectorAll('tbody tr')][0]!.querySelectorAll('td');
      expect(textOf(firstRow[0])).to.contain(bundled.rows[0]!.description);
      expect(textOf(firstRow[1])).to.contain(bundled.rows[0]!.role);
    });

    it('is axe-clean in the wide layout', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      await expect(el).to.be.accessible();
    });

    it('is axe-clean stacked at 320 px', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><hw-anatomy-table></hw-anatomy-table></div>`,
      );
      await expect(wrapper.firstElementChild).to.be.accessible();
    });

    it('is axe-clean on a dark page, wide and stacked', async () => {
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}>
          <hw-anatomy-table></hw-anatomy-table>
          <div style="width: 320px"><hw-anatomy-table></hw-anatomy-table></div>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('hw-anatomy-table')) await expect(el).to.be.accessible();
    });

    it('uses light text colours on a dark page', async () => {
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}><hw-anatomy-table></hw-anatomy-table></div>`,
      );
      const cell = wrapper.querySelector('hw-anatomy-table')!.shadowRoot!.querySelector('td')!;
      const [red, green, blue] = getComputedStyle(cell).color.match(/\d+/g)!.map(Number);
      expect(red! + green! + blue!).to.be.greaterThan(3 * 128);
    });
  });

  describe('layout', () => {
    it('keeps a table layout when wide', async () => {
      const wrapper = await fixture(
        html`<div style="width: 900px"><hw-anatomy-table></hw-anatomy-table></div>`,
      );
      const row = wrapper.querySelector('hw-anatomy-table')!.shadowRoot!.querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('table-row');
    });

    it('stacks rows into labelled cards at 320 px, with nothing overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><hw-anatomy-table></hw-anatomy-table></div>`,
      );
      const el = wrapper.querySelector<HwAnatomyTable>('hw-anatomy-table')!;
      const root = shadow(el);
      const row = root.querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      const labels = [...row.querySelectorAll('td span')];
      expect(labels.map((label) => textOf(label))).to.deep.equal([
        bundled.columns.description,
        bundled.columns.role,
      ]);
      expect(labels.every((label) => getComputedStyle(label).display === 'block')).to.equal(true);
      expect(labels.every((label) => label.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const caption = root.querySelector('caption')!.getBoundingClientRect().width;
      expect(caption, 'the caption spans the cards').to.be.greaterThan(
        root.querySelector('table')!.getBoundingClientRect().width - 2,
      );
      expect(
        overflowing(el).map(
          (node) => `${node.localName}.${node.className} ${node.scrollWidth}>${node.clientWidth}`,
        ),
      ).to.deep.equal([]);
    });

    it('keeps table roles on every cell, so stacking does not lose the semantics', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const root = shadow(el);
      expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
      for (const row of root.querySelectorAll('tr')) expect(row.getAttribute('role')).to.equal('row');
      for (const th of root.querySelectorAll('tbody th'))
        expect(th.getAttribute('role')).to.equal('rowheader');
      for (const td of root.querySelectorAll('td')) expect(td.getAttribute('role')).to.equal('cell');
    });
  });

  describe('content', () => {
    it('renders the content property, which wins over inline JSON and topic', async () => {
      const el = await fixture<HwAnatomyTable>(
        html`<hw-anatomy-table topic="nope" .content=${custom}>
          <script type="application/json">
            { "not": "used" }
          </script>
        </hw-anatomy-table>`,
      );
      expect(rowHeaders(el)).to.deep.equal(['Gluteus maximus', 'Hamstrings']);
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('Two muscles');
    });

    it('renders inline JSON, which wins over topic', async () => {
      const el = await fixture<HwAnatomyTable>(
        html`<hw-anatomy-table topic="nope">
          <script type="application/json">
            ${JSON.stringify(custom)}
          </script>
        </hw-anatomy-table>`,
      );
      expect(rowHeaders(el)).to.deep.equal(['Gluteus maximus', 'Hamstrings']);
    });

    it('follows inline JSON that changes after the element upgrades', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(custom);
      el.append(script);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(rowHeaders(el)).to.deep.equal(['Gluteus maximus', 'Hamstrings']);
    });

    it('follows a new content property', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      el.content = custom;
      await el.updateComplete;
      expect(rowHeaders(el)).to.deep.equal(['Gluteus maximus', 'Hamstrings']);
      el.content = undefined;
      await el.updateComplete;
      expect(rowHeaders(el)).to.deep.equal(bundled.rows.map((row) => row.muscle));
    });

    it('puts its heading at the level asked for, 2–6, and at the default for any other value', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const level = () => shadow(el).querySelector('[part="heading"]')!.localName;
      expect(level()).to.equal('h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('h4'))).to.equal(bundled.heading);
      for (const value of ['9', '1', '4.5', 'one', '', '-3']) {
        el.setAttribute('heading-level', '5');
        await el.updateComplete;
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(level(), `heading-level="${value}"`).to.equal('h2');
      }
    });

    it('shows review dates as <time datetime>, and says no published source was checked', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const footer = shadow(el).querySelector('[part="footer"]')!;
      const { review } = bundled.meta;
      expect(review.sources).to.deep.equal([]);
      expect([...footer.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([
        review.lastReviewed,
        review.nextReview,
      ]);
      expect(textOf(footer)).to.contain('We have not checked this against a published source yet.');
      expect(textOf(footer)).to.not.contain('Checked against');
      expect(footer.querySelector('a, ul')).to.equal(null);
    });

    it('links every source its content lists, with the date each was checked', async () => {
      const { meta } = backSpasmsWalking.checklist;
      const el = await fixture<HwAnatomyTable>(
        html`<hw-anatomy-table .content=${{ ...bundled, meta }}></hw-anatomy-table>`,
      );
      const footer = shadow(el).querySelector('[part="footer"]')!;
      expect(meta.review.sources.length).to.be.greaterThan(0);
      expect([...footer.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([
        meta.review.lastReviewed,
        meta.review.nextReview,
        ...meta.review.sources.flatMap((source) => (source.checked ? [source.checked] : [])),
      ]);
      expect(textOf(footer)).to.contain(`Checked against the sources below by ${meta.review.checkedBy}.`);
      expect([...footer.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(
        meta.review.sources.map((source) => source.url),
      );
    });

    it('takes overrides for its UI strings and keeps the other defaults', async () => {
      const el = await fixture<HwAnatomyTable>(
        html`<hw-anatomy-table .strings=${{ lastReviewed: 'Checked' }}></hw-anatomy-table>`,
      );
      const footer = textOf(shadow(el).querySelector('[part="footer"]'));
      expect(footer).to.contain('Checked:');
      expect(footer).to.contain('Next review due:');
    });

    it('exposes parts for theming', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table></hw-anatomy-table>`);
      const parts = [...shadow(el).querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(new Set(parts)).to.deep.equal(new Set(['heading', 'table', 'caption', 'row', 'footer']));
    });
  });

  describe('invalid content', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole('error')));
    afterEach(() => console_.restore());

    it('shows what is wrong, logs it once and fires hw-content-error, without throwing', async () => {
      const broken = { ...custom, rows: [{ ...custom.rows[0], muscle: 7 }] };
      await expectContentError<HwAnatomyTable>(
        'hw-anatomy-table',
        broken,
        'rows[0].muscle: expected a string, got 7',
        (el) => {
          expect(shadow(el).querySelector('table')).to.equal(null);
        },
      );
    });

    it('treats an empty or blank topic attribute as the default topic', async () => {
      for (const topic of ['', '   ', ` ${bundled.meta.id}\n`]) {
        const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table topic=${topic}></hw-anatomy-table>`);
        expect(rowHeaders(el), JSON.stringify(topic)).to.deep.equal(bundled.rows.map((row) => row.muscle));
      }
      expect(console_.calls).to.have.length(0);
    });

    it('names an unknown topic', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table topic="knee-pain"></hw-anatomy-table>`);
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain(
        'topic: unknown topic "knee-pain"',
      );
      expect(console_.calls).to.have.length(1);
    });

    it('reports inline JSON that does not parse', async () => {
      const el = await fixture<HwAnatomyTable>(
        html`<hw-anatomy-table>
          <script type="application/json">
            { rows: [
          </script>
        </hw-anatomy-table>`,
      );
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain('inline JSON:');
    });

    it('recovers when valid content replaces invalid content', async () => {
      const el = await fixture<HwAnatomyTable>(html`<hw-anatomy-table topic="knee-pain"></hw-anatomy-table>`);
      el.topic = 'back-spasms-walking';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(rowHeaders(el)).to.have.length(bundled.rows.length);
    });

    it('never breaks another widget on the page', async () => {
      const wrapper = await fixture(
        html`<div>
          <hw-anatomy-table topic="knee-pain"></hw-anatomy-table>
          <hw-anatomy-table></hw-anatomy-table>
        </div>`,
      );
      const [broken, working] = wrapper.querySelectorAll('hw-anatomy-table');
      await broken!.updateComplete;
      await working!.updateComplete;
      expect(broken!.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(working!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(bundled.rows.length);
    });
  });
});
