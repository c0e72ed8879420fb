import type { IsoDate } from '../core/dates.js';
import { weakMemo } from '../core/memo.js';
import type { Duty } from './act-module.js';
import type { TransferAssessment } from './gdpr/rules/art-44-transfers.js';
import { obligationId } from './obligation-id.js';
import type { Obligation } from './types.js';

/** A duty as it applies to one company on a date: `obligationsFor` lists these, act by act. */
export interface ApplicableObligation extends Obligation {
  /** The obligation's stable id, "GDPR Art. 30", as a posture refers to it. */
  readonly id: string;
  /** The service it concerns, for duties attached to a service (DSA, DMA). */
  readonly service: string | null;
  /**
   * `applies` on `asOf`; `not yet`: applies from a later date; `excluded` by an exemption (DSA micro
   * and small enterprises, GDPR Art. 30(5)); `does not apply`: the article's condition is not met
   * (no consent relied on, no transfer); `undetermined`: the profile lacks a fact the rule needs,
   * named in `needs`.
   */
  readonly status: 'applies' | 'not yet' | 'excluded' | 'does not apply' | 'undetermined';
  /** Why it applies (or not) to this company. */
  readonly why: string;
  /** The profile fields that would settle an undetermined answer. */
  readonly needs: readonly string[];
  /** GDPR Art. 44: each transfer and the Chapter V tool it rests on. */
  readonly transfers?: readonly TransferAssessment[];
}

/** An obligation's id, remembered per duty (a frozen law table's): every company's list names it. */
const idOf = /* @__PURE__ */ weakMemo(obligationId);

/**
 * An obligation as it applies to one company, built field by field from the act's duty and what
 * the company changes (tier, date, provision), which overrides what the act says.
 */
export function applicable(
  duty: Duty,
  here: {
    readonly appliesFrom?: IsoDate;
    readonly tier?: string;
    readonly finedUnder?: string;
    readonly service: string | null;
    readonly status: ApplicableObligation['status'];
    readonly why: string;
    readonly needs?: readonly string[];
  },
): ApplicableObligation {
  return {
    regime: duty.regime,
    article: duty.article,
    title: duty.title,
    tier: (here.tier ?? duty.tier) as string,
    appliesFrom: (here.appliesFrom ?? duty.appliesFrom) as IsoDate,
    finedUnder: (here.finedUnder ?? duty.finedUnder) as string,
    citation: duty.citation,
    id: idOf(duty),
    service: here.service,
    status: here.status,
    why: here.why,
    needs: here.needs ?? [],
  };
}

/** `applies` from the date a duty applies from, else `not yet`. */
export function statusOn(asOf: IsoDate, from: IsoDate): 'applies' | 'not yet' {
  return asOf >= from ? 'applies' : 'not yet';
}
