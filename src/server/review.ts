import { dirname } from 'node:path';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { formatMarkdown } from '../review/format-markdown.js';
import { GitError } from '../review/git.js';
import { reviewRevisions } from '../review/review.js';
import { REVIEW_REQUEST, type ReviewParams, type ReviewResult } from './protocol.js';

/**
 * Answers "Compare figures with HEAD": `bcyt diff HEAD -- <file>` with the editor's unsaved
 * text as the working tree's, as Markdown. Both revisions are checked in a workspace of their
 * own, apart from the one the editor sees.
 */
export function registerReviewRequest(connection: Connection): void {
    connection.onRequest(REVIEW_REQUEST, async (params: ReviewParams): Promise<ReviewResult> => {
        const file = URI.parse(params.uri).fsPath;
        try {
            const review = await reviewRevisions({
                cwd: dirname(file), paths: [file], unsaved: params.text !== undefined ? new Map([[file, params.text]]) : undefined, lang: params.lang,
            });
            return { markdown: formatMarkdown(review, params.lang), changed: review.documents.length > 0 };
        } catch (error) {
            if (error instanceof GitError) return { error: error.message };
            throw error;
        }
    });
}
