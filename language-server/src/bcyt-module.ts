import {
    inject, type DeepPartial, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { BcytGeneratedModule, BcytGeneratedSharedModule, BcytLanguageMetaData } from './generated/module.js';
import { BcytLexer } from './parser/lexer.js';
import { createBcytParser } from './parser/parser.js';
import { BcytDocumentFactory } from './workspace/document-factory.js';
import { BcytTokenBuilder } from './parser/token-builder.js';
import { BcytScopeComputation } from './references/scope-computation.js';
import { BcytScopeProvider } from './references/scope-provider.js';
import { BcytLinker } from './references/linker.js';
import { BcytEvaluator } from './evaluation/evaluator.js';
import { InlineValues } from './evaluation/inline-values.js';
import { registerValidationChecks, BcytValidator } from './validation/validator.js';
import { BcytDocumentValidator } from './validation/document-validator.js';
import { CHECK_FAMILIES, type CheckFamilies } from './validation/families.js';
import { BuiltinLibrary } from './workspace/builtins.js';
import { BcytSettings } from './workspace/settings.js';
import type { MessageLanguage } from './validation/diagnostic-codes.js';
import { ImportResolver } from './workspace/imports.js';
import { BcytReferenceDescriptionProvider, LazyReferenceIndexManager } from './workspace/index-manager.js';
import { BcytWorkspaceManager } from './workspace/workspace-manager.js';
import { BcytServiceRegistry } from './workspace/service-registry.js';
import { BcytDocumentBuilder } from './workspace/document-builder.js';
import { BcytLangiumDocuments } from './workspace/langium-documents.js';
import { withSourceRules } from './workspace/source-files.js';
import { BcytDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { BcytCompletionProvider } from './lsp/completion-provider.js';
import { BcytHoverProvider } from './lsp/hover-provider.js';
import { BcytInlayHintProvider } from './lsp/inlay-hints.js';
import { BcytRenameProvider } from './lsp/rename-provider.js';
import { BcytDocumentSymbolProvider } from './lsp/document-symbols.js';
import { BcytFoldingRangeProvider } from './lsp/folding.js';
import { BcytSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { BcytFormatter } from './lsp/formatter.js';
import { BcytCodeActionProvider } from './lsp/code-actions.js';

export type BcytAddedServices = {
    workspace: {
        Builtins: BuiltinLibrary;
        ImportResolver: ImportResolver;
        /** the user's settings: message language and severity overrides, fed by the editor or the CLI */
        Settings: BcytSettings;
    };
    evaluation: {
        Evaluator: BcytEvaluator;
        /** what each `{…}` means and comes to: the one owner, read by checks, print model, hover, inlay */
        InlineValues: InlineValues;
    };
    validation: {
        BcytValidator: BcytValidator;
        /** the check families, each with the codes it owns and its lanes (validation/families.ts) */
        Families: CheckFamilies;
    };
};

export type BcytServices = LangiumServices & BcytAddedServices;

const builtinLibrary = new BuiltinLibrary();

export const BcytModule: Module<BcytServices, PartialLangiumServices & BcytAddedServices & DeepPartial<LangiumCoreServices>> = {
    parser: {
        TokenBuilder: () => new BcytTokenBuilder(),
        Lexer: (services) => new BcytLexer(services),
        LangiumParser: (services) => createBcytParser(services),
    },
    references: {
        ScopeProvider: (services) => new BcytScopeProvider(services),
        ScopeComputation: (services) => new BcytScopeComputation(services),
        Linker: (services) => new BcytLinker(services),
    },
    workspace: {
        Builtins: () => builtinLibrary,
        Settings: () => new BcytSettings(),
        ReferenceDescriptionProvider: (services) => new BcytReferenceDescriptionProvider(services),
        ImportResolver: (services) => new ImportResolver(() => services.shared.workspace.LangiumDocuments, services.workspace.Builtins, () => services.shared),
    },
    evaluation: {
        Evaluator: (services) => new BcytEvaluator(services),
        InlineValues: (services) => new InlineValues(services),
    },
    validation: {
        BcytValidator: (services) => new BcytValidator(services),
        Families: CHECK_FAMILIES,
        DocumentValidator: (services) => new BcytDocumentValidator(services),
    },
    lsp: {
        CompletionProvider: (services) => new BcytCompletionProvider(services),
        HoverProvider: (services) => new BcytHoverProvider(services),
        InlayHintProvider: (services) => new BcytInlayHintProvider(services),
        RenameProvider: (services) => new BcytRenameProvider(services),
        DocumentSymbolProvider: (services) => new BcytDocumentSymbolProvider(services.workspace.Settings),
        FoldingRangeProvider: () => new BcytFoldingRangeProvider(),
        SemanticTokenProvider: (services) => new BcytSemanticTokenProvider(services),
        Formatter: (services) => new BcytFormatter(services),
        CodeActionProvider: (services) => new BcytCodeActionProvider(services),
    },
} as Module<BcytServices, PartialLangiumServices & BcytAddedServices & DeepPartial<LangiumCoreServices>>;

export const BcytSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: (services) => new BcytServiceRegistry(services),
    lsp: {
        DocumentUpdateHandler: (services) => new BcytDocumentUpdateHandler(services),
    },
    workspace: {
        WorkspaceManager: (services) => new BcytWorkspaceManager(services as LangiumSharedCoreServices, builtinLibrary),
        IndexManager: (services) => new LazyReferenceIndexManager(services as LangiumSharedCoreServices),
        LangiumDocumentFactory: (services) => new BcytDocumentFactory(services as LangiumSharedCoreServices),
        DocumentBuilder: (services) => new BcytDocumentBuilder(services as LangiumSharedCoreServices),
        LangiumDocuments: (services) => new BcytLangiumDocuments(services as LangiumSharedCoreServices),
    },
};

/**
 * Langium's production mode: chevrotain does not check the grammar again when it builds the
 * lexer and parser (30 ms of every start). langium-cli checks it when it generates the parser
 * (npm run build), and the tests and the language server keep checking it.
 */
const ProductionModule: Module<BcytServices, DeepPartial<LangiumCoreServices>> = {
    LanguageMetaData: () => ({ ...BcytLanguageMetaData, mode: 'production' }),
};

/**
 * Creates the shared services and the .bcyt language services, wired together. `production`
 * (the command line) skips chevrotain's checks of the grammar.
 */
export function createBcytServices(
    context: DefaultSharedModuleContext, options: { production?: boolean; language?: MessageLanguage } = {},
): { shared: LangiumSharedServices; Bcyt: BcytServices } {
    // files are read only when regular and within the size limit (workspace/source-files.ts)
    const fileSystemProvider = context.fileSystemProvider;
    const guarded = { ...context, fileSystemProvider: (services: LangiumSharedCoreServices) => withSourceRules(fileSystemProvider(services)) };
    const shared = inject(createDefaultSharedModule(guarded), BcytGeneratedSharedModule, BcytSharedModule);
    const Bcyt = inject(
        createDefaultModule({ shared }),
        BcytGeneratedModule,
        BcytModule as Module<BcytServices, PartialLangiumCoreServices>,
        (options.production ? ProductionModule : {}) as Module<BcytServices, PartialLangiumCoreServices>,
    ) as BcytServices;
    if (options.language) Bcyt.workspace.Settings.update({ language: options.language });
    shared.ServiceRegistry.register(Bcyt);
    registerValidationChecks(Bcyt);
    return { shared, Bcyt };
}
