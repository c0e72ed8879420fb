import type { Citation } from '../../../core/citation.js';
import type { IsoDate } from '../../../core/dates.js';
import type { RuleAnswer } from '../../rule-answer.js';
import { inUnion } from '../../union/membership.js';
import { ADEQUACY_DECISIONS, type AdequacyDecision, adequacyOn } from '../adequacy.js';
import type { GdprCompany, Transfer } from '../facts.js';
import { gdpr } from '../regulation.js';
import { field } from './processing-facts.js';

/** The transfers that leave the EEA: those Chapter V governs. */
export function transfersOutsideEea(transfers: readonly Transfer[], asOf: IsoDate): Transfer[] {
  return transfers.filter((t) => !(t.country && inUnion(t.country, asOf, { eea: true })));
}

export type TransferBasis =
  | 'not a third country'
  | 'adequacy decision'
  | 'appropriate safeguards'
  | 'derogation'
  | 'none';

export interface TransferAssessment {
  readonly recipient: string;
  readonly basis: TransferBasis;
  readonly decision: AdequacyDecision | null;
  readonly why: string;
  readonly citation: Citation;
}

export const ART_44 = /* @__PURE__ */ gdpr(
  'Art. 44',
  'Any transfer of personal data which are undergoing processing or are intended for processing after transfer to a third country or to an international organisation shall take place only if, subject to the other provisions of this Regulation, the conditions laid down in this Chapter are complied with by the controller and processor.',
);

/**
 * The Chapter V tool a transfer rests on, on `date`: an adequacy decision in force that day (with
 * the certification it requires, for the United States), else the Art. 46 safeguard or the Art. 49
 * derogation the profile names, else none.
 */
export function assessTransfer(transfer: Transfer, date: IsoDate): TransferAssessment {
  const recipient = transfer.country ?? (transfer.organisation as string);
  const decisions = adequacyOn(
    transfer.country !== undefined
      ? { country: transfer.country }
      : { organisation: transfer.organisation as string },
    date,
  );
  const usable = decisions.find((d) => !d.requiresCertification || transfer.certified === true);
  if (usable)
    return {
      recipient,
      basis: usable.kind,
      decision: usable,
      why: `${usable.decision} (${usable.recipient}) was in force on ${date}${usable.scope ? `; it covers ${usable.scope}${usable.requiresCertification ? ', and the recipient is certified' : ''}` : ''}`,
      citation: usable.citations[0] as Citation,
    };
  const uncertified = decisions.find((d) => d.requiresCertification);
  // Decisions for the same country that had lapsed, or were not yet adopted, on `date`.
  const other = ADEQUACY_DECISIONS.filter(
    (d) => transfer.country !== undefined && d.country === transfer.country && !decisions.includes(d),
  );
  const context = uncertified
    ? `${uncertified.decision} covers only ${uncertified.scope}, and the profile does not say the recipient is certified`
    : other.length > 0
      ? `no adequacy decision was in force on ${date} (${other.map((d) => `${d.decision}: ${d.validTo !== null && d.validTo < date ? `relied on until ${d.validTo}${d.note ? `, ${d.note}` : ''}` : `from ${d.validFrom}`}`).join('; ')})`
      : `no adequacy decision covers ${recipient}`;
  if (transfer.safeguard)
    return {
      recipient,
      basis: 'appropriate safeguards',
      decision: null,
      why: `${context}; it rests on ${transfer.safeguard} (Art. 46; since Schrems II, with an assessment of the law of the third country and supplementary measures where needed)`,
      citation: gdpr('Art. 46(1)'),
    };
  if (transfer.derogation)
    return {
      recipient,
      basis: 'derogation',
      decision: null,
      why: `${context}; it rests on the derogation for ${transfer.derogation} (Art. 49(1)), which covers only occasional, specific transfers`,
      citation: gdpr('Art. 49(1)'),
    };
  return {
    recipient,
    basis: 'none',
    decision: null,
    why: `${context}, and the profile names no safeguard or derogation`,
    citation: ART_44,
  };
}

/** Art. 44: whether the company transfers personal data to a third country or international organisation. */
export function transfersRule(profile: GdprCompany, asOf: IsoDate): RuleAnswer {
  const transfers = profile.processing.transfers;
  if (transfers === undefined)
    return {
      holds: null,
      why: 'the profile does not say whether personal data are transferred outside the EEA',
      needs: [field('transfers')],
      citation: ART_44,
    };
  const outside = transfersOutsideEea(transfers, asOf);
  return outside.length > 0
    ? {
        holds: true,
        why: `it transfers personal data to ${outside.map((t) => t.country ?? t.organisation).join(', ')}`,
        needs: [],
        citation: ART_44,
      }
    : {
        holds: false,
        why: 'it transfers no personal data to a third country or international organisation',
        needs: [],
        citation: ART_44,
      };
}
