/**
 * Every pack is complete: the same keys as English (UK), the same placeholders in every form,
 * plural forms the language has, and its unchecked strings listed in the README.
 */
import { expect } from '@open-wc/testing';
import { checklistStrings, coreStrings, enGB, faqStrings, redFlagStrings } from './en-GB.js';
import { LOCALES, loadPack } from './locales.js';
import type { AnyPack, Pack, Plural, UiStrings } from './strings.js';

// Compile-time check: a pack that misses a key does not type-check.
const withoutNone: Omit<UiStrings, 'none'> = enGB.strings;
// @ts-expect-error: `none` is missing.
const incomplete: Pack = { meta: enGB.meta, strings: withoutNone };
void incomplete;

const forms = (text: Plural): string[] => (typeof text === 'string' ? [text] : Object.values(text));
const placeholders = (text: Plural): string[][] =>
  forms(text).map((form) => [...new Set(form.match(/\{\w+\}/g) ?? [])].sort());

/** A pack as an element shows it: a variety of English over the English (UK) defaults. */
const complete = (pack: AnyPack): Pack =>
  pack.meta.base === 'en-GB' ? { ...pack, strings: { ...enGB.strings, ...pack.strings } } : (pack as Pack);

const packs: Pack[] = [enGB];
before(async () => {
  for (const locale of LOCALES.slice(1)) packs.push(complete(await loadPack(locale)));
});

describe('locale packs', () => {
  it('English (UK) holds exactly the defaults of the four elements', () => {
    expect(enGB.strings).to.deep.equal({
      ...coreStrings,
      ...faqStrings,
      ...checklistStrings,
      ...redFlagStrings,
    });
  });

  it('loads one pack per locale, each naming its own locale', () => {
    expect(packs.map((pack) => pack.meta.locale)).to.deep.equal(LOCALES);
  });

  it('a variety of English carries only the strings it words differently', async () => {
    const { strings } = await loadPack('en-US');
    for (const [key, text] of Object.entries(strings))
      expect(text, key).not.to.deep.equal(enGB.strings[key as keyof UiStrings]);
    expect(Object.keys(strings)).to.have.length.within(1, Object.keys(enGB.strings).length - 1);
  });

  it('every pack has every key, and no other', () => {
    const keys = Object.keys(enGB.strings).sort();
    for (const pack of packs) expect(Object.keys(pack.strings).sort(), pack.meta.locale).to.deep.equal(keys);
  });

  it('every string of every pack has the placeholders of the English string, in every form', () => {
    for (const pack of packs) {
      for (const [key, english] of Object.entries(enGB.strings)) {
        const expected = placeholders(english)[0];
        for (const found of placeholders(pack.strings[key as keyof UiStrings]))
          expect(found, `${pack.meta.locale} ${key}`).to.deep.equal(expected);
      }
    }
  });

  it('month names, where a pack has them, are twelve', () => {
    for (const pack of packs.filter((pack) => pack.months))
      expect(new Set(pack.months!).size, pack.meta.locale).to.equal(12);
  });

  it('no string is empty, and plural forms are categories the language has', () => {
    for (const pack of packs) {
      const categories = new Intl.PluralRules(pack.meta.locale).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(pack.strings)) {
        for (const form of forms(text)) expect(form.trim(), `${pack.meta.locale} ${key}`).not.to.equal('');
        if (typeof text !== 'string')
          expect(categories, `${pack.meta.locale} ${key}`).to.include.members(Object.keys(text));
      }
    }
  });

  it('names who checked each pack, and marks every Welsh and Spanish string as not yet checked', () => {
    for (const pack of packs) {
      expect(pack.meta.checkedBy, pack.meta.locale).to.match(/\w/);
      for (const key of pack.meta.unchecked)
        expect({ ...pack.strings, months: pack.months }[key], key).to.exist;
    }
    for (const pack of packs.filter((pack) => ['cy', 'es'].includes(pack.meta.locale))) {
      const keys = [...Object.keys(enGB.strings), ...(pack.months ? ['months'] : [])];
      expect([...pack.meta.unchecked].sort(), pack.meta.locale).to.deep.equal(keys.sort());
      expect(pack.meta.checkedBy, pack.meta.locale).to.match(/^Nobody yet/);
    }
  });

  it('README lists every string not yet checked, pack by pack', async () => {
    const readme = await (await fetch('/README.md')).text();
    const languages = readme.indexOf('\n## Languages\n');
    expect(languages, 'a Languages section').to.be.greaterThan(0);
    const start = readme.indexOf('**Who checked the packs.**', languages);
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    expect(start, 'its list of unchecked strings').to.be.greaterThan(languages);
    for (const pack of packs) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${pack.meta.locale}\` `));
      if (!pack.meta.unchecked.length) {
        expect(row, `${pack.meta.locale} has no row`).to.equal(undefined);
        continue;
      }
      expect(row, `a row for ${pack.meta.locale}`).to.be.a('string');
      const listed = [...row!.split('|')[2]!.matchAll(/`([\w-]+)`/g)].map((match) => match[1]);
      expect(listed.sort(), pack.meta.locale).to.deep.equal([...pack.meta.unchecked].sort());
    }
  });
});
