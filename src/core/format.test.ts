import { expect } from '@open-wc/testing';
import { formatDate } from './format.js';

describe('formatDate', () => {
  it('writes English (UK) dates, made without Intl, exactly as Intl writes them', () => {
    for (const iso of ['2026-01-01', '2026-02-28', '2024-02-29', '2026-07-04', '2026-11-28', '2027-12-31']) {
      const intl = new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
      expect(formatDate(iso, 'en-GB'), iso).to.equal(intl);
    }
    expect(formatDate('2026-11-28', 'en-GB')).to.equal('28 November 2026');
  });

  it('writes other locales through Intl, the same day in every time zone', () => {
    expect(formatDate('2026-11-28', 'en-US')).to.equal('November 28, 2026');
    expect(formatDate('2026-01-01', 'de')).to.equal('1. Januar 2026');
  });
});
