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
  const where = citation.provision ? `${citation.instrument}, ${citation.provision}` : citation.instrument;
  return citation.ecli ? `${where} (${citation.ecli})` : where;
}
