import { expect } from '@open-wc/testing';
import { captureConsole } from '../test-support/helpers.js';
import { headingLevelOr, reportAttribute, trimmed } from './attributes.js';
import type { ContentErrorDetail } from './events.js';

describe('attributes', () => {
  describe('headingLevelOr', () => {
    it('keeps a whole number from 2 to 6', () => {
      for (const level of [2, 3, 4, 5, 6]) expect(headingLevelOr(level, 3)).to.equal(level);
    });

    it('falls back to the default for anything else, never clamping or rounding', () => {
      for (const value of [1, 7, 9, 0, -2, 2.5, 5.9, NaN, Infinity, undefined, null, '4', {}])
        expect(headingLevelOr(value, 3), String(value)).to.equal(3);
    });
  });

  describe('trimmed', () => {
    it('drops surrounding white space, and makes empty or blank text unset', () => {
      expect(trimmed('  NHS 111 ')).to.equal('NHS 111');
      for (const value of [undefined, null, '', '  \n\t']) expect(trimmed(value)).to.equal(undefined);
    });
  });

  describe('reportAttribute', () => {
    it('logs once and fires hw-content-error with the attribute as the path', () => {
      const host = document.createElement('hw-example');
      const details: ContentErrorDetail[] = [];
      host.addEventListener('hw-content-error', (event) => details.push(event.detail));
      const errors = captureConsole('error');
      try {
        reportAttribute(host, 'emergency-number', '999 or 112', 'must be one phone number');
      } finally {
        errors.restore();
      }
      const problem = 'emergency-number: "999 or 112" must be one phone number';
      expect(details).to.deep.equal([{ problems: [problem] }]);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]![0])).to.equal(`<hw-example> invalid attribute:\n${problem}`);
    });
  });
});
