import type { z } from 'zod';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { StepWordBook, Trace } from '../core/steps.js';
import type { ApplicableObligation } from './applicable-obligation.js';
import type { ResolvedArticle } from './article-map.js';
import type { ArticleReference } from './article-reference.js';
import type { EnterpriseSize } from './eu-sme/enterprise-size.js';
import type { CommonFacts } from './facts/company.js';
import type { Regime } from './registry.js';
import type { Act, FineProvision, Obligation, PeriodicPenaltyProvision } from './types.js';
import type { PeriodLength } from './union/regulation-1182-71.js';

/** A time limit an act sets, counted from an event under Regulation No 1182/71. */
export interface TimeLimit {
  /** "GDPR 12(3)": the act and the provision that sets it. */
  readonly id: string;
  readonly period: PeriodLength;
  /** The event the period runs from, in the act's words. */
  readonly from: string;
  /** What must be done by the end of the period. */
  readonly duty: string;
  readonly citation: Citation;
}

/**
 * A duty as an act's data gives it: the article and what it requires; where the tier, the date and
 * the fine provision depend on the company (NIS2's entity class), the act's rules fill them in.
 */
export type Duty = Pick<Obligation, 'regime' | 'article' | 'title' | 'citation'> &
  Partial<Pick<Obligation, 'tier' | 'appliesFrom' | 'finedUnder'>>;

/** What an estimate assumes when the caller names no infringement of the act. */
export interface DefaultScenario {
  readonly regime: Regime;
  readonly articles: readonly string[];
  readonly seriousness: 'low' | 'medium' | 'high';
  /** Why these articles: where in the sanctions data they come from. */
  readonly basis: string;
}

/**
 * Which text of an act the library read, when it was last checked, how far its dated parameters
 * reach, and what is known to be pending — in OpenFisca's spirit (`last_value_still_valid_on`): a
 * figure for a date after `checkedOn` may miss an amendment adopted since.
 */
export interface ActStatus {
  readonly act: string;
  /** The text read: the Official Journal act or its consolidated version (CELEX, URL). */
  readonly textRead: { readonly title: string; readonly celex: string | null; readonly url: string };
  /** The last day the rules were checked against that text. */
  readonly checkedOn: IsoDate;
  /** The last date the act's dated data cover, where it has data beyond its rules (rates, adjustments). */
  readonly dataCoverUntil: IsoDate | null;
  /** Known changes and checks not yet encoded or verified. */
  readonly pending: readonly string[];
}

/** What an act's rules are given beside the company's facts: the date, the exchange rates, its size. */
export interface ActContext {
  readonly asOf: IsoDate;
  readonly fx: ConversionOptions;
  /** The enterprise size on `asOf` (Recommendations 2003/361/EC and (EU) 2025/1099), worked out once. */
  readonly size: () => EnterpriseSize;
}

/** Whether an act reaches the company on the date; null where the facts do not say (`needs`). */
export interface Applicability {
  readonly applies: boolean | null;
  readonly why: string;
  /** Where `applies` is null: the profile fields that would settle it. */
  readonly needs?: readonly string[];
}

/** An infringed article, mapped by the act's article map, before the company's facts refine it. */
export interface MappedInfringement {
  /** What the caller wrote. */
  readonly input: string;
  /** "GDPR Art. 5(1)(a)". */
  readonly article: string;
  readonly provision: string;
  readonly points: readonly string[];
  readonly subject: string;
}

/** What a caller may say of the infringements beside the articles (the acts that read it say so). */
export interface InfringementContext extends ActContext {
  /** DMA Art. 30(2): the core platform service concerned, to match earlier decisions. */
  readonly service?: string;
  /** AI Act Art. 113 as amended: an Annex I (product) or Annex III high-risk system. */
  readonly highRiskAnnex?: 'I' | 'III';
  /**
   * Work done once for all the infringements of one call (NIS2's entity class, the DSA's
   * designations), kept under a key: the one cache of the rules, held by the engine for the call.
   */
  readonly once: <T>(key: string, compute: () => T) => T;
}

/**
 * What the fine model and the estimate read of an act's enforcement. Only acts whose fines are
 * imposed by national authorities in numbers enough to calibrate on are modelled.
 */
export interface Enforcement {
  /**
   * How the fine model treats the act's fines: the act the model is centred on ("baseline"), an
   * act whose fines it learns with an effect of their own ("effect"), or none (null: too few
   * fines to calibrate on, the estimate rests on the legal maximum and the comparables).
   */
  readonly model: 'baseline' | 'effect' | null;
  /** The authority that enforces the act wherever the company is established (the ICO). */
  readonly soleAuthority?: string;
  /** The name bare article numbers take in enforcement data ("LIL" for "LIL Art. 82"). */
  readonly articlePrefix: string;
  /**
   * The act whose duties a posture answers for this one (the UK GDPR and the French cookie rules
   * are answered through the GDPR's duties, whose articles they share or rest on).
   */
  readonly dutiesOf?: Regime;
  /**
   * Whether an undetermined scope counts as exposure in the risk score: an act that reaches
   * companies outside its territory by what they do (GDPR Art. 3(2)), where "unknown" is not safe.
   */
  readonly undeterminedScopeIsExposure?: boolean;
}

/** A question of the vendor questionnaire and the obligation ids a yes/no answer to it settles. */
export interface Question {
  readonly id: string;
  readonly question: string;
  readonly obligations: readonly string[];
}

/**
 * One act, whole: everything the generic engines (fines, scope, exposure, deadlines, compliance,
 * reports, the command line, the JSON Schemas) need to know of it, so that they iterate the
 * registry (`ACTS`) and never name an act. Adding an act is one folder under `law/` exporting one
 * of these, and one line in `law/registry.ts`.
 */
export interface ActModule {
  readonly regime: Regime;
  readonly act: Act;
  /**
   * The names people write for the act, in the languages of the authorities that apply it, lower
   * case ("gdpr", "dsgvo", "rgpd", "2016/679"): the one list the reader of act names uses.
   */
  readonly names: readonly string[];
  /**
   * The facts of a company only this act reads, as profile fields (zod shapes): the profile schema
   * is the common facts (`law/facts/company.ts`) and every act's own, so that an act brings its
   * inputs with it, as a Catala scope declares its inputs.
   */
  readonly facts?: z.ZodRawShape;
  readonly provisions: readonly FineProvision[];
  readonly periodicPenalties?: readonly PeriodicPenaltyProvision[];
  /** The act's one map from an infringed article to the fine provision that lists it. */
  readonly provisionForArticle: (article: ArticleReference) => ResolvedArticle;
  /** Other acts whose article references this act reads as its own (the UK GDPR reads "GDPR Art. 5"). */
  readonly articlesAlsoNamedAs?: readonly Regime[];
  /** The duties the act lays on companies, as data (the catalogue of obligation ids). */
  readonly duties?: readonly Duty[];
  readonly timeLimits?: readonly TimeLimit[];
  readonly defaultScenario?: DefaultScenario;
  /**
   * A rule like GDPR Art. 83(3): infringements in the same or linked operations share the maximum
   * of the gravest one (`linked` is offered to callers only for the acts that have one).
   */
  readonly linkedInfringements?: Citation;
  /**
   * The words of the act's steps, by step id (`law/<act>/words.ts`): the act's rules record
   * traces, and `report/steps/` renders them with these words.
   */
  readonly stepWords?: StepWordBook;
  readonly status: ActStatus;
  readonly enforcement: Enforcement;
  /** The act's questions of the vendor questionnaire, covering each of its duties once. */
  readonly questions?: readonly Question[];
  /**
   * The act's duties as they apply to the company on the date, with the steps of the rules that
   * decided them; absent for an act whose duties are not modelled.
   */
  obligations?(
    company: CommonFacts,
    context: ActContext,
  ): {
    readonly obligations: readonly ApplicableObligation[];
    readonly steps: readonly Trace[];
  };
  /** Whether the act reaches the company on the date, from its facts and the obligations found. */
  applicability(
    company: CommonFacts,
    context: ActContext,
    obligations: readonly ApplicableObligation[],
  ): Applicability;
  /**
   * The provision an infringement falls under for this company, where its facts move it from the
   * one the article map gives (NIS2: essential or important entity; DMA: a repeat; DSA: a
   * designated platform or not; AI Act: an article not yet applicable). Steps say why. An
   * infringement the act cannot fine this company for is answered `notFinable(reason)` (the caller
   * decides whether that is an error or an article to leave out); one not yet in force throws
   * NotInForceError.
   */
  provisionFor?(
    infringement: MappedInfringement,
    company: CommonFacts,
    context: InfringementContext,
    steps: Trace[],
  ): string | NotFinable;
}

/** An infringement the act cannot fine the company for, and why: an answer, not an error. */
export interface NotFinable {
  readonly notFinable: string;
}

export const notFinable = (reason: string): NotFinable => ({ notFinable: reason });
