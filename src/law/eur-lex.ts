import type { Citation } from '../core/citation.js';

/** Cites a provision of one act: the act's title, provision and, optionally, a quotation. */
export type ActCitation = (provision: string, text?: string) => Citation;

/**
 * The citation function of an act published in the Official Journal: every citation names the act,
 * its CELEX number and its EUR-Lex address.
 */
export function eurLexAct(instrument: string, celex: string, url: string): ActCitation {
  return (provision, text) => Object.freeze({ instrument, provision, celex, url, ...(text ? { text } : {}) });
}
