/** `health-widgets`: registers every element and re-exports their classes, content and types. */
export * from './content/index.js';
export { HwAnatomyTable, type AnatomyTableStrings } from './components/anatomy-table/anatomy-table.js';
export {
  HwPreventionChecklist,
  type ChecklistChangeDetail,
  type ChecklistStrings,
} from './components/prevention-checklist/prevention-checklist.js';
export {
  HwFaqAccordion,
  type FaqStrings,
  type FaqToggleDetail,
} from './components/faq-accordion/faq-accordion.js';
export {
  HwRedFlagChecker,
  type RedFlagStrings,
  type TierChangeDetail,
} from './components/red-flag-checker/red-flag-checker.js';
export { triage, type TriageFlag } from './components/red-flag-checker/triage.js';
export type { ContentErrorDetail } from './core/events.js';
export type { CoreStrings } from './core/hw-element.js';
