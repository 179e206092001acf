/**
 * The documented limits of the language (docs/LANGUAGE.md, "Limits"): past them a file is not
 * read, or a region of it is left out with a finding, instead of exhausting the memory or the
 * stack. Each is far above what a real report, plan or letter needs.
 */

/** A source file (.bcyt, bcyt.config.json) larger than this is not read: 20 MB. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
