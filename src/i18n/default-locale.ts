/** The default pack's locale: its strings are each element's defaults, so it never loads. */
export const DEFAULT_LOCALE = 'en-GB';
