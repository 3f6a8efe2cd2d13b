import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { FaqContent } from '../../content/schema.js';
import { faq as bundled } from '../../content/topics/back-spasms-walking.js';
import { plainText } from '../../core/rich-text.js';
import {
  captureConsole,
  DARK_PAGE,
  engine,
  expectContentError,
  overflowing,
  textOf,
} from '../../test-support/helpers.js';
import './faq-accordion.js';
import { faqStrings, HwFaqAccordion, type FaqToggleDetail } from './faq-accordion.js';

const items = bundled.items;

const custom: FaqContent = {
  ...bundled,
  heading: 'Two questions',
  items: [
    { id: 'rest', question: 'Should I rest?', answer: 'Rest for a short time, then keep moving.' },
    { id: 'heat', question: 'Does heat help?', answer: 'A warm pack can ease tight muscles.' },
  ],
};

const many = (count: number): FaqContent => ({
  ...bundled,
  items: Array.from({ length: count }, (_, index) => ({
    id: `question-${index + 1}`,
    question: `Question number ${index + 1}?`,
    answer: `Answer number ${index + 1}.`,
  })),
});

const shadow = (el: HwFaqAccordion) => el.shadowRoot!;
const buttons = (el: HwFaqAccordion) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('[part="button"]'),
];
const panels = (el: HwFaqAccordion) => [...shadow(el).querySelectorAll<HTMLElement>('[part="answer"]')];
const toggleAll = (el: HwFaqAccordion) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle-all"]');
const focused = (el: HwFaqAccordion) => shadow(el).activeElement;
const jsonLdBlocks = (el: HwFaqAccordion) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

/** Which answers are open, checked on both the button and its panel, which must agree. */
function openStates(el: HwFaqAccordion): boolean[] {
  return buttons(el).map((button, index) => {
    const panel = panels(el)[index]!;
    const expanded = button.getAttribute('aria-expanded');
    expect(expanded, `aria-expanded of ${button.id}`).to.be.oneOf(['true', 'false']);
    expect(panel.hasAttribute('hidden'), `${panel.id} hidden while ${button.id} is ${expanded}`).to.equal(
      expanded === 'false',
    );
    return expanded === 'true';
  });
}

const only = (count: number, ...open: number[]) =>
  Array.from({ length: count }, (_, index) => open.includes(index));

async function click(el: HwFaqAccordion, button: HTMLButtonElement | null | undefined) {
  button!.click();
  await el.updateComplete;
}

async function press(el: HwFaqAccordion, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

function recordToggles(el: HwFaqAccordion): FaqToggleDetail[] {
  const details: FaqToggleDetail[] = [];
  el.addEventListener('hw-faq-toggle', (event) => details.push(event.detail));
  return details;
}

/** Chromium, driven over CDP, can emulate media; Firefox under WebDriver BiDi and WebKit cannot. */
const canEmulateMedia = engine === 'chromium';

/**
 * Runs `check` as if `media` applied (`print`, or a feature such as `prefers-reduced-motion:
 * reduce`). Where the browser cannot emulate media, the element's own `@media` rules for it are
 * adopted unconditionally instead, which is what the media would do.
 */
async function underMedia(el: HwFaqAccordion, media: string, check: () => void): Promise<void> {
  const [name, value] = media.split(/:\s*/) as [string, string?];
  const feature = name
    .replace(/^prefers-/, '')
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  const root = shadow(el);
  const sheets = [...root.adoptedStyleSheets];
  if (canEmulateMedia) {
    await emulateMedia(name === 'print' ? { media: 'print' } : { [feature]: value });
  } else {
    const rules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.replace(/[()]/g, '') === media);
    expect(rules, `@media ${media} rules`).not.to.be.empty;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText)).join('\n'));
    root.adoptedStyleSheets = [...sheets, sheet];
  }
  try {
    check();
  } finally {
    if (!canEmulateMedia) root.adoptedStyleSheets = sheets;
    else await emulateMedia(name === 'print' ? { media: 'screen' } : { [feature]: 'no-preference' });
  }
}

/** Normalised words, so rendered text and plain text compare however blocks are spaced. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('<hw-faq-accordion>', () => {
  describe('accessibility', () => {
    it('puts each question in a button inside a heading that controls its labelled answer', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      expect(buttons(el).map((button) => textOf(button))).to.deep.equal(items.map((item) => item.question));
      expect(openStates(el)).to.deep.equal(only(items.length));
      // A closed answer is no landmark: an empty region would be a dead end for screen readers.
      for (const panel of panels(el)) {
        expect(panel.getAttribute('role')).to.equal(null);
        expect(panel.getAttribute('aria-labelledby')).to.equal(null);
      }
      await click(el, toggleAll(el));
      buttons(el).forEach((button, index) => {
        const panel = panels(el)[index]!;
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-controls')).to.equal(panel.id);
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(panel.getAttribute('role')).to.equal('region');
        expect(shadow(el).getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(button);
      });
    });

    it('is axe-clean with every answer closed, and with every answer open', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      await expect(el).to.be.accessible();
      await click(el, toggleAll(el));
      expect(openStates(el).every(Boolean)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is axe-clean on a dark page, closed and open', async () => {
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}><hw-faq-accordion></hw-faq-accordion></div>`,
      );
      const el = wrapper.querySelector('hw-faq-accordion')!;
      await expect(wrapper).to.be.accessible();
      await click(el, toggleAll(el));
      await expect(wrapper).to.be.accessible();
    });

    it('fits 320 px with every answer open, nothing overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><hw-faq-accordion></hw-faq-accordion></div>`,
      );
      const el = wrapper.querySelector('hw-faq-accordion')!;
      await click(el, toggleAll(el));
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
    });

    it('puts the title at heading-level (default 2, also for a bad value) and the questions one level below, never below 6', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      const levels = () => ({
        title: shadow(el).querySelector('[part="heading"]')!.localName,
        questions: [
          ...new Set([...shadow(el).querySelectorAll('[part="question"]')].map((h) => h.localName)),
        ],
      });
      expect(levels()).to.deep.equal({ title: 'h2', questions: ['h3'] });
      expect(textOf(shadow(el).querySelector('h2'))).to.equal(bundled.heading);
      for (const [attribute, title, question] of [
        ['4', 'h4', 'h5'],
        ['5', 'h5', 'h6'],
        ['6', 'h6', 'h6'],
        ['9', 'h2', 'h3'],
        ['2.5', 'h2', 'h3'],
        ['1', 'h2', 'h3'],
        ['none', 'h2', 'h3'],
      ]) {
        el.setAttribute('heading-level', attribute!);
        await el.updateComplete;
        expect(levels(), `heading-level="${attribute}"`).to.deep.equal({ title, questions: [question] });
      }
    });

    it('labels answers as groups, not landmark regions, when there are more than six', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${many(7)}></hw-faq-accordion>`,
      );
      await click(el, toggleAll(el));
      expect(panels(el).map((panel) => panel.getAttribute('role'))).to.deep.equal(Array(7).fill('group'));
      expect(
        panels(el).every((panel, index) => panel.getAttribute('aria-labelledby') === buttons(el)[index]!.id),
      ).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Space, and moves with Up, Down, Home and End, wrapping round', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      const count = items.length;
      buttons(el)[0]!.focus();
      await press(el, 'Enter');
      expect(openStates(el)).to.deep.equal(only(count, 0));
      expect(focused(el)).to.equal(buttons(el)[0]);
      await press(el, 'ArrowDown');
      expect(focused(el)).to.equal(buttons(el)[1]);
      await press(el, ' ');
      expect(openStates(el)).to.deep.equal(only(count, 0, 1));
      await press(el, 'End');
      expect(focused(el)).to.equal(buttons(el)[count - 1]);
      await press(el, 'ArrowDown');
      expect(focused(el)).to.equal(buttons(el)[0]);
      await press(el, 'ArrowUp');
      expect(focused(el)).to.equal(buttons(el)[count - 1]);
      await press(el, 'Home');
      expect(focused(el)).to.equal(buttons(el)[0]);
      await press(el, 'Enter');
      expect(openStates(el)).to.deep.equal(only(count, 1));
      await press(el, 'ArrowDown');
      await press(el, ' ');
      expect(openStates(el)).to.deep.equal(only(count));
    });

    it('leaves Home, End and the arrows to the browser when pressed with a modifier', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      const third = buttons(el)[2]!;
      third.focus();
      for (const modifier of ['ctrlKey', 'altKey', 'shiftKey', 'metaKey'])
        for (const key of ['Home', 'End', 'ArrowDown', 'ArrowUp']) {
          const event = new KeyboardEvent('keydown', {
            key,
            [modifier]: true,
            bubbles: true,
            composed: true,
            cancelable: true,
          });
          third.dispatchEvent(event);
          expect(event.defaultPrevented, `${modifier} ${key}`).to.equal(false);
          expect(focused(el), `${modifier} ${key}`).to.equal(third);
        }
      // Without one, the same event moves focus.
      const event = new KeyboardEvent('keydown', {
        key: 'Home',
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      third.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      expect(focused(el)).to.equal(buttons(el)[0]);
    });

    it('leaves arrow keys alone outside the questions', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      toggleAll(el)!.focus();
      await press(el, 'ArrowDown');
      expect(focused(el)).to.equal(toggleAll(el));
    });

    it('renders 50 questions that stay keyboard-usable', async () => {
      const content = many(50);
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${content}></hw-faq-accordion>`,
      );
      expect(buttons(el).map((button) => textOf(button))).to.deep.equal(
        content.items.map((item) => item.question),
      );
      buttons(el)[0]!.focus();
      await press(el, 'End');
      expect(focused(el)).to.equal(buttons(el)[49]);
      await press(el, 'Enter');
      expect(openStates(el)).to.deep.equal(only(50, 49));
      expect(textOf(panels(el)[49])).to.equal(content.items[49]!.answer);
      await press(el, 'ArrowUp');
      await press(el, 'ArrowUp');
      expect(focused(el)).to.equal(buttons(el)[47]);
      await press(el, 'Home');
      await press(el, 'ArrowUp');
      expect(focused(el)).to.equal(buttons(el)[49]);
    });
  });

  describe('opening and closing', () => {
    it('lets several answers be open at once, by default', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      await click(el, buttons(el)[0]);
      await click(el, buttons(el)[2]);
      expect(openStates(el)).to.deep.equal(only(items.length, 0, 2));
    });

    it('keeps one answer open at a time when exclusive, and hides Show all', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion exclusive></hw-faq-accordion>`);
      expect(el.exclusive).to.equal(true);
      expect(toggleAll(el)).to.equal(null);
      await click(el, buttons(el)[0]);
      await click(el, buttons(el)[2]);
      expect(openStates(el)).to.deep.equal(only(items.length, 2));
      await click(el, buttons(el)[2]);
      expect(openStates(el)).to.deep.equal(only(items.length));
      el.exclusive = false;
      await el.updateComplete;
      await click(el, buttons(el)[0]);
      await click(el, buttons(el)[1]);
      expect(openStates(el)).to.deep.equal(only(items.length, 0, 1));
      expect(toggleAll(el)).to.exist;
      el.setAttribute('exclusive', '');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 0));
    });

    for (const structuredData of [false, true]) {
      it(`keeps the question opened in view when the long answer it closes was above it${structuredData ? ', with structured-data' : ''}`, async () => {
        const long: FaqContent = {
          ...custom,
          items: [
            { ...custom.items[0]!, answer: 'Rest for a short time, then keep moving. '.repeat(300) },
            custom.items[1]!,
          ],
        };
        const el = await fixture<HwFaqAccordion>(
          html`<hw-faq-accordion
            exclusive
            ?structured-data=${structuredData}
            .content=${long}
          ></hw-faq-accordion>`,
        );
        // Room below, so that closing the answer does not just scroll the page back by its end.
        el.style.marginBottom = '200vh';
        await click(el, buttons(el)[0]);
        const [, second] = buttons(el);
        // The reader has scrolled down to the end of the open answer, which now straddles the top.
        second!.scrollIntoView({ block: 'end' });
        expect(panels(el)[0]!.getBoundingClientRect().top).to.be.below(0);
        // Where it is in the first frame drawn after the click, not only once the element settles
        // (with structured-data, that waits for the JSON-LD writer too).
        const drawn = new Promise<DOMRect>((resolve) =>
          requestAnimationFrame(() => resolve(second!.getBoundingClientRect())),
        );
        second!.click();
        const { top, bottom } = await drawn;
        await el.updateComplete;
        expect(openStates(el)).to.deep.equal([false, true]);
        // With room for its focus ring, 3 px wide and 2 px out.
        expect(top, 'top of the opened question').to.be.at.least(5);
        expect(bottom, 'bottom of the opened question').to.be.at.most(innerHeight);
        scrollTo(0, 0);
      });
    }

    it('takes exclusive="false" and structured-data="false" as off, as a framework writes a bound false', async () => {
      const el = await fixture<HwFaqAccordion>(
        '<hw-faq-accordion exclusive="false" structured-data="false"></hw-faq-accordion>',
      );
      expect([el.exclusive, el.structuredData]).to.deep.equal([false, false]);
      expect(toggleAll(el)).to.exist;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      el.setAttribute('exclusive', 'exclusive');
      await el.updateComplete;
      expect(toggleAll(el)).to.equal(null);
    });

    it('shows and hides every answer with one control, whose label says what it will do', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      // Its label and its state agree, as GOV.UK's "Show all sections" does.
      const state = () => [textOf(toggleAll(el)), toggleAll(el)!.getAttribute('aria-expanded')];
      expect(state()).to.deep.equal([faqStrings.showAll, 'false']);
      await click(el, buttons(el)[1]);
      await click(el, toggleAll(el));
      expect(openStates(el)).to.deep.equal(only(items.length, ...items.keys()));
      expect(state()).to.deep.equal([faqStrings.hideAll, 'true']);
      await click(el, buttons(el)[0]);
      expect(state()).to.deep.equal([faqStrings.showAll, 'false']);
      await click(el, toggleAll(el));
      await click(el, toggleAll(el));
      expect(openStates(el)).to.deep.equal(only(items.length));
    });

    it('takes its labels from strings, keeping the other defaults', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion
          .strings=${{ showAll: 'Open them all', lastReviewed: 'Checked' }}
        ></hw-faq-accordion>`,
      );
      expect(textOf(toggleAll(el))).to.equal('Open them all');
      await click(el, toggleAll(el));
      expect(textOf(toggleAll(el))).to.equal(faqStrings.hideAll);
      expect(textOf(shadow(el).querySelector('[part="footer"]'))).to.contain('Checked:');
    });

    it('has no Show all control for a single question', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion
          .content=${{ ...custom, items: custom.items.slice(0, 1) }}
        ></hw-faq-accordion>`,
      );
      expect(buttons(el)).to.have.length(1);
      expect(toggleAll(el)).to.equal(null);
    });

    it('keeps closed answers findable in page, and opens one on beforematch', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      expect(panels(el).map((panel) => panel.getAttribute('hidden'))).to.deep.equal(
        items.map(() => 'until-found'),
      );
      const toggles = recordToggles(el);
      // As the browser fires it: at the answer, bubbling up to the list that listens.
      panels(el)[3]!.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 3));
      expect(toggles).to.deep.equal([{ id: items[3]!.id, open: true }]);
    });

    it('where hidden="until-found" is missing (Safari before 26.2), hides closed answers outright; Show all puts every answer on screen for find in page', async () => {
      // Such a browser reflects `hidden` as a plain boolean, so 'until-found' becomes hidden="".
      const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'hidden')!;
      Object.defineProperty(HTMLElement.prototype, 'hidden', {
        configurable: true,
        get(this: HTMLElement) {
          return this.hasAttribute('hidden');
        },
        set(this: HTMLElement, value: unknown) {
          this.toggleAttribute('hidden', Boolean(value));
        },
      });
      try {
        const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
        expect(panels(el).map((panel) => panel.getAttribute('hidden'))).to.deep.equal(items.map(() => ''));
        expect(panels(el).map((panel) => getComputedStyle(panel).display)).to.deep.equal(
          items.map(() => 'none'),
        );
        await click(el, toggleAll(el));
        expect(openStates(el)).to.deep.equal(items.map(() => true));
        expect(panels(el).map((panel) => words(panel.innerText))).to.deep.equal(
          items.map((item) => words(plainText(item.answer))),
        );
      } finally {
        Object.defineProperty(HTMLElement.prototype, 'hidden', original);
      }
    });

    it('prints every answer, open or not, without the on-screen controls', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      await underMedia(el, 'print', () => {
        for (const panel of panels(el)) {
          expect(getComputedStyle(panel).display, panel.id).to.equal('block');
          expect(getComputedStyle(panel).contentVisibility, panel.id).to.equal('visible');
          expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
        }
        expect(getComputedStyle(toggleAll(el)!.parentElement!).display).to.equal('none');
      });
      expect(panels(el)[0]!.getBoundingClientRect().height).to.equal(0);
    });

    it('turns the chevron, unless the reader prefers reduced motion', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      await click(el, buttons(el)[0]);
      const chevron = () => getComputedStyle(buttons(el)[0]!, '::after').transitionDuration;
      expect(chevron()).not.to.equal('0s');
      await underMedia(el, 'prefers-reduced-motion: reduce', () => {
        expect(chevron()).to.equal('0s');
      });
    });

    it('shows answers at once, without fading them in', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .open=${['question-1']} .content=${many(3)}></hw-faq-accordion>`,
      );
      const moving = () => shadow(el).getAnimations().length;
      // Open as it first renders (as a pre-rendered FAQ is), opened by the reader, then by show all.
      expect(panels(el)[0]!.hidden).to.equal(false);
      expect(moving()).to.equal(0);
      await click(el, buttons(el)[1]);
      expect(panels(el)[1]!.hidden).to.equal(false);
      expect(getComputedStyle(panels(el)[1]!).animationName).to.equal('none');
      await click(el, toggleAll(el)!);
      expect(panels(el).every((panel) => !panel.hidden)).to.equal(true);
      expect(panels(el).map((panel) => getComputedStyle(panel).animationName)).to.deep.equal([
        'none',
        'none',
        'none',
      ]);
    });
  });

  describe('public open state', () => {
    it("has a live open property listing the open questions, in the content's order", async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${custom}></hw-faq-accordion>`,
      );
      expect(el.open).to.deep.equal([]);
      await click(el, buttons(el)[1]);
      await click(el, buttons(el)[0]);
      expect(el.open).to.deep.equal(['rest', 'heat']);
      el.open = ['heat', 'no-such-question'];
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(2, 1));
      expect(el.open).to.deep.equal(['heat']);
      el.open = [];
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(2));
    });

    it('opens, closes and toggles one question with show(), hide() and toggle()', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${custom}></hw-faq-accordion>`,
      );
      el.show('heat');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(2, 1));
      el.toggle('rest');
      await el.updateComplete;
      expect(el.open).to.deep.equal(['rest', 'heat']);
      el.hide('heat');
      el.toggle('rest');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(2));
      expect(el.open).to.deep.equal([]);
    });

    it('keeps one question open in an exclusive accordion', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion exclusive .content=${custom}></hw-faq-accordion>`,
      );
      el.show('rest');
      el.show('heat');
      await el.updateComplete;
      expect(el.open).to.deep.equal(['heat']);
      el.open = ['rest', 'heat'];
      await el.updateComplete;
      expect(el.open).to.deep.equal(['rest']);
      expect(openStates(el)).to.deep.equal(only(2, 0));
    });

    it("keeps the first known question in the content's order when exclusive", async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion exclusive .content=${custom}></hw-faq-accordion>`,
      );
      el.open = ['heat', 'rest'];
      await el.updateComplete;
      expect(el.open).to.deep.equal(['rest']);
      el.open = ['no-such-question', 'heat'];
      await el.updateComplete;
      expect(el.open).to.deep.equal(['heat']);
      const toggles = recordToggles(el);
      el.show('no-such-question');
      await el.updateComplete;
      expect(el.open).to.deep.equal(['heat']);
      expect(toggles).to.deep.equal([]);
    });

    it('takes open set before the element upgrades', async () => {
      const el = document.createElement('hw-faq-accordion-early') as HwFaqAccordion;
      (el as unknown as { open: string[] }).open = ['heat'];
      customElements.define('hw-faq-accordion-early', class extends HwFaqAccordion {});
      customElements.upgrade(el);
      el.content = custom;
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(openStates(el)).to.deep.equal(only(2, 1));
      } finally {
        el.remove();
      }
    });
  });

  describe('deep links', () => {
    const page = `${location.pathname}${location.search}`;
    afterEach(() => {
      history.replaceState(null, '', page);
      scrollTo(0, 0);
    });

    it('opens the question named by the hash on load, and scrolls it into view', async () => {
      history.replaceState(null, '', `#${items[4]!.id}`);
      const wrapper = await fixture(
        html`<div>
          <div style="height: 3000px"></div>
          <hw-faq-accordion></hw-faq-accordion>
        </div>`,
      );
      const el = wrapper.querySelector('hw-faq-accordion')!;
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 4));
      const top = buttons(el)[4]!.getBoundingClientRect().top;
      expect(top).to.be.within(-1, innerHeight - 1);
    });

    it('opens a question when the hash changes, and stops listening once removed', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion exclusive></hw-faq-accordion>`);
      const toggles = recordToggles(el);
      location.hash = `#${items[1]!.id}`;
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 1));
      // Tab goes on from the question the link named, not from the link.
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
      location.hash = `#${items[2]!.id}`;
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 2));
      location.hash = '#not-a-question';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length, 2));
      el.remove();
      location.hash = `#${items[0]!.id}`;
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(toggles).to.deep.equal([
        { id: items[1]!.id, open: true },
        { id: items[1]!.id, open: false },
        { id: items[2]!.id, open: true },
      ]);
    });
    it('leaves a hash alone when the page has its own element with that id', async () => {
      const wrapper = await fixture(
        html`<div>
          <h2 id=${items[3]!.id}>The publisher's own heading</h2>
          <hw-faq-accordion></hw-faq-accordion>
        </div>`,
      );
      const el = wrapper.querySelector('hw-faq-accordion')!;
      location.hash = `#${items[3]!.id}`;
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(only(items.length));
    });
  });

  describe('structured data', () => {
    /** The one JSON-LD block, parsed. Fails if there is not exactly one. */
    function jsonLd(el: HwFaqAccordion) {
      const blocks = jsonLdBlocks(el);
      expect(blocks, 'JSON-LD blocks').to.have.length(1);
      return JSON.parse(blocks[0]!.textContent!) as {
        '@context': string;
        '@type': string;
        mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
      };
    }

    it('emits one FAQPage block into the light DOM whose questions and answers are the rendered ones', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion structured-data></hw-faq-accordion>`);
      expect(shadow(el).querySelector('script')).to.equal(null);
      const data = jsonLd(el);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((entry) => [entry['@type'], entry.acceptedAnswer['@type']])).to.deep.equal(
        items.map(() => ['Question', 'Answer']),
      );
      expect(data.mainEntity.map((entry) => entry.name)).to.deep.equal(
        buttons(el).map((button) => textOf(button)),
      );
      await click(el, toggleAll(el));
      expect(data.mainEntity.map((entry) => words(entry.acceptedAnswer.text))).to.deep.equal(
        panels(el).map((panel) => words(panel.innerText)),
      );
      expect(data.mainEntity.map((entry) => entry.acceptedAnswer.text)).to.deep.equal(
        items.map((item) => plainText(item.answer)),
      );
    });

    it('carries lastReviewed, and reviewedBy only when the content names a clinician', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion structured-data></hw-faq-accordion>`);
      const data = () => jsonLd(el) as unknown as Record<string, unknown>;
      expect(data().lastReviewed).to.equal(bundled.meta.review.lastReviewed);
      expect(data().inLanguage).to.equal('en-GB');
      expect(bundled.meta.review.clinicalReviewer, 'the bundled topic names no clinician').to.equal(
        undefined,
      );
      expect(data()).to.not.have.property('reviewedBy');
      const reviewer = { name: 'Dr Sam Okafor', role: 'GP' };
      el.content = {
        ...bundled,
        meta: { ...bundled.meta, review: { ...bundled.meta.review, clinicalReviewer: reviewer } },
      };
      await el.updateComplete;
      expect(data().reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr Sam Okafor', jobTitle: 'GP' });
    });

    it('follows content changes, keeps one block, and goes when the attribute goes', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion structured-data></hw-faq-accordion>`);
      el.content = custom;
      await el.updateComplete;
      expect(jsonLd(el).mainEntity.map((entry) => entry.name)).to.deep.equal(
        custom.items.map((item) => item.question),
      );
      el.structuredData = false;
      await el.updateComplete;
      expect(jsonLdBlocks(el)).to.have.length(0);
      el.setAttribute('structured-data', '');
      await el.updateComplete;
      expect(jsonLd(el).mainEntity).to.have.length(custom.items.length);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(jsonLd(el).mainEntity).to.have.length(custom.items.length);
    });

    it('collapses copies left in saved markup into one', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion structured-data
          ><script type="application/ld+json">
            {}
          </script>
          <script type="application/ld+json">
            {}
          </script></hw-faq-accordion
        >`,
      );
      expect(jsonLd(el)['@type']).to.equal('FAQPage');
    });

    it('writes once for inline JSON, without validating it again or rendering in a loop', async () => {
      const el = document.createElement('hw-faq-accordion');
      // Counts validations; the block it writes into the light DOM must not start another.
      const schema = HwFaqAccordion.schema;
      let validations = 0;
      HwFaqAccordion.schema = () => (validations++, schema());
      el.structuredData = true;
      el.innerHTML = `<script type="application/json">${JSON.stringify(custom)}</script>`;
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(jsonLd(el).mainEntity).to.have.length(custom.items.length);
        const mutations: MutationRecord[] = [];
        const observer = new MutationObserver((records) => mutations.push(...records));
        observer.observe(el, { childList: true, subtree: true, characterData: true });
        observer.observe(shadow(el), {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        observer.disconnect();
        expect(mutations).to.have.length(0);
        expect(validations).to.equal(1);
      } finally {
        HwFaqAccordion.schema = schema;
        el.remove();
      }
    });

    it('is removed while the content is invalid', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion structured-data></hw-faq-accordion>`);
        expect(jsonLdBlocks(el)).to.have.length(1);
        el.topic = 'knee-pain';
        await el.updateComplete;
        expect(jsonLdBlocks(el)).to.have.length(0);
      } finally {
        errors.restore();
      }
    });
  });

  describe('content', () => {
    it('renders rich answers as paragraphs, lists and links from the content', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      const index = items.findIndex(
        (item) => Array.isArray(item.answer) && item.answer.some((b) => 'list' in Object(b)),
      );
      expect(index, 'a bundled answer with a list').to.be.at.least(0);
      const panel = panels(el)[index]!;
      expect(panel.querySelectorAll('p').length).to.be.at.least(1);
      expect(panel.querySelectorAll('ul li').length).to.be.at.least(1);
      expect(words(textOf(panel))).to.contain(words(textOf(panel.querySelector('ul'))));
      for (const link of panel.querySelectorAll('a'))
        expect(link.getAttribute('href')).to.match(/^https:\/\//);
    });

    it('follows a new content property, keeping open only questions that remain', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${custom}></hw-faq-accordion>`,
      );
      await click(el, buttons(el)[1]);
      el.content = { ...custom, items: [custom.items[1]!, { id: 'new', question: 'New?', answer: 'Yes.' }] };
      await el.updateComplete;
      expect(buttons(el).map((button) => textOf(button))).to.deep.equal([custom.items[1]!.question, 'New?']);
      expect(openStates(el)).to.deep.equal([true, false]);
      expect(textOf(shadow(el).querySelector('[part="heading"]'))).to.equal(custom.heading);
    });

    it('exposes parts for theming', async () => {
      const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      const parts = [...shadow(el).querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(new Set(parts)).to.deep.equal(
        new Set(['heading', 'toggle-all', 'item', 'question', 'button', 'answer', 'footer']),
      );
    });
  });

  describe('events', () => {
    it('fires hw-faq-toggle with the id and state of each question that changes', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${custom}></hw-faq-accordion>`,
      );
      const toggles = recordToggles(el);
      const event = oneEvent(el, 'hw-faq-toggle');
      await click(el, buttons(el)[0]);
      const fired = await event;
      expect(fired.bubbles && fired.composed).to.equal(true);
      await click(el, buttons(el)[0]);
      await click(el, toggleAll(el));
      await click(el, toggleAll(el));
      expect(toggles).to.deep.equal([
        { id: 'rest', open: true },
        { id: 'rest', open: false },
        { id: 'rest', open: true },
        { id: 'heat', open: true },
        { id: 'rest', open: false },
        { id: 'heat', open: false },
      ]);
    });

    it('fires hw-faq-toggle for changes made through the public open state too', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion .content=${custom}></hw-faq-accordion>`,
      );
      const toggles = recordToggles(el);
      el.show('heat');
      el.open = ['rest'];
      el.hide('rest');
      await el.updateComplete;
      expect(toggles).to.deep.equal([
        { id: 'heat', open: true },
        { id: 'rest', open: true },
        { id: 'heat', open: false },
        { id: 'rest', open: false },
      ]);
    });

    it('reports the question an exclusive accordion closes', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion exclusive .content=${custom}></hw-faq-accordion>`,
      );
      await click(el, buttons(el)[0]);
      const toggles = recordToggles(el);
      await click(el, buttons(el)[1]);
      expect(toggles).to.deep.equal([
        { id: 'rest', open: false },
        { id: 'heat', open: true },
      ]);
    });
  });

  describe('invalid content', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole('error')));
    afterEach(() => console_.restore());

    it('rejects a javascript: link with the error view', async () => {
      const broken = {
        ...custom,
        items: [{ ...custom.items[0]!, answer: [['Read ', { text: 'this', href: 'javascript:alert(1)' }]] }],
      } as FaqContent;
      await expectContentError<HwFaqAccordion>(
        'hw-faq-accordion',
        broken,
        'items[0].answer[0][1].href: must be an http(s), mailto, tel or relative link',
        (el) => {
          expect(shadow(el).querySelector('a')).to.equal(null);
          expect(buttons(el)).to.have.length(0);
        },
      );
    });

    it('names a missing answer in inline JSON', async () => {
      const el = await fixture<HwFaqAccordion>(
        html`<hw-faq-accordion
          ><script type="application/json">
            ${JSON.stringify({ ...custom, items: [{ id: 'rest', question: 'Should I rest?' }] })}
          </script></hw-faq-accordion
        >`,
      );
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain('items[0].answer: is required');
    });

    it('reads inline JSON that a CMS left with a byte-order mark, in an HTML comment, or with a charset', async () => {
      const json = JSON.stringify(custom);
      for (const [type, written] of [
        ['application/json', `\uFEFF${json}`],
        ['application/json', `<!--\n${json}\n-->`],
        ['application/json; charset=utf-8', json],
      ]) {
        const el = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
        const script = document.createElement('script');
        script.type = type!;
        script.textContent = written!;
        el.append(script);
        await el.updateComplete;
        const error = shadow(el).querySelector('[part="error"]');
        expect(error ? textOf(error) : 'no error', written.slice(0, 5)).to.equal('no error');
        expect(buttons(el).map((button) => textOf(button))).to.deep.equal(
          custom.items.map((item) => item.question),
        );
      }
    });

    it('reads inline JSON that a CMS editor wrapped in a paragraph, there at first or added later', async () => {
      const json = JSON.stringify(custom);
      const questions = custom.items.map((item) => item.question);
      const first = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      first.innerHTML = `<p><script type="application/json">${json}</script></p>`;
      await first.updateComplete;
      expect(buttons(first).map((button) => textOf(button))).to.deep.equal(questions);
      const later = await fixture<HwFaqAccordion>(html`<hw-faq-accordion></hw-faq-accordion>`);
      expect(buttons(later).map((button) => textOf(button))).to.not.deep.equal(questions);
      const paragraph = document.createElement('p');
      paragraph.innerHTML = `<script type="application/json">${json}</script>`;
      later.append(paragraph);
      await later.updateComplete;
      expect(buttons(later).map((button) => textOf(button))).to.deep.equal(questions);
    });

    it('says content could not be checked, not that a file failed to load, when the check throws', async () => {
      // A page script that adds an enumerable property to every object breaks the schema library.
      Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true });
      let message: string;
      try {
        const el = await fixture<HwFaqAccordion>(
          html`<hw-faq-accordion
            ><script type="application/json">
              ${JSON.stringify(custom)}
            </script></hw-faq-accordion
          >`,
        );
        message = textOf(shadow(el).querySelector('[part="error"] li'));
      } finally {
        delete (Object.prototype as { polluted?: number }).polluted;
      }
      expect(message).to.match(/^content: could not be checked: /);
    });
  });
});
