import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { formatMoney, type SerializedMoney } from '../core/money.js';
import type { Step } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { LINKED_PROCESSING_RULE } from '../law/gdpr/fines.js';
import { provisionById, provisionForArticle } from '../law/index.js';
import { parseProfile } from '../profile/parse.js';
import { computeLegalMaximum, type LegalMaximum } from './legal-maximum.js';
import { commonOptionsShape } from './options.js';

export interface InfringedArticle {
  readonly input: string;
  readonly article: string;
  readonly provision: string;
  readonly points: readonly string[];
  readonly subject: string;
}

export interface MaximumFine {
  readonly regime: 'GDPR';
  readonly asOf: IsoDate;
  /** Whether the infringements concern the same or linked processing operations (Art. 83(3)). */
  readonly linked: boolean;
  readonly infringements: readonly InfringedArticle[];
  /** The cap of each provision infringed (linked) or of each infringement (not linked). */
  readonly caps: readonly LegalMaximum[];
  /** The provision with the highest cap: the gravest infringement of Art. 83(3). */
  readonly gravestInfringement: string;
  /** The total maximum, or null where national law sets it (public authorities). */
  readonly amount: SerializedMoney | null;
  readonly citation: Citation;
  readonly steps: readonly Step[];
}

const maximumFineArgs = z
  .object({
    ...commonOptionsShape,
    regime: z.literal('GDPR', { error: 'this version of lexposure computes maximumFine for the GDPR only' }),
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(200),
    linked: z.boolean().optional(),
  })
  .strict();

/**
 * The maximum total fine for one or several infringed articles. Linked infringements (the same or
 * linked processing operations, Art. 83(3)) share the cap of the gravest one; separate
 * infringements each have their own cap, and the total is their sum.
 */
export function maximumFine(args: unknown): MaximumFine {
  const input = parseInput(maximumFineArgs, args, 'maximumFine arguments');
  const profile = parseProfile(input.profile);
  const infringements: InfringedArticle[] = input.articles.map((reference) => {
    const resolved = provisionForArticle(input.regime, reference);
    return {
      input: reference,
      article: `GDPR ${resolved.article.normalized}`,
      provision: resolved.provision,
      points: resolved.points,
      subject: resolved.subject,
    };
  });
  const linked = input.linked ?? true;
  const steps: Step[] = infringements.map((i) => ({
    label: `Infringement of ${i.article}`,
    value: i.provision,
    rule: `listed in Art. ${i.points.join(' and Art. ')} (${i.subject})`,
    citation: provisionById(i.provision).versions[0]?.citation,
  }));
  if (input.linked === undefined) {
    steps.push({
      label: 'Linked processing operations',
      value: 'assumed',
      rule: 'you did not say whether the infringements concern the same or linked processing operations; they are taken to, so Art. 83(3) applies. Pass linked: false for separate processing operations.',
      citation: LINKED_PROCESSING_RULE,
      severity: 'warning',
    });
  }
  const provisionsInOrder = linked
    ? [...new Set(infringements.map((i) => i.provision))]
    : infringements.map((i) => i.provision);
  const caps = provisionsInOrder.map((id) =>
    computeLegalMaximum(profile, provisionById(id), input.asOf, input.fx, input.turnover),
  );
  const nationalLaw = caps.some((c) => c.amount === null);
  let gravestIndex = 0;
  caps.forEach((cap, index) => {
    const best = caps[gravestIndex]?.amount;
    if (cap.amount && best && new Decimal(cap.amount.amount).greaterThan(best.amount)) gravestIndex = index;
  });
  const gravest = caps[gravestIndex] as LegalMaximum;
  let amount: SerializedMoney | null = null;
  if (!nationalLaw) {
    if (linked) {
      amount = gravest.amount;
      steps.push({
        label: 'Gravest infringement',
        value: gravest.provision,
        rule: 'the provision with the highest maximum among those infringed',
        citation: LINKED_PROCESSING_RULE,
      });
      steps.push({
        label: 'Maximum total fine (Art. 83(3))',
        value: amount,
        rule: `the total for the same or linked processing operations may not exceed the maximum for the gravest infringement, ${amount ? formatMoney(amount) : ''}`,
        citation: LINKED_PROCESSING_RULE,
      });
    } else {
      const sum = caps.reduce((total, cap) => total.plus(cap.amount?.amount ?? '0'), new Decimal(0));
      amount = { amount: sum.toFixed(), currency: gravest.fixed.currency };
      steps.push({
        label: 'Maximum total fine (separate infringements)',
        value: amount,
        rule: `separate processing operations: each infringement has its own cap, ${caps.map((c) => (c.amount ? formatMoney(c.amount) : '')).join(' + ')}`,
        citation: LINKED_PROCESSING_RULE,
      });
    }
  } else {
    steps.push({
      label: 'Maximum total fine',
      value: null,
      rule: 'set by national law for public authorities and bodies (Art. 83(7))',
      severity: 'warning',
    });
  }
  return {
    regime: 'GDPR',
    asOf: input.asOf,
    linked,
    infringements,
    caps,
    gravestInfringement: gravest.provision,
    amount,
    citation: LINKED_PROCESSING_RULE,
    steps,
  };
}
