/** This topic's prevention checklist, a module of its own so it loads only where it shows. */
import type { ChecklistContent } from '../../schema.js';
import { nhsBackPain } from '../shared/back-sources.js';
import { niceNg59Checked, metaCiting } from './signs.js';

// The habits come from NHS advice on preventing back pain; NICE NG59 gives exercise the best
// evidence. Where the evidence is weak, the reason says "may".
export const checklist: ChecklistContent = {
  meta: /* @__PURE__ */ metaCiting([nhsBackPain, niceNg59Checked]),
  heading: 'Habits that may help stop back pain coming back',
  intro: 'It is hard to prevent back pain. These habits may help. Tick the ones you already have.',
  groups: [
    {
      id: 'move',
      label: 'Keep moving',
      items: [
        {
          id: 'stay-active',
          title: 'Stay active',
          detail: 'Adults should aim for at least 150 minutes of exercise a week.',
          why: 'Exercise has the best proof of all these habits for stopping back pain coming back.',
        },
        {
          id: 'back-exercises',
          title: 'Do back exercises and stretches often',
          detail: 'A GP or physiotherapist can show you which ones to try.',
          why: 'They may help keep your back strong.',
        },
        {
          id: 'sitting',
          title: 'Do not sit still for long spells',
          detail: 'Stand up and move around often.',
          why: 'Sitting for a long time may make your back stiff.',
        },
      ],
    },
    {
      id: 'every-day',
      label: 'Every day',
      items: [
        {
          id: 'lifting',
          title: 'Take care when you lift',
          why: 'Lifting the wrong way may strain your back.',
        },
        {
          id: 'posture',
          title: 'Check how you sit',
          detail: 'At a desk, or when you look at a phone or a screen.',
          why: 'How you sit may play a part, but the proof for this is weak.',
        },
        {
          id: 'weight',
          title: 'Keep to a healthy weight',
          why: 'The NHS lists losing weight, if you need to, among the steps that may help.',
        },
      ],
    },
  ],
};
