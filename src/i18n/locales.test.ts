import { expect } from '@open-wc/testing';
import { formatLocalDate, formatText, formattingLocale, LOCALES, pickLocale, pluralForm } from './locales.js';

describe('pickLocale', () => {
  it('takes the exact tag first, whatever its case', () => {
    expect(pickLocale('en-US')).to.equal('en-US');
    expect(pickLocale('EN-us')).to.equal('en-US');
    expect(pickLocale('cy')).to.equal('cy');
    expect(pickLocale('es')).to.equal('es');
  });
  it('falls back to the first pack of the language', () => {
    expect(pickLocale('cy-GB')).to.equal('cy');
    expect(pickLocale('es-MX')).to.equal('es');
    expect(pickLocale('es_419')).to.equal('es');
    expect(pickLocale('en')).to.equal('en-GB');
    expect(pickLocale('en-AU')).to.equal('en-GB');
  });
  it('falls back to English (UK) for any other language, or none', () => {
    expect(pickLocale('fr')).to.equal('en-GB');
    expect(pickLocale('')).to.equal('en-GB');
    expect(pickLocale(null)).to.equal('en-GB');
    expect(pickLocale('not a tag')).to.equal('en-GB');
  });
  it('offers the four packs, English (UK) first', () => {
    expect(LOCALES).to.deep.equal(['en-GB', 'en-US', 'cy', 'es']);
  });
});

describe('formattingLocale', () => {
  it('keeps a valid page tag for Intl, and the pack locale otherwise', () => {
    expect(formattingLocale('es-MX', 'es')).to.equal('es-MX');
    expect(formattingLocale('', 'cy')).to.equal('cy');
    expect(formattingLocale('not a tag!', 'en-GB')).to.equal('en-GB');
  });

  it('gives a bare language the region of the pack it chose, so dates follow the words', () => {
    expect(formattingLocale('en', 'en-GB')).to.equal('en-GB');
    expect(formattingLocale('EN', 'en-GB')).to.equal('en-GB');
    expect(formattingLocale('en-US', 'en-US')).to.equal('en-US');
    expect(formattingLocale('es', 'es')).to.equal('es');
  });

  it("writes a language with no pack by the pack's language, as its words are", () => {
    expect(formattingLocale('fr', 'en-GB')).to.equal('en-GB');
    expect(formattingLocale('de-AT', 'en-GB')).to.equal('en-GB');
    expect(formattingLocale('en-AU', 'en-GB')).to.equal('en-AU');
    expect(formattingLocale('cy-GB', 'cy')).to.equal('cy-GB');
  });
});

describe('formatText', () => {
  it('fills every placeholder, and leaves unknown ones as they are', () => {
    expect(formatText('{done} of {total} done', { done: 3, total: 10 }, 'en-GB', 'done')).to.equal(
      '3 of 10 done',
    );
    expect(formatText('{done}/{total} ({done})', { done: 1, total: 2 }, 'en-GB')).to.equal('1/2 (1)');
    expect(formatText('{service} or {number}', { number: '999' }, 'en-GB')).to.equal('{service} or 999');
  });
  it('formats numbers in the locale', () => {
    expect(formatText('{total}', { total: 12345 }, 'en-GB')).to.equal('12,345');
    expect(formatText('{total}', { total: 12345 }, 'es')).to.equal('12.345');
  });
  it('picks the English plural forms: 1 of 1 done, 0 of 10 done', () => {
    const progress = { one: '{done} of {total} item done', other: '{done} of {total} items done' };
    expect(formatText(progress, { done: 1, total: 1 }, 'en-GB', 'done')).to.equal('1 of 1 item done');
    expect(formatText(progress, { done: 0, total: 10 }, 'en-GB', 'done')).to.equal('0 of 10 items done');
  });
  it('picks the Spanish pack forms by the count done', () => {
    const progress = { one: '{done} de {total} hecho', other: '{done} de {total} hechos' };
    expect(formatText(progress, { done: 1, total: 1 }, 'es', 'done')).to.equal('1 de 1 hecho');
    expect(formatText(progress, { done: 0, total: 10 }, 'es', 'done')).to.equal('0 de 10 hechos');
  });
  it('picks each of the six Welsh plural categories', () => {
    const forms = {
      zero: 'zero {n}',
      one: 'one {n}',
      two: 'two {n}',
      few: 'few {n}',
      many: 'many {n}',
      other: 'other {n}',
    };
    const picked = [0, 1, 2, 3, 6, 4, 10].map((n) => formatText(forms, { n }, 'cy', 'n'));
    expect(picked).to.deep.equal(['zero 0', 'one 1', 'two 2', 'few 3', 'many 6', 'other 4', 'other 10']);
  });
  it('uses `other` for a category a string does not give, and for a string without a count', () => {
    expect(pluralForm({ other: 'o', one: 'x' }, 2, 'cy')).to.equal('o');
    expect(formatText({ one: 'x', other: 'o' }, {}, 'en-GB')).to.equal('o');
    expect(pluralForm('same', 1, 'cy')).to.equal('same');
  });
});

describe('formatLocalDate', () => {
  it('writes English (UK) as the page without the layer does, and other locales through Intl', () => {
    expect(formatLocalDate('2026-11-28', 'en-GB')).to.equal('28 November 2026');
    expect(formatLocalDate('2026-11-28', 'en-US')).to.equal('November 28, 2026');
    expect(formatLocalDate('2026-01-01', 'de')).to.equal('1. Januar 2026');
  });
  it('takes a pack’s month names only where the browser has no dates in the language', () => {
    const months = 'un dau tri pedwar pump chwech saith wyth naw deg un-ar-ddeg deuddeg'.split(' ');
    expect(formatLocalDate('2026-11-28', 'es', months)).to.equal('28 de noviembre de 2026');
    expect(formatLocalDate('2026-11-28', 'zz', months)).to.equal('28 un-ar-ddeg 2026');
  });
});
