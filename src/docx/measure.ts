/**
 * Width of a line of Times New Roman text, for sizing the short rules of the header and the
 * indent of the "Kính gửi" list. Advance widths (units per em 2048) of printable ASCII, from
 * Liberation Serif, which is metric-compatible with Times New Roman; a Vietnamese letter is as
 * wide as its base letter, except ơ, ư (a little wider).
 */

// prettier-ignore
const REGULAR = [512,682,836,1024,1024,1706,1593,369,682,682,1024,1155,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,569,569,1155,1155,1155,909,1886,1479,1366,1366,1479,1251,1139,1479,1479,682,797,1479,1251,1821,1479,1479,1139,1479,1366,1139,1251,1479,1479,1933,1479,1479,1251,682,569,682,961,1024,682,909,1024,909,1024,909,682,1024,1024,569,569,1024,569,1593,1024,1024,1024,1024,682,797,569,1024,1024,1479,1024,1024,909,983,410,983,1108];
// prettier-ignore
const BOLD = [512,682,1137,1024,1024,2048,1706,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1905,1479,1366,1479,1479,1366,1251,1593,1593,797,1024,1593,1366,1933,1479,1593,1251,1593,1479,1139,1366,1479,1479,2048,1479,1479,1366,682,569,682,1190,1024,682,1024,1139,909,1139,909,682,1024,1139,569,682,1139,569,1706,1139,1024,1139,1139,909,797,682,1139,1024,1479,1024,1024,909,807,451,807,1065];

const SPECIAL: Record<string, readonly [number, number]> = {
    'ơ': [1083, 1134], 'ư': [1110, 1229], 'Ơ': [1479, 1593], 'Ư': [1589, 1630],
    'đ': [1024, 1139], 'Đ': [1479, 1479], '–': [1024, 1024], '—': [2048, 2048], '…': [2048, 2048],
};

function advance(ch: string, bold: boolean): number {
    const special = SPECIAL[ch];
    if (special) return special[bold ? 1 : 0];
    const base = ch.normalize('NFD')[0];
    const code = base.charCodeAt(0);
    const table = bold ? BOLD : REGULAR;
    return code >= 32 && code < 127 ? table[code - 32] : 1024;
}

/** Width in twips of `text` set on one line at `sizePt` points. */
export function textWidth(text: string, sizePt: number, bold = false): number {
    let units = 0;
    // ơ and ư decompose to o/u + horn: look at the precomposed letter first
    for (const ch of text.normalize('NFC')) {
        const horn = ch.normalize('NFD');
        if (horn.includes('\u031b')) units += advance(horn.startsWith('o') ? 'ơ' : horn.startsWith('u') ? 'ư' : horn.startsWith('O') ? 'Ơ' : 'Ư', bold);
        else units += advance(ch, bold);
    }
    return Math.round((units / 2048) * sizePt * 20);
}
