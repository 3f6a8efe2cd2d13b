/**
 * Spanish, addressing the reader as usted. Written plainly by the health-widgets maintainers; no
 * fluent Spanish speaker has checked it yet, so every string is listed as unchecked. Only the
 * UI's own words: never health content.
 */
import type { Pack, UiStrings } from '../strings.js';

const strings = {
  lastReviewed: 'Última revisión',
  nextReview: 'Próxima revisión',
  checkedBy: 'Comprobado con las fuentes de abajo por {name}.',
  clinicalReviewer: 'Revisado por un profesional clínico: {name}, {role}.',
  noClinicalReviewer: 'No revisado por un profesional clínico.',
  sources: 'Fuentes',
  noSources: 'Todavía no lo hemos comprobado con una fuente publicada.',
  checked: 'consultada el',
  contentError: 'No se pudo mostrar este contenido:',
  showAll: 'Mostrar todas las respuestas',
  hideAll: 'Ocultar todas las respuestas',
  // The form follows {done}: "1 de 10 hecho", "0 de 10 hechos".
  progress: { one: '{done} de {total} hecho', other: '{done} de {total} hechos' },
  why: 'Por qué puede ayudar:',
  reset: 'Borrar todas las marcas',
  saved: 'Sus marcas se guardan solo en este navegador.',
  notSaved: 'No se pueden guardar sus marcas en este navegador. Se perderán al salir de la página.',
  emergency: 'Emergencia',
  urgent: 'Urgente',
  'see-doctor': 'Consulte a un médico',
  'self-care': 'Autocuidado',
  question: '¿Cuáles de estos signos tiene?',
  none: 'Ninguno de estos',
  prompt: 'Marque los signos que tiene, o «Ninguno de estos». Su resultado aparecerá aquí.',
  source: 'Fuente',
  // "al {number}" reads well with a number and with localNumber alike.
  callNumber: 'Llame al {number} ahora o vaya al servicio de urgencias más cercano.',
  localNumber: 'número de emergencias local',
  urgentService: 'También puede pedir consejo hoy a {service}.',
  safetyNet: 'Si le preocupa otro síntoma, o no está seguro, pida consejo médico.',
  disclaimer:
    'Esto no es un diagnóstico. Si le preocupa, pida consejo médico de todos modos. En una emergencia, llame al {number}.',
} satisfies UiStrings;

export default {
  meta: {
    locale: 'es',
    name: 'Español',
    checkedBy: 'Nobody yet: written by the health-widgets maintainers, who are not fluent in Spanish.',
    unchecked: Object.keys(strings) as (keyof UiStrings)[],
  },
  strings,
} satisfies Pack;
