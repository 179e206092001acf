/**
 * The documented limits of the language (docs/LANGUAGE.md, "Limits"): past them a file is not
 * read, or a region of it is left out with a finding, instead of exhausting the memory or the
 * stack. Each is far above what a real report, plan or letter needs.
 */

/** A source file (.bcyt, bcyt.config.json) larger than this is not read: 20 MB. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/**
 * A number has at most 20 digits (integer and decimal digits together; separators aside): a
 * count or an amount in đồng needs at most 16. A longer one is reported (`number-format`) and
 * never evaluated, so that no computation works on thousands of digits.
 */
export const MAX_NUMBER_DIGITS = 20;

/**
 * Parentheses in an expression, and braces in declarations (an outline's sections inside its
 * own braces), nest at most 32 deep; a real formula needs 5, a real outline 6. The parser
 * recurses once per level and failed near 150. Past the limit the expression, or the deeper
 * sections, are left out with a finding (`limit-exceeded`).
 */
export const MAX_NESTING = 32;

/**
 * An expression has at most 1 000 operators (`+ - * /`): a sum over every commune of a
 * province needs about 600. Its tree is as deep as it is long, and walking it failed near
 * 3 500. Past the limit the expression is left out with a finding (`limit-exceeded`).
 */
export const MAX_OPERATORS = 1000;

/**
 * A line of the body has at most 1 000 inline values (`{…}`): a real paragraph has a few dozen,
 * a table row one per cell. Each is evaluated, checked and printed; tens of thousands on one
 * line took seconds. Past the limit the rest of the line is left out with a finding
 * (`limit-exceeded`).
 */
export const MAX_INLINE_VALUES_PER_LINE = 1000;
