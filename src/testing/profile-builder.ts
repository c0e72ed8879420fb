import { ValidationError } from '../core/errors.js';
import { requireString, unreadable } from '../core/guards.js';
import { ownData } from '../core/own-data.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile, CompanyProfileInput } from '../profile/schema.js';

type FinancialYearInput = NonNullable<CompanyProfileInput['financialYears']>[number];
type ServiceInput = NonNullable<CompanyProfileInput['services']>[number];
type SanctionInput = NonNullable<CompanyProfileInput['sanctionHistory']>[number];
type ProcessingInput = NonNullable<CompanyProfileInput['processing']>;
type TransferInput = NonNullable<ProcessingInput['transfers']>[number];
type PostureInput = NonNullable<CompanyProfileInput['posture']>[number];

/**
 * Builds company profiles for policy tests:
 * `aProfile('Acme SaaS').withTurnover(2024, '6000000', 'EUR').controller().build()`.
 * Each method returns a new builder, so a base builder can be shared between tests.
 */
export class ProfileBuilder {
  private constructor(private readonly input: CompanyProfileInput) {}

  static named(name: string): ProfileBuilder {
    return new ProfileBuilder({ name });
  }

  private with(patch: Partial<CompanyProfileInput>): ProfileBuilder {
    return new ProfileBuilder({ ...this.input, ...patch });
  }

  partOf(undertaking: string): ProfileBuilder {
    return this.with({ undertaking });
  }

  /** A financial year ending 31 December `year` (or on `end`), undertaking scope by default. */
  withTurnover(
    year: number,
    amount: string | number,
    currency = 'EUR',
    given: { end?: string; scope?: 'undertaking' | 'entity'; employees?: number } = {},
  ): ProfileBuilder {
    if (typeof year !== 'number' || !Number.isInteger(year))
      throw new ValidationError(
        [{ path: 'year', message: 'expected the financial year as an integer (such as 2024)' }],
        'withTurnover argument',
      );
    const options = ownData(given ?? {}, 'options', 'withTurnover argument') as typeof given;
    const fy: FinancialYearInput = {
      year,
      end: options.end ?? `${year}-12-31`,
      scope: options.scope ?? 'undertaking',
      turnover: { amount, currency },
      ...(options.employees !== undefined ? { employees: options.employees } : {}),
    };
    return this.with({ financialYears: [...(this.input.financialYears ?? []), fy] });
  }

  /** A financial year given in full (euTurnover, marketCap, balanceSheetTotal...). */
  withYear(fy: FinancialYearInput): ProfileBuilder {
    return this.with({ financialYears: [...(this.input.financialYears ?? []), fy] });
  }

  /** A service the company provides (DSA tiers, DMA core platform services). */
  withService(service: ServiceInput): ProfileBuilder {
    return this.with({ services: [...(this.input.services ?? []), service] });
  }

  /** A sector or type of entity, as NIS2 classifies them ("energy", "dns-service-provider"). */
  inSector(sector: string): ProfileBuilder {
    return this.with({ sector });
  }

  /** A past decision against the company (DMA Art. 30(2) and Art. 18 read them). */
  sanctioned(entry: SanctionInput): ProfileBuilder {
    return this.with({ sanctionHistory: [...(this.input.sanctionHistory ?? []), entry] });
  }

  establishedIn(country: string, main = true): ProfileBuilder {
    return this.with({ establishments: [...(this.input.establishments ?? []), { country, main }] });
  }

  controller(): ProfileBuilder {
    return this.with({ roles: [...new Set([...(this.input.roles ?? []), 'controller' as const])] });
  }

  processor(): ProfileBuilder {
    return this.with({ roles: [...new Set([...(this.input.roles ?? []), 'processor' as const])] });
  }

  publicAuthority(): ProfileBuilder {
    return this.with({ publicAuthority: true });
  }

  /** Facts about its processing of personal data (GDPR applicability), merged into those given before. */
  processing(facts: ProcessingInput): ProfileBuilder {
    const own = ownData(facts, 'facts', 'processing argument') as ProcessingInput;
    return this.with({ processing: { ...(this.input.processing ?? {}), ...own } });
  }

  /** A transfer of personal data outside the EEA (GDPR Chapter V). */
  transfersTo(transfer: TransferInput): ProfileBuilder {
    const processing = this.input.processing ?? {};
    return this.with({
      processing: { ...processing, transfers: [...(processing.transfers ?? []), transfer] },
    });
  }

  /** The company's answer for one obligation: `.withPosture('GDPR Art. 30', 'not met')`. */
  withPosture(obligation: string, status: PostureInput['status'], evidence?: string): ProfileBuilder {
    const entry: PostureInput = { obligation, status, ...(evidence !== undefined ? { evidence } : {}) };
    return this.with({ posture: [...(this.input.posture ?? []), entry] });
  }

  /**
   * The profile as JSON input, before validation: a copy, so that editing it leaves the builder
   * as it was. A value that cannot be copied as data (a function, a proxy, nesting deeper than
   * the library reads) is a ValidationError.
   */
  toInput(): CompanyProfileInput {
    const input = ownData(this.input, '', 'profile builder');
    try {
      return structuredClone(input) as CompanyProfileInput;
    } catch (error) {
      throw unreadable(error, '', 'profile builder');
    }
  }

  /** The validated profile; throws ValidationError like parseProfile. */
  build(): CompanyProfile {
    return parseProfile(this.input);
  }
}

export function aProfile(name = 'Example Company'): ProfileBuilder {
  return ProfileBuilder.named(requireString(name, 'name', 'aProfile argument', 500));
}
