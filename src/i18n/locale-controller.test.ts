/**
 * What an English (UK) page does without the language layer: it must agree with the layer, which
 * a page in another language loads.
 */
import { expect } from '@open-wc/testing';
import { isUkEnglish, loadLanguageLayer, localText, LocaleController } from './locale-controller.js';
import { formatText, formattingLocale, pickLocale } from './locales.js';

/** A controller on its own, for a host that is not an element of the package. */
const controller = () =>
  new LocaleController(
    Object.assign(document.createElement('div'), { addController() {}, requestUpdate() {} }),
  );

const COUNTS = [0, 1, 2, 3, 10, 999, 1000, 12345, 1234567];
const PROGRESS = { one: '{done} of {total} item done', other: '{done} of {total} items done' };

describe('an English (UK) page without the language layer', () => {
  it('knows English (UK) whatever its spelling, and nothing else', () => {
    for (const lang of ['', 'en', 'EN', 'en-GB', 'en-gb', ' en-GB '])
      expect(isUkEnglish(lang), JSON.stringify(lang)).to.equal(true);
    for (const lang of ['en-US', 'en-AU', 'en_GB', 'cy', 'cy-GB', 'es', 'fr', 'eng', 'not a tag'])
      expect(isUkEnglish(lang), lang).to.equal(false);
  });

  it('takes English (UK) only where the layer would pick its pack and format as in the UK', () => {
    for (const lang of ['', 'en', 'EN', 'en-GB', 'en-gb', ' en-GB ']) {
      expect(pickLocale(lang), JSON.stringify(lang)).to.equal('en-GB');
      expect(formattingLocale(lang, 'en-GB'), JSON.stringify(lang)).to.equal('en-GB');
    }
  });

  it('fills counts by the English plural rules and numbers, as Intl does', () => {
    const english = controller();
    for (const done of COUNTS) {
      const values = { done, total: done + 1 };
      const expected = formatText(PROGRESS, values, 'en-GB', 'done');
      expect(localText(english, PROGRESS, values, 'done'), String(done)).to.equal(expected);
    }
    expect(localText(english, PROGRESS, { done: 1, total: 1 }, 'done')).to.equal('1 of 1 item done');
    expect(localText(english, PROGRESS, { done: 0, total: 10 }, 'done')).to.equal('0 of 10 items done');
    expect(localText(english, '{done} of {total} done', { done: 1234, total: 12345 }, 'done')).to.equal(
      '1,234 of 12,345 done',
    );
    expect(localText(english, '{service} or {number}', { number: '999' })).to.equal('{service} or 999');
    expect(localText(english, PROGRESS, { done: 1, total: 1 })).to.equal('1 of 1 items done');
  });

  it('writes dates in English (UK)', () => {
    expect(controller().formatDate('2026-11-28')).to.equal('28 November 2026');
  });

  it('gives the same words once the layer is loaded', async () => {
    const english = controller();
    const before = COUNTS.map((done) => localText(english, PROGRESS, { done, total: 12345 }, 'done'));
    await loadLanguageLayer();
    english.refresh();
    expect(english.locale).to.equal('en-GB');
    expect(COUNTS.map((done) => localText(english, PROGRESS, { done, total: 12345 }, 'done'))).to.deep.equal(
      before,
    );
    expect(english.formatDate('2026-11-28')).to.equal('28 November 2026');
  });
});
