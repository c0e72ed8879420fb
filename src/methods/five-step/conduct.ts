import type { IsoDate } from '../../core/dates.js';
import { Decimal } from '../../core/decimal.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import { computeLegalMaximum, type LegalMaximum, type TurnoverOptions } from '../../fines/legal-maximum.js';
import { provisionById, provisionForArticle } from '../../law/index.js';
import type { Regime } from '../../law/registry.js';
import type { CompanyProfile } from '../../profile/schema.js';

/** The infringed articles of one conduct and the provision of the gravest (Art. 83(3)). */
export interface Conduct {
  readonly articles: readonly {
    readonly input: string;
    readonly article: string;
    readonly provision: string;
  }[];
  readonly provision: string;
}

/** A legal maximum with an amount and a turnover: what a fining method starts from. */
export type StartingMaximum = LegalMaximum & {
  readonly amount: NonNullable<LegalMaximum['amount']>;
  readonly turnover: NonNullable<LegalMaximum['turnover']>;
};

/**
 * Resolves each article to its provision and computes the legal maximum of each; one conduct takes
 * the highest (the gravest infringement, Art. 83(3)). `noMaximum` makes the error for a profile
 * whose maximum national law sets (a public authority). With `explain` false the maxima carry no steps.
 */
export function gravestInfringement(
  regime: Regime,
  references: readonly string[],
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
  turnover: TurnoverOptions,
  noMaximum: () => Error,
  explain = true,
): { conduct: Conduct; gravest: StartingMaximum } {
  const articles = references.map((input) => {
    const resolved = provisionForArticle(regime, input);
    return { input, article: `${regime} ${resolved.article.normalized}`, provision: resolved.provision };
  });
  let gravest: StartingMaximum | undefined;
  for (const id of new Set(articles.map((a) => a.provision))) {
    const cap = computeLegalMaximum(profile, provisionById(id), asOf, fx, turnover, { explain });
    if (cap.amount === null || cap.turnover === null) throw noMaximum();
    if (!gravest || new Decimal(cap.amount.amount).gt(gravest.amount.amount))
      gravest = cap as StartingMaximum;
  }
  if (!gravest) throw new Error('unreachable: an infringement without a provision');
  return { conduct: { articles, provision: gravest.provision }, gravest };
}
