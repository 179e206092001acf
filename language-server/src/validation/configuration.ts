import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { isDiagnosticCode, type ConfiguredSeverity, type DiagnosticCode } from './diagnostic-codes.js';
import { SourceReadError, sourceProblemText } from '../workspace/source-files.js';

export const CONFIG_FILE_NAME = 'bcyt.config.json';

const LEVELS: readonly ConfiguredSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Something wrong in a configuration file, reported as `config-invalid` on the checked file. */
export interface ConfigProblem {
    readonly file: string;
    readonly reason: 'json' | 'shape' | 'code' | 'level' | 'unreadable';
    readonly key?: string;
    /** why an unreadable file was not read; never anything of its content */
    readonly detail?: string;
    readonly detailEn?: string;
}

/**
 * The workspace configuration, ESLint style: `{"severity": {"missing-data": "off",
 * "number-format": "error"}}`. Levels are error | warning | information | hint | off.
 */
export interface BcytConfiguration {
    /** the file it was read from; undefined when no file was found */
    readonly file?: string;
    readonly severity: ReadonlyMap<DiagnosticCode, ConfiguredSeverity>;
    readonly problems: readonly ConfigProblem[];
}

const NONE: BcytConfiguration = { severity: new Map(), problems: [] };

/**
 * Finds the configuration of a checked file by walking up from its folder to the first
 * `bcyt.config.json`, as the CLI and the language server both do. The file is read on each
 * validation (a few stat calls), so an edited configuration applies at the next keystroke.
 */
export class ConfigurationProvider {
    constructor(private readonly fileSystem: () => FileSystemProvider) {}

    configurationOf(documentUri: URI): BcytConfiguration {
        if (documentUri.scheme !== 'file') return NONE;
        const fileSystem = this.fileSystem();
        let folder = UriUtils.dirname(documentUri);
        for (let depth = 0; depth < 64; depth++) {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            let text: string | undefined;
            try {
                if (fileSystem.existsSync(candidate)) text = fileSystem.readFileSync(candidate);
            } catch (error) {
                // there, but not readable (a device, a FIFO, too large, no permission): said, never quoted
                const { vi, en } = sourceProblemText(error instanceof SourceReadError ? error.problem : 'unreadable');
                return { file: candidate.fsPath, severity: new Map(), problems: [{ file: candidate.fsPath, reason: 'unreadable', detail: vi, detailEn: en }] };
            }
            if (text !== undefined) return parseConfiguration(text, candidate.fsPath);
            const parent = UriUtils.dirname(folder);
            if (parent.toString() === folder.toString()) break;
            folder = parent;
        }
        return NONE;
    }
}

/**
 * Reads the text of a configuration file; unknown codes and levels are problems, not errors.
 * A byte-order mark (Notepad writes one) is allowed. A message never quotes the file: it may be
 * a link to another file.
 */
export function parseConfiguration(text: string, file: string): BcytConfiguration {
    const severity = new Map<DiagnosticCode, ConfiguredSeverity>();
    const problems: ConfigProblem[] = [];
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
        return { file, severity, problems: [{ file, reason: 'json' }] };
    }
    const levels = (json as { severity?: unknown } | null)?.severity;
    if (typeof json !== 'object' || json === null || Array.isArray(json) || (levels !== undefined && (typeof levels !== 'object' || levels === null || Array.isArray(levels)))) {
        return { file, severity, problems: [{ file, reason: 'shape' }] };
    }
    for (const [key, value] of Object.entries((levels ?? {}) as Record<string, unknown>)) {
        if (!isDiagnosticCode(key)) problems.push({ file, reason: 'code', key });
        else if (typeof value !== 'string' || !LEVELS.includes(value as ConfiguredSeverity)) problems.push({ file, reason: 'level', key });
        else severity.set(key, value as ConfiguredSeverity);
    }
    return { file, severity, problems };
}
