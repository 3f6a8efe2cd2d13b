import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RedFlagContent } from '../../content/schema.js';
import { redFlags as bundled } from '../../content/topics/back-spasms-walking.js';
import {
  captureConsole,
  DARK_PAGE,
  engine,
  expectContentError,
  overflowing,
  pressShiftTab,
  textOf,
} from '../../test-support/helpers.js';
import './red-flag-checker.js';
import {
  redFlagStrings as strings,
  type HwRedFlagChecker,
  type TierChangeDetail,
} from './red-flag-checker.js';
import { TIERS, type Tier } from './triage.js';

const flags = bundled.groups.flatMap((group) => group.flags);
/** The first bundled flag of each tier, to reach that tier by ticking it. */
const flagOf = (tier: Tier) => flags.find((flag) => flag.tier === tier)!;
/** Flags to tick for each tier; nothing for self-care. */
const tickFor = (tier: Tier): string[] => (tier === 'self-care' ? [] : [flagOf(tier).id]);

const shadow = (el: HwRedFlagChecker) => el.shadowRoot!;
const box = (el: HwRedFlagChecker, id: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const noneBox = (el: HwRedFlagChecker) => shadow(el).querySelector<HTMLInputElement>('#none-of-these')!;
const outcome = (el: HwRedFlagChecker) => shadow(el).querySelector<HTMLElement>('[part="outcome"]')!;
const status = (el: HwRedFlagChecker) => shadow(el).querySelector('[role="status"]')!;
const note = (el: HwRedFlagChecker) => shadow(el).querySelector('[part="note"]')!;
const ticked = (el: HwRedFlagChecker) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map(
    (input) => input.getAttribute('value') ?? input.id,
  );

async function click(el: HwRedFlagChecker, input: HTMLInputElement): Promise<void> {
  input.click();
  await el.updateComplete;
}

const checker = (tier: Tier = 'self-care', number?: string) =>
  fixture<HwRedFlagChecker>(
    html`<hw-red-flag-checker
      .checked=${tickFor(tier)}
      emergency-number=${number ?? ''}
    ></hw-red-flag-checker>`,
  );

describe('<hw-red-flag-checker>', () => {
  describe('accessibility', function () {
    // axe over 21 signs, each with its sources, and the footer's ten sources takes a while on a
    // busy machine, the first time above all.
    this.timeout(30000);
    it('puts the signs in a fieldset with a legend, grouped, each checkbox labelled', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const form = shadow(el).querySelector('fieldset[part="form"]')!;
      expect(textOf(form.querySelector(':scope > legend'))).to.equal(bundled.intro);
      const groups = [...form.querySelectorAll(':scope > fieldset')];
      expect(groups.map((group) => textOf(group.querySelector(':scope > legend')))).to.deep.equal(
        bundled.groups.map((group) => group.label),
      );
      for (const flag of flags) {
        const input = box(el, flag.id);
        expect(input.type).to.equal('checkbox');
        expect(textOf(input.labels![0])).to.equal(flag.label);
        const described = input.getAttribute('aria-describedby');
        if (flag.detail) expect(textOf(shadow(el).getElementById(described!))).to.equal(flag.detail);
        else expect(described).to.equal(null);
      }
      expect(textOf(noneBox(el).labels![0])).to.equal(strings.none);
    });

    for (const tier of TIERS) {
      it(`is axe-clean in the ${tier} state, with and without a number`, async () => {
        const el = await checker(tier);
        expect(el.tier).to.equal(tier);
        await expect(el).to.be.accessible();
        el.setAttribute('emergency-number', '999');
        el.setAttribute('urgent-service', 'NHS 111');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`is axe-clean in the ${tier} state on a dark page`, async () => {
        const wrapper = await fixture(
          html`<div style=${DARK_PAGE}>
            <hw-red-flag-checker .checked=${tickFor(tier)} emergency-number="112"></hw-red-flag-checker>
          </div>`,
        );
        const el = wrapper.firstElementChild as HwRedFlagChecker;
        await el.updateComplete;
        expect(el.tier).to.equal(tier);
        await expect(el).to.be.accessible();
      });
    }

    it('tells the tiers apart without colour: icon, heading words and border weight', async () => {
      const seen = { icons: new Set<string>(), words: new Set<string>(), borders: new Set<string>() };
      for (const tier of TIERS) {
        const el = await checker(tier);
        const panel = outcome(el);
        expect(panel.dataset.tier).to.equal(tier);
        const icon = panel.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        seen.icons.add(icon.querySelector('path')!.getAttribute('d')!);
        const words = textOf(panel.querySelector('[part="outcome-heading"]'));
        // A space between them: Firefox names the heading from its text, running the words together
        // without one, although the tier's words sit on a line of their own.
        expect(words).to.equal(`${strings[tier]} ${bundled.outcomes[tier].heading}`);
        seen.words.add(words);
        const style = getComputedStyle(panel);
        expect(style.borderTopStyle).to.equal('solid');
        seen.borders.add(`${style.borderTopWidth} ${style.borderInlineStartWidth}`);
      }
      expect(seen.icons.size).to.equal(TIERS.length);
      expect(seen.words.size).to.equal(TIERS.length);
      expect(seen.borders.size).to.equal(TIERS.length);
    });

    it('takes each tier’s colour from its custom property, and the accent for see-a-doctor by default', async () => {
      const colours = (el: HwRedFlagChecker) => {
        const panel = outcome(el);
        return [getComputedStyle(panel).borderTopColor, getComputedStyle(panel.querySelector('svg')!).stroke];
      };
      for (const [index, tier] of TIERS.entries()) {
        const el = await checker(tier);
        const own = `rgb(${index + 1}, 2, 3)`;
        el.style.setProperty(`--hw-color-${tier}`, own);
        expect(colours(el), tier).to.deep.equal([own, own]);
      }
      const el = await checker('see-doctor');
      el.style.setProperty('--hw-color-accent', 'rgb(9, 8, 7)');
      expect(colours(el)).to.deep.equal(['rgb(9, 8, 7)', 'rgb(9, 8, 7)']);
    });

    it('keeps the tier borders and icons in print and in forced colours', async () => {
      // Neither browser can emulate both media here, so check that no print or forced-colours
      // rule takes away what tells the tiers apart.
      const el = await checker('emergency');
      const rules: string[] = [];
      const walk = (list: CSSRuleList, inside: boolean) => {
        for (const rule of list) {
          if (rule instanceof CSSMediaRule)
            walk(rule.cssRules, inside || /print|forced-colors/.test(rule.conditionText));
          else if (inside && rule instanceof CSSStyleRule) rules.push(rule.cssText);
        }
      };
      for (const sheet of shadow(el).adoptedStyleSheets) walk(sheet.cssRules, false);
      for (const rule of rules)
        expect(rule).to.not.match(/border|stroke|display|visibility|\.icon|\.outcome/);
      expect(parseFloat(getComputedStyle(outcome(el)).borderInlineStartWidth)).to.be.greaterThan(8);
    });

    it('fits 320 px with nothing overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <hw-red-flag-checker .checked=${tickFor('emergency')} emergency-number="999"></hw-red-flag-checker>
        </div>`,
      );
      const el = wrapper.firstElementChild as HwRedFlagChecker;
      await el.updateComplete;
      expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('content', () => {
    it('shows every flag’s sources, linked, so an editor can trace it', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const sources = new Map(bundled.meta.review.sources.map((source) => [source.id, source]));
      for (const flag of flags) {
        const links = [...box(el, flag.id).closest('[part="flag"]')!.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
          flag.sources.map((id) => sources.get(id)!.url),
        );
        expect(textOf(links[0]!.parentElement)).to.match(new RegExp(`^${strings.source}:`));
        for (const id of flag.sources)
          expect(textOf(links[0]!.parentElement)).to.contain(sources.get(id)!.title);
      }
    });

    it('links only the publisher of a source whose address is a home page, so no link names a document it does not open', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const sources = bundled.meta.review.sources;
      const home = sources.filter((source) => new URL(source.url).pathname === '/');
      expect(home.length, 'sources linked to a home page').to.be.greaterThan(0);
      const links = [...shadow(el).querySelectorAll('[part="flag"] a')];
      for (const source of sources) {
        const named = links.filter((a) => a.getAttribute('href') === source.url);
        if (!named.length) continue;
        for (const link of named) {
          const isHome = home.includes(source);
          expect(textOf(link), source.url).to.equal(
            isHome ? source.publisher : `${source.publisher}: ${source.title}`,
          );
          // The title still follows, outside the link.
          if (isHome) expect(textOf(link.parentElement)).to.contain(`${source.publisher}: ${source.title}`);
        }
      }
    });

    it('names each source in the footer by its publisher and title, so no two links read alike', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const links = [...shadow(el).querySelectorAll('[part="footer"] a')].map(textOf);
      expect(links).to.deep.equal(
        bundled.meta.review.sources.map((source) => `${source.publisher}: ${source.title}`),
      );
      expect(new Set(links).size).to.equal(links.length);
    });

    it('says who it is for before the signs', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const audience = shadow(el).querySelector('fieldset')!.previousElementSibling!;
      expect(textOf(audience)).to.equal(bundled.audience);
      expect(bundled.audience)
        .to.match(/adults aged 16 and over/)
        .and.to.match(/child.*pregnant.*GP or midwife/);
    });

    describe('with no sign ticked', () => {
      const SAFETY_NET = 'If another symptom worries you, or you are not sure, get medical advice.';

      /** The self-care outcome's blocks, in order, as the reader sees them. */
      const blocks = (el: HwRedFlagChecker) =>
        [...outcome(el).children].map((child) => textOf(child)).filter((text) => text !== '');

      it('says none of the listed signs was ticked, gives the steps, and ends with the safety net', async () => {
        const el = await checker('self-care');
        expect(strings.safetyNet).to.equal(SAFETY_NET);
        const [heading, body, steps, last, ...more] = [...outcome(el).children];
        expect(textOf(heading)).to.equal(`${strings['self-care']} ${bundled.outcomes['self-care'].heading}`);
        expect(textOf(body)).to.equal(bundled.outcomes['self-care'].body);
        expect([...steps!.querySelectorAll('li')].map(textOf)).to.deep.equal(
          bundled.outcomes['self-care'].steps,
        );
        expect(textOf(last)).to.equal(SAFETY_NET);
        expect(more, 'nothing after the safety net').to.deep.equal([]);
        expect(bundled.outcomes['self-care'].heading).to.match(/not tick any of the signs listed/);
        expect(textOf(outcome(el))).to.not.match(/probably|look after this yourself/i);
      });

      it('ends with the safety net after "None of these" too, naming the urgent service when set', async () => {
        const el = await fixture<HwRedFlagChecker>(
          html`<hw-red-flag-checker urgent-service="NHS 111"></hw-red-flag-checker>`,
        );
        await click(el, box(el, flagOf('urgent').id));
        await click(el, noneBox(el));
        expect(el.tier).to.equal('self-care');
        expect(blocks(el).at(-1)).to.equal(`${SAFETY_NET} You can also get advice today from NHS 111.`);
        el.removeAttribute('urgent-service');
        await el.updateComplete;
        expect(blocks(el).at(-1)).to.equal(SAFETY_NET);
      });

      it('takes the safety net from the strings', async () => {
        const el = await fixture<HwRedFlagChecker>(
          html`<hw-red-flag-checker
            .strings=${{ safetyNet: 'Im Zweifel: ärztlichen Rat holen.' }}
            .checked=${[]}
          ></hw-red-flag-checker>`,
        );
        expect(blocks(el).at(-1)).to.equal('Im Zweifel: ärztlichen Rat holen.');
      });
    });

    it('always shows that this is not a diagnosis', async () => {
      for (const tier of TIERS) {
        const el = await checker(tier);
        expect(textOf(note(el))).to.contain('This is not a diagnosis');
        expect(textOf(note(el))).to.contain('get medical advice anyway');
      }
    });

    it('shows each tier’s outcome text', async () => {
      for (const tier of TIERS) {
        const el = await checker(tier);
        const text = textOf(outcome(el));
        expect(text).to.contain(bundled.outcomes[tier].heading);
        expect(text).to.contain(bundled.outcomes[tier].body);
        const steps = [...outcome(el).querySelectorAll('li')].map((li) => textOf(li));
        expect(steps).to.deep.equal(bundled.outcomes[tier].steps ?? []);
      }
    });

    it('puts the outcome heading one level below the widget heading', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker heading-level="4" .checked=${[]}></hw-red-flag-checker>`,
      );
      expect(textOf(shadow(el).querySelector('h4'))).to.equal(bundled.heading);
      expect(shadow(el).querySelector('h5')!.getAttribute('part')).to.equal('outcome-heading');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h6')).to.have.length(2);
    });

    it('renders content from the content property and follows it', async () => {
      const custom: RedFlagContent = {
        ...bundled,
        heading: 'Two signs',
        intro: undefined,
        groups: [
          {
            id: 'only',
            label: 'Signs',
            flags: [
              { id: 'a', label: 'Sign A', tier: 'see-doctor', sources: ['nhs-back-pain'] },
              { id: 'b', label: 'Sign B', tier: 'emergency', sources: ['nhs-sciatica'] },
            ],
          },
        ],
      };
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker .content=${custom} .checked=${['a']}></hw-red-flag-checker>`,
      );
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('Two signs');
      expect(textOf(shadow(el).querySelector('legend'))).to.equal(strings.question);
      expect(ticked(el)).to.deep.equal(['a']);
      expect(el.tier).to.equal('see-doctor');
      el.content = undefined;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="flag"]')).to.have.length(flags.length);
      expect(el.tier).to.equal('self-care');
    });

    it('takes overrides for every UI string and keeps the other defaults', async () => {
      const overrides = {
        emergency: 'Notfall',
        callNumber: 'Rufen Sie jetzt {number} an.',
        localNumber: 'Ihre örtliche Notrufnummer',
        none: 'Nichts davon',
        source: 'Quelle',
        disclaimer: 'Keine Diagnose. Notruf: {number}.',
      };
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker
          .strings=${overrides}
          .checked=${tickFor('emergency')}
        ></hw-red-flag-checker>`,
      );
      const panel = textOf(outcome(el));
      expect(panel).to.contain('Notfall');
      expect(panel).to.contain('Rufen Sie jetzt Ihre örtliche Notrufnummer an.');
      expect(textOf(noneBox(el).labels![0])).to.equal('Nichts davon');
      expect(textOf(note(el))).to.equal('Keine Diagnose. Notruf: Ihre örtliche Notrufnummer.');
      expect(textOf(shadow(el).querySelector('[part="flag"] p:last-child'))).to.match(/^Quelle:/);
      expect(textOf(shadow(el).querySelector('[part="footer"]'))).to.contain(strings.lastReviewed);
    });

    it('exposes parts for theming', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const parts = () =>
        new Set([...shadow(el).querySelectorAll('[part]')].map((node) => node.getAttribute('part')));
      expect(parts(), 'before an answer').to.deep.equal(
        new Set(['heading', 'form', 'flag', 'outcome', 'note', 'footer']),
      );
      await click(el, noneBox(el));
      expect(parts()).to.deep.equal(
        new Set(['heading', 'form', 'flag', 'outcome', 'outcome-heading', 'note', 'footer']),
      );
    });

    it('fills in every occurrence of a placeholder, links included', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker
          emergency-number="112"
          urgent-service="Ligne 24"
          .strings=${{
            callNumber: 'Appelez le {number}. Le {number} répond jour et nuit.',
            urgentService: '{service} vous conseille. Appelez {service} aujourd’hui.',
            disclaimer: '{number} ou {number} ou {number}',
          }}
          .checked=${tickFor('emergency')}
        ></hw-red-flag-checker>`,
      );
      const tel = (scope: Element) =>
        [...scope.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), textOf(a)]);
      expect(textOf(outcome(el))).to.contain('Appelez le 112. Le 112 répond jour et nuit.');
      expect(tel(outcome(el))).to.deep.equal([
        ['tel:112', '112'],
        ['tel:112', '112'],
      ]);
      expect(textOf(note(el))).to.equal('112 ou 112 ou 112');
      expect(tel(note(el))).to.have.length(3);
      expect(note(el).innerHTML, 'no placeholder left').to.not.contain('{');
      el.checked = tickFor('urgent');
      await el.updateComplete;
      expect(textOf(outcome(el))).to.contain('Ligne 24 vous conseille. Appelez Ligne 24 aujourd’hui.');
    });
  });

  describe('before the reader answers', () => {
    /** Every tier's words and outcome text, none of which the prompt may show. */
    const tierWords = TIERS.flatMap((tier) => [
      strings[tier],
      bundled.outcomes[tier].heading,
      bundled.outcomes[tier].body,
    ]);

    const expectPrompt = (el: HwRedFlagChecker) => {
      const panel = outcome(el);
      expect(textOf(panel)).to.equal(strings.prompt);
      for (const words of tierWords) expect(textOf(panel)).to.not.contain(words);
      expect(panel.hasAttribute('data-tier'), 'data-tier').to.equal(false);
      expect(panel.querySelector('svg, [part="outcome-heading"]')).to.equal(null);
    };

    it('shows a neutral prompt on load, with no tier, and announces nothing', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker emergency-number="999" urgent-service="NHS 111"></hw-red-flag-checker>`,
      );
      expectPrompt(el);
      expect(ticked(el)).to.deep.equal([]);
      expect(textOf(status(el))).to.equal('');
      // The documented tier is still the triage result, and the note still shows.
      expect(el.tier).to.equal('self-care');
      expect(textOf(note(el))).to.contain('This is not a diagnosis');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(textOf(status(el)), 'still nothing announced').to.equal('');
    });

    it('is axe-clean with the prompt, on a light and a dark page', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      expectPrompt(el);
      await expect(el).to.be.accessible();
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}>
          <hw-red-flag-checker emergency-number="112"></hw-red-flag-checker>
        </div>`,
      );
      const dark = wrapper.firstElementChild as HwRedFlagChecker;
      await dark.updateComplete;
      expectPrompt(dark);
      await expect(dark).to.be.accessible();
    });

    it('shows self-care after "None of these", announced, firing nothing as the tier stays', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      let fired = 0;
      el.addEventListener('hw-tier-change', () => fired++);
      await click(el, noneBox(el));
      expect(outcome(el).dataset.tier).to.equal('self-care');
      expect(textOf(outcome(el)))
        .to.contain(strings['self-care'])
        .and.to.contain(bundled.outcomes['self-care'].heading);
      expect(textOf(status(el))).to.equal(
        `${strings['self-care']}: ${bundled.outcomes['self-care'].heading}`,
      );
      expect(fired).to.equal(0);
      // Unticking it again leaves an answer given: the outcome stays, not the prompt.
      await click(el, noneBox(el));
      expect(outcome(el).dataset.tier).to.equal('self-care');
    });

    it('shows self-care after the reader unticks every sign they ticked', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const tiers: Tier[] = [];
      el.addEventListener('hw-tier-change', (event) => tiers.push(event.detail.tier));
      await click(el, box(el, flagOf('urgent').id));
      await click(el, box(el, flagOf('see-doctor').id));
      expect(outcome(el).dataset.tier).to.equal('urgent');
      await click(el, box(el, flagOf('urgent').id));
      await click(el, box(el, flagOf('see-doctor').id));
      expect(ticked(el)).to.deep.equal([]);
      expect(outcome(el).dataset.tier).to.equal('self-care');
      expect(textOf(outcome(el))).to.contain(bundled.outcomes['self-care'].heading);
      expect(textOf(status(el))).to.contain(strings['self-care']);
      expect(tiers).to.deep.equal(['urgent', 'see-doctor', 'self-care']);
    });

    it('counts setting checked as an answer, even an empty one, and fires and announces nothing', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker .checked=${[]}></hw-red-flag-checker>`,
      );
      let fired = 0;
      el.addEventListener('hw-tier-change', () => fired++);
      expect(outcome(el).dataset.tier).to.equal('self-care');
      expect(textOf(outcome(el))).to.contain(bundled.outcomes['self-care'].heading);
      el.checked = undefined;
      await el.updateComplete;
      expectPrompt(el);
      el.checked = tickFor('emergency');
      await el.updateComplete;
      expect(outcome(el).dataset.tier).to.equal('emergency');
      el.checked = [];
      await el.updateComplete;
      expect(outcome(el).dataset.tier).to.equal('self-care');
      expect(textOf(status(el))).to.equal('');
      expect(fired).to.equal(0);
    });

    it("leaves no stale announcement when the page sets checked after the reader's answer", async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      await click(el, box(el, flagOf('emergency').id));
      expect(textOf(status(el))).to.contain(strings.emergency);
      // A screen reader reading on would still meet the status text: it must not name the old tier.
      el.checked = [];
      await el.updateComplete;
      expect(outcome(el).dataset.tier).to.equal('self-care');
      expect(textOf(status(el))).to.equal('');
    });

    it('shows the prompt again for new content, whose ticks start afresh', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      await click(el, box(el, flagOf('urgent').id));
      el.content = { ...bundled };
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
      expectPrompt(el);
    });

    it('takes an override for the prompt', async () => {
      const prompt = 'Kreuzen Sie an, was zutrifft, oder „Nichts davon“.';
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker .strings=${{ prompt }}></hw-red-flag-checker>`,
      );
      expect(textOf(outcome(el))).to.equal(prompt);
    });
  });

  describe('"None of these"', () => {
    it('clears every ticked sign, and ticking a sign clears it', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      await click(el, box(el, flagOf('urgent').id));
      await click(el, box(el, flagOf('emergency').id));
      expect(ticked(el)).to.have.members([flagOf('urgent').id, flagOf('emergency').id]);
      expect(el.tier).to.equal('emergency');

      await click(el, noneBox(el));
      expect(ticked(el)).to.deep.equal(['none-of-these']);
      expect(el.tier).to.equal('self-care');
      expect(textOf(outcome(el))).to.contain(bundled.outcomes['self-care'].heading);

      await click(el, box(el, flagOf('see-doctor').id));
      expect(ticked(el)).to.deep.equal([flagOf('see-doctor').id]);
      expect(noneBox(el).checked).to.equal(false);
      expect(el.tier).to.equal('see-doctor');
    });

    it('can be unticked again, leaving nothing ticked', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      await click(el, noneBox(el));
      await click(el, noneBox(el));
      expect(ticked(el)).to.deep.equal([]);
      expect(el.tier).to.equal('self-care');
    });
  });

  describe('live region', () => {
    it('is a polite status region, empty until the reader ticks something', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).getAttribute('aria-live')).to.not.equal('assertive');
      expect(textOf(status(el))).to.equal('');
    });

    for (const tier of TIERS) {
      it(`announces the ${tier} outcome, without moving focus`, async () => {
        const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
        // Self-care is reached by ticking a sign and then "None of these".
        const input = tier === 'self-care' ? noneBox(el) : box(el, flagOf(tier).id);
        if (tier === 'self-care') await click(el, box(el, flagOf('urgent').id));
        input.focus();
        await click(el, input);
        expect(textOf(status(el))).to.equal(`${strings[tier]}: ${bundled.outcomes[tier].heading}`);
        expect(shadow(el).activeElement).to.equal(input);
      });
    }
  });

  describe('emergency number', () => {
    it('shows the number as a tel: link in the outcome and the note', async () => {
      const el = await checker('emergency', '999');
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
        ['tel:999', '999'],
        ['tel:999', '999'],
      ]);
      expect(outcome(el).contains(links[0]!)).to.equal(true);
      expect(note(el).contains(links[1]!)).to.equal(true);
      expect(textOf(outcome(el))).to.contain('Call 999 now');
    });

    it('reads left to right on a right-to-left page, as a number is dialled', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="he">
          <hw-red-flag-checker
            .checked=${tickFor('emergency')}
            .strings=${{ callNumber: 'התקשרו עכשיו אל {number}.', disclaimer: 'זה לא אבחון. חירום: {number}' }}
            emergency-number="+972 2 123 4567"
          ></hw-red-flag-checker>
        </div>`,
      );
      const el = wrapper.querySelector('hw-red-flag-checker')!;
      await el.updateComplete;
      for (const link of shadow(el).querySelectorAll('a[href^="tel:"]')) {
        const text = [...link.childNodes].find((node) => node.nodeType === Node.TEXT_NODE) as Text;
        const x = (at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getBoundingClientRect().left;
        };
        // "+972" on the left, "4567" on the right, not "4567 123 2 +972".
        expect(textOf(link)).to.equal('+972 2 123 4567');
        expect(x(0)).to.be.lessThan(x(text.length - 1));
        expect(x(1)).to.be.lessThan(x(text.length - 4));
      }
    });

    it('dials exactly the digits of a number written with separators, shown as written', async () => {
      for (const [written, dial] of [
        ['0800 123 456', 'tel:0800123456'],
        ['+44 (0)20 7946-0958', 'tel:+442079460958'],
      ]) {
        const el = await checker('emergency', written);
        const link = outcome(el).querySelector('a[href^="tel:"]')!;
        expect(link.getAttribute('href')).to.equal(dial);
        expect(textOf(link)).to.equal(written);
      }
    });

    for (const value of ['999 or 112', '112; 999', '<b>999</b>', 'javascript:alert(1)', '1'.repeat(16)]) {
      it(`links nothing for ${JSON.stringify(value)}, says "your local emergency number", and reports it once`, async () => {
        const errors = captureConsole('error');
        try {
          const el = document.createElement('hw-red-flag-checker');
          el.checked = tickFor('emergency');
          el.setAttribute('emergency-number', value);
          const fired = oneEvent(el, 'hw-content-error');
          document.body.append(el);
          const { detail } = await fired;
          await el.updateComplete;
          expect(detail.problems).to.have.length(1);
          expect(detail.problems[0])
            .to.match(/^emergency-number: /)
            .and.contain(JSON.stringify(value));
          expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
          expect(shadow(el).querySelector('[part="error"]'), 'the widget still works').to.equal(null);
          expect(el.tier).to.equal('emergency');
          expect(textOf(outcome(el))).to.contain(`Call ${strings.localNumber} now`);
          expect(textOf(note(el))).to.contain(`call ${strings.localNumber}.`);
          el.requestUpdate();
          await el.updateComplete;
          expect(errors.calls).to.have.length(1);
          expect(String(errors.calls[0]![0]))
            .to.contain('emergency-number')
            .and.contain(JSON.stringify(value));
          await expect(el).to.be.accessible();
          el.remove();
        } finally {
          errors.restore();
        }
      });
    }

    it('links a valid number again once an invalid one is corrected', async () => {
      const errors = captureConsole('error');
      try {
        const el = await checker('emergency', '999 or 112');
        el.setAttribute('emergency-number', '999');
        await el.updateComplete;
        expect(outcome(el).querySelector('a')!.getAttribute('href')).to.equal('tel:999');
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('treats an empty or blank number as none, with nothing reported', async () => {
      const errors = captureConsole('error');
      try {
        const el = await checker('emergency', '   ');
        expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
        expect(textOf(outcome(el))).to.contain(`Call ${strings.localNumber} now`);
        expect(errors.calls).to.have.length(0);
      } finally {
        errors.restore();
      }
    });

    it('says "your local emergency number" without one, and links nothing', async () => {
      const el = await checker('emergency');
      expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
      expect(textOf(outcome(el))).to.contain(`Call ${strings.localNumber} now`);
      expect(textOf(note(el))).to.contain(`call ${strings.localNumber}.`);
      el.setAttribute('emergency-number', '911');
      await el.updateComplete;
      expect(outcome(el).querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      el.removeAttribute('emergency-number');
      await el.updateComplete;
      expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    });

    it('names the publisher’s same-day service in the urgent and self-care outcomes only', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker
          urgent-service="NHS 111"
          .checked=${tickFor('urgent')}
        ></hw-red-flag-checker>`,
      );
      expect(textOf(outcome(el))).to.contain('You can also get advice today from NHS 111.');
      for (const tier of ['see-doctor', 'emergency'] as const) {
        el.checked = tickFor(tier);
        await el.updateComplete;
        expect(textOf(outcome(el)), tier).to.not.contain('NHS 111');
      }
      el.checked = [];
      await el.updateComplete;
      expect(textOf(outcome(el))).to.contain('You can also get advice today from NHS 111.');
      el.checked = tickFor('urgent');
      el.removeAttribute('urgent-service');
      await el.updateComplete;
      expect(textOf(outcome(el))).to.not.contain('You can also get advice');
    });

    it('shows a same-day service as plain text, and leaves out a blank one', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker
          urgent-service="<b>NHS 111</b>"
          .checked=${tickFor('urgent')}
        ></hw-red-flag-checker>`,
      );
      expect(textOf(outcome(el))).to.contain('from <b>NHS 111</b>.');
      expect(outcome(el).querySelector('b')).to.equal(null);
      el.setAttribute('urgent-service', '  ');
      await el.updateComplete;
      expect(textOf(outcome(el))).to.not.contain('You can also get advice');
    });
  });

  describe('tier and events', () => {
    it('has a read-only tier that follows the ticks', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      expect(el.tier).to.equal('self-care');
      expect(() => {
        (el as unknown as { tier: Tier }).tier = 'emergency';
      }).to.throw(TypeError);
      expect(el.tier).to.equal('self-care');
      await click(el, box(el, flagOf('see-doctor').id));
      expect(el.tier).to.equal('see-doctor');
    });

    it("has a live checked property: reading gives the reader's ticks, in content order; setting ticks", async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      expect(el.checked).to.deep.equal([]);
      const [first, second] = [flagOf('urgent').id, flagOf('see-doctor').id].sort(
        (a, b) => flags.findIndex((flag) => flag.id === a) - flags.findIndex((flag) => flag.id === b),
      );
      await click(el, box(el, second!));
      await click(el, box(el, first!));
      expect(el.checked).to.deep.equal([first, second]);
      await click(el, box(el, second!));
      expect(el.checked).to.deep.equal([first]);
      el.checked = [flagOf('emergency').id, 'no-such-sign'];
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([flagOf('emergency').id]);
      expect(el.checked).to.deep.equal([flagOf('emergency').id]);
      expect(el.tier).to.equal('emergency');
      await click(el, noneBox(el));
      expect(el.checked).to.deep.equal([]);
    });

    it('fires hw-tier-change with the tier only, bubbling out of the shadow root', async () => {
      const wrapper = await fixture(html`<div><hw-red-flag-checker></hw-red-flag-checker></div>`);
      const el = wrapper.firstElementChild as HwRedFlagChecker;
      await el.updateComplete;
      const event = oneEvent(wrapper, 'hw-tier-change');
      await click(el, box(el, flagOf('urgent').id));
      const { detail, composed } = (await event) as CustomEvent<TierChangeDetail>;
      expect(composed).to.equal(true);
      expect(detail).to.deep.equal({ tier: 'urgent' });
      expect(Object.keys(detail)).to.deep.equal(['tier']);
    });

    it('fires once per change of tier, never for ticks that leave it the same', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      const tiers: Tier[] = [];
      el.addEventListener('hw-tier-change', (event) => tiers.push(event.detail.tier));
      const urgent = flags.filter((flag) => flag.tier === 'urgent');
      await click(el, box(el, urgent[0]!.id));
      await click(el, box(el, urgent[1]!.id));
      await click(el, box(el, flagOf('emergency').id));
      await click(el, box(el, flagOf('emergency').id));
      await click(el, noneBox(el));
      expect(tiers).to.deep.equal(['urgent', 'emergency', 'urgent', 'self-care']);
    });

    it('does not fire for a preset or new content', async () => {
      const el = await fixture<HwRedFlagChecker>(html`<hw-red-flag-checker></hw-red-flag-checker>`);
      let fired = 0;
      el.addEventListener('hw-tier-change', () => fired++);
      el.checked = tickFor('emergency');
      await el.updateComplete;
      expect(el.tier).to.equal('emergency');
      el.content = { ...bundled };
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('privacy', () => {
    it('makes no network request and writes no storage', async () => {
      const calls: string[] = [];
      const restore: (() => void)[] = [];
      const spy = <T extends object>(target: T, name: keyof T & string) => {
        const original = target[name];
        (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          calls.push(name);
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        };
        restore.push(() => ((target as Record<string, unknown>)[name] = original));
      };
      spy(window, 'fetch');
      spy(XMLHttpRequest.prototype, 'open');
      spy(navigator, 'sendBeacon');
      spy(Storage.prototype, 'setItem');
      spy(indexedDB, 'open');
      const before = {
        resources: performance.getEntriesByType('resource').length,
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      };
      try {
        const el = await fixture<HwRedFlagChecker>(
          html`<hw-red-flag-checker emergency-number="999" urgent-service="NHS 111"></hw-red-flag-checker>`,
        );
        for (const flag of flags) await click(el, box(el, flag.id));
        await click(el, noneBox(el));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(calls).to.deep.equal([]);
        expect(performance.getEntriesByType('resource').length).to.equal(before.resources);
        expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal([
          before.local,
          before.session,
          before.cookie,
        ]);
      } finally {
        restore.forEach((undo) => undo());
      }
    });
  });

  describe('keyboard', () => {
    it('is usable with the keyboard alone: Tab to each box, Space to tick', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><hw-red-flag-checker></hw-red-flag-checker></div>`,
      );
      const el = wrapper.querySelector('hw-red-flag-checker')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const focused = () => shadow(el).activeElement as HTMLElement | null;
      /** Tabs forward until the element is focused; fails if it never is. */
      const tabTo = async (target: HTMLElement) => {
        for (let presses = 0; presses < 60 && focused() !== target; presses++) {
          await sendKeys({ press: 'Tab' });
        }
        expect(focused(), `focus reaches ${target.id}`).to.equal(target);
      };

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(box(el, flags[0]!.id));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box(el, flags[0]!.id).checked).to.equal(true);
      expect(el.tier).to.equal(flags[0]!.tier);
      expect(focused(), 'focus stays on the box').to.equal(box(el, flags[0]!.id));
      // The box's source link comes next, except in Safari's default Tab order, which skips links
      // ("Press Tab to highlight each item on a webpage" is off): there the next box does.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(
        engine === 'webkit' ? box(el, flags[1]!.id) : shadow(el).querySelector(`#flag-${flags[0]!.id} ~ p a`),
      );

      await tabTo(box(el, flagOf('urgent').id));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ticked(el)).to.have.members([flags[0]!.id, flagOf('urgent').id]);

      await tabTo(noneBox(el));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal(['none-of-these']);
      expect(el.tier).to.equal('self-care');
      expect(textOf(status(el))).to.contain(strings['self-care']);

      await pressShiftTab();
      const lastFlag = flags.at(-1)!.id;
      expect(focused(), 'Shift+Tab goes back').to.equal(
        engine === 'webkit'
          ? box(el, lastFlag)
          : shadow(el).querySelector(`#flag-${lastFlag} ~ p a:last-of-type`),
      );
    });

    it('shows a visible focus ring on the boxes', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><hw-red-flag-checker></hw-red-flag-checker></div>`,
      );
      const el = wrapper.querySelector('hw-red-flag-checker')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const input = shadow(el).activeElement!;
      expect(input.localName).to.equal('input');
      const style = getComputedStyle(input);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('invalid content', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole('error')));
    afterEach(() => console_.restore());

    it('shows what is wrong, logs it once and fires hw-content-error, without throwing', async () => {
      const broken = structuredClone(bundled);
      broken.groups[0]!.flags[1]!.sources = ['nowhere'];
      await expectContentError<HwRedFlagChecker>(
        'hw-red-flag-checker',
        broken,
        'groups[0].flags[1].sources[0]: unknown source "nowhere": list it in meta.review.sources',
        (el) => {
          expect(shadow(el).querySelector('input')).to.equal(null);
          expect(el.tier).to.equal('self-care');
        },
      );
    });

    it('names an unknown topic', async () => {
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker topic="knee-pain"></hw-red-flag-checker>`,
      );
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain(
        'topic: unknown topic "knee-pain"',
      );
    });

    it('reports a flag with a tier it does not know, from inline JSON', async () => {
      const broken = structuredClone(bundled) as unknown as { groups: { flags: { tier: string }[] }[] };
      broken.groups[2]!.flags[0]!.tier = 'panic';
      const el = await fixture<HwRedFlagChecker>(
        html`<hw-red-flag-checker>
          <script type="application/json">
            ${JSON.stringify(broken)}
          </script>
        </hw-red-flag-checker>`,
      );
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain(
        'groups[2].flags[0].tier: expected "emergency" or "urgent" or "see-doctor", got "panic"',
      );
    });
  });
});
