import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('hw-test-define-a', First);
    expect(customElements.get('hw-test-define-a')).to.equal(First);
  });

  it('survives a second copy of a tag with one warning and no exception', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class SecondCopy extends HTMLElement {}
      class ThirdCopy extends HTMLElement {}
      defineElement('hw-test-define-b', First);
      expect(() => defineElement('hw-test-define-b', SecondCopy)).not.to.throw();
      expect(() => defineElement('hw-test-define-b', ThirdCopy)).not.to.throw();
      expect(customElements.get('hw-test-define-b')).to.equal(First);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('<hw-test-define-b> is already defined');
    } finally {
      console.warn = warn;
    }
  });
});
