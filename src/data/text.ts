import type { Text } from './types.js';

/** Text in the language asked for, and the language it is really in (they differ after a fallback). */
export interface LocalizedText {
  value: string;
  lang: string | undefined;
}

const primaryOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** The entry for a language: the same tag (any case), else the same primary language (`nl-BE` for `nl`). */
function entryFor(entries: [string, string][], lang: string): [string, string] | undefined {
  const wanted = lang.toLowerCase();
  return (
    entries.find(([tag]) => tag.toLowerCase() === wanted) ??
    entries.find(([tag]) => tag.toLowerCase() === primaryOf(lang)) ??
    entries.find(([tag]) => primaryOf(tag) === primaryOf(lang))
  );
}

/**
 * Picks a text's string for `lang`: that language (`nl-BE` falls back to `nl` and `nl` to `nl-BE`),
 * then the dataset's fallback language, then any language the text has. A plain string has no language.
 */
export function localize(text: Text, lang: string, fallback: string): LocalizedText {
  if (typeof text === 'string') return { value: text, lang: undefined };
  const entries = Object.entries(text);
  const found = entryFor(entries, lang) ?? entryFor(entries, fallback) ?? entries[0];
  return found ? { value: found[1], lang: found[0] } : { value: '', lang: undefined };
}
