import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import type { Step } from '../core/steps.js';
import { ADEQUACY_DECISIONS, type AdequacyDecision, adequacyOn } from '../law/gdpr/adequacy.js';
import { GDPR_DUTIES, type GdprDuty } from '../law/gdpr/duties.js';
import { GDPR_ACT, gdpr } from '../law/gdpr/regulation.js';
import { EEA_GDPR_CITATION, inUnion, membershipOn } from '../law/union/membership.js';
import type { CompanyProfile } from '../profile/schema.js';

type Processing = CompanyProfile['processing'];
type Transfer = NonNullable<Processing['transfers']>[number];

/** true, false, or null when the profile lacks a fact the rule needs (named in `needs`). */
export interface RuleAnswer {
  readonly holds: boolean | null;
  readonly why: string;
  /** The profile fields that would settle an undetermined answer. */
  readonly needs: readonly string[];
  readonly citation: Citation;
}

const field = (name: keyof Processing) => `profile.processing.${name}`;

/**
 * Art. 3: the GDPR applies to processing in the context of the activities of an establishment in the
 * Union (3(1)), and to a controller or processor not established in the Union whose processing
 * relates to offering goods or services to data subjects in the Union (3(2)(a)) or monitoring their
 * behaviour there (3(2)(b)). "The Union" is read on `asOf` from the dated membership table: the
 * United Kingdom counts until 31 December 2020 (Withdrawal Agreement, Arts 126-127), the EEA EFTA
 * States from 20 July 2018 (EEA Agreement).
 */
export function territorialScope(
  profile: CompanyProfile,
  asOf: IsoDate,
): RuleAnswer & { readonly establishedInUnion: boolean } {
  const standing = profile.establishments.map((e) => membershipOn(e.country, asOf)).filter((m) => m !== null);
  const eu = standing.filter((m) => m.status === 'member state').map((m) => m.country);
  const transition = standing.filter((m) => m.status === 'withdrawal transition').map((m) => m.country);
  const eea = standing.filter((m) => m.status === 'eea efta').map((m) => m.country);
  if (eu.length > 0 || transition.length > 0 || eea.length > 0) {
    const art31 = gdpr(
      'Art. 3(1)',
      'This Regulation applies to the processing of personal data in the context of the activities of an establishment of a controller or a processor in the Union, regardless of whether the processing takes place in the Union or not.',
    );
    const unique = (list: string[]) => [...new Set(list)].join(', ');
    if (eu.length > 0) {
      return {
        holds: true,
        establishedInUnion: true,
        why: `an establishment in the Union (${unique(eu)})`,
        needs: [],
        citation: art31,
      };
    }
    if (transition.length > 0) {
      const m = standing.find((x) => x.status === 'withdrawal transition');
      return {
        holds: true,
        establishedInUnion: true,
        why: `an establishment in the United Kingdom during the transition period (to 31 December 2020), when Union law applied to and in the United Kingdom and it counted as a Member State (Withdrawal Agreement, Arts 126-127): an establishment in the Union for Art. 3(1)`,
        needs: [],
        citation: m?.citation ?? art31,
      };
    }
    return {
      holds: true,
      establishedInUnion: true,
      why: `an establishment in an EEA EFTA State (${unique(eea)}), where the GDPR applies through the EEA Agreement from 20 July 2018`,
      needs: [],
      citation: EEA_GDPR_CITATION,
    };
  }
  const p = profile.processing;
  const art32 = gdpr(
    'Art. 3(2)',
    'This Regulation applies to the processing of personal data of data subjects who are in the Union by a controller or processor not established in the Union, where the processing activities are related to: (a) the offering of goods or services, irrespective of whether a payment of the data subject is required, to such data subjects in the Union; or (b) the monitoring of their behaviour as far as their behaviour takes place within the Union.',
  );
  const base = { establishedInUnion: false, citation: art32 };
  if (p.offersGoodsOrServicesInUnion === true)
    return {
      ...base,
      holds: true,
      why: 'no establishment in the Union, but it offers goods or services to data subjects in the Union (Art. 3(2)(a))',
      needs: [],
    };
  if (p.monitorsBehaviourInUnion === true)
    return {
      ...base,
      holds: true,
      why: 'no establishment in the Union, but it monitors the behaviour of data subjects in the Union (Art. 3(2)(b))',
      needs: [],
    };
  if (p.offersGoodsOrServicesInUnion === false && p.monitorsBehaviourInUnion === false)
    return {
      ...base,
      holds: false,
      why: 'no establishment in the Union, no offering of goods or services to data subjects in the Union and no monitoring of their behaviour there',
      needs: [],
    };
  return {
    ...base,
    holds: null,
    why: 'no establishment in the Union in the profile, and it does not say whether the company offers goods or services to, or monitors, data subjects in the Union',
    needs: [field('offersGoodsOrServicesInUnion'), field('monitorsBehaviourInUnion')].filter(
      (_, i) => [p.offersGoodsOrServicesInUnion, p.monitorsBehaviourInUnion][i] === undefined,
    ),
  };
}

/**
 * A duty that any one of several cases triggers (Arts 35(3), 37(1)): it holds when a case is true
 * (the reasons are the cases found), not when every case is known to be false, and is undetermined
 * otherwise, naming the facts missing. `established` are cases settled outside `processing`.
 */
function anyCaseRule(
  p: Processing,
  cases: Partial<Record<keyof Processing, string>>,
  established: readonly string[],
  texts: { readonly no: string; readonly unknown: string },
  citation: Citation,
): RuleAnswer {
  const facts = Object.keys(cases) as (keyof Processing)[];
  const reasons = [...facts.filter((f) => p[f] === true).map((f) => cases[f] as string), ...established];
  if (reasons.length > 0) return { holds: true, why: reasons.join('; '), needs: [], citation };
  const missing = facts.filter((f) => p[f] === undefined).map((f) => field(f));
  return missing.length === 0
    ? { holds: false, why: texts.no, needs: [], citation }
    : { holds: null, why: texts.unknown, needs: missing, citation };
}

/** The transfers that leave the EEA: those Chapter V governs. */
function transfersOutsideEea(transfers: readonly Transfer[], asOf: IsoDate): Transfer[] {
  return transfers.filter((t) => !(t.country && inUnion(t.country, asOf, { eea: true })));
}

/** The latest head count on or before `asOf` (the entity's figure preferred over the group's). */
export function latestEmployees(
  profile: CompanyProfile,
  asOf: IsoDate,
): { employees: number; year: number; scope: string } | null {
  let best: CompanyProfile['financialYears'][number] | null = null;
  for (const fy of profile.financialYears) {
    if (fy.employees === undefined || fy.end > asOf) continue;
    if (!best || fy.end > best.end || (fy.end === best.end && fy.scope === 'entity')) best = fy;
  }
  return best ? { employees: best.employees as number, year: best.year, scope: best.scope } : null;
}

const ART_27_2 = gdpr(
  'Art. 27(2)',
  'The obligation laid down in paragraph 1 of this Article shall not apply to: (a) processing which is occasional, does not include, on a large scale, processing of special categories of data as referred to in Article 9(1) or processing of personal data relating to criminal convictions and offences referred to in Article 10, and is unlikely to result in a risk to the rights and freedoms of natural persons, taking into account the nature, context, scope and purposes of the processing; or (b) a public authority or body.',
);

/** Art. 27(1)-(2): the representative in the Union of a controller or processor caught by Art. 3(2). */
export function representativeRule(
  profile: CompanyProfile,
  scope: ReturnType<typeof territorialScope>,
): RuleAnswer {
  const citation = ART_27_2;
  if (scope.establishedInUnion)
    return {
      holds: false,
      why: 'it is established in the Union: Art. 27 concerns controllers and processors not established there',
      needs: [],
      citation: gdpr('Art. 27(1)'),
    };
  if (profile.publicAuthority)
    return { holds: false, why: 'a public authority or body is exempt (Art. 27(2)(b))', needs: [], citation };
  const p = profile.processing;
  // Art. 27(2)(a) exempts only where all three conditions hold; any one failing keeps the duty.
  const failing: string[] = [];
  if (p.occasional === false) failing.push('the processing is not occasional');
  if (p.largeScaleSpecialCategories === true)
    failing.push('it includes large-scale processing of special categories or criminal-offence data');
  if (p.likelyToResultInRisk === true) failing.push('it is likely to result in a risk');
  if (failing.length > 0)
    return {
      holds: true,
      why: `not established in the Union and caught by Art. 3(2); the exemption of Art. 27(2)(a) does not apply: ${failing.join(', ')}`,
      needs: [],
      citation,
    };
  const missing = (['occasional', 'largeScaleSpecialCategories', 'likelyToResultInRisk'] as const)
    .filter((f) => p[f] === undefined)
    .map((f) => field(f));
  if (missing.length > 0)
    return {
      holds: null,
      why: 'not established in the Union and caught by Art. 3(2); whether the exemption of Art. 27(2)(a) applies is not known',
      needs: missing,
      citation,
    };
  return {
    holds: false,
    why: 'the processing is occasional, includes no large-scale special-category or criminal-offence data and is unlikely to result in a risk (Art. 27(2)(a))',
    needs: [],
    citation,
  };
}

const ART_30_5 = gdpr(
  'Art. 30(5)',
  'The obligations referred to in paragraphs 1 and 2 shall not apply to an enterprise or an organisation employing fewer than 250 persons unless the processing it carries out is likely to result in a risk to the rights and freedoms of data subjects, the processing is not occasional, or the processing includes special categories of data as referred to in Article 9(1) or personal data relating to criminal convictions and offences referred to in Article 10.',
);

/** Art. 30(5): the record-keeping exemption for enterprises under 250 persons, and its three exceptions. */
export function recordsRule(profile: CompanyProfile, asOf: IsoDate): RuleAnswer {
  const citation = ART_30_5;
  const staff = latestEmployees(profile, asOf);
  if (staff && staff.employees >= 250)
    return {
      holds: true,
      why: `it employs ${staff.employees} persons (financial year ${staff.year}), not fewer than 250: the exemption of Art. 30(5) cannot apply`,
      needs: [],
      citation,
    };
  const p = profile.processing;
  const exceptions: string[] = [];
  if (p.likelyToResultInRisk === true) exceptions.push('the processing is likely to result in a risk');
  if (p.occasional === false) exceptions.push('the processing is not occasional');
  if (p.specialCategories === true) exceptions.push('it includes special categories of data (Art. 9(1))');
  if (p.criminalConvictionsData === true) exceptions.push('it includes criminal-offence data (Art. 10)');
  const size = staff
    ? `it employs ${staff.employees} persons (financial year ${staff.year}), fewer than 250`
    : 'its head count is not known';
  if (exceptions.length > 0)
    return {
      holds: true,
      why: `${size}, but the exemption does not apply: ${exceptions.join('; ')}`,
      needs: [],
      citation,
    };
  const missing = [
    ...(staff ? [] : ['profile.financialYears[].employees']),
    ...(['likelyToResultInRisk', 'occasional', 'specialCategories', 'criminalConvictionsData'] as const)
      .filter((f) => p[f] === undefined)
      .map((f) => field(f)),
  ];
  if (missing.length > 0)
    return {
      holds: null,
      why: `${size}; whether the exemption of Art. 30(5) applies is not known`,
      needs: missing,
      citation,
    };
  return {
    holds: false,
    why: `${size}, and its processing is occasional, unlikely to result in a risk and includes no special-category or criminal-offence data: exempt under Art. 30(5)`,
    needs: [],
    citation,
  };
}

const ART_37_1 = gdpr(
  'Art. 37(1)',
  'The controller and the processor shall designate a data protection officer in any case where: (a) the processing is carried out by a public authority or body, except for courts acting in their judicial capacity; (b) the core activities of the controller or the processor consist of processing operations which, by virtue of their nature, their scope and/or their purposes, require regular and systematic monitoring of data subjects on a large scale; or (c) the core activities of the controller or the processor consist of processing on a large scale of special categories of data pursuant to Article 9 and personal data relating to criminal convictions and offences referred to in Article 10.',
);

/** Art. 37(1) and (4): when a data protection officer must be designated. */
export function dataProtectionOfficerRule(profile: CompanyProfile): RuleAnswer {
  return anyCaseRule(
    profile.processing,
    {
      coreActivityMonitoring:
        'its core activities require regular and systematic monitoring of data subjects on a large scale (Art. 37(1)(b))',
      coreActivitySpecialCategories:
        'its core activities consist of large-scale processing of special categories or criminal-offence data (Art. 37(1)(c))',
      dpoRequiredByLaw: 'Union or Member State law requires one (Art. 37(4))',
    },
    profile.publicAuthority ? ['it is a public authority or body (Art. 37(1)(a))'] : [],
    {
      no: 'not a public authority, no core activity of large-scale monitoring or of large-scale special-category data, and no national rule requiring one',
      unknown: 'whether a case of Art. 37(1) applies is not known',
    },
    ART_37_1,
  );
}

const ART_35 = gdpr(
  'Art. 35(1), (3)',
  'Where a type of processing ... is likely to result in a high risk to the rights and freedoms of natural persons, the controller shall, prior to the processing, carry out an assessment of the impact of the envisaged processing operations on the protection of personal data. A data protection impact assessment shall in particular be required in the case of: (a) a systematic and extensive evaluation of personal aspects ... based on automated processing, including profiling, and on which decisions are based that produce legal effects ...; (b) processing on a large scale of special categories of data ... or of personal data relating to criminal convictions and offences ...; or (c) a systematic monitoring of a publicly accessible area on a large scale.',
);

/** Art. 35(1) and (3): when an impact assessment is required. */
export function impactAssessmentRule(profile: CompanyProfile): RuleAnswer {
  return anyCaseRule(
    profile.processing,
    {
      likelyToResultInHighRisk: 'a type of processing likely to result in a high risk (Art. 35(1))',
      automatedDecisions: 'automated evaluation with legal or similarly significant effects (Art. 35(3)(a))',
      largeScaleSpecialCategories:
        'large-scale processing of special categories or criminal-offence data (Art. 35(3)(b))',
      publicAreaMonitoring:
        'systematic monitoring of a publicly accessible area on a large scale (Art. 35(3)(c))',
    },
    [],
    {
      no: 'no processing likely to result in a high risk and none of the cases of Art. 35(3)',
      unknown: 'whether any processing is likely to result in a high risk is not known',
    },
    ART_35,
  );
}

/** One fact of `profile.processing` decides the duty. */
function factRule(
  profile: CompanyProfile,
  fact: keyof Processing,
  yes: string,
  no: string,
  citation: Citation,
): RuleAnswer {
  const value = profile.processing[fact];
  if (value === true) return { holds: true, why: yes, needs: [], citation };
  if (value === false) return { holds: false, why: no, needs: [], citation };
  return {
    holds: null,
    why: `the profile does not say whether ${yes}`,
    needs: [field(fact)],
    citation,
  };
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

const ART_44 = gdpr(
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

export interface GdprDutyAnswer {
  readonly duty: GdprDuty;
  /** The roles of the company that bear it. */
  readonly roles: readonly string[];
  readonly status: 'applies' | 'not yet' | 'does not apply' | 'excluded' | 'undetermined';
  readonly why: string;
  readonly needs: readonly string[];
  /** For Art. 44: each transfer and the tool it rests on. */
  readonly transfers?: readonly TransferAssessment[];
}

/**
 * Each GDPR duty of Arts 5 to 49 and whether it applies to the company on `asOf`: by its role
 * (controller, processor), the territorial scope of Art. 3 and the article's own conditions.
 */
export function gdprDuties(
  profile: CompanyProfile,
  asOf: IsoDate,
): { duties: GdprDutyAnswer[]; steps: Step[] } {
  const steps: Step[] = [];
  if (profile.roles.length === 0) {
    steps.push({
      label: 'GDPR duties',
      value: null,
      rule: 'the profile names no role (controller or processor, Art. 4(7)-(8)): no GDPR duty is assessed',
      severity: 'warning',
    });
    return { duties: [], steps };
  }
  const scope = territorialScope(profile, asOf);
  steps.push({
    label: 'GDPR territorial scope',
    value: scope.holds,
    rule: scope.why,
    citation: scope.citation,
  });
  if (scope.holds === false) return { duties: [], steps };

  const p = profile.processing;
  const rules: Record<GdprDuty['condition'], () => RuleAnswer | null> = {
    always: () => null,
    consent: () =>
      factRule(profile, 'consent', 'it relies on consent', 'it does not rely on consent', gdpr('Art. 7')),
    children: () =>
      factRule(
        profile,
        'servicesToChildren',
        'it offers information society services directly to children on the basis of consent',
        'it offers no information society service directly to children on the basis of consent',
        gdpr('Art. 8(1)'),
      ),
    'special categories': () =>
      factRule(
        profile,
        'specialCategories',
        'it processes special categories of personal data',
        'it processes no special categories of personal data',
        gdpr('Art. 9(1)'),
      ),
    'automated decisions': () =>
      factRule(
        profile,
        'automatedDecisions',
        'it takes decisions based solely on automated processing with legal or similarly significant effects',
        'it takes no decision based solely on automated processing with legal or similarly significant effects',
        gdpr('Art. 22(1)'),
      ),
    'joint controllers': () =>
      factRule(
        profile,
        'jointControllers',
        'it determines purposes and means jointly with another controller',
        'it has no joint controller',
        gdpr('Art. 26(1)'),
      ),
    representative: () => representativeRule(profile, scope),
    // Art. 28(2)-(4), (10) bind every processor; Art. 28(1) binds a controller that uses processors.
    processors: () =>
      profile.roles.includes('processor')
        ? {
            holds: true,
            why: 'it acts as a processor: Art. 28(2)-(4) and (10) bind it',
            needs: [],
            citation: gdpr('Art. 28'),
          }
        : factRule(
            profile,
            'usesProcessors',
            'it has processing carried out by processors',
            'it uses no processor',
            gdpr('Art. 28(1)'),
          ),
    records: () => recordsRule(profile, asOf),
    'impact assessment': () => impactAssessmentRule(profile),
    'data protection officer': () => dataProtectionOfficerRule(profile),
    transfers: () => {
      if (p.transfers === undefined)
        return {
          holds: null,
          why: 'the profile does not say whether personal data are transferred outside the EEA',
          needs: [field('transfers')],
          citation: ART_44,
        };
      const outside = transfersOutsideEea(p.transfers, asOf);
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
    },
  };

  // Each condition judged once: Arts 37, 38 and 39 share one, as do the `always` duties.
  const judged = new Map<GdprDuty['condition'], RuleAnswer | null>();
  const duties: GdprDutyAnswer[] = [];
  for (const duty of GDPR_DUTIES) {
    const roles = duty.bears.filter((r) => profile.roles.includes(r));
    if (roles.length === 0) continue;
    let answer = judged.get(duty.condition);
    if (answer === undefined) {
      answer = rules[duty.condition]();
      judged.set(duty.condition, answer);
    }
    let status: GdprDutyAnswer['status'] = asOf >= duty.appliesFrom ? 'applies' : 'not yet';
    let why = `a ${roles.join(' and ')} within the GDPR's territorial scope (${scope.why})`;
    let needs: readonly string[] = scope.holds === null ? scope.needs : [];
    if (scope.holds === null) status = 'undetermined';
    if (answer) {
      why += `; ${answer.why}`;
      if (answer.holds === false) status = duty.condition === 'records' ? 'excluded' : 'does not apply';
      else if (answer.holds === null && status === 'applies') status = 'undetermined';
      needs = [...needs, ...answer.needs];
    }
    const extra: { transfers?: TransferAssessment[] } = {};
    if (duty.condition === 'transfers' && p.transfers)
      extra.transfers = transfersOutsideEea(p.transfers, asOf).map((t) => assessTransfer(t, asOf));
    duties.push({ duty, roles, status, why, needs, ...extra });
  }
  steps.push({
    label: 'GDPR duties',
    value: duties.filter((d) => d.status === 'applies').length,
    rule: `of ${duties.length} duties of Arts 5 to 49 borne by a ${profile.roles.join(' and ')}, from ${GDPR_ACT.applicationDate}`,
  });
  return { duties, steps };
}
