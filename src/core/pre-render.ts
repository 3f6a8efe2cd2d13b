import type { RedFlagContent } from '../content/schema.js';
import type { HwRedFlagChecker } from '../components/red-flag-checker/red-flag-checker.js';

/**
 * How elements render before they hydrate. Only the server entry and the hydrate support set
 * these, so that pages which never pre-render pay nothing for them.
 */
export const preRender: {
  /** The red-flag checker as a care card: every sign under the care it needs, nothing to tick. */
  careCard?: (checker: HwRedFlagChecker, content: RedFlagContent) => unknown;
} = {};
