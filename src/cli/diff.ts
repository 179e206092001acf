import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatMarkdown } from '../review/format-markdown.js';
import { formatText } from '../review/format-text.js';
import { GitError } from '../review/git.js';
import type { Review } from '../review/model.js';
import { reviewPaths, reviewRevisions } from '../review/review.js';
import { DIFF_USAGE } from './usage.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

/**
 * `bcyt diff`: what a change does to the documents. Revisions of git (default HEAD against the
 * working tree) or two files or folders. Exit 0; 1 with --fail-on-new-errors when the change
 * introduces errors; 2 on usage, git or I/O failure.
 */
export async function runDiff(args: string[]): Promise<number> {
    let parsed;
    try {
        parsed = parseArgs({
            args, allowPositionals: true, tokens: true,
            options: {
                format: { type: 'string', default: 'text' }, lang: { type: 'string', default: 'vi' },
                'fail-on-new-errors': { type: 'boolean', default: false },
            },
        });
    } catch (error) {
        return usage((error as Error).message);
    }
    const { format, lang } = parsed.values;
    if (!FORMATS.includes(format as typeof FORMATS[number]) || !['vi', 'en'].includes(lang!)) return usage();
    const terminator = parsed.tokens.find(t => t.kind === 'option-terminator')?.index ?? Infinity;
    const positional = parsed.tokens.filter(t => t.kind === 'positional');
    const revisions = positional.filter(t => t.index < terminator).map(t => t.value);
    const paths = positional.filter(t => t.index > terminator).map(t => t.value);
    if (revisions.length > 2) return usage();
    const missing = revisions.find(name => /\.bcyt$/iu.test(name) && !existsSync(name));
    if (missing) {
        process.stderr.write(lang === 'vi' ? `bcyt diff: không tìm thấy ${missing}\n` : `bcyt diff: ${missing} not found\n`);
        return 2;
    }
    const cwd = process.cwd();
    let review: Review;
    try {
        // two names that exist as files or folders are compared as such, not as revisions
        review = revisions.length === 2 && !paths.length && revisions.every(p => existsSync(p))
            ? await reviewPaths(cwd, revisions[0], revisions[1], lang as 'vi' | 'en')
            : await reviewRevisions({ cwd, from: revisions[0], to: revisions[1], paths, lang: lang as 'vi' | 'en' });
    } catch (error) {
        if (!(error instanceof GitError)) throw error;
        process.stderr.write(lang === 'vi'
            ? `bcyt diff: git báo lỗi: ${error.message}\n`
            : `bcyt diff: git failed: ${error.message}\n`);
        return 2;
    }
    const colour = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(
        format === 'json' ? `${JSON.stringify(review, null, 2)}\n`
            : format === 'markdown' ? formatMarkdown(review, lang as 'vi' | 'en')
                : formatText(review, lang as 'vi' | 'en', colour),
    );
    return parsed.values['fail-on-new-errors'] && review.summary.errorsIntroduced > 0 ? 1 : 0;
}

function usage(message?: string): number {
    process.stderr.write(`${message ? `${message}\n` : ''}Cách dùng / usage:\n${DIFF_USAGE}\n`);
    return 2;
}
