import { readProperty, requireObject, requireString } from './guards.js';
/**
 * Where a rule comes from. Every legal number and every step of a computation carries one, so a
 * reader can check it against the official text.
 */
export interface Citation {
  /** The instrument in its official short form, e.g. "Regulation (EU) 2016/679". */
  readonly instrument: string;
  /** The provision cited, as written in the instrument: "Art. 83(5)", "Recital 150". */
  readonly provision?: string;
  /** CELEX number of EU acts and case law, e.g. "32016R0679". */
  readonly celex?: string;
  /** ECLI of a judgment, e.g. "ECLI:EU:C:2023:950". */
  readonly ecli?: string;
  /** An official URL (EUR-Lex, CURIA, the authority's own site). */
  readonly url: string;
  /** A short quotation or paraphrase of the rule, to read without opening the source. */
  readonly text?: string;
}

export function formatCitation(citation: Citation): string {
  const subject = 'formatCitation argument';
  requireObject(citation, 'citation', subject);
  const read = (key: string) => readProperty(citation, key, `citation.${key}`, subject);
  const instrument = requireString(read('instrument'), 'citation.instrument', subject, 2000);
  const provision = read('provision');
  const ecli = read('ecli');
  const where = typeof provision === 'string' && provision ? `${instrument}, ${provision}` : instrument;
  return typeof ecli === 'string' && ecli ? `${where} (${ecli})` : where;
}
