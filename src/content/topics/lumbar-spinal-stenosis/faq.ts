/** This topic's FAQ, a module of its own so it loads only where it shows. */
import type { FaqContent } from '../../schema.js';
import { backGetHelpItem } from '../shared/back-red-flags.js';
import { sources } from '../shared/citing.js';
import { nhsSources, southTeesStenosis, metaCiting, signGroups } from './signs.js';

// The answers draw on NHS inform and South Tees' leaflet; "when to get help" lists every sign,
// so it cites every source those signs were checked against (the content tests check this).
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting([
    ...nhsSources,
    southTeesStenosis,
    .../* @__PURE__ */ sources(
      'nhs-cauda-equina',
      'nhs-inform-stenosis',
      'g-care-red-flags',
      'nice-ng234',
      'royal-free-ces',
      'chesterfield-ces',
      'torbay-ces',
    ),
  ]),
  heading: 'Questions about lumbar spinal stenosis',
  items: [
    {
      id: 'what-is-it',
      question: 'What is lumbar spinal stenosis?',
      answer:
        'It is when the space for the nerves in your lower back gets narrow. This can squeeze the nerves that go down to your legs. So it is a back problem that is felt mostly in the legs.',
    },
    {
      id: 'walking',
      question: 'Why do my legs hurt when I walk?',
      answer: [
        'Walking or standing often brings on aching, cramp, tingling or heaviness in the legs.',
        'See a doctor about leg pain like this. Some signs need help sooner. They include new or worse weakness in a leg, and legs that give way. So does pain, tingling, weakness or numbness in both legs that is severe, new or getting worse. See “When should I get medical help?”.',
        'Sitting down, or leaning forward, often eases it: for example, leaning on a shopping trolley. Bending forward gives the nerves a little more room.',
      ],
    },
    {
      id: 'serious',
      question: 'Is it serious?',
      answer:
        'Most people can manage it well with the right advice. The space in the spine gets narrow as we get older, and this does not always cause pain. The nerves can get used to the change. It is a long-term condition, and it can be better or worse from day to day.',
    },
    {
      id: 'back-pain',
      question: 'Does it cause back pain?',
      answer: 'It can. But back pain with no pain in the legs is not usually caused by stenosis.',
    },
    {
      id: 'diagnosis',
      question: 'How do I find out if I have it?',
      answer:
        'A GP or other health professional will ask about your pain and examine you. They may check how well you move and how strong you are. If you have not seen a doctor about leg pain when you walk, book an appointment.',
    },
    /* @__PURE__ */ backGetHelpItem(signGroups),
  ],
};
