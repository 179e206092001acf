import { DefaultScopeComputation, MultiMap, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Every .bcyt declaration is top-level and visible through imports; nothing is local. Skipping
 * the default walk over every node (prose included) takes it off each keystroke's path.
 */
export class BcytScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
