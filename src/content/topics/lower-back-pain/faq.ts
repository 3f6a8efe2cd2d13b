/** This topic's FAQ, a module of its own so it loads only where it shows. */
import type { FaqContent } from '../../schema.js';
import { backGetHelpItem } from '../shared/back-red-flags.js';
import { sources } from '../shared/citing.js';
import { nhsBackPain } from '../shared/back-sources.js';
import { niceNg59Checked, metaCiting, signGroups } from './signs.js';

// The answers draw on NHS advice on back pain and NICE NG59; "when to get help" lists every sign,
// so it cites every source those signs were checked against (the content tests check this).
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting([
    nhsBackPain,
    niceNg59Checked,
    .../* @__PURE__ */ sources(
      'nhs-cauda-equina',
      'nhs-sciatica',
      'nhs-spinal-stenosis',
      'nhs-inform-stenosis',
      'g-care-red-flags',
      'nice-ng234',
      'royal-free-ces',
      'chesterfield-ces',
      'torbay-ces',
    ),
  ]),
  heading: 'Questions about lower back pain',
  items: [
    {
      id: 'causes',
      question: 'What causes lower back pain?',
      answer: [
        'Often the cause is not clear. A common cause is a strain, such as a pulled muscle.',
        'Sometimes it comes from a slipped disc or sciatica. It can also come from a long-term condition that makes the spine stiff (ankylosing spondylitis). Very rarely, it is a sign of something serious, such as a broken bone, an infection or cancer.',
      ],
    },
    {
      id: 'how-long',
      question: 'How long will it last?',
      answer: 'It often gets better on its own in a few weeks. Sometimes it lasts longer, or comes back.',
    },
    {
      id: 'relief',
      question: 'What can I do to ease it?',
      answer: [
        'These steps from the NHS can help:',
        {
          list: [
            'Stay active, and carry on with daily life as much as you can. Do not stay in bed for a long time.',
            'Try pain relief from a pharmacy, such as ibuprofen. Paracetamol on its own is not advised for back pain.',
            'For stiff or tight muscles, use a heat pack or hot water bottle wrapped in a towel.',
            'For pain and swelling, use an ice pack wrapped in a towel. Never put heat or ice on skin that feels numb.',
            'Try gentle exercises and stretches for back pain. Walking, swimming, yoga and Pilates may help too.',
          ],
        },
        [
          'Stop an exercise if it makes the pain worse. ',
          { text: 'Read the NHS advice on back pain', href: 'https://www.nhs.uk/conditions/back-pain/' },
          '.',
        ],
      ],
    },
    {
      id: 'scan',
      question: 'Do I need a scan or an X-ray?',
      answer:
        'Most people do not. NICE, which writes guidance for the NHS, says scans are not usually needed for lower back pain. A specialist may ask for one if the result would change your care.',
    },
    {
      id: 'treatment',
      question: 'What can a doctor do?',
      answer:
        'If the pain is bad or not getting better, a GP may suggest other pain relief. They may also suggest an exercise programme, sometimes in a group. NICE advises exercise as a main part of care.',
    },
    /* @__PURE__ */ backGetHelpItem(signGroups),
  ],
};
