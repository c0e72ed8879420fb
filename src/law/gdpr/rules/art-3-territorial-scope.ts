import type { IsoDate } from '../../../core/dates.js';
import type { RuleAnswer } from '../../rule-answer.js';
import { EEA_GDPR_CITATION, membershipOn } from '../../union/membership.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import { field } from './processing-facts.js';

/**
 * Art. 3: the GDPR applies to processing in the context of the activities of an establishment in the
 * Union (3(1)), and to a controller or processor not established in the Union whose processing
 * relates to offering goods or services to data subjects in the Union (3(2)(a)) or monitoring their
 * behaviour there (3(2)(b)). "The Union" is read on `asOf` from the dated membership table: the
 * United Kingdom counts until 31 December 2020 (Withdrawal Agreement, Arts 126-127), the EEA EFTA
 * States from 20 July 2018 (EEA Agreement).
 */
export function territorialScope(
  profile: GdprCompany,
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
