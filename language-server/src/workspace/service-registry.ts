import { DefaultServiceRegistry, UriUtils, type LangiumCoreServices, type URI } from 'langium';

/**
 * The .bcyt services for a document whose extension is `.bcyt` in any case (`cat.BCYT`, as a
 * Windows user may name it), or which the editor opened as language `bcyt`. Anything else has
 * no services: the language server leaves it alone (lsp/document-update-handler.ts).
 */
export class BcytServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const services = this.fileExtensionMap.get(UriUtils.extname(uri).toLowerCase());
            if (services) return services;
            throw error;
        }
    }
}
