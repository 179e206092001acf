/**
 * A zip file (PKZIP, DEFLATE) from the parts of a package, deflated by Node's zlib.
 *
 * docx zips with fflate, in JavaScript, which a fresh process runs unoptimised; zlib is native
 * and compresses as well at the same level (6). The format is the plain one Word writes: a local header
 * and the data of each part, then the central directory; no zip64 (a DOCX is far below 4 GB),
 * names in ASCII.
 */
import * as zlib from 'node:zlib';

/** CRC-32 as zip wants it: zlib's (Node ≥ 20.15), else a table-driven one. */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
    }
    return (data: Uint8Array) => {
        let c = -1;
        for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
        return (c ^ -1) >>> 0;
    };
})();

/** MS-DOS time and date of `date`, in local time, as zip stores them. */
function dosTime(date: Date): { time: number; date: number } {
    return {
        time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
        date: ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
    };
}

/** The zip of `parts` (path → text or bytes), in the order given. */
export function zip(parts: ReadonlyMap<string, string | Uint8Array>, modified = new Date()): Buffer {
    const when = dosTime(modified);
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const [path, content] of parts) {
        const name = Buffer.from(path, 'utf8');
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const deflated = zlib.deflateRawSync(data, { level: 6 });
        const crc = crc32(data);
        // version needed 2.0, bit 11: the name is UTF-8, method 8: deflate
        const common = (header: Buffer, at: number) => {
            header.writeUInt16LE(20, at);
            header.writeUInt16LE(0x0800, at + 2);
            header.writeUInt16LE(8, at + 4);
            header.writeUInt16LE(when.time, at + 6);
            header.writeUInt16LE(when.date, at + 8);
            header.writeUInt32LE(crc, at + 10);
            header.writeUInt32LE(deflated.length, at + 14);
            header.writeUInt32LE(data.length, at + 18);
            header.writeUInt16LE(name.length, at + 22);
            header.writeUInt16LE(0, at + 24); // no extra field
        };
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        common(local, 4);
        const entry = Buffer.alloc(46);
        entry.writeUInt32LE(0x02014b50, 0);
        entry.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS attributes
        common(entry, 6);
        // comment length, disk, internal and external attributes: 0
        entry.writeUInt32LE(offset, 42);
        chunks.push(local, name, deflated);
        central.push(entry, name);
        offset += local.length + name.length + deflated.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.size, 8);
    end.writeUInt16LE(parts.size, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, directory, end]);
}
