import { expect } from '@open-wc/testing';
import { formatUkDate } from './format.js';

describe('formatUkDate', () => {
  it('writes English (UK) dates, made without Intl, exactly as Intl writes them', () => {
    for (const iso of ['2026-01-01', '2026-02-28', '2024-02-29', '2026-07-04', '2026-11-28', '2027-12-31']) {
      const intl = new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
      expect(formatUkDate(iso), iso).to.equal(intl);
    }
    expect(formatUkDate('2026-11-28')).to.equal('28 November 2026');
  });
});
