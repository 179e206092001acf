import { memoByText } from '../semantics/text-memo.js';
import { comparisonKey } from '../semantics/vietnamese.js';

/**
 * Other spellings of the built-in units `‰` and `%`, as authors type them after a number
 * (the grammar's PER_MILLE_SIGN and UNIT_PHRASE). An alias shares its unit's key, so that
 * linking, hover, rename and completion all take `14,7 %o` for `14,7 ‰`; the text as written
 * stays in the document.
 */
const UNIT_ALIASES: ReadonlyArray<[alias: string, unit: string]> = [
    ['%o', '‰'], ['%0', '‰'], ['phần nghìn', '‰'], ['phần ngàn', '‰'], ['phần trăm', '%'],
];
const aliasKeys = new Map(UNIT_ALIASES.map(([alias, unit]) => [comparisonKey(alias), comparisonKey(unit)]));

/**
 * The key under which a name is looked up: quotes dropped (unit names may be strings such as
 * "cơ sở"), NFC, both tone placements equal ("Hoá" = "Hóa"), case folded, runs of spaces as one;
 * a unit alias as its unit. Two declarations whose keys are equal clash. Remembered: every
 * reference of every link asks for its key.
 */
export const nameKey: (name: string) => string = memoByText(name => {
    const unquoted = name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : name;
    const key = comparisonKey(unquoted.replace(/\u00D0/g, '\u0110'));
    return aliasKeys.get(key) ?? key;
});
