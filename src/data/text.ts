import type { Text } from './types.js';

/** Text in the language asked for, and the language it is really in (they differ after a fallback). */
export interface LocalizedText {
  value: string;
  lang: string | undefined;
}

/**
 * Picks a text's string for `lang`: the exact tag, then its primary subtag (`nl-BE` -> `nl`), then
 * the dataset's fallback language, then any language the text has. A plain string has no language.
 */
export function localize(text: Text, lang: string, fallback: string): LocalizedText {
  if (typeof text === 'string') return { value: text, lang: undefined };
  const primary = lang.split('-')[0] ?? lang;
  for (const candidate of [lang, primary, fallback]) {
    const value = text[candidate];
    if (value !== undefined) return { value, lang: candidate };
  }
  const [first] = Object.entries(text);
  return first ? { value: first[1], lang: first[0] } : { value: '', lang: undefined };
}
