import type { MessageLanguage } from './validation/diagnostic-codes.js';

/** What a text is made from: names, numbers, words already in the user's language. */
export type TextArgs = Record<string, string | number | undefined>;

/** One text in Vietnamese and in English. */
export interface Bilingual {
    readonly vi: (a: TextArgs) => string;
    readonly en: (a: TextArgs) => string;
}

/** A table of texts, its keys kept for the compiler. */
export const textTable = <T extends Record<string, Bilingual>>(texts: T): T => texts;

/**
 * The function that says a text of a table in a language: every table of user-visible words
 * (the editor's, the command line's, the build's, the data commands', the watch's) is one of these.
 */
export function bilingual<T extends Record<string, Bilingual>>(table: T): (key: keyof T, lang: MessageLanguage, args?: TextArgs) => string {
    return (key, lang, args = {}) => table[key][lang](args);
}
