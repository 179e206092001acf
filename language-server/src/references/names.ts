import { memoByText } from '../semantics/text-memo.js';
import { comparisonKey } from '../semantics/vietnamese.js';

/**
 * The key under which a name is looked up: quotes dropped (unit names may be strings such as
 * "cơ sở"), NFC, both tone placements equal ("Hoá" = "Hóa"), case folded. Two declarations
 * whose keys are equal clash. Remembered: every reference of every link asks for its key.
 */
export const nameKey: (name: string) => string = memoByText(name => {
    const unquoted = name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : name;
    return comparisonKey(unquoted.replace(/\u00D0/g, '\u0110'));
});
