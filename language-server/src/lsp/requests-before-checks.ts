import { delayNextTick, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * After a keystroke, a request that needs only the re-linked document (completion right after
 * typing `{`: Langium's `Linked` state) answers before the keystroke's checks run. Langium's
 * build yields to the event loop only after 10 ms, and re-parsing and re-linking an edited line
 * takes less: the completion sent with the keystroke was read only once the fast lane had
 * checked the whole document. One turn of the event loop once the references are indexed lets
 * the message already received be read (one a turn). Whichever comes first goes first, semantic
 * tokens too, but VS Code sends completion at once and whole-document requests after its
 * debounce delays; making those wait for `Validated` would make them wait for the slow lane,
 * which puts the document back to `IndexedReferences` while it runs.
 */
export function answerRequestsBeforeChecks(shared: LangiumSharedServices): void {
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => delayNextTick());
}
