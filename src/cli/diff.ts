import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { formatMarkdown } from '../review/format-markdown.js';
import { formatText } from '../review/format-text.js';
import { GitError } from '../review/git.js';
import type { Review } from '../review/model.js';
import { reviewPaths, reviewRevisions } from '../review/review.js';
import { askedLanguage, cliText } from './cli-text.js';

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
        return usage(args, (error as Error).message);
    }
    const { format } = parsed.values;
    if (!FORMATS.includes(format as typeof FORMATS[number]) || !['vi', 'en'].includes(parsed.values.lang!)) return usage(args);
    const lang = parsed.values.lang as MessageLanguage;
    const terminator = parsed.tokens.find(t => t.kind === 'option-terminator')?.index ?? Infinity;
    const positional = parsed.tokens.filter(t => t.kind === 'positional');
    const revisions = positional.filter(t => t.index < terminator).map(t => t.value);
    const paths = positional.filter(t => t.index > terminator).map(t => t.value);
    if (revisions.length > 2) return usage(args);
    const missing = revisions.find(name => /\.bcyt$/iu.test(name) && !existsSync(name));
    if (missing) {
        process.stderr.write(`bcyt diff: ${cliText('notFound', lang, { file: missing })}\n`);
        return 2;
    }
    const cwd = process.cwd();
    let review: Review;
    try {
        // two names that exist as files or folders are compared as such, not as revisions
        review = revisions.length === 2 && !paths.length && revisions.every(p => existsSync(p))
            ? await reviewPaths(cwd, revisions[0], revisions[1], lang)
            : await reviewRevisions({ cwd, from: revisions[0], to: revisions[1], paths, lang });
    } catch (error) {
        if (!(error instanceof GitError)) throw error;
        process.stderr.write(`bcyt diff: ${cliText('gitFailed', lang, { detail: error.message })}\n`);
        return 2;
    }
    const colour = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(
        format === 'json' ? `${JSON.stringify(review, null, 2)}\n`
            : format === 'markdown' ? formatMarkdown(review, lang)
                : formatText(review, lang, colour),
    );
    return parsed.values['fail-on-new-errors'] && review.summary.errorsIntroduced > 0 ? 1 : 0;
}

function usage(args: readonly string[], message?: string): number {
    process.stderr.write(`${message ? `${message}\n` : ''}${cliText('diffUsage', askedLanguage(args))}\n`);
    return 2;
}
