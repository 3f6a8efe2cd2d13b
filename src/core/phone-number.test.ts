import { expect } from '@open-wc/testing';
import { NOT_ONE_NUMBER, parsePhoneNumber } from './phone-number.js';

const MAX_DIGITS = 15;

describe('parsePhoneNumber', () => {
  it('dials exactly the digits of one number and shows it as written', () => {
    for (const [written, dial] of [
      ['999', '999'],
      ['112', '112'],
      ['0800 123 456', '0800123456'],
      ['+44 (0)20 7946-0958', '+442079460958'],
      ['+44(0)1632 960 001', '+441632960001'],
      ['(0)20 7946 0958', '02079460958'],
      ['+1.212.555.0100', '+12125550100'],
      ['  911  ', '911'],
    ]) {
      expect(parsePhoneNumber(written), written).to.deep.equal({ dial, shown: written!.trim() });
    }
  });

  it('folds runs of white space in what it shows', () => {
    expect(parsePhoneNumber('0800\n  123\t456')).to.deep.equal({ dial: '0800123456', shown: '0800 123 456' });
  });

  it('means no number when the field is empty or white space', () => {
    for (const value of [undefined, null, '', '   ', '\n'])
      expect(parsePhoneNumber(value)).to.equal(undefined);
  });

  it('refuses several numbers, words, markup and other characters', () => {
    for (const value of [
      '999 or 112',
      '112; 999',
      '999, 112',
      '999/112',
      '<b>999</b>',
      'javascript:alert(1)',
      'tel:999',
      '999#',
      '*999',
      '9+99',
      '++999',
      '١١٢',
      '__proto__',
    ]) {
      expect(parsePhoneNumber(value), value).to.equal(NOT_ONE_NUMBER);
    }
  });

  it('refuses separators with no digits', () => {
    expect(parsePhoneNumber('( - . )')).to.equal(NOT_ONE_NUMBER);
    expect(parsePhoneNumber('+')).to.equal(NOT_ONE_NUMBER);
  });

  it(`refuses more than ${MAX_DIGITS} digits`, () => {
    expect(parsePhoneNumber('1'.repeat(MAX_DIGITS))).to.deep.equal({
      dial: '1'.repeat(MAX_DIGITS),
      shown: '1'.repeat(MAX_DIGITS),
    });
    expect(parsePhoneNumber('1'.repeat(MAX_DIGITS + 1))).to.equal(NOT_ONE_NUMBER);
    expect(parsePhoneNumber('999 '.repeat(3000))).to.equal(NOT_ONE_NUMBER);
    expect(parsePhoneNumber('+' + '1'.repeat(MAX_DIGITS))).to.deep.equal({
      dial: '+' + '1'.repeat(MAX_DIGITS),
      shown: '+' + '1'.repeat(MAX_DIGITS),
    });
  });
});
