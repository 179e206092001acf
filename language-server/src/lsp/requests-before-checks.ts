import { delayNextTick, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * After a keystroke, the requests that need only the re-linked document (completion right after
 * typing `{`, hover, go to definition: Langium's `Linked` state) answer before the keystroke's
 * checks run. Langium's build yields to the event loop only when 10 ms have passed since it last
 * did, and re-parsing and re-linking an edited line takes less: a completion sent with the
 * keystroke was only read once the fast lane had checked the whole document. One turn of the
 * event loop once the references are indexed lets the requests already received be read; the
 * diagnostics wait for them, a few milliseconds.
 */
export function answerRequestsBeforeChecks(shared: LangiumSharedServices): void {
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => delayNextTick());
}
