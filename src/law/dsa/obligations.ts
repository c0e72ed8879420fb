import type { Obligation } from '../types.js';
import { DSA_APPLICATION_DATE, DSA_ENTRY_INTO_FORCE, dsa } from './regulation.js';

/** The cumulative tiers of Chapter III: each includes the duties of the tiers above it. */
export type DsaTier =
  | 'intermediary service'
  | 'hosting service'
  | 'online platform'
  | 'online marketplace'
  | 'very large online platform or search engine';

/** The micro and small enterprise exclusions of Chapter III. */
export type DsaExclusion = 'Art. 15(2)' | 'Art. 19' | 'Art. 29';

export interface DsaObligation extends Obligation {
  readonly regime: 'DSA';
  readonly tier: DsaTier;
  /** The micro/small exclusion that can lift it, if any. */
  readonly exclusion: DsaExclusion | null;
}

function duty(
  article: string,
  title: string,
  tier: DsaTier,
  options: { from?: string; exclusion?: DsaExclusion; heading: string },
): DsaObligation {
  return {
    regime: 'DSA',
    article,
    title,
    tier,
    appliesFrom: options.from ?? DSA_APPLICATION_DATE,
    // Section 5 duties of designated providers are the Commission's (Art. 56(2)); the others the
    // Member States' (Art. 52), unless the Commission has initiated proceedings (Art. 56(3)-(4)).
    finedUnder: tier === 'very large online platform or search engine' ? 'DSA 74(1)' : 'DSA 52(3)',
    exclusion: options.exclusion ?? null,
    citation: dsa(article, options.heading),
  };
}

const I: DsaTier = 'intermediary service';
const H: DsaTier = 'hosting service';
const P: DsaTier = 'online platform';
const M: DsaTier = 'online marketplace';
const V: DsaTier = 'very large online platform or search engine';

/** Every due-diligence obligation of Arts 11 to 43 (Chapter III), with its tier and date. */
export const DSA_OBLIGATIONS: readonly DsaObligation[] = [
  // Section 1: all providers of intermediary services.
  duty(
    'Art. 11',
    'Designate a single point of contact for Member States’ authorities, the Commission and the Board',
    I,
    { heading: 'Points of contact for Member States’ authorities, the Commission and the Board' },
  ),
  duty(
    'Art. 12',
    'Designate a single point of contact for recipients of the service, not solely automated',
    I,
    { heading: 'Points of contact for recipients of the service' },
  ),
  duty(
    'Art. 13',
    'A provider not established in the Union designates a legal representative in a Member State where it offers its services',
    I,
    { heading: 'Legal representatives' },
  ),
  duty(
    'Art. 14',
    'State in the terms and conditions any restriction on use, including content moderation policies and tools, and apply them diligently',
    I,
    { heading: 'Terms and conditions' },
  ),
  duty(
    'Art. 15',
    'Publish, at least once a year, a report on content moderation (orders received, notices, own-initiative moderation, complaints)',
    I,
    {
      heading: 'Transparency reporting obligations for providers of intermediary services',
      exclusion: 'Art. 15(2)',
    },
  ),
  // Section 2: hosting services, including online platforms.
  duty(
    'Art. 16',
    'Put in place notice and action mechanisms for allegedly illegal content and act on notices diligently',
    H,
    { heading: 'Notice and action mechanisms' },
  ),
  duty(
    'Art. 17',
    'Give affected recipients a clear and specific statement of reasons for each restriction imposed',
    H,
    { heading: 'Statement of reasons' },
  ),
  duty(
    'Art. 18',
    'Inform the authorities promptly of any information giving rise to a suspicion of a criminal offence threatening life or safety',
    H,
    { heading: 'Notification of suspicions of criminal offences' },
  ),
  // Section 3: online platforms (Art. 19: micro and small enterprises excluded, except Art. 24(3)).
  duty(
    'Art. 20',
    'Provide an internal complaint-handling system against moderation decisions for at least six months after the decision',
    P,
    { heading: 'Internal complaint-handling system', exclusion: 'Art. 19' },
  ),
  duty('Art. 21', 'Engage in good faith with certified out-of-court dispute settlement bodies', P, {
    heading: 'Out-of-court dispute settlement',
    exclusion: 'Art. 19',
  }),
  duty('Art. 22', 'Process notices from trusted flaggers with priority and without undue delay', P, {
    heading: 'Trusted flaggers',
    exclusion: 'Art. 19',
  }),
  duty(
    'Art. 23',
    'Suspend recipients who frequently provide manifestly illegal content and those who frequently submit manifestly unfounded notices',
    P,
    { heading: 'Measures and protection against misuse', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 24(1)',
    'Add to the transparency report the out-of-court disputes and the suspensions imposed',
    P,
    { heading: 'Transparency reporting obligations for providers of online platforms', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 24(2)',
    'Publish the average monthly active recipients in the Union at least once every six months',
    P,
    {
      heading: 'Transparency reporting obligations for providers of online platforms',
      exclusion: 'Art. 19',
      from: DSA_ENTRY_INTO_FORCE,
    },
  ),
  duty(
    'Art. 24(3)',
    'Communicate the average monthly active recipients to the Digital Services Coordinator or the Commission on request',
    P,
    {
      heading: 'Transparency reporting obligations for providers of online platforms',
      from: DSA_ENTRY_INTO_FORCE,
    },
  ),
  duty(
    'Art. 24(5)',
    'Submit decisions and statements of reasons to the Commission’s transparency database without undue delay',
    P,
    { heading: 'Transparency reporting obligations for providers of online platforms', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 25',
    'Do not design, organise or operate the online interface so as to deceive or manipulate recipients (dark patterns)',
    P,
    { heading: 'Online interface design and organisation', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 26',
    'Label each advertisement, show on whose behalf it is presented and who paid for it, and the main targeting parameters; no advertising based on profiling with special categories of data',
    P,
    { heading: 'Advertising on online platforms', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 27',
    'Set out in the terms and conditions the main parameters of recommender systems and any option to modify them',
    P,
    { heading: 'Recommender system transparency', exclusion: 'Art. 19' },
  ),
  duty(
    'Art. 28',
    'Ensure a high level of privacy, safety and security of minors; no advertising based on profiling of recipients known to be minors',
    P,
    { heading: 'Online protection of minors', exclusion: 'Art. 19' },
  ),
  // Section 4: online platforms allowing consumers to conclude distance contracts with traders.
  duty(
    'Art. 30',
    'Obtain and make best efforts to verify traders’ identification details before they use the service (traceability)',
    M,
    { heading: 'Traceability of traders', exclusion: 'Art. 29' },
  ),
  duty(
    'Art. 31',
    'Design the interface so traders can comply with pre-contractual, compliance and product safety information duties',
    M,
    { heading: 'Compliance by design', exclusion: 'Art. 29' },
  ),
  duty('Art. 32', 'Inform consumers who bought an illegal product or service through the platform', M, {
    heading: 'Right to information',
    exclusion: 'Art. 29',
  }),
  // Section 5: very large online platforms and search engines (Art. 33(6)).
  duty(
    'Art. 34',
    'Identify, analyse and assess the systemic risks of the service at least once a year and before deploying critical functionalities',
    V,
    { heading: 'Risk assessment' },
  ),
  duty(
    'Art. 35',
    'Put in place reasonable, proportionate and effective measures to mitigate the systemic risks identified',
    V,
    { heading: 'Mitigation of risks' },
  ),
  duty('Art. 36', 'Take the measures the Commission requires in a crisis', V, {
    heading: 'Crisis response mechanism',
  }),
  duty('Art. 37', 'Be subject, at own expense and at least once a year, to an independent audit', V, {
    heading: 'Independent audit',
  }),
  duty('Art. 38', 'Offer at least one recommender system option not based on profiling', V, {
    heading: 'Recommender systems',
  }),
  duty(
    'Art. 39',
    'Keep a public, searchable repository of advertisements until one year after their last presentation',
    V,
    { heading: 'Additional online advertising transparency' },
  ),
  duty(
    'Art. 40',
    'Give the Digital Services Coordinator, the Commission and vetted researchers access to data',
    V,
    { heading: 'Data access and scrutiny' },
  ),
  duty('Art. 41', 'Establish an independent compliance function with sufficient authority and resources', V, {
    heading: 'Compliance function',
  }),
  duty(
    'Art. 42',
    'Publish transparency reports every six months, with risk assessment, audit and implementation reports each year',
    V,
    { heading: 'Transparency reporting obligations' },
  ),
  duty('Art. 43', 'Pay the Commission’s annual supervisory fee', V, {
    heading: 'Supervisory fee',
    from: DSA_ENTRY_INTO_FORCE,
  }),
];

/** The tiers a tier includes (the duties of intermediary services apply to every tier, and so on). */
export const DSA_TIER_INCLUDES: Readonly<Record<DsaTier, readonly DsaTier[]>> = {
  'intermediary service': [I],
  'hosting service': [I, H],
  'online platform': [I, H, P],
  'online marketplace': [I, H, P, M],
  'very large online platform or search engine': [I, V],
};
