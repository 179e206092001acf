import { performance } from 'node:perf_hooks';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { stepText, type StepTextKey } from './timings-text.js';

export type Step = Exclude<StepTextKey, 'node' | 'bundle' | 'modules' | 'threads' | 'rest' | 'total' | 'heading'>;

/**
 * `--timings`: where a command's time went, from the process's start (performance.now() counts
 * from it), printed on stderr at the end. bin/bcyt.js marks when its script started and when the
 * bundle was compiled and run; without the bundle, the modules' loading is in "run the modules".
 */
export class Timings {
    private readonly steps = new Map<string, number>();
    private last = 0;

    constructor() {
        const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
        const script = mark('bcyt:script');
        const compiled = mark('bcyt:bundle-compiled');
        this.add('node', script ?? performance.nodeTiming.bootstrapComplete);
        if (compiled !== undefined) this.add('bundle', compiled - (script ?? 0));
        this.last = compiled ?? script ?? performance.nodeTiming.bootstrapComplete;
        this.step('modules');
    }

    /** Ends a step: the time since the previous one ended is added to it. */
    step(name: Step | 'modules' | 'threads' | 'rest'): void {
        const now = performance.now();
        this.add(name, now - this.last);
        this.last = now;
    }

    print(lang: MessageLanguage, write: (text: string) => void): void {
        this.step('rest');
        const rows: [string, number][] = [...this.steps].map(([name, ms]) => [stepText(name as StepTextKey, lang), ms]);
        rows.push([stepText('total', lang), this.last]);
        const width = Math.max(...rows.map(([label]) => label.length));
        const ms = (value: number) => (lang === 'en' ? value.toFixed(1) : value.toFixed(1).replace('.', ',')).padStart(7);
        write(`${stepText('heading', lang)}\n${rows.map(([label, value]) => `  ${label.padEnd(width)} ${ms(value)}`).join('\n')}\n`);
    }

    private add(name: string, ms: number): void {
        this.steps.set(name, (this.steps.get(name) ?? 0) + ms);
    }
}
