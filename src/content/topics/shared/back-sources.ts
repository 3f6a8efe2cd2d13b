/**
 * The sources the shared back-pain warning signs were checked against, each a constant of its own
 * so a bundler keeps only those a page's content cites.
 */
import type { Source } from '../../schema.js';

/** For sources on nhs.uk, which could not be opened when this version was checked. */
export const NHS_UK_NOTE =
  'We could not open this page for our last check. The signs we link to it come from our notes on it.';
/** For nhs.uk sources whose text we also read in a copy published elsewhere. */
export const NHS_UK_COPY_NOTE =
  'We could not open this page for our last check. What we took from it comes from our notes on it, and from a copy of its text on another site.';
export const CHECKED = '2026-11-28';

export const nhsBackPain: Source = {
  id: 'nhs-back-pain',
  title: 'Back pain',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/back-pain/',
  note: NHS_UK_COPY_NOTE,
};
export const nhsSciatica: Source = {
  id: 'nhs-sciatica',
  title: 'Sciatica',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/sciatica/',
  note: NHS_UK_NOTE,
};
export const nhsCaudaEquina: Source = {
  id: 'nhs-cauda-equina',
  title: 'Cauda equina syndrome',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  note: NHS_UK_NOTE,
};
export const nhsSpinalStenosis: Source = {
  id: 'nhs-spinal-stenosis',
  title: 'Spinal stenosis',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/spinal-stenosis/',
  note: NHS_UK_NOTE,
};
export const nhsInformStenosis: Source = {
  id: 'nhs-inform-stenosis',
  title: 'Lumbar stenosis',
  publisher: 'NHS inform',
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/lumbar-stenosis',
  // Checked again at this address when the wrong one was corrected.
  checked: '2026-11-30',
};
export const gCareRedFlags: Source = {
  id: 'g-care-red-flags',
  title: 'Red flags for spinal conditions (back pain pathways, based on NICE CKS)',
  publisher: 'NHS Gloucestershire G-care',
  url: 'https://g-care.glos.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the G-care home page. The red flags are in its back pain pathways.',
};
export const niceNg59: Source = {
  id: 'nice-ng59',
  title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
  publisher: 'NICE',
  url: 'https://www.nice.org.uk/guidance/ng59',
  checked: CHECKED,
};
export const niceNg234: Source = {
  id: 'nice-ng234',
  title: 'Spinal metastases and metastatic spinal cord compression (NG234)',
  publisher: 'NICE',
  url: 'https://www.nice.org.uk/guidance/ng234',
  checked: CHECKED,
};
export const royalFreeCes: Source = {
  id: 'royal-free-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Royal Free London NHS Foundation Trust',
  url: 'https://www.royalfree.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};
export const chesterfieldCes: Source = {
  id: 'chesterfield-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Chesterfield Royal Hospital NHS Foundation Trust',
  url: 'https://www.chesterfieldroyal.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};
export const torbayCes: Source = {
  id: 'torbay-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Torbay and South Devon NHS Foundation Trust',
  url: 'https://www.torbayandsouthdevon.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};

/** Every source a back topic's signs may cite, in the order footers list them. */
export const backSources: readonly Source[] = [
  nhsBackPain,
  nhsSciatica,
  nhsCaudaEquina,
  nhsSpinalStenosis,
  nhsInformStenosis,
  gCareRedFlags,
  niceNg234,
  royalFreeCes,
  chesterfieldCes,
  torbayCes,
];
