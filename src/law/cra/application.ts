import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { CRA_ACT, cra } from './regulation.js';

/** The day Art. 14, the manufacturers' reporting obligations, applies from (Art. 71(2)). */
export const ARTICLE_14_FROM: IsoDate = '2026-09-11';

/** The day Chapter IV (Arts 35 to 51), the notification of conformity assessment bodies, applies from. */
export const CHAPTER_IV_FROM: IsoDate = '2026-06-11';

export interface ArticleApplication {
  readonly part: string;
  readonly from: IsoDate;
  readonly citation: Citation;
}

const CITATION = CRA_ACT.citation;

/**
 * The date an article of the CRA applies from (Art. 71(2)): Art. 14 from 11 September 2026,
 * Chapter IV (Arts 35 to 51) from 11 June 2026, every other article from 11 December 2027.
 */
export function craApplication(article: number): ArticleApplication {
  if (article === 14)
    return { part: 'Art. 14 (reporting obligations)', from: ARTICLE_14_FROM, citation: CITATION };
  if (article >= 35 && article <= 51)
    return {
      part: 'Chapter IV (notification of conformity assessment bodies)',
      from: CHAPTER_IV_FROM,
      citation: CITATION,
    };
  return { part: `Art. ${article}`, from: CRA_ACT.applicationDate, citation: CITATION };
}

/**
 * Art. 64, the penalties, is none of the exceptions of Art. 71(2): it applies from 11 December
 * 2027, and Member States notify their rules on penalties by then (Art. 64(1)).
 */
export const PENALTIES_FROM: IsoDate = CRA_ACT.applicationDate;

export const PENALTIES_CITATION = /* @__PURE__ */ cra(
  'Art. 64(1)',
  'Member States shall lay down the rules on penalties applicable to infringements of this Regulation by economic operators and shall take all measures necessary to ensure that they are implemented. The penalties provided for shall be effective, proportionate and dissuasive.',
);
