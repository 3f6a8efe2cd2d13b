import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { fill } from './fill.js';

describe('fill', () => {
  it('fills every occurrence of a placeholder, wherever it stands', () => {
    expect(fill('{n} and {n}, then {n}', { n: 7 })).to.deep.equal(['', 7, ' and ', 7, ', then ', 7, '']);
    expect(fill('Call {number} now.', { number: '999' })).to.deep.equal(['Call ', '999', ' now.']);
    expect(fill('{service}{service}', { service: 'S' })).to.deep.equal(['', 'S', '', 'S', '']);
    expect(fill('{done} of {total}', { done: 1, total: 2 }).join('')).to.equal('1 of 2');
  });

  it('leaves a string without placeholders, and placeholders without a value, as they are', () => {
    expect(fill('No number here.', { number: '999' })).to.deep.equal(['No number here.']);
    expect(fill('{service} or {number}', { number: '1' }).join('')).to.equal('{service} or 1');
    expect(fill('{toString}', {}).join('')).to.equal('{toString}');
  });

  it('puts a template in as it is, never as an HTML string', () => {
    const link = html`<a href="tel:112">112</a>`;
    const parts = fill('{number} / {number}', { number: link });
    expect(parts.filter((part) => part === link)).to.have.length(2);
    expect(parts.filter((part) => typeof part === 'string' && part.includes('<'))).to.deep.equal([]);
  });
});
