/** This topic's FAQ, a module of its own so it loads only where it shows. */
import type { FaqContent } from '../../schema.js';
import { backGetHelpItem } from '../shared/back-red-flags.js';
import { sources } from '../shared/citing.js';
import { nhsSources, niceNg59Checked, metaCiting, signGroups } from './signs.js';

// The answers draw on NHS advice on sciatica and NICE NG59; "when to get help" lists every sign,
// so it cites every source those signs were checked against (the content tests check this).
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting([
    ...nhsSources,
    niceNg59Checked,
    .../* @__PURE__ */ sources(
      'nhs-cauda-equina',
      'nhs-spinal-stenosis',
      'nhs-inform-stenosis',
      'g-care-red-flags',
      'nice-ng234',
      'royal-free-ces',
      'chesterfield-ces',
      'torbay-ces',
    ),
  ]),
  heading: 'Questions about sciatica',
  items: [
    {
      id: 'what-is-it',
      question: 'What is sciatica?',
      answer:
        'Sciatica is pain that comes from the sciatic nerve when something presses on it or rubs it. This nerve runs from the back of your hips, through your bottom and down each leg to your feet.',
    },
    {
      id: 'symptoms',
      question: 'What does sciatica feel like?',
      answer: [
        'It is felt in your bottom, the back of your leg, or your foot and toes. It may feel:',
        {
          list: [
            'painful: the pain may stab, burn or shoot',
            'tingly, like pins and needles',
            'numb',
            'weak',
          ],
        },
        'It may be worse when you move. You may have back pain too, but it is often not as bad as the pain in your leg.',
        'A leg that is numb, tingly or weak, or pain that gets worse when you sneeze, cough or poo, can be a warning sign: see “When should I get medical help?”.',
      ],
    },
    {
      id: 'causes',
      question: 'What causes sciatica?',
      answer: [
        'Something pressing or rubbing on the nerve. Causes include:',
        {
          list: [
            'a slipped disc, the most common cause: a soft cushion between the bones of your spine bulges out',
            'spinal stenosis: the space for the nerves in your spine gets narrow',
            'a bone in your spine that slips out of place',
            'a back injury',
          ],
        },
      ],
    },
    {
      id: 'how-long',
      question: 'How long does sciatica last?',
      answer: 'It often gets better in 4 to 6 weeks, but it can last longer.',
    },
    {
      id: 'relief',
      question: 'What can I do to ease it?',
      answer: [
        'These steps from the NHS can help you get better sooner:',
        {
          list: [
            'Start gentle exercise as soon as you can, and stretch often.',
            'Carry on with your normal day as much as you can.',
            'Do not sit or lie down for a long time. Moving may hurt, but it does no harm and can help you get better.',
            'Ask a pharmacist about pain relief that may help.',
            'If you use heat, never put it on skin that feels numb.',
          ],
        },
        [{ text: 'Read the NHS advice on sciatica', href: 'https://www.nhs.uk/conditions/sciatica/' }, '.'],
      ],
    },
    {
      id: 'treatment',
      question: 'What can a doctor do?',
      answer:
        'A GP may suggest exercises and stretches, or other pain relief. They may send you to a physiotherapist, or for support to help you cope with the pain. Most people do not need a scan: NICE says scans are not usually needed for sciatica.',
    },
    /* @__PURE__ */ backGetHelpItem(signGroups),
  ],
};
