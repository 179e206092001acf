#!/usr/bin/env node
// Deterministic generator of the benchmark workspace (see bench/README.md). Seeded PRNG only:
// the same seed gives byte-identical files.
//
//   node bench/generate.mjs [--seed N]
//
// bench/out/province/catalog/province.bcyt  ~2,000-line catalog: units, 200 orgs, ~500 indicators, 300 legal documents, rules
// bench/out/province/report-5000.bcyt       the quarterly report of the Sở Y tế (the LSP workspace is bench/out/province)
// bench/out/report-5000.md                  the same report as Markdown, for pandoc
// bench/out/scale/report-{1000,10000,50000}.bcyt   the same generator at other sizes (importing the same catalog)
// bench/out/manifest.json                   line counts and what was generated
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    BREAKDOWNS, COMMUNE_SYLLABLES, DISTRICTS, DOMAINS, EXTRA_UNITS, GIVEN_NAMES, INTRO_SENTENCES, SENTENCES,
    SUBJECT_TEMPLATES, SURNAMES, TASKS, TOPICS,
} from './vocabulary.mjs';
import { mulberry32 } from './prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..');
export const OUT = join(here, 'out');
export const WORKSPACE = join(OUT, 'province');
export const REPORT_5000 = join(WORKSPACE, 'report-5000.bcyt');
export const CATALOG = join(WORKSPACE, 'catalog', 'province.bcyt');
export const MARKDOWN = join(OUT, 'report-5000.md');
export const SCALE_DIR = join(OUT, 'scale');
export const SCALE_SIZES = [1000, 10000, 50000];
const DEFAULT_SEED = 20260415;

// ---------------------------------------------------------------------------------------------
// deterministic randomness


function hash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h;
}

class Rng {
    constructor(seed) { this.next = mulberry32(seed); }
    float(a = 0, b = 1) { return a + (b - a) * this.next(); }
    int(a, b) { return a + Math.floor(this.next() * (b - a + 1)); }
    pick(list) { return list[Math.floor(this.next() * list.length)]; }
    chance(p) { return this.next() < p; }
    shuffle(list) {
        const out = [...list];
        for (let i = out.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
    }
}

// ---------------------------------------------------------------------------------------------
// text helpers

const ascii = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]/g, '');
const quoteUnit = u => (/^[\p{L}]+$/u.test(u) ? u : `"${u}"`);
const lcFirst = s => s.charAt(0).toLowerCase() + s.slice(1);
const ucFirst = s => s.charAt(0).toUpperCase() + s.slice(1);

/** Vietnamese number: "12.345", "82,8". `value` is a JS number; integers stay exact below 2^53. */
export function fmtVi(value, decimals = 0) {
    const fixed = Math.abs(value).toFixed(decimals);
    const [int, frac] = fixed.split('.');
    return (value < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+$)/g, '.') + (frac ? `,${frac}` : '');
}
/** Source notation: digits, decimal comma. */
const src = (value, decimals = 0) => Math.abs(value).toFixed(decimals).replace('.', ',');

/** Percentage rounded half-up at `decimals` on exact integers (no float drift at the boundary). */
function percent(part, whole, decimals) {
    const scale = 10 ** decimals;
    return Math.floor((part * 100 * scale * 2 + whole) / (2 * whole)) / scale;
}

function toRoman(n) {
    const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'],
        [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let out = '';
    for (const [v, l] of table) while (n >= v) { out += l; n -= v; }
    return out;
}

function formatDate(d) {
    const day = String(d.day).padStart(2, '0');
    const month = d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
    return `${day}/${month}/${d.year}`;
}

// ---------------------------------------------------------------------------------------------
// the starter catalog (read, to avoid its names and to cite its legal documents)

function readBuiltins() {
    const dir = join(ROOT, 'language-server', 'builtins');
    const text = readdirSync(dir).filter(f => f.endsWith('.bcyt')).sort().map(f => readFileSync(join(dir, f), 'utf8')).join('\n');
    const orgs = new Map();
    for (const m of text.matchAll(/^org (\w+) "([^"]+)"/gmu)) orgs.set(m[1], m[2]);
    const names = new Set([...text.matchAll(/^(?:indicator|rule|org|outline) (\w+)/gmu)].map(m => m[1]));
    const legal = new Map();
    for (const m of text.matchAll(/^legal "([^"]+)" type "([^"]+)" date (\d+)\/(\d+)\/(\d+) issuer (\w+)\s*\n\s*subject "((?:[^"\\]|\\.)*)"/gmu)) {
        legal.set(m[1], {
            symbol: m[1], type: m[2], date: { day: +m[3], month: +m[4], year: +m[5] },
            issuerLabel: orgs.get(m[6]) ?? m[6], subject: m[7],
        });
    }
    return { orgs, names, legal };
}

// ---------------------------------------------------------------------------------------------
// catalog model

export function buildCatalog(seed) {
    const rng = new Rng(seed);
    const builtins = readBuiltins();
    const lines = [];
    const orgs = [];
    const org = o => { orgs.push(o); return o; };

    // ---- organisations: province → districts → communes, and communes merged on 1/7/2025
    const province = 'Thanh Hóa';
    org({ id: 'UBND_ThanhHoa', label: `Ủy ban nhân dân tỉnh ${province}`, code: 'UBND', place: province, kind: 'admin' });
    org({ id: 'TU_ThanhHoa', label: `Tỉnh ủy ${province}`, code: 'TU', place: province, kind: 'party' });
    const syt = org({ id: 'SYT_ThanhHoa', label: `Sở Y tế ${province}`, code: 'SYT', parent: 'UBND_ThanhHoa', place: province, kind: 'syt' });
    org({ id: 'CDC_ThanhHoa', label: `Trung tâm Kiểm soát bệnh tật tỉnh ${province}`, code: 'CDC', parent: syt.id, place: province, kind: 'unit' });
    org({ id: 'BVDK_ThanhHoa', label: `Bệnh viện Đa khoa tỉnh ${province}`, code: 'BV', parent: syt.id, place: province, kind: 'unit' });
    org({ id: 'CCATVSTP_ThanhHoa', label: `Chi cục An toàn vệ sinh thực phẩm tỉnh ${province}`, code: 'CCATVSTP', parent: syt.id, place: province, kind: 'unit' });
    org({ id: 'CCDS_ThanhHoa', label: `Chi cục Dân số tỉnh ${province}`, code: 'CCDS', parent: syt.id, place: province, kind: 'unit' });
    const districts = [];
    for (const [stem, name] of DISTRICTS) {
        org({ id: `UBND_${stem}`, label: `Ủy ban nhân dân huyện ${name}`, code: 'UBND', parent: 'UBND_ThanhHoa', place: name, kind: 'admin' });
        districts.push(org({ id: `TTYT_${stem}`, label: `Trung tâm Y tế ${name}`, code: 'TTYT', parent: syt.id, place: name,
            governing: `SỞ Y TẾ ${province.toUpperCase()}`, kind: 'ttyt' }));
    }
    const MERGED = 6;
    const communeCount = 200 - orgs.length - MERGED;
    const used = new Set();
    const communes = [];
    for (let i = 0; i < communeCount; i++) {
        const d = i % DISTRICTS.length;
        const [, , first] = DISTRICTS[d];
        let name;
        do name = `${first} ${rng.pick(COMMUNE_SYLLABLES)}`; while (used.has(ascii(name)) || name.split(' ')[0] === name.split(' ')[1]);
        used.add(ascii(name));
        communes.push(org({ id: `TYT_${ascii(name)}`, label: `Trạm Y tế xã ${name}`, parent: districts[d].id, place: `Xã ${name}`, kind: 'tyt', district: d }));
    }
    const merged = [];
    for (let i = 0; i < MERGED; i++) {
        const d = i * 3;
        const olds = communes.filter(c => c.district === d).slice(0, 2);
        const name = DISTRICTS[d][1];
        merged.push(org({
            id: `TYT_${ascii(name)}_Moi`, label: `Trạm Y tế xã ${name}`, parent: syt.id, place: `Xã ${name}`, kind: 'tyt-merged',
            replaces: olds.map(o => o.id), since: '1/7/2025',
        }));
    }

    // ---- indicators
    const indicators = [];
    const concepts = [];
    for (const domain of DOMAINS) {
        domain.items = [];
        for (const [stem, label, unit, magnitude, breakdowns, flags] of domain.concepts) {
            const concept = { stem, label, unit, magnitude, domain, plan: flags === 'plan', down: flags === 'down', breakdowns: [] };
            const total = { id: stem, label, unit, concept, role: 'total' };
            indicators.push(total);
            for (const key of breakdowns) {
                const b = BREAKDOWNS[key];
                const parts = b.parts.map(([suffix, qualifier, share]) => {
                    const part = { id: `${stem}_${suffix}`, label: `${label} ${qualifier}`, qualifier, share, unit, concept, role: 'part' };
                    indicators.push(part);
                    return part;
                });
                concept.breakdowns.push({ key, title: b.title, parts });
            }
            const main = concept.breakdowns[0].parts.reduce((a, b) => (b.share > a.share ? b : a));
            concept.ratio = {
                id: `ty_le_${main.id}`, label: `Tỷ lệ ${lcFirst(label.replace(/^Số /u, ''))} ${main.qualifier}`, unit: '%',
                num: main, den: total, concept, role: 'ratio',
            };
            indicators.push(concept.ratio);
            concept.total = total;
            concepts.push(concept);
            domain.items.push(concept);
        }
    }
    for (const i of indicators) if (builtins.names.has(i.id)) throw new Error(`indicator ${i.id} clashes with the starter catalog`);

    // ---- legal documents
    const legal = [];
    const symbols = new Set(builtins.legal.keys());
    const ttyts = districts;
    const KINDS = [
        [40, 'Quyết định', n => `${n}/QĐ-BYT`, () => ['BYT', 'Bộ Y tế'], [2016, 2025], [100, 5999]],
        [22, 'Thông tư', (n, y) => `${String(n).padStart(2, '0')}/${y}/TT-BYT`, () => ['BYT', 'Bộ Y tế'], [2015, 2025], [1, 60]],
        [18, 'Nghị định', (n, y) => `${n}/${y}/NĐ-CP`, () => ['ChinhPhu', 'Chính phủ'], [2015, 2025], [1, 180]],
        [14, 'Quyết định', n => `${n}/QĐ-TTg`, () => ['ThuTuong', 'Thủ tướng Chính phủ'], [2016, 2025], [100, 2500]],
        [8, 'Chỉ thị', n => `${String(n).padStart(2, '0')}-CT/TW`, () => ['BanBiThu', 'Ban Bí thư Trung ương Đảng'], [2012, 2025], [1, 45]],
        [6, 'Nghị quyết', n => `${String(n).padStart(2, '0')}-NQ/TW`, () => ['BCH_TW', 'Ban Chấp hành Trung ương Đảng'], [2012, 2025], [1, 60]],
        [10, 'Chương trình', n => `${String(n).padStart(2, '0')}-CTr/TU`, () => ['TU_ThanhHoa', 'Tỉnh ủy Thanh Hóa'], [2016, 2025], [1, 90]],
        [22, 'Kế hoạch', n => `${n}/KH-UBND`, () => ['UBND_ThanhHoa', 'Ủy ban nhân dân tỉnh Thanh Hóa'], [2019, 2025], [10, 6000]],
        [20, 'Quyết định', n => `${n}/QĐ-UBND`, () => ['UBND_ThanhHoa', 'Ủy ban nhân dân tỉnh Thanh Hóa'], [2019, 2025], [10, 6000]],
        [50, 'Công văn', n => `${n}/SYT-${rng.pick(['VP', 'NVY', 'KHTC', 'NVD', 'TCCB'])}`, () => ['SYT_ThanhHoa', 'Sở Y tế Thanh Hóa'], [2023, 2026], [100, 6500]],
        [25, 'Kế hoạch', n => `${String(n).padStart(2, '0')}/KH-SYT`, () => ['SYT_ThanhHoa', 'Sở Y tế Thanh Hóa'], [2022, 2026], [1, 400]],
        [15, 'Quyết định', n => `${n}/QĐ-SYT`, () => ['SYT_ThanhHoa', 'Sở Y tế Thanh Hóa'], [2022, 2026], [10, 1800]],
        [10, 'Hướng dẫn', n => `${String(n).padStart(2, '0')}/HD-SYT`, () => ['SYT_ThanhHoa', 'Sở Y tế Thanh Hóa'], [2022, 2026], [1, 120]],
        [20, 'Kế hoạch', n => `${String(n).padStart(2, '0')}/KH-TTYT`, () => { const t = rng.pick(ttyts); return [t.id, t.label]; }, [2023, 2026], [1, 250]],
        [10, 'Kế hoạch', n => `${String(n).padStart(2, '0')}/KH-CDC`, () => ['CDC_ThanhHoa', 'Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa'], [2023, 2026], [1, 300]],
        [10, 'Báo cáo', n => `${String(n).padStart(2, '0')}/BC-TTYT`, () => { const t = rng.pick(ttyts); return [t.id, t.label]; }, [2024, 2026], [1, 250]],
    ];
    // the shape the brief names for công văn, declared as in the seeds
    legal.push({ symbol: '5709/SYT-VP', type: 'Công văn', date: { day: 6, month: 12, year: 2023 }, issuer: 'SYT_ThanhHoa',
        issuerLabel: 'Sở Y tế Thanh Hóa', subject: 'về việc báo cáo công tác y tế năm 2023; xây dựng mục tiêu nhiệm vụ năm 2024' });
    symbols.add('5709/SYT-VP');
    for (const [count, type, shape, issuerOf, [y0, y1], [n0, n1]] of KINDS) {
        for (let k = 0; k < count; k++) {
            let symbol, year;
            do {
                year = rng.int(y0, y1);
                symbol = shape(rng.int(n0, n1), year);
            } while (symbols.has(symbol));
            if (legal.length >= 300) break;
            symbols.add(symbol);
            const lastMonth = year === 2026 ? 3 : 12;
            const date = { day: rng.int(1, 28), month: rng.int(1, lastMonth), year };
            const [issuer, issuerLabel] = issuerOf();
            const subject = rng.pick(SUBJECT_TEMPLATES[type]).replace('{topic}', rng.pick(TOPICS)).replace('{year}', String(year));
            legal.push({ symbol, type, date, issuer, issuerLabel, subject });
        }
    }

    // ---- the catalog file
    const out = lines;
    out.push('// Danh mục dùng chung của ngành y tế tỉnh Thanh Hóa — sinh tự động cho đo hiệu năng (bench/generate.mjs).');
    out.push('// Đơn vị tính bổ sung, 200 đơn vị (tỉnh → huyện → xã, các xã sáp nhập từ 1/7/2025), khoảng 500 chỉ số,');
    out.push('// 300 văn bản và các quy tắc kiểm tra.');
    out.push('');
    out.push('// ----- Đơn vị tính bổ sung -----');
    for (const u of EXTRA_UNITS) out.push(`unit ${quoteUnit(u)}`);
    out.push('');
    out.push('// ----- Đơn vị -----');
    for (const o of orgs) {
        if (o.kind === 'admin' && o.parent) out.push(`// ${o.place}`);
        let line = `org ${o.id} "${o.label}"`;
        if (o.code) line += ` code ${o.code}`;
        if (o.parent) line += ` parent ${o.parent}`;
        line += ` place "${o.place}"`;
        out.push(line);
        if (o.governing) out.push(`    governing "${o.governing}"`);
        if (o.replaces) out.push(`    replaces ${o.replaces.join(', ')} from ${o.since}`);
    }
    out.push('');
    for (const domain of DOMAINS) {
        out.push(`// ----- Chỉ số: ${domain.title.toLowerCase()} -----`);
        for (const c of domain.items) {
            out.push(`// ${ucFirst(c.label.replace(/^Số /u, ''))}: tổng, ${c.breakdowns.map(b => b.title).join(', ')}, tỷ lệ`);
            out.push(`indicator ${c.total.id} "${c.label}" unit ${quoteUnit(c.unit)}`);
            for (const b of c.breakdowns) out.push(`    = ${b.parts.map(p => p.id).join(' + ')}`);
            if (c.down) out.push('    direction down');
            for (const b of c.breakdowns) {
                for (const p of b.parts) out.push(`indicator ${p.id} "${p.label}" unit ${quoteUnit(p.unit)}`);
            }
            out.push(`indicator ${c.ratio.id} "${c.ratio.label}" unit %`);
            out.push(`    = ${c.ratio.num.id} / ${c.ratio.den.id}`);
            out.push('');
        }
        out.push('');
    }
    out.push('// ----- Văn bản -----');
    for (const l of legal) {
        out.push(`legal "${l.symbol}" type "${l.type}" date ${formatDate(l.date)} issuer ${l.issuer}`);
        out.push(`    subject "${l.subject}"`);
    }
    out.push('');
    out.push('// ----- Quy tắc kiểm tra -----');
    const rules = [];
    for (const c of concepts) {
        const main = c.ratio.num;
        rules.push([`r_${c.stem}_thanh_phan`, `${main.label} không nhiều hơn ${lcFirst(c.label)}`, `${main.id} <= ${c.total.id}`,
            c.down ? 'warning' : undefined]);
    }
    const pairs = [
        ['skss_kham_thai_4', 'skss_pn_de'], ['skss_sau_sinh', 'skss_pn_de'], ['dd_nhe_can', 'dd_can_do'], ['dd_thap_coi', 'dd_can_do'],
        ['dd_thua_can', 'dd_can_do'], ['lao_afb', 'lao_phat_hien'], ['lao_khoi', 'lao_phat_hien'], ['attp_vi_pham', 'attp_kiem_tra'],
        ['nl_bac_sy', 'nl_can_bo'], ['nl_duoc_sy', 'nl_can_bo'], ['kcb_kham_bhyt', 'kcb_luot_kham'], ['kcb_yhct', 'kcb_luot_kham'],
        ['ds_nct_theo_doi', 'ds_nct_kham'], ['tcmr_dpt4', 'tcmr_soi_rubella'],
    ];
    const byId = new Map(indicators.map(i => [i.id, i]));
    for (const [a, b] of pairs) {
        rules.push([`r_${a}_va_${b}`, `${byId.get(a).label} không nhiều hơn ${lcFirst(byId.get(b).label)}`, `${a} <= ${b}`, undefined]);
    }
    for (const [name, label, expr, severity] of rules) {
        out.push(`rule ${name} "${label}"`);
        out.push(`    ${expr}`);
        if (severity) out.push(`    severity ${severity}`);
    }
    return { text: out.join('\n') + '\n', orgs, districts, communes, merged, syt, concepts, indicators, legal, builtins, rules };
}

// ---------------------------------------------------------------------------------------------
// values: province data for the current and previous period, annual targets; org values derived

class Values {
    constructor(seed, catalog) {
        this.seed = seed;
        this.catalog = catalog;
        this.cache = new Map();
        const rng = new Rng(seed ^ 0x5bd1e995);
        this.orgShare = new Map();
        const weights = catalog.districts.map(() => rng.float(0.6, 1.5));
        const sum = weights.reduce((a, b) => a + b, 0);
        catalog.districts.forEach((d, i) => this.orgShare.set(d.id, weights[i] / sum));
        for (const c of catalog.communes) {
            const siblings = catalog.communes.filter(x => x.district === c.district).length;
            this.orgShare.set(c.id, this.orgShare.get(catalog.districts[c.district].id) / siblings * 0.55 * rng.float(0.8, 1.2));
        }
        for (const m of catalog.merged) this.orgShare.set(m.id, m.replaces.reduce((a, id) => a + this.orgShare.get(id), 0) * rng.float(1.05, 1.3));
    }

    /** { total, parts: Map id→value } for a concept, an org ('prov' or an org id) and 'cur' | 'prev'. */
    of(concept, orgId, when) {
        const key = `${concept.stem}|${orgId}|${when}`;
        let v = this.cache.get(key);
        if (v) return v;
        const rng = new Rng(hash(key) ^ this.seed);
        let total;
        if (orgId === 'prov') {
            total = when === 'cur'
                ? Math.max(3, Math.round(concept.magnitude * rng.float(0.9, 1.1)))
                : Math.max(3, Math.round(this.of(concept, 'prov', 'cur').total / rng.float(0.86, 1.18)));
            if (concept.unit === 'đồng') total = Math.round(total / 1e6) * 1e6;
        } else {
            const base = this.of(concept, 'prov', when).total;
            total = Math.max(1, Math.round(base * this.orgShare.get(orgId) * rng.float(0.95, 1.05)));
        }
        const parts = new Map();
        for (const b of concept.breakdowns) {
            let left = total;
            b.parts.forEach((p, i) => {
                const value = i === b.parts.length - 1 ? left : Math.min(left, Math.round(total * p.share * rng.float(0.9, 1.1)));
                parts.set(p.id, value);
                left -= value;
            });
        }
        v = { total, parts };
        this.cache.set(key, v);
        return v;
    }

    plan(concept) {
        const key = `${concept.stem}|plan`;
        if (!this.cache.has(key)) {
            const rng = new Rng(hash(key) ^ this.seed);
            const raw = this.of(concept, 'prov', 'cur').total * 4 * rng.float(1.0, 1.22);
            const step = raw >= 1e9 ? 1e9 : raw >= 1e5 ? 1000 : raw >= 1e3 ? 10 : 1;
            this.cache.set(key, Math.max(1, Math.round(raw / step) * step));
        }
        return this.cache.get(key);
    }
}

// ---------------------------------------------------------------------------------------------
// report: .bcyt and Markdown side by side

/** A line of the body made of segments; a segment is a string (same in both) or { b, m }. */
const seg = (b, m) => ({ b, m });
const join2 = segs => ({ b: segs.map(s => (typeof s === 'string' ? s : s.b)).join(''), m: segs.map(s => (typeof s === 'string' ? s : s.m)).join('') });

class Citer {
    constructor(catalog, rng) {
        this.rng = rng;
        this.all = [...catalog.legal, ...[...catalog.builtins.legal.values()].filter(l => ['1300/QĐ-BYT', '106/2020/NĐ-CP', '17-CT/TW', '37/2019/TT-BYT'].includes(l.symbol))];
        this.cited = new Set();
    }
    full(l) { return `${l.type} số ${l.symbol} ngày ${formatDate(l.date)} của ${l.issuerLabel} ${l.subject}`; }
    short(l) { return `${l.type} số ${l.symbol}`; }
    cite(l, style) {
        const first = !this.cited.has(l.symbol);
        this.cited.add(l.symbol);
        if (style === 'short') return seg(`[${l.symbol}|short]`, this.short(l));
        if (style === 'symbol') return seg(`${l.type} số [${l.symbol}|symbol] ngày ${formatDate(l.date)} của ${l.issuerLabel}`,
            `${l.type} số ${l.symbol} ngày ${formatDate(l.date)} của ${l.issuerLabel}`);
        return seg(`[${l.symbol}]`, first ? this.full(l) : this.short(l));
    }
    /** A sentence citing a document, in one of the ways reports do. */
    sentence(field) {
        const l = this.rng.pick(this.all);
        const style = this.rng.pick(['default', 'default', 'default', 'short', 'symbol']);
        const c = this.cite(l, style);
        switch (this.rng.int(0, 3)) {
            case 0: return ['Thực hiện ', c, `, Sở Y tế đã chỉ đạo các đơn vị triển khai đồng bộ các giải pháp về ${field}.`];
            case 1: return ['Căn cứ ', c, ', các đơn vị đã xây dựng kế hoạch cụ thể và tổ chức triển khai trên địa bàn.'];
            case 2: return ['Các đơn vị tiếp tục quán triệt và thực hiện nghiêm ', c, '.'];
            default: return [`Công tác ${field} được triển khai theo đúng `, c, ' và các văn bản hướng dẫn hiện hành.'];
        }
    }
}

export function buildReport(targetLines, seed, catalog, options = {}) {
    const rng = new Rng(seed ^ hash(`report|${targetLines}`));
    const values = new Values(seed, catalog);
    const citer = new Citer(catalog, rng);
    const period = 'quý I năm 2026';
    const body = [];   // { b, m }
    const md = [];     // Markdown header and closing are built separately
    const dataCur = new Map();
    const dataPrev = new Map();
    const targets = new Map();
    const predecessorData = new Map(); // org id → Map(indicator → value)
    const unitData = new Map();        // 'org|period' → Map(indicator → value): what the units reported
    const record = (orgId, when, id, value) => {
        const key = `${orgId}|${when}`;
        if (!unitData.has(key)) unitData.set(key, new Map());
        unitData.get(key).set(id, value);
    };
    const slips = [];
    const line = (...segs) => body.push(join2(segs));
    const blank = () => body.push({ b: '', m: '' });
    const prose = (n, field, unit = 'Sở Y tế') => {
        for (let i = 0; i < n; i++) {
            if (rng.chance(0.22)) line(...citer.sentence(field));
            else line(rng.pick(SENTENCES).replace('{field}', field).replace('{unit}', ucFirst(unit)).replace('{period}', period));
        }
    };
    const heading = (level, text) => line(`${'#'.repeat(level)} ${text}`);
    const unitWord = u => u;

    // ---- the fixed parts
    const sytId = catalog.syt.id;
    const tailSize = 70;

    // PHẦN I
    heading(1, 'PHẦN I');
    heading(1, 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ Y TẾ QUÝ I NĂM 2026');
    blank();
    heading(2, 'I. ĐẶC ĐIỂM TÌNH HÌNH');
    blank();
    heading(3, '1. Đặc điểm chung.');
    blank();
    for (const s of INTRO_SENTENCES) line(s);
    blank();
    heading(3, '2. Thuận lợi.');
    blank();
    line('- Được sự quan tâm chỉ đạo của Bộ Y tế, Tỉnh ủy, HĐND, UBND tỉnh; sự phối hợp của các sở, ban, ngành và chính quyền các cấp.');
    line('- Đội ngũ cán bộ, viên chức ngành y tế đoàn kết, chủ động khắc phục khó khăn, hoàn thành tốt nhiệm vụ được giao.');
    line('- ', ...citer.sentence('y tế cơ sở'));
    blank();
    heading(3, '3. Khó khăn.');
    blank();
    line('- Nhân lực y tế tuyến xã sau sắp xếp còn thiếu, nhất là bác sỹ; một số trạm y tế xuống cấp.');
    line('- Kinh phí chi thường xuyên cho các hoạt động chuyên môn còn hạn chế; giá vật tư, sinh phẩm tăng.');
    blank();
    heading(2, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHUYÊN MÔN');
    blank();

    const dataLinesNow = () => dataCur.size + dataPrev.size + targets.size + 12
        + [...predecessorData.values(), ...unitData.values()].reduce((a, m) => a + m.size + 3, 0);
    const projected = () => 40 + dataLinesNow() + body.length + tailSize;
    const covered = [];

    // ---- province level: one subsection per concept
    let slipIndex = 0;
    let pendingSlip;
    const SLIP_AT = new Map([[3, 'sum'], [11, 'pct-prev'], [19, 'stated'], [27, 'en-decimal'], [35, 'unit-word'],
        [45, 'thousands-dot'], [60, 'undeclared'], [80, 'pct-plan']]);
    let domainNo = 0;
    outer: for (const domain of DOMAINS) {
        let conceptNo = 0;
        const inDomain = [];
        for (const c of domain.items) {
            // the cost of this concept: its data lines and about 16 body lines
            const cost = (1 + c.breakdowns.reduce((a, b) => a + b.parts.length, 0)) * 2 + (c.plan ? 2 : 0) + 18;
            if (projected() + cost > targetLines) break outer;
            if (conceptNo === 0) {
                domainNo++;
                heading(3, `${domainNo}. ${domain.title}.`);
                blank();
                prose(rng.int(2, 3), domain.phrase);
                blank();
            }
            conceptNo++;
            slipIndex++;
            let slip = SLIP_AT.get(slipIndex) ?? pendingSlip;
            pendingSlip = undefined;
            // a thousands dot needs a number of four digits or more: wait for one
            if (slip === 'thousands-dot' && values.of(c, 'prov', 'prev').total < 1000) [pendingSlip, slip] = [slip, undefined];
            if (slip) slips.push({ kind: slip, indicator: c.stem });
            conceptSection(c, domainNo, conceptNo, slip);
            inDomain.push(c);
            covered.push(c);
        }
        if (inDomain.length) domainTable(domain, inDomain);
    }

    function conceptSection(c, d, n, slip) {
        const cur = values.of(c, 'prov', 'cur');
        const prev = values.of(c, 'prov', 'prev');
        dataCur.set(c.total.id, slip === 'sum' ? cur.total + 7 : cur.total);
        dataPrev.set(c.total.id, prev.total);
        for (const [id, v] of cur.parts) dataCur.set(id, v);
        for (const [id, v] of prev.parts) dataPrev.set(id, v);
        if (slip === 'thousands-dot') dataPrev.set(c.total.id, `${fmtVi(prev.total)}`);
        const plan = c.plan ? values.plan(c) : undefined;
        if (plan) targets.set(c.total.id, `= ${src(plan)}`);
        const u = unitWord(c.unit);
        const title = ucFirst(c.label.replace(/^Số /u, ''));
        heading(4, `${d}.${n}. ${title}.`);
        blank();
        prose(rng.int(2, 3), c.domain.phrase);
        blank();
        const stated = slip === 'stated' ? cur.total + 20 : cur.total;
        const pPrev = percent(cur.total, prev.total, rng.chance(0.5) ? 0 : 1);
        const pPrevShown = slip === 'pct-prev' ? pPrev + 4 : pPrev;
        const decPrev = Number.isInteger(pPrev) ? 0 : 1;
        const segs = [`- ${c.label} là `, seg(`{${c.total.id} = ${fmtVi(stated)}}`, fmtVi(stated)), ` ${slip === 'unit-word' ? 'lượt' : u}`];
        if (c.down) {
            const diff = cur.total - prev.total;
            if (diff >= 0) segs.push(', tăng ', seg(`{${c.total.id} - prev(${c.total.id}) = ${fmtVi(diff)}}`, fmtVi(diff)), ` ${u} so với cùng kỳ năm 2025 (`);
            else segs.push(', giảm ', seg(`{prev(${c.total.id}) - ${c.total.id} = ${fmtVi(-diff)}}`, fmtVi(-diff)), ` ${u} so với cùng kỳ năm 2025 (`);
            segs.push(seg(`{prev(${c.total.id}) = ${fmtVi(prev.total)}}`, fmtVi(prev.total)), ` ${u}).`);
        } else {
            segs.push(', so với cùng kỳ năm 2025 là ', seg(`{prev(${c.total.id}) = ${fmtVi(prev.total)}}`, fmtVi(prev.total)), ` ${u}, đạt `,
                seg(`{${c.total.id} of prev = ${fmtVi(pPrevShown, decPrev)}%}`, `${fmtVi(pPrevShown, decPrev)}%`), ' so với cùng kỳ');
            if (plan) {
                const pPlan = percent(cur.total, plan, 1);
                const shown = slip === 'pct-plan' ? pPlan + 3 : pPlan;
                segs.push(', đạt ', seg(`{${c.total.id} of plan = ${fmtVi(shown, 1)}%}`, `${fmtVi(shown, 1)}%`), ' kế hoạch năm');
            }
            segs.push('.');
        }
        line(...segs);
        for (const b of c.breakdowns) {
            const parts = [];
            b.parts.forEach((p, i) => {
                parts.push(i ? '; ' : '', `${p.qualifier} `, seg(`{${p.id} = ${fmtVi(cur.parts.get(p.id))}}`, fmtVi(cur.parts.get(p.id))), ` ${u}`);
            });
            line(`+ Chia ${b.title}: `, ...parts, '.');
        }
        const r = c.ratio;
        const rv = percent(cur.parts.get(r.num.id), cur.total, 1);
        const rvPrev = percent(prev.parts.get(r.num.id), prev.total, 1);
        const rText = slip === 'en-decimal' ? `${String(rv.toFixed(1))}%` : `${fmtVi(rv, 1)}%`;
        line(`- ${r.label} đạt `, seg(`{${r.id} = ${rText}}`, rText), ', cùng kỳ năm 2025 là ', seg(`{prev(${r.id}) = ${fmtVi(rvPrev, 1)}%}`, `${fmtVi(rvPrev, 1)}%`), '.');
        if (c.plan && rng.chance(0.4)) targets.set(r.id, `>= ${Math.max(1, Math.floor(rv) - rng.int(2, 6))} %`);
        blank();
        if (slip === 'undeclared') {
            line(`Các đơn vị triển khai theo Quyết định số 4321/QĐ-BYT ngày 12/5/2024 của Bộ Y tế về ${c.domain.phrase}.`);
        }
        prose(rng.int(1, 2), c.domain.phrase);
        blank();
    }

    function domainTable(domain, items) {
        const rows = items.map(c => c.total);
        line(`Kết quả một số chỉ tiêu chủ yếu về ${domain.phrase} như sau:`);
        blank();
        body.push({
            b: `{table ${rows.map(r => r.id).join(', ')} columns prev plan actual pct_plan pct_prev}`,
            m: mdIndicatorTable(items),
        });
        blank();
    }

    function mdIndicatorTable(items) {
        const out = ['| STT | Chỉ tiêu | ĐVT | Cùng kỳ | Kế hoạch | Thực hiện | % kế hoạch | % cùng kỳ |', '|---|---|---|---:|---:|---:|---:|---:|'];
        items.forEach((c, i) => {
            const cur = values.of(c, 'prov', 'cur').total;
            const prev = values.of(c, 'prov', 'prev').total;
            const plan = c.plan ? values.plan(c) : undefined;
            out.push(`| ${i + 1} | ${c.label} | ${c.unit} | ${fmtVi(prev)} | ${plan ? fmtVi(plan) : '-'} | ${fmtVi(cur)} | ${plan ? `${fmtVi(percent(cur, plan, 1), 1)}%` : '-'} | ${fmtVi(percent(cur, prev, 1), 1)}% |`);
        });
        return out.join('\n');
    }

    // ---- results by unit, while the budget lasts: merged communes, districts, then communes
    let chapter = 3;
    const units = [...catalog.merged, ...catalog.districts, ...catalog.communes];
    if (covered.length === catalog.concepts.length && projected() + 60 < targetLines) {
        heading(2, `${toRoman(chapter++)}. KẾT QUẢ THỰC HIỆN TẠI CÁC ĐƠN VỊ`);
        blank();
        line('Kết quả thực hiện một số chỉ tiêu chuyên môn chủ yếu tại các trạm y tế xã sau sắp xếp và các Trung tâm Y tế như sau:');
        blank();
        let unitNo = 0;
        for (const o of units) {
            if (projected() + 40 > targetLines) break;
            // big sizes run out of units: say more about each (prose lines per domain)
            const perUnit = (targetLines - projected()) / (units.length - unitNo);
            const extraProse = Math.max(0, Math.min(12, Math.round((perUnit - 165) / DOMAINS.length)));
            unitNo++;
            heading(3, `${unitNo}. ${o.label}.`);
            blank();
            prose(rng.int(1, 2), 'y tế cơ sở', o.label);
            blank();
            let domainNo2 = 0;
            for (const domain of DOMAINS) {
                if (projected() + 12 > targetLines) break;
                domainNo2++;
                heading(4, `${unitNo}.${domainNo2}. ${domain.title}.`);
                blank();
                if (extraProse) {
                    prose(extraProse, domain.phrase, o.label);
                    blank();
                }
                for (const c of domain.items) {
                    if (projected() + 6 > targetLines) break;
                    unitItem(o, c);
                }
                blank();
            }
        }
    }

    function unitItem(o, c) {
        const cur = values.of(c, o.id, 'cur');
        const u = c.unit;
        const segs = [`- ${c.label} là `, seg(`{${c.total.id} @ ${o.id} = ${fmtVi(cur.total)}}`, fmtVi(cur.total)), ` ${u}`];
        record(o.id, 'Q1/2026', c.total.id, cur.total);
        if (o.replaces && (predecessorData.get(o.replaces[0])?.size ?? 0) < 8) {
            // "cùng kỳ" of a merged commune: the sum of the communes it replaced
            let sum = 0;
            for (const old of o.replaces) {
                const v = values.of(c, old, 'prev').total;
                if (!predecessorData.has(old)) predecessorData.set(old, new Map());
                predecessorData.get(old).set(c.total.id, v);
                sum += v;
            }
            segs.push(', cùng kỳ năm 2025 (các xã trước sắp xếp) là ', seg(`{prev(${c.total.id} @ ${o.id}) = ${fmtVi(sum)}}`, fmtVi(sum)), ` ${u}`);
        } else if (!o.replaces && rng.chance(0.5)) {
            const prev = values.of(c, o.id, 'prev').total;
            record(o.id, 'Q1/2025', c.total.id, prev);
            segs.push(', cùng kỳ năm 2025 là ', seg(`{prev(${c.total.id} @ ${o.id}) = ${fmtVi(prev)}}`, fmtVi(prev)), ` ${u}`);
        }
        segs.push('.');
        line(...segs);
        const b = c.breakdowns.find(x => x.key !== 'tuyen');
        if (b) {
            const parts = [];
            b.parts.forEach((p, i) => {
                parts.push(i ? '; ' : '', `${p.qualifier} `, seg(`{${p.id} @ ${o.id} = ${fmtVi(cur.parts.get(p.id))}}`, fmtVi(cur.parts.get(p.id))), ` ${u}`);
                record(o.id, 'Q1/2026', p.id, cur.parts.get(p.id));
            });
            line(`+ Chia ${b.title}: `, ...parts, '.');
        }
    }

    // ---- tail: shortcomings, PHẦN II, appendix
    heading(2, `${toRoman(chapter++)}. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN`);
    blank();
    heading(3, '1. Tồn tại, hạn chế.');
    blank();
    for (let i = 0; i < 4; i++) line(`- ${rng.pick(SENTENCES).replace('{field}', 'công tác y tế cơ sở').replace('{unit}', 'Một số đơn vị').replace('{period}', period)}`);
    blank();
    heading(3, '2. Nguyên nhân.');
    blank();
    prose(3, 'công tác y tế');
    blank();
    heading(1, 'PHẦN II');
    heading(1, 'PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026');
    blank();
    heading(2, 'I. MỤC TIÊU');
    blank();
    const planned = covered.filter(c => c.plan).slice(0, 12);
    planned.forEach((c, i) => {
        const p = values.plan(c);
        line(`${i + 1}. Phấn đấu hoàn thành chỉ tiêu ${lcFirst(c.label)} năm 2026 là `, seg(`{plan(${c.total.id}) = ${fmtVi(p)}}`, fmtVi(p)), ` ${c.unit}.`);
        blank();
    });
    heading(2, 'II. NHIỆM VỤ, GIẢI PHÁP');
    blank();
    TASKS.forEach((t, i) => { line(`${i + 1}. ${t}`); blank(); });
    line(...citer.sentence('y tế'));
    blank();
    heading(2, 'III. KIẾN NGHỊ, ĐỀ XUẤT');
    blank();
    line('- Đề nghị Bộ Y tế tiếp tục hỗ trợ vắc xin, sinh phẩm và kinh phí cho các chương trình mục tiêu.');
    line('- Đề nghị UBND tỉnh bố trí kinh phí sửa chữa, nâng cấp các trạm y tế xã đã xuống cấp sau sắp xếp.');
    blank();
    // appendix: every covered total with a plan, and the districts' main figures
    body.push({ b: '{appendix "Phụ lục 01" "MỘT SỐ CHỈ TIÊU CHUYÊN MÔN CHỦ YẾU QUÝ I NĂM 2026" landscape}', m: '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n\n**Phụ lục 01**\n\n**MỘT SỐ CHỈ TIÊU CHUYÊN MÔN CHỦ YẾU QUÝ I NĂM 2026**' });
    line('(Kèm theo Báo cáo số /BC-SYT ngày 15/4/2026 của Sở Y tế Thanh Hóa)');
    blank();
    const appendixRows = covered.filter(c => c.plan).slice(0, 40);
    if (appendixRows.length) {
        body.push({ b: `{table ${appendixRows.map(c => c.total.id).join(', ')} columns prev plan actual pct_plan pct_prev}`, m: mdIndicatorTable(appendixRows) });
        blank();
    }
    const first = covered[0];
    if (first) {
        line(`| STT | Đơn vị | ${first.label} | Cùng kỳ | Ghi chú |`);
        body[body.length - 1].m += '\n|---|---|---:|---:|---|';
        catalog.districts.forEach((d, i) => {
            const v = values.of(first, d.id, 'cur').total;
            const p = values.of(first, d.id, 'prev').total;
            line(`| ${i + 1} | ${d.label} | ${fmtVi(v)} | ${fmtVi(p)} | |`);
        });
    }

    // ---- assemble the .bcyt
    const bcyt = [];
    bcyt.push('// Báo cáo kết quả thực hiện nhiệm vụ y tế quý I năm 2026 của Sở Y tế Thanh Hóa — sinh tự động cho đo');
    bcyt.push(`// hiệu năng (bench/generate.mjs, seed ${seed}, ${targetLines} dòng). Số liệu hư cấu; có vài lỗi cố ý.`);
    bcyt.push(`import "${options.catalogImport ?? 'catalog/province'}"`);
    bcyt.push('');
    bcyt.push('// ----- Số liệu quý I năm 2026 -----');
    bcyt.push(`data ${sytId} Q1/2026 {`);
    for (const [id, v] of dataCur) bcyt.push(`  ${id} = ${typeof v === 'number' ? src(v) : v}`);
    bcyt.push('}');
    bcyt.push('');
    bcyt.push('// ----- Số liệu cùng kỳ năm 2025 -----');
    bcyt.push(`data ${sytId} Q1/2025 {`);
    for (const [id, v] of dataPrev) bcyt.push(`  ${id} = ${typeof v === 'number' ? src(v) : v}`);
    bcyt.push('}');
    for (const [orgId, m] of predecessorData) {
        bcyt.push('');
        bcyt.push(`data ${orgId} Q1/2025 {`);
        for (const [id, v] of m) bcyt.push(`  ${id} = ${src(v)}`);
        bcyt.push('}');
    }
    for (const [key, m] of unitData) {
        const [orgId, when] = key.split('|');
        bcyt.push('');
        bcyt.push(`data ${orgId} ${when} {`);
        for (const [id, v] of m) bcyt.push(`  ${id} = ${src(v)}`);
        bcyt.push('}');
    }
    bcyt.push('');
    bcyt.push('// ----- Kế hoạch năm 2026 -----');
    bcyt.push(`target ${sytId} 2026 {`);
    for (const [id, t] of targets) bcyt.push(`  ${id} ${t}`);
    bcyt.push('}');
    bcyt.push('');
    const signerName = `${rng.pick(SURNAMES)} ${rng.pick(GIVEN_NAMES)}`;
    bcyt.push('report BC_SYT_Q1_2026',
        '  number "/BC-SYT"',
        `  issuer ${sytId}`,
        '  place "Thanh Hóa"',
        '  date 15/4/2026',
        '  period Q1/2026',
        '  title "KẾT QUẢ THỰC HIỆN NHIỆM VỤ Y TẾ QUÝ I NĂM 2026 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ II NĂM 2026"',
        '  cc "Bộ Y tế (B/c);"',
        '     "Thường trực Tỉnh ủy, HĐND tỉnh (B/c);"',
        '     "UBND tỉnh (B/c);"',
        '     "Giám đốc, các Phó Giám đốc Sở;"',
        '     "Các đơn vị trực thuộc;"',
        '     "Lưu: VT, KHTC."',
        `  signer "KT. GIÁM ĐỐC" "PHÓ GIÁM ĐỐC" "${signerName}"`,
        '---');
    for (const l of body) bcyt.push(l.b);
    const text = bcyt.join('\n') + '\n';

    // ---- the Markdown equivalent
    md.push('UBND TỈNH THANH HÓA  ', '**SỞ Y TẾ**', '', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ', '**Độc lập - Tự do - Hạnh phúc**', '',
        'Số: /BC-SYT', '', '*Thanh Hóa, ngày 15 tháng 4 năm 2026*', '', '**BÁO CÁO**', '',
        '**Kết quả thực hiện nhiệm vụ y tế quý I năm 2026 và phương hướng nhiệm vụ quý II năm 2026**', '');
    for (const l of body) md.push(l.m);
    md.push('', '**Nơi nhận:**', '', '- Bộ Y tế (B/c);', '- Thường trực Tỉnh ủy, HĐND tỉnh (B/c);', '- UBND tỉnh (B/c);',
        '- Giám đốc, các Phó Giám đốc Sở;', '- Các đơn vị trực thuộc;', '- Lưu: VT, KHTC.', '',
        '**KT. GIÁM ĐỐC**  ', '**PHÓ GIÁM ĐỐC**', '', `**${signerName}**`, '');
    return {
        text, markdown: md.join('\n'), lines: text.split('\n').length - 1,
        stats: { concepts: covered.length, dataLines: dataCur.size + dataPrev.size, targets: targets.size, bodyLines: body.length, slips },
    };
}

// ---------------------------------------------------------------------------------------------

export function generate(seed = DEFAULT_SEED) {
    const catalog = buildCatalog(seed);
    mkdirSync(join(WORKSPACE, 'catalog'), { recursive: true });
    mkdirSync(SCALE_DIR, { recursive: true });
    writeFileSync(CATALOG, catalog.text);
    const manifest = {
        seed, catalog: { file: relative(ROOT, CATALOG), lines: catalog.text.split('\n').length - 1, orgs: catalog.orgs.length,
            indicators: catalog.indicators.length, legal: catalog.legal.length, rules: catalog.rules.length }, reports: {},
    };
    const main = buildReport(5000, seed, catalog);
    writeFileSync(REPORT_5000, main.text);
    writeFileSync(MARKDOWN, main.markdown);
    manifest.reports['5000'] = { file: relative(ROOT, REPORT_5000), lines: main.lines, markdown: relative(ROOT, MARKDOWN), ...main.stats };
    for (const size of SCALE_SIZES) {
        const r = buildReport(size, seed, catalog, { catalogImport: '../province/catalog/province' });
        const file = join(SCALE_DIR, `report-${size}.bcyt`);
        writeFileSync(file, r.text);
        manifest.reports[String(size)] = { file: relative(ROOT, file), lines: r.lines, concepts: r.stats.concepts, bodyLines: r.stats.bodyLines };
    }
    writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const i = process.argv.indexOf('--seed');
    const manifest = generate(i > 0 ? Number(process.argv[i + 1]) : DEFAULT_SEED);
    console.log(JSON.stringify(manifest, null, 2));
}
